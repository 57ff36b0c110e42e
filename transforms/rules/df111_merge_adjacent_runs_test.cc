// Tests for DF111 merge-adjacent-runs.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF111";

TEST(Df111Test, MergesSingleLineRuns) {
  EXPECT_EQ(Fixed(kRule,
                  "FROM debian:12\n"
                  "RUN apt-get update\n"
                  "RUN apt-get install -y curl\n"
                  "RUN curl --version\n"),
            "FROM debian:12\n"
            "RUN apt-get update && \\\n"
            "    apt-get install -y curl && \\\n"
            "    curl --version\n");
}

TEST(Df111Test, ReusesLeadingJoinerAndKeepsComments) {
  EXPECT_EQ(Fixed(kRule,
                  "FROM debian:12\n"
                  "RUN apt-get update \\\n"
                  "  && apt-get install -y curl\n"
                  "\n"
                  "# check the tool\n"
                  "RUN curl --version\n"),
            "FROM debian:12\n"
            "RUN apt-get update \\\n"
            "  && apt-get install -y curl \\\n"
            "  # check the tool\n"
            "  && curl --version\n");
}

TEST(Df111Test, StateChangeIsUnsafe) {
  std::string input =
      "FROM debian:12\n"
      "RUN cd /tmp\n"
      "RUN touch x\n";
  EXPECT_EQ(Fixed(kRule, input), input);
  EXPECT_EQ(Fixed(kRule, input, true),
            "FROM debian:12\n"
            "RUN ( cd /tmp ) && \\\n"
            "    touch x\n");
}

TEST(Df111Test, RunRemovingItsWorkdirLeadsNoMerge) {
  // Merged, `npm install` would start in the deleted /tmp/npm-install and fail (uv_cwd).
  std::string input =
      "FROM alpine:3.20\n"
      "WORKDIR /tmp/npm-install\n"
      "RUN tar -xzf npm.tgz && cd package && node bin/npm-cli.js install -g npm && cd / && rm -rf /tmp/npm-install\n"
      "RUN npm install -g pnpm\n";
  EXPECT_EQ(Fixed(kRule, input, true), input);
  // A folder above the WORKDIR, and a relative operand before any cd.
  std::string above =
      "FROM alpine:3.20\n"
      "WORKDIR /build/src\n"
      "RUN make && rm -rf /build\n"
      "RUN echo done\n";
  EXPECT_EQ(Fixed(kRule, above, true), above);
  std::string relative =
      "FROM alpine:3.20\n"
      "WORKDIR /build\n"
      "RUN make && rm -rf ../build\n"
      "RUN echo done\n";
  EXPECT_EQ(Fixed(kRule, relative, true), relative);
  // Its contents only, or another folder: merged as before.
  EXPECT_EQ(Fixed(kRule,
                  "FROM alpine:3.20\n"
                  "WORKDIR /build\n"
                  "RUN make && rm -rf /build/* /tmp/x\n"
                  "RUN echo done\n"),
            "FROM alpine:3.20\n"
            "WORKDIR /build\n"
            "RUN make && rm -rf /build/* /tmp/x && \\\n"
            "    echo done\n");
}

TEST(Df111Test, SkipsOrEndingsFlagsExecAndHeredocs) {
  std::string input =
      "FROM debian:12\n"
      "RUN make || true\n"
      "RUN --mount=type=cache,target=/root/.cache make\n"
      "RUN [\"echo\", \"hi\"]\n"
      "RUN echo a; echo b\n"
      "RUN <<EOF\n"
      "echo hi\n"
      "EOF\n"
      "ENV A=1\n"
      "RUN echo c\n";
  OptimizeResult result = RunRule(kRule, input, true);
  EXPECT_EQ(result.output, input);
  EXPECT_TRUE(result.reports.empty());
}

TEST(Df111Test, IdenticalFlagsMerge) {
  EXPECT_EQ(Fixed(kRule,
                  "FROM debian:12\n"
                  "RUN --network=none echo a\n"
                  "RUN --network=none echo b\n"),
            "FROM debian:12\n"
            "RUN --network=none echo a && \\\n"
            "    echo b\n");
}

TEST(Df111Test, CrlfTabsLowerCase) {
  EXPECT_EQ(Fixed(kRule,
                  "from debian:12\r\n"
                  "run apt-get update &&\\\r\n"
                  "\tapt-get install -y curl\r\n"
                  "run echo done\r\n"),
            "from debian:12\r\n"
            "run apt-get update &&\\\r\n"
            "\tapt-get install -y curl &&\\\r\n"
            "\techo done\r\n");
}

TEST(Df111Test, OtherStagesStayApart) {
  std::string input =
      "FROM debian:12 AS a\n"
      "RUN echo a\n"
      "FROM debian:12\n"
      "RUN echo b\n";
  EXPECT_EQ(Fixed(kRule, input, true), input);
}

}  // namespace
}  // namespace dockopt
