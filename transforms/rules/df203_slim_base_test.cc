// Tests for DF203 slim-base through Optimize with only DF203 selected.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF203";

// A build context with the given files (path, text), fresh for each test.
std::string Context(std::string_view name, std::initializer_list<std::pair<std::string, std::string>> files) {
  std::filesystem::path dir = std::filesystem::path(testing::TempDir()) / "df203" / std::string(name);
  std::filesystem::remove_all(dir);
  for (const auto& [path, text] : files) {
    std::filesystem::create_directories((dir / path).parent_path());
    std::ofstream(dir / path) << text;
  }
  std::filesystem::create_directories(dir);
  return dir.string();
}

// The one DF203 report of a run.
Report Only(const OptimizeResult& result) {
  EXPECT_EQ(result.reports.size(), 1u);
  return result.reports.empty() ? Report{} : result.reports.front();
}

TEST(SlimBaseTest, NamesTheSavingFromTheTable) {
  OptimizeResult result = RunRule(kRule, "FROM node:20\nCOPY server.js /app/\nCMD [\"node\", \"/app/server.js\"]\n", true);
  EXPECT_EQ(result.output, "FROM node:20-slim\nCOPY server.js /app/\nCMD [\"node\", \"/app/server.js\"]\n");
  Report report = Only(result);
  EXPECT_TRUE(report.applied);
  EXPECT_NE(report.message.find("'node:20-slim' (~240 MB)"), std::string::npos) << report.message;
  EXPECT_NE(report.message.find("saving ~860 MB"), std::string::npos) << report.message;
}

TEST(SlimBaseTest, OnlyWithUnsafe) {
  std::string text = "FROM ruby:3.1\nCOPY app.rb .\nCMD [\"ruby\", \"app.rb\"]\n";
  EXPECT_EQ(Fixed(kRule, text), text);
  EXPECT_EQ(Fixed(kRule, text, true), "FROM ruby:3.1-slim\nCOPY app.rb .\nCMD [\"ruby\", \"app.rb\"]\n");
}

TEST(SlimBaseTest, InstallsBackWhatTheStageRuns) {
  // exec-form HEALTHCHECK, a RUN using wget, and ssh in an entrypoint script from the context.
  std::string ctx = Context("uses", {{"bin/entry.sh", "#!/bin/sh\nssh-keyscan github.com >> ~/.ssh/known_hosts\nexec \"$@\"\n"}});
  std::string text =
      "FROM python:3.11\n"
      "RUN wget -q -O /tmp/x https://example.com/x\n"
      "COPY bin/ /usr/local/bin/\n"
      "HEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"]\n"
      "ENTRYPOINT [\"/usr/local/bin/entry.sh\"]\n";
  EXPECT_EQ(Fixed(kRule, text, true, ctx),
            "FROM python:3.11-slim\n"
            "RUN apt-get update && apt-get install -y --no-install-recommends curl wget openssh-client && rm -rf "
            "/var/lib/apt/lists/*\n"
            "RUN wget -q -O /tmp/x https://example.com/x\n"
            "COPY bin/ /usr/local/bin/\n"
            "HEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"]\n"
            "ENTRYPOINT [\"/usr/local/bin/entry.sh\"]\n");
}

TEST(SlimBaseTest, WhatTheStageInstallsItselfIsNotAddedAgain) {
  std::string text =
      "FROM python:3.11\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf "
      "/var/lib/apt/lists/*\nCMD curl -s http://example.com\n";
  EXPECT_EQ(Fixed(kRule, text, true),
            "FROM python:3.11-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf "
            "/var/lib/apt/lists/*\nCMD curl -s http://example.com\n");
}

TEST(SlimBaseTest, NativeBuildsBlockTheSwapAndNameTheBlocker) {
  struct Case {
    std::string text, blocker;
  };
  std::string gems = Context("gems", {{"Gemfile.lock", "GEM\n  specs:\n    pg (1.5.4)\n    rack (3.0.8)\n"}});
  for (const Case& c : std::vector<Case>{
           {"FROM python:3.11\nRUN pip install --no-cache-dir uwsgi==2.0.21\nCMD [\"uwsgi\"]\n", "'uwsgi'"},
           {"FROM python:3.11\nRUN pip install --no-binary :all: flask\nCMD [\"flask\", \"run\"]\n", "--no-binary"},
           {"FROM node:20\nRUN npm install bcrypt@5\nCMD [\"node\", \"a.js\"]\n", "'bcrypt'"},
           {"FROM ruby:3.1\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCMD [\"ruby\", \"a.rb\"]\n", "'pg'"},
           {"FROM python:3.11\nRUN apt-get update && apt-get install -y build-essential\nCMD [\"python\"]\n",
            "'build-essential'"},
           {"FROM python:3.11\nCOPY . .\nRUN make\nCMD [\"python\", \"a.py\"]\n", "'make'"},
           {"FROM eclipse-temurin:17\nCOPY . .\nRUN javac Main.java\nCMD [\"java\", \"Main\"]\n", "'javac'"},
           {"FROM golang:1.21\nCOPY . .\nCMD go run .\n", "'go'"},
           {"FROM golang:1.21\nCOPY . .\nCMD [\"./gradlew\", \"run\"]\n", "'gradlew'"},
           {"FROM node:20\nRUN apt-get update && apt-get install -y libcairo2-dev\nCMD [\"node\", \"a.js\"]\n",
            "'libcairo2-dev'"},
       }) {
    SCOPED_TRACE(c.text);
    OptimizeResult result = RunRule(kRule, c.text, true, gems);
    EXPECT_EQ(result.output, c.text);
    Report report = Only(result);
    EXPECT_EQ(report.safety, "suggestion");
    EXPECT_NE(report.message.find(c.blocker), std::string::npos) << report.message;
    EXPECT_NE(report.message.find("DF202"), std::string::npos) << report.message;
  }
}

TEST(SlimBaseTest, AScriptThatCompilesBlocksTheSwap) {
  std::string ctx = Context("script", {{"setup.sh", "#!/bin/sh\nset -e\ngcc -O2 -o /usr/local/bin/tool tool.c\n"}});
  OptimizeResult result = RunRule(kRule, "FROM python:3.11\nCOPY . .\nRUN sh setup.sh\nCMD [\"tool\"]\n", true, ctx);
  EXPECT_NE(Only(result).message.find("the script 'setup.sh' it runs: 'gcc'"), std::string::npos)
      << Only(result).message;
}

TEST(SlimBaseTest, AProjectScriptThatCannotBeReadIsUnknown) {
  std::string text = "FROM python:3.11\nCOPY . /app\nRUN [\"/app/bin/install.sh\"]\nCMD [\"python\", \"/app/a.py\"]\n";
  OptimizeResult result = RunRule(kRule, text, true);
  EXPECT_EQ(result.output, text);
  EXPECT_NE(Only(result).message.find("it runs '/app/bin/install.sh', which dockopt cannot see without --context"),
            std::string::npos)
      << Only(result).message;
  std::string ctx = Context("install", {{"bin/install.sh", "#!/bin/sh\npip install --no-cache-dir flask==2.2.2\n"}});
  EXPECT_EQ(Fixed(kRule, text, true, ctx),
            "FROM python:3.11-slim\nCOPY . /app\nRUN [\"/app/bin/install.sh\"]\nCMD [\"python\", \"/app/a.py\"]\n");
}

TEST(SlimBaseTest, ReadsManifestsThroughTheCopySources) {
  std::string ctx = Context("manifests", {{"api/requirements.txt", "Flask==2.2.2\npsycopg==3.1\n"}});
  std::string text = "FROM python:3.11\nCOPY api/ /srv/\nRUN pip install -r /srv/requirements.txt\nCMD [\"flask\"]\n";
  EXPECT_EQ(Fixed(kRule, text, true, ctx),
            "FROM python:3.11-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf "
            "/var/lib/apt/lists/*\nCOPY api/ /srv/\nRUN pip install -r /srv/requirements.txt\nCMD [\"flask\"]\n");
  // Included requirements files are read too.
  std::string nested = Context("nested", {{"requirements/prod.txt", "-r base.txt\ngunicorn==20.1.0\n"},
                                          {"requirements/base.txt", "flask==2.2.2\nmysqlclient==2.1.1\n"}});
  OptimizeResult blocked = RunRule(
      kRule, "FROM python:3.11\nCOPY requirements/ /req/\nRUN pip install -r /req/prod.txt\nCMD [\"flask\"]\n", true, nested);
  EXPECT_NE(Only(blocked).message.find("'mysqlclient'"), std::string::npos) << Only(blocked).message;
  // The manifest is not where the COPY says: unknown, so no swap.
  std::string missing = Context("missing", {});
  OptimizeResult result = RunRule(kRule, text, true, missing);
  EXPECT_EQ(result.output, text);
  EXPECT_NE(Only(result).message.find("did not find in the build context"), std::string::npos);
}

TEST(SlimBaseTest, LeavesOtherBasesAlone) {
  for (std::string_view text : {
           "FROM python:3.11-slim\nCMD [\"python\"]\n",
           "FROM node:20-alpine\nCMD [\"node\"]\n",
           "FROM php:8.2-cli\nCMD [\"php\", \"-a\"]\n",
           "FROM ubuntu:22.04\nCMD [\"bash\"]\n",
           "FROM mycorp/python:3.11\nCMD [\"python\"]\n",
           "FROM python:3.11 AS base\nFROM base\nCMD [\"python\"]\n",
           "FROM python:3.11\nFROM gcr.io/distroless/static-debian12\nCMD [\"/app\"]\n",
       }) {
    SCOPED_TRACE(text);
    OptimizeResult result = RunRule(kRule, text, true);
    EXPECT_EQ(result.output, text);
    EXPECT_TRUE(result.reports.empty());
  }
}

TEST(SlimBaseTest, KeepsTheStageNameAndFlags) {
  EXPECT_EQ(Fixed(kRule, "FROM --platform=linux/amd64 docker.io/library/python:3.11 AS final\nCMD [\"python\"]\n", true),
            "FROM --platform=linux/amd64 python:3.11-slim AS final\nCMD [\"python\"]\n");
}

TEST(SlimBaseTest, SuppressedByComment) {
  std::string text = "# dockopt: ignore=DF203\nFROM node:20\nCMD [\"node\"]\n";
  EXPECT_EQ(Fixed(kRule, text, true), text);
}

}  // namespace
}  // namespace dockopt

namespace dockopt {
namespace {

// DF203's distro-python fix lands before DF202 splits the stage: the split's builder then installs
// into the slim image's python, whose site-packages the production stage copies.
TEST(SlimBaseTest, DistroPythonMovesBeforeTheSplit) {
  OptimizeOptions options;
  options.select = {"DF202", "DF203"};
  options.unsafe = true;
  options.context_dir = Context("distro-split", {{"requirements.txt", "flask==2.0.3\n"}, {"main.py", "print(1)\n"}});
  SourceBuffer source("Dockerfile",
                      "FROM ubuntu:18.04\n"
                      "RUN apt-get update && apt-get install -y python3-pip git && rm -rf /var/lib/apt/lists/*\n"
                      "COPY requirements.txt /app/\n"
                      "RUN pip3 install --no-cache-dir -r /app/requirements.txt\n"
                      "COPY . /app\n"
                      "CMD [\"python3\", \"/app/main.py\"]\n");
  OptimizeResult result = Optimize(source, options);
  EXPECT_NE(result.output.find("FROM python:3.6-slim AS builder\n"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("FROM python:3.6-slim AS production\n"), std::string::npos) << result.output;
  EXPECT_EQ(result.output.find("ubuntu"), std::string::npos) << result.output;
}

}  // namespace
}  // namespace dockopt
