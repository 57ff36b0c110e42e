// Test helper (header only): a PatternMatcher from patterns that must all be valid.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "context/matcher.h"

namespace dockopt::context::testing {

/// The matcher for `patterns`; a pattern it rejects fails the test.
inline PatternMatcher MakeMatcher(const std::vector<std::string>& patterns) {
  PatternMatcher matcher;
  std::string error;
  size_t bad = 0;
  EXPECT_TRUE(matcher.Init(patterns, error, bad)) << error;
  return matcher;
}

}  // namespace dockopt::context::testing
