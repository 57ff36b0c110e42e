// Test helper for rule tests: runs Optimize with one rule selected and returns the output text.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "transforms/optimize.h"

namespace dockopt {

inline OptimizeResult RunRule(std::string_view rule, std::string_view text, bool unsafe = false,
                              std::optional<std::string> context_dir = std::nullopt) {
  OptimizeOptions options;
  options.select = {std::string(rule)};
  options.unsafe = unsafe;
  options.context_dir = std::move(context_dir);
  SourceBuffer source("Dockerfile", std::string(text));
  OptimizeResult result = Optimize(source, options);
  for (const Diagnostic& e : result.errors) ADD_FAILURE() << e.message;
  return result;
}

inline std::string Fixed(std::string_view rule, std::string_view text, bool unsafe = false,
                         std::optional<std::string> context_dir = std::nullopt) {
  return RunRule(rule, text, unsafe, std::move(context_dir)).output;
}

}  // namespace dockopt
