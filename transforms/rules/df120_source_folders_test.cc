// Tests for DF120's finding on sources copied folder by folder before the install.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF120";

TEST(Df120SourceFoldersTest, AnInstallAfterSeveralSourceFolderCopiesIsNamed) {
  const std::string text =
      "FROM python:3.12-slim\n"
      "WORKDIR /app\n"
      "COPY ./app /app/app\n"
      "COPY ./config /app/config\n"
      "COPY ./lib/ /app/lib/\n"
      "COPY requirements.txt /app/\n"
      "RUN pip install --no-cache-dir -r requirements.txt\n"
      "CMD [\"python\", \"-m\", \"app\"]\n";
  OptimizeResult result = RunRule(kRule, text, true);
  EXPECT_EQ(result.output, text) << "a suggestion";
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_NE(result.reports[0].message.find("runs after 3 COPYs of source folders ('./app', './config', './lib')"),
            std::string::npos)
      << result.reports[0].message;
}

TEST(Df120SourceFoldersTest, ManifestsFilesAndEarlierFetchesAreNotSources) {
  for (std::string_view text : {
           // One folder: the project folder planner's case, not this one.
           "FROM python:3.12-slim\nWORKDIR /app\nCOPY ./app /app/app\nCOPY requirements.txt .\n"
           "RUN pip install -r requirements.txt\n",
           // The folder that holds the requirements is the install's manifests.
           "FROM python:3.12-slim\nWORKDIR /app\nCOPY ./requirements /app/requirements\nCOPY ./app /app/app\n"
           "RUN pip install -r requirements/base.txt\n",
           // Dotless files (Gemfile, Makefile) are no folders.
           "FROM ruby:3.3-slim\nWORKDIR /app\nCOPY Gemfile /app/\nCOPY Makefile /app/\nRUN bundle install\n",
           // yarn's own folders and patches are what the install reads.
           "FROM node:20\nWORKDIR /app\nCOPY ./.yarn/releases ./.yarn/releases\nCOPY ./packages/server/patches "
           "./packages/server/patches\nCOPY package.json yarn.lock .yarnrc.yml ./\nRUN yarn\n",
           // The stage fetched the modules before the sources came.
           "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY ./cmd ./cmd\n"
           "COPY ./pkg ./pkg\nRUN go build -o /app ./cmd/app\n",
           // Paket restored the NuGet packages before the sources came (3244f651's shape).
           "FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /build\nRUN dotnet new tool-manifest && dotnet tool "
           "install Paket\nCOPY paket.dependencies .\nRUN dotnet paket install && dotnet paket restore\n"
           "COPY src/views out/views\nCOPY src src\nRUN dotnet publish -c Release -o out src/main.fsproj\n",
       }) {
    OptimizeResult result = RunRule(kRule, std::string(text), true);
    for (const Report& report : result.reports)
      EXPECT_EQ(report.message.find("COPYs of source folders"), std::string::npos) << text << report.message;
  }
}

TEST(Df120SourceFoldersTest, TheProjectsOwnInstallAfterOneSourceFolderIsNamed) {
  const std::string text =
      "FROM python:3.10-slim\nWORKDIR /srv\nCOPY pkg/ /srv/pkg\nCOPY setup.py /srv/\n"
      "RUN pip install --upgrade pip && pip install -e .\n";
  OptimizeResult result = RunRule(kRule, text, true);
  EXPECT_EQ(result.output, text) << "a suggestion";
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_NE(result.reports[0].message.find("'pip install -e .' installs the project itself after the COPY of the "
                                           "source folder './pkg'"),
            std::string::npos)
      << result.reports[0].message;
}

TEST(Df120SourceFoldersTest, OneFolderBeforeOtherInstallsStaysSilent) {
  for (std::string_view text : {
           // The requirements install after one folder: the folder planner's to judge.
           "FROM python:3.12-slim\nWORKDIR /app\nCOPY ./app /app/app\nCOPY requirements.txt .\n"
           "RUN pip install -r requirements.txt\n",
           // The requirements were installed before the sources came.
           "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"
           "COPY ./app /app/app\nCOPY setup.py .\nRUN pip install --no-deps .\n",
           // The folder lands outside the directory the install runs in.
           "FROM python:3.6-alpine\nWORKDIR /opt/app\nCOPY app.tgz /opt/app\nCOPY ./docker/bashrc /root/.bashrc\n"
           "RUN cd /opt/app && tar xf app.tgz\nRUN cd /opt/app && pip install -e .\n",
           // Another local package than the project.
           "FROM python:3.12-slim\nWORKDIR /app\nCOPY ./libs /app/libs\nRUN pip install ./libs/x\n",
       }) {
    OptimizeResult result = RunRule(kRule, std::string(text), true);
    for (const Report& report : result.reports)
      EXPECT_EQ(report.message.find("installs the project itself after the COPY"), std::string::npos)
          << text << report.message;
  }
}

}  // namespace
}  // namespace dockopt
