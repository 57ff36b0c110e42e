// DF202 and debconf answers the stage preseeded: production's install reads them too, so they are
// replayed before it, or the split is not made.
#include <gtest/gtest.h>

#include <string>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF202";

// A C program on ubuntu whose runtime package mysql-server reads answers `preseed` gave.
std::string WithPreseed(std::string_view preseed) {
  return "FROM ubuntu:22.04\nRUN " + std::string(preseed) +
         "\nRUN apt-get update && apt-get install -y build-essential mysql-server\n"
         "COPY app.c /src/app.c\nRUN gcc -o /usr/local/bin/app /src/app.c\nCMD [\"/usr/local/bin/app\"]\n";
}

TEST(SplitPreseedTest, PipedAnswersAreReplayedBeforeTheInstall) {
  OptimizeResult result = RunRule(kRule, WithPreseed("echo 'mysql-server mysql-server/root_password password x' | debconf-set-selections"), true);
  size_t replay = result.output.find("RUN echo 'mysql-server mysql-server/root_password password x' | debconf-set-selections \\");
  size_t production = result.output.find("AS production");
  size_t install = result.output.find("apt-get install -y --no-install-recommends mysql-server");
  ASSERT_NE(production, std::string::npos) << result.output;
  EXPECT_GT(replay, production) << result.output;
  EXPECT_LT(replay, install) << result.output;
}

TEST(SplitPreseedTest, AnswersFromElsewhereKeepTheSuggestion) {
  // A file (not in production), a branch that may not run: production could not answer the same.
  ExpectBlocked(kRule, WithPreseed("debconf-set-selections < /tmp/answers.txt"),
                "preseeds debconf answers from input production would not repeat");
  ExpectBlocked(kRule, WithPreseed("if [ -f /tmp/a ]; then echo 'mysql-server x/y password z' | debconf-set-selections; fi"),
                "runs 'debconf-set-selections' only on some branches");
}

}  // namespace
}  // namespace dockopt
