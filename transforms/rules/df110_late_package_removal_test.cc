// Tests for DF110's finding on packages removed by a later RUN than the one that installed them.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF110";

TEST(Df110LateRemovalTest, APackageRemovedByALaterRunIsNamedWithTheRunThatInstalledIt) {
  const std::string text =
      "FROM python:3.12-slim\n"
      "RUN apt-get update && apt-get install -y gcc libpq-dev && rm -rf /var/lib/apt/lists/*\n"
      "COPY requirements.txt .\n"
      "RUN pip install --no-cache-dir -r requirements.txt\n"
      "RUN apt-get purge -y gcc libpq-dev\n"
      "CMD [\"python\"]\n";
  OptimizeResult result = RunRule(kRule, text, true);
  EXPECT_EQ(result.output, text) << "a suggestion: the RUNs in between use the packages";
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_NE(result.reports[0].message.find("'gcc', 'libpq-dev' are installed by the RUN at line 2"), std::string::npos)
      << result.reports[0].message;
}

TEST(Df110LateRemovalTest, AnApkVirtualGroupDeletedLaterIsNamed) {
  OptimizeResult result = RunRule(kRule,
                                  "FROM alpine:3.19\n"
                                  "RUN apk add --no-cache --virtual .build-deps gcc musl-dev\n"
                                  "COPY . /src\n"
                                  "RUN make -C /src install\n"
                                  "RUN apk del .build-deps\n",
                                  true);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_NE(result.reports[0].message.find("'.build-deps' is installed by the RUN at line 2"), std::string::npos)
      << result.reports[0].message;
}

TEST(Df110LateRemovalTest, RemovalsInTheInstallingRunOrOfBasePackagesAreNotReported) {
  for (std::string_view text : {
           "FROM debian:bookworm-slim\n"
           "RUN apt-get update && apt-get install -y gcc && make && apt-get purge -y gcc\n",
           "FROM debian:bookworm-slim\n"
           "COPY . /src\n"
           "RUN apt-get purge -y perl\n",
           "FROM debian:bookworm-slim AS build\n"
           "RUN apt-get install -y gcc\n"
           "COPY . /src\n"
           "RUN apt-get purge -y gcc\n"
           "FROM debian:bookworm-slim\n"
           "COPY --from=build /src /src\n",
       }) {
    EXPECT_TRUE(RunRule(kRule, std::string(text), true).reports.empty()) << text;
  }
}

}  // namespace
}  // namespace dockopt
