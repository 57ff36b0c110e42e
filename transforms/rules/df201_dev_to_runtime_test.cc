// Tests for DF201 dev-to-runtime: the package table, build-step detection and edge cases of the fix.
#include <gtest/gtest.h>

#include "transforms/rules/build_steps.h"
#include "transforms/rules/rule_test_util.h"
#include "transforms/rules/runtime_packages.h"

namespace dockopt {
namespace {

constexpr std::string_view kBuilder = "FROM python:3.11-slim AS builder\nRUN pip wheel -w /w psycopg2\n";

TEST(RuntimePackagesTest, Table) {
  EXPECT_EQ(RuntimePackageFor("libpq-dev"), "libpq5");
  EXPECT_EQ(RuntimePackageFor("default-libmysqlclient-dev"), "libmariadb3");
  EXPECT_EQ(RuntimePackageFor("libpng-dev"), "libpng16-16");
  EXPECT_EQ(RuntimePackageFor("curl"), std::nullopt);
  EXPECT_TRUE(IsBuildTool("build-essential"));
  EXPECT_TRUE(IsBuildTool("gcc-12"));
  EXPECT_FALSE(IsBuildTool("libpq-dev"));
}

TEST(BuildStepsTest, FindsCompilingCommands) {
  EXPECT_EQ(NativeBuildStep("apt-get install -y make && make -j4 install"), "make");
  EXPECT_EQ(NativeBuildStep("cd src && ./configure --prefix=/usr"), "configure");
  EXPECT_EQ(NativeBuildStep("python3 -m pip install -r requirements.txt"), "pip install");
  EXPECT_EQ(NativeBuildStep("CGO_ENABLED=1 go build ./..."), "go build");
  EXPECT_EQ(NativeBuildStep("[\"npm\", \"ci\"]"), "npm ci");
  EXPECT_EQ(NativeBuildStep("yarn --frozen-lockfile"), "yarn");
  EXPECT_EQ(NativeBuildStep("python setup.py install"), "python setup.py");
}

TEST(BuildStepsTest, IgnoresNonCompilingCommands) {
  EXPECT_EQ(NativeBuildStep("apt-get install -y gcc make cmake"), std::nullopt);
  EXPECT_EQ(NativeBuildStep("pip install /wheels/*.whl"), std::nullopt);
  EXPECT_EQ(NativeBuildStep("pip install --no-index --find-links /wheels -r requirements.txt"), std::nullopt);
  EXPECT_EQ(NativeBuildStep("rm -rf /usr/src/make && npm run build && go version"), std::nullopt);
}

TEST(DevToRuntimeTest, InlinePackagesAndDuplicates) {
  std::string text = std::string(kBuilder) +
                     "FROM python:3.11-slim\n"
                     "RUN apt-get update && apt-get install -y libpq-dev libpq5 gcc curl && rm -rf /var/lib/apt/lists/*\n"
                     "COPY --from=builder /w /w\n";
  EXPECT_EQ(Fixed("DF201", text, /*unsafe=*/true),
            std::string(kBuilder) +
                "FROM python:3.11-slim\n"
                "RUN apt-get update && apt-get install -y libpq5 curl && rm -rf /var/lib/apt/lists/*\n"
                "COPY --from=builder /w /w\n");
  // Without --unsafe nothing changes.
  EXPECT_EQ(Fixed("DF201", text), text);
}

TEST(DevToRuntimeTest, KeepsToolsAnAppMayRunAndInterpreterHeaders) {
  std::string text = std::string(kBuilder) +
                     "FROM debian:bookworm-slim\n"
                     "RUN apt-get install -y git python3-dev gcc\n"
                     "COPY --from=builder /w /w\n"
                     "CMD [\"/w/app\"]\n";
  EXPECT_EQ(Fixed("DF201", text, true), std::string(kBuilder) +
                                            "FROM debian:bookworm-slim\n"
                                            "RUN apt-get install -y git python3-dev\n"
                                            "COPY --from=builder /w /w\n"
                                            "CMD [\"/w/app\"]\n");
}

TEST(DevToRuntimeTest, TwoDevPackagesForOneLibrary) {
  std::string text = std::string(kBuilder) +
                     "FROM debian:bookworm-slim\n"
                     "RUN apt-get install -y libjpeg-dev libjpeg62-turbo-dev\n"
                     "COPY --from=builder /w /w\n"
                     "CMD [\"/w/app\"]\n";
  EXPECT_EQ(Fixed("DF201", text, true), std::string(kBuilder) +
                                            "FROM debian:bookworm-slim\n"
                                            "RUN apt-get install -y libjpeg62-turbo\n"
                                            "COPY --from=builder /w /w\n"
                                            "CMD [\"/w/app\"]\n");
}

TEST(DevToRuntimeTest, SuggestionsOnly) {
  for (std::string_view final_stage : {
           // pinned
           "FROM debian:bookworm-slim\nRUN apt-get install -y libpq-dev=15.6-0+deb12u1\nCOPY --from=builder /w /w\n",
           // a release without a package table
           "FROM debian:buster-slim\nRUN apt-get install -y libssl-dev\nCOPY --from=builder /w /w\n",
           "FROM ubuntu:14.04\nRUN apt-get install -y libssl-dev\nCOPY --from=builder /w /w\n",
           // builds later in the stage
           "FROM debian:bookworm-slim\nRUN apt-get install -y gcc\nCOPY --from=builder /w /w\nRUN make\n",
           // no builder stage copied from
           "FROM debian:bookworm-slim\nRUN apt-get install -y gcc\n",
       }) {
    std::string text = std::string(kBuilder) + std::string(final_stage);
    OptimizeResult result = RunRule("DF201", text, true);
    EXPECT_EQ(result.output, text);
    ASSERT_EQ(result.reports.size(), 1u) << final_stage;
    EXPECT_EQ(result.reports[0].safety, "suggestion");
  }
}

TEST(NonRootUserTest, DistrolessAndScratch) {
  EXPECT_EQ(Fixed("DF301", "FROM gcr.io/distroless/static-debian12\nCOPY app /app\nENTRYPOINT [\"/app\"]", true),
            "FROM gcr.io/distroless/static-debian12\nCOPY app /app\nUSER 65532\nENTRYPOINT [\"/app\"]");
  std::string scratch = "FROM scratch\nCOPY app /app\nENTRYPOINT [\"/app\"]\n";
  OptimizeResult result = RunRule("DF301", scratch, true);
  EXPECT_EQ(result.output, "FROM scratch\nCOPY app /app\nUSER 10001:10001\nENTRYPOINT [\"/app\"]\n");
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].safety, "unsafe fix");
}

TEST(NonRootUserTest, Negatives) {
  for (std::string_view text : {
           "FROM python:3.12-slim\nUSER 1000\n",
           "FROM node:20 AS base\nUSER node\nFROM base\nCMD [\"node\", \"x.js\"]\n",
           "FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\n",
           "FROM debian:bookworm\nRUN apt-get install -y openssh-server\nCMD [\"/usr/sbin/sshd\", \"-D\"]\n",
           "FROM debian:bookworm\nRUN apt-get install -y gosu\nENTRYPOINT [\"/entrypoint.sh\"]\n",
           "# dockopt: ignore=DF301\nFROM python:3.12-slim\nCMD [\"python\"]\n",
       }) {
    OptimizeResult result = RunRule("DF301", text, true);
    EXPECT_EQ(result.output, text);
    EXPECT_TRUE(result.reports.empty()) << text;
  }
}

TEST(DevToRuntimeTest, PurgesAfterABuildInTheSameRun) {
  std::string text =
      "FROM python:3.11-slim\n"
      "RUN apt-get update && apt-get install -y gcc libpq-dev && pip install psycopg2 && rm -rf /var/lib/apt/lists/*\n"
      "CMD [\"python\", \"-m\", \"app\"]\n";
  std::string fixed = Fixed("DF201", text, true);
  EXPECT_EQ(fixed,
            "FROM python:3.11-slim\n"
            "RUN apt-get update && apt-get install -y gcc libpq-dev && pip install psycopg2 && rm -rf /var/lib/apt/lists/* "
            "&& apt-mark manual libpq5 && apt-get purge -y --auto-remove gcc libpq-dev\n"
            "CMD [\"python\", \"-m\", \"app\"]\n");
  EXPECT_EQ(Fixed("DF201", fixed, true), fixed) << "a RUN that purges them already is left alone";
}

TEST(DevToRuntimeTest, PurgesInAHeredocRun) {
  std::string text =
      "FROM php:8.2-apache\n"
      "RUN <<EOF\n"
      "apt-get update\n"
      "apt-get install -y libzip-dev\n"
      "docker-php-ext-install zip\n"
      "EOF\n";
  EXPECT_EQ(Fixed("DF201", text, true),
            "FROM php:8.2-apache\n"
            "RUN <<EOF\n"
            "apt-get update\n"
            "apt-get install -y libzip-dev\n"
            "docker-php-ext-install zip && apt-mark manual libzip4 && apt-get purge -y --auto-remove libzip-dev\n"
            "EOF\n");
}

TEST(DevToRuntimeTest, MovesThePackagesIntoTheOneRunThatBuilds) {
  std::string text =
      "FROM ruby:3.2-slim\n"
      "RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev curl && rm -rf /var/lib/apt/lists/*\n"
      "RUN chmod +x bin/rails\n"
      "COPY Gemfile Gemfile.lock ./\n"
      "RUN bundle install\n"
      "CMD [\"rails\", \"server\"]\n";
  std::string fixed = Fixed("DF201", text, true);
  EXPECT_EQ(fixed,
            "FROM ruby:3.2-slim\n"
            "RUN apt-get update && apt-get install -y --no-install-recommends libpq5 curl && rm -rf /var/lib/apt/lists/*\n"
            "RUN chmod +x bin/rails\n"
            "COPY Gemfile Gemfile.lock ./\n"
            "RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && bundle install && "
            "apt-get purge -y --auto-remove gcc libpq-dev && rm -rf /var/lib/apt/lists/*\n"
            "CMD [\"rails\", \"server\"]\n");
  EXPECT_EQ(Fixed("DF201", fixed, true), fixed);
}

TEST(DevToRuntimeTest, NoMoveWhenAnotherRunMayBuildOrTheUserChanges) {
  // A project script between them may compile with the packages too.
  std::string script = "FROM ruby:3.2-slim\nRUN apt-get install -y gcc libpq-dev\nRUN ./bin/setup\nRUN bundle install\n";
  EXPECT_EQ(Fixed("DF201", script, true), script);
  // The build runs as another user, who cannot install packages.
  std::string user = "FROM ruby:3.2-slim\nRUN apt-get install -y gcc libpq-dev\nUSER app\nRUN bundle install\n";
  EXPECT_EQ(Fixed("DF201", user, true), user);
  // Two RUNs install build-time packages: one move each would be two edits of the build RUN.
  std::string installs = "FROM ruby:3.2-slim\nRUN apt-get install -y gcc\nRUN apt-get install -y libpq-dev\nRUN bundle install\n";
  EXPECT_EQ(Fixed("DF201", installs, true), installs);
  // Two RUNs build: neither alone may get the packages.
  std::string two = "FROM ruby:3.2-slim\nRUN apt-get install -y gcc libpq-dev\nRUN bundle install\nRUN gem install pg\n";
  EXPECT_EQ(Fixed("DF201", two, true), two);
}

TEST(DevToRuntimeTest, NoPurgeWhenTheBuildIsLaterOrTheImageIsAShell) {
  // Something builds after the RUN: it needs the compilers.
  std::string again = "FROM python:3.11-slim\nRUN apt-get install -y gcc && pip install a\nRUN pip install b\n";
  EXPECT_EQ(Fixed("DF201", again, true), again);
  // A development shell keeps its compilers.
  std::string toolbox = "FROM ubuntu:22.04\nRUN apt-get install -y g++ make && make -C /src\nCMD [\"bash\"]\n";
  EXPECT_EQ(Fixed("DF201", toolbox, true), toolbox);
  // A release without a package table gets no names.
  std::string jessie = "FROM debian:jessie\nRUN apt-get install -y gcc libpq-dev && pip install psycopg2\nCMD [\"app\"]\n";
  EXPECT_EQ(Fixed("DF201", jessie, true), jessie);
}

}  // namespace
}  // namespace dockopt

namespace dockopt {
namespace {

// With every rule: a final stage that already takes its build from a builder gets its -dev packages
// swapped in place by DF201; DF202 does not split it into one more builder stage.
TEST(DevToRuntimeTest, AlreadyMultiStageIsSwappedNotSplitAgain) {
  std::string input =
      "FROM python:3.13.7-slim-trixie AS build\n"
      "RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev && "
      "rm -rf /var/lib/apt/lists/* && python -m venv /venv && /venv/bin/pip install --no-cache-dir psycopg2\n"
      "\n"
      "FROM python:3.13.7-slim-trixie AS app\n"
      "RUN apt-get update && apt-get -y install --no-install-recommends libpq-dev curl && rm -rf /var/lib/apt/lists/*\n"
      "COPY --from=build /venv /venv\n"
      "COPY . /app\n"
      "USER nobody\n"
      "CMD [\"/venv/bin/python\", \"/app/main.py\"]\n";
  OptimizeOptions options;
  options.unsafe = true;
  OptimizeResult result = Optimize(SourceBuffer("Dockerfile", input), options);
  std::string expected = input;
  expected.replace(expected.find("libpq-dev curl"), 9, "libpq5");
  EXPECT_EQ(result.output, expected);
  for (const Report& report : result.reports) EXPECT_NE(report.rule_id, "DF202") << report.message;
}

// livebook: the runtime stage readies Mix (`mix local.hex`) for the Mix.install its users run, which
// compiles with build-essential and cmake: DF201 says so, as DF202 does, instead of asking for runtime
// libraries in their place.
TEST(DevToRuntimeTest, MixReadiedForRunTimeKeepsTheBuildPackages) {
  ExpectBlocked("DF201",
                "FROM hexpm/elixir:1.17.3-erlang-27.1-debian-bookworm-20240926 AS build\nWORKDIR /app\nCOPY . .\n"
                "RUN mix do deps.get, release\n"
                "FROM hexpm/elixir:1.17.3-erlang-27.1-debian-bookworm-20240926\n"
                "RUN apt-get update && apt-get install -y --no-install-recommends build-essential cmake git && rm -rf /var/lib/apt/lists/*\n"
                "RUN mix local.hex --force && mix local.rebar --force\n"
                "COPY --from=build /app/_build/prod/rel/app /app\nCMD [\"/app/bin/server\"]\n",
                "the stage runs 'mix local.hex' but builds nothing with Mix");
}

}  // namespace
}  // namespace dockopt
