// Tests for DF106 gem-no-document through Optimize with only DF106 selected.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF106";

TEST(GemNoDocumentTest, AddsNoDocument) {
  EXPECT_EQ(Fixed(kRule, "FROM alpine:3.20\nRUN gem install bundler -v 2.5.0\n"),
            "FROM alpine:3.20\nRUN gem install --no-document bundler -v 2.5.0\n");
  EXPECT_EQ(Fixed(kRule, "FROM debian:12\nRUN apt-get update && sudo gem install rails \\\n    && rails -v\n"),
            "FROM debian:12\nRUN apt-get update && sudo gem install --no-document rails \\\n    && rails -v\n");
}

TEST(GemNoDocumentTest, Negatives) {
  for (std::string_view text : {
           "FROM alpine:3.20\nRUN gem install --no-document bundler\n",
           "FROM alpine:3.20\nRUN gem install -N bundler\n",
           "FROM alpine:3.20\nRUN gem install --no-rdoc --no-ri bundler\n",
           "FROM ruby:3.3\nRUN gem install bundler\n",          // the image's gemrc turns documentation off
           "FROM docker.io/library/ruby:3.3-alpine AS base\nFROM base\nRUN gem install bundler\n",
           "FROM alpine:3.20\nRUN echo 'gem: --no-document' > /etc/gemrc\nRUN gem install bundler\n",
           "FROM alpine:3.20\nRUN bundle install\n",
       }) {
    OptimizeResult result = RunRule(kRule, text);
    EXPECT_EQ(result.output, text);
    EXPECT_TRUE(result.reports.empty()) << text;
  }
}

TEST(GemNoDocumentTest, Message) {
  OptimizeResult result = RunRule(kRule, "FROM alpine:3.20\nRUN gem install bundler\n");
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].message, "'gem install' without --no-document also builds ri and rdoc documentation");
  EXPECT_EQ(result.reports[0].safety, "safe fix");
}

}  // namespace
}  // namespace dockopt
