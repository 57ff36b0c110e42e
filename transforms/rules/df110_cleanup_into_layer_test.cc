// Tests for DF110 cleanup-into-layer.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF110";

TEST(Df110Test, MergesAptListsCleanup) {
  EXPECT_EQ(Fixed(kRule,
                  "FROM debian:12\n"
                  "RUN apt-get update && apt-get install -y curl\n"
                  "RUN rm -rf /var/lib/apt/lists/*\n"),
            "FROM debian:12\n"
            "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n");
}

TEST(Df110Test, MergesIntoContinuationLayout) {
  EXPECT_EQ(Fixed(kRule,
                  "FROM python:3.11-slim\n"
                  "WORKDIR /app\n"
                  "RUN pip install -r requirements.txt && \\\n"
                  "    pip check\n"
                  "\n"
                  "# clean up bytecode\n"
                  "RUN find /app -type d -name __pycache__ -exec rm -rf {} +\n"
                  "\n"
                  "CMD [\"python\"]\n"),
            "FROM python:3.11-slim\n"
            "WORKDIR /app\n"
            "RUN pip install -r requirements.txt && \\\n"
            "    pip check && \\\n"
            "    find /app -type d -name __pycache__ -exec rm -rf {} +\n"
            "\n"
            "CMD [\"python\"]\n");
}

TEST(Df110Test, CopyInBetweenIsASuggestion) {
  std::string input =
      "FROM python:3.11-slim\n"
      "WORKDIR /app\n"
      "RUN pip install fastapi\n"
      "COPY . .\n"
      "RUN find /app -type d -name __pycache__ -exec rm -rf {} +\n";
  OptimizeResult result = RunRule(kRule, input, true);
  EXPECT_EQ(result.output, input);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].safety, "suggestion");
  EXPECT_NE(result.reports[0].message.find(".dockerignore"), std::string::npos);
}

TEST(Df110Test, CopyElsewhereIsClear) {
  EXPECT_EQ(Fixed(kRule,
                  "FROM python:3.11-slim\n"
                  "RUN pip install fastapi\n"
                  "COPY app.py /srv/\n"
                  "RUN rm -rf /root/.cache/pip\n"),
            "FROM python:3.11-slim\n"
            "RUN pip install fastapi && rm -rf /root/.cache/pip\n"
            "COPY app.py /srv/\n");
}

TEST(Df110Test, RunInBetweenIsUnsafe) {
  std::string input =
      "FROM debian:12\n"
      "RUN apt-get update && apt-get install -y curl\n"
      "RUN echo hi\n"
      "RUN rm -rf /var/lib/apt/lists/*\n";
  EXPECT_EQ(Fixed(kRule, input), input);
  EXPECT_EQ(Fixed(kRule, input, true),
            "FROM debian:12\n"
            "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"
            "RUN echo hi\n");
}

TEST(Df110Test, UnrelatedCommentIsUnsafe) {
  std::string input =
      "FROM debian:12\n"
      "RUN curl -o /tmp/x.tgz https://example.com/x.tgz && tar -C /opt -xzf /tmp/x.tgz\n"
      "# see ticket 42\n"
      "RUN rm -rf /tmp/*\n";
  EXPECT_EQ(Fixed(kRule, input), input);
  EXPECT_EQ(Fixed(kRule, input, true),
            "FROM debian:12\n"
            "RUN curl -o /tmp/x.tgz https://example.com/x.tgz && tar -C /opt -xzf /tmp/x.tgz && rm -rf /tmp/*\n");
}

TEST(Df110Test, LeavesMixedRunsAlone) {
  std::string input =
      "FROM debian:12\n"
      "RUN apt-get update && apt-get install -y curl\n"
      "RUN rm -rf /var/lib/apt/lists/* && echo done\n"
      "RUN rm -rf /usr/share/doc\n";
  OptimizeResult result = RunRule(kRule, input, true);
  EXPECT_EQ(result.output, input);
  EXPECT_TRUE(result.reports.empty());
}

TEST(Df110Test, CdInCreatorMakesRelativeUnsafe) {
  std::string input =
      "FROM debian:12\n"
      "RUN cd /tmp && curl -o build.tgz https://example.com/b.tgz\n"
      "RUN rm -rf build.tgz\n";
  EXPECT_EQ(Fixed(kRule, input), input);
}

TEST(Df110Test, CrlfAndLowerCase) {
  EXPECT_EQ(Fixed(kRule,
                  "from debian:12\r\n"
                  "run apt-get update \\\r\n"
                  "\t&& apt-get install -y curl\r\n"
                  "run rm -rf /var/lib/apt/lists/*\r\n"),
            "from debian:12\r\n"
            "run apt-get update \\\r\n"
            "\t&& apt-get install -y curl \\\r\n"
            "\t&& rm -rf /var/lib/apt/lists/*\r\n");
}

}  // namespace
}  // namespace dockopt
