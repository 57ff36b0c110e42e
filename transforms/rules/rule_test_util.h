// Test helper for rule tests: runs Optimize with one rule selected, checks a second run is stable.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "transforms/optimize.h"

namespace dockopt {

/// Optimizes `text` with only `rule` selected. Every parse error fails the test, and so does output that
/// changes when optimized again (idempotence).
inline OptimizeResult RunRule(std::string_view rule, std::string_view text, bool unsafe = false,
                              std::optional<std::string> context_dir = std::nullopt) {
  OptimizeOptions options;
  options.select = {std::string(rule)};
  options.unsafe = unsafe;
  options.context_dir = std::move(context_dir);
  SourceBuffer source("Dockerfile", std::string(text));
  OptimizeResult result = Optimize(source, options);
  for (const Diagnostic& e : result.errors) ADD_FAILURE() << e.message;
  // Idempotence: optimizing the output again changes nothing.
  OptimizeResult again = Optimize(SourceBuffer("Dockerfile", result.output), options);
  EXPECT_EQ(again.output, result.output) << rule << ": not stable";
  return result;
}

/// The output text of RunRule.
inline std::string Fixed(std::string_view rule, std::string_view text, bool unsafe = false,
                         std::optional<std::string> context_dir = std::nullopt) {
  return RunRule(rule, text, unsafe, std::move(context_dir)).output;
}

/// With --unsafe, `rule` leaves `input` unchanged and its one finding says `why`.
inline void ExpectBlocked(std::string_view rule, std::string_view input, std::string_view why) {
  OptimizeResult result = RunRule(rule, input, true);
  EXPECT_EQ(result.output, input);
  ASSERT_EQ(result.reports.size(), 1u);
  const std::string& message = result.reports.front().message;
  EXPECT_NE(message.find(why), std::string::npos) << message;
}

}  // namespace dockopt
