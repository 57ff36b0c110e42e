// Test helper (header only): a Dockerfile parsed from a string, its source kept alive beside it.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "parser/parse.h"

namespace dockopt::analysis::testing {

struct Parsed {
  std::unique_ptr<SourceBuffer> source;
  ir::Dockerfile df;
};

inline Parsed ParseText(std::string text) {
  Parsed out{std::make_unique<SourceBuffer>("Dockerfile", std::move(text)), {}};
  ParseResult result = Parse(*out.source);
  EXPECT_TRUE(result.dockerfile) << "test input must parse";
  if (result.dockerfile) out.df = std::move(*result.dockerfile);
  return out;
}

}  // namespace dockopt::analysis::testing
