// DF202's suggestion names the blocker that would stand after every other: an image that is a build
// environment keeps its tools whatever its RUNs do, so that is named before a command dockopt cannot
// read; and an https apt repository on a base whose release is not recorded names the unknown release.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF202";

TEST(SplitBlockerOrderTest, NoCommandOnAShellImageIsNamedBeforeAnUnknownCommand) {
  constexpr std::string_view kInput =
      "FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y build-essential libpq-dev ruby ruby-dev ruby-bundler\n"
      "WORKDIR /app\nCOPY Gemfile Gemfile.lock /app/\nRUN bundle install\nRUN bundle exec bin/yarn install\n";
  ExpectBlocked(kRule, kInput, "the image is a build environment: the stage sets no command, so it runs that of 'ubuntu:22.04'");
}

TEST(SplitBlockerOrderTest, ACommandRunningMakeIsNamedBeforeAnUnknownCommand) {
  constexpr std::string_view kInput =
      "FROM alpine:3.18\nRUN apk add --no-cache make git php81\nWORKDIR /var/www\nCOPY . .\n"
      "RUN ./composer.phar install --no-dev\nENTRYPOINT [\"make\", \"-f\", \"/var/www/docker/Makefile\"]\n";
  ExpectBlocked(kRule, kInput, "the container's command runs 'make', a build tool");
}

TEST(SplitBlockerOrderTest, AStartScriptRunningMavenIsNamedBeforeAnUnknownCommand) {
  // OpenRefine's shape: the entrypoint script builds with mvn when it starts; the RUN that calls it
  // holds a `$?` dockopt cannot read.
  std::filesystem::path dir = std::filesystem::path(testing::TempDir()) / "df202-order" / "start-script";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "refine") << "#!/bin/sh\nmvn -q compile\nexec java -cp target/classes App\n";
  constexpr std::string_view kInput =
      "FROM maven:3.6.3-openjdk-8\nCOPY . /refine\nRUN apt-get update -y && apt-get install -y curl && /refine/refine build; "
      "echo $?\nWORKDIR /refine\nENTRYPOINT [\"/refine/refine\", \"run\"]\n";
  OptimizeResult result = RunRule(kRule, kInput, true, dir.string());
  EXPECT_EQ(result.output, kInput);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_NE(result.reports.front().message.find("(or a script it starts) runs 'mvn', a build tool"), std::string::npos)
      << result.reports.front().message;
}

TEST(SplitBlockerOrderTest, AnHttpsRepositoryOnAnUnrecordedReleaseNamesTheRelease) {
  constexpr std::string_view kInput =
      "FROM ruby:2.6.3\nRUN apt-get update -qq && apt-get install -y build-essential libpq-dev\n"
      "RUN curl -sL https://deb.nodesource.com/setup_11.x | bash -\nRUN apt-get install -y nodejs\n"
      "WORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\nCMD [\"bundle\", \"exec\", \"puma\"]\n";
  ExpectBlocked(kRule, kInput, "the Debian release of 'ruby:2.6.3' is not recorded: on a release before Debian 10");
}

}  // namespace
}  // namespace dockopt
