// Tests for DF301 non-root-user on images that serve below port 1024: the official nginx image (moved
// to nginx-unprivileged) and applications that read ENV PORT.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "context/test_tree.h"
#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF301";

// A build context holding one file, fresh for each test.
std::string ContextWith(std::string_view name, const std::string& path, const std::string& text) {
  std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "df301" / std::string(name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories((dir / path).parent_path());
  std::ofstream(dir / path) << text;
  return dir.string();
}

Report Only(const OptimizeResult& result) {
  EXPECT_EQ(result.reports.size(), 1u);
  return result.reports.empty() ? Report{} : result.reports.front();
}

TEST(NonRootUserTest, JupyterStacksRunAsJovyanAlready) {
  // docker-stacks end with `USER ${NB_UID}`: without a USER of its own the file runs as jovyan, and a
  // RUN useradd the rule would add could not even run there.
  for (std::string_view base : {"jupyter/base-notebook", "quay.io/jupyter/scipy-notebook:2024-05-27"}) {
    std::string input = fmt::format("FROM {}\nRUN pip install --no-cache-dir nltk\nCOPY notebooks $HOME/work\n"
                                    "CMD [\"start-notebook.sh\"]\n",
                                    base);
    OptimizeResult result = RunRule(kRule, input, true);
    EXPECT_EQ(result.output, input);
    EXPECT_TRUE(result.reports.empty()) << base << ": " << (result.reports.empty() ? "" : result.reports[0].message);
  }
}

TEST(NonRootUserTest, StaticNginxSiteIsToldTheMoveToUnprivilegedAndThePortChange) {
  // Another publisher's image and another port: described for the reviewer, not applied.
  std::string input = "FROM nginx:1.27-alpine\nCOPY dist /usr/share/nginx/html\nEXPOSE 80\n";
  OptimizeResult result = RunRule(kRule, input, true);
  EXPECT_EQ(result.output, input);
  Report report = Only(result);
  EXPECT_FALSE(report.applied);
  EXPECT_EQ(report.safety, "suggestion");
  EXPECT_NE(report.message.find("listens on port 8080 instead of 80"), std::string::npos) << report.message;
  EXPECT_NE(report.message.find("publish 8080"), std::string::npos) << report.message;
  EXPECT_NE(report.message.find("not applied: the image is another publisher's"), std::string::npos) << report.message;
}

TEST(NonRootUserTest, NginxConfigOnAnUnprivilegedPortKeepsItsPort) {
  std::string ctx = ContextWith("own-config", "site.conf", "server { listen 8080; }\n");
  std::string input = "FROM nginx:1.27\nCOPY site.conf /etc/nginx/conf.d/default.conf\nEXPOSE 8080\n";
  OptimizeResult result = RunRule(kRule, input, true, ctx);
  EXPECT_EQ(result.output, input);
  EXPECT_EQ(Only(result).message.find("instead of 80"), std::string::npos);
  EXPECT_NE(Only(result).message.find("nginxinc/nginx-unprivileged:1.27"), std::string::npos) << Only(result).message;
}

TEST(NonRootUserTest, NginxConfigWithoutContextIsASuggestionNamingTheFile) {
  std::string input = "FROM nginx:1.27\nCOPY site.conf /etc/nginx/conf.d/default.conf\n";
  OptimizeResult result = RunRule(kRule, input, true);
  EXPECT_EQ(result.output, input);
  Report report = Only(result);
  EXPECT_EQ(report.safety, "suggestion");
  EXPECT_NE(report.message.find("pass the build context (--context) so dockopt can read 'site.conf'"),
            std::string::npos)
      << report.message;
}

TEST(NonRootUserTest, AnotherServerOn8080BlocksMovingTheDefaultServerThere) {
  std::string ctx = ContextWith("other-server", "api.conf", "server { listen 8080; }\n");
  std::string input = "FROM nginx:1.27\nCOPY api.conf /etc/nginx/conf.d/\n";
  OptimizeResult result = RunRule(kRule, input, true, ctx);
  EXPECT_EQ(result.output, input);
  EXPECT_NE(Only(result).message.find("'api.conf' listens on port 8080, where the image's default server moves"),
            std::string::npos)
      << Only(result).message;
}

TEST(NonRootUserTest, ARunEditingNginxConfigBlocksTheMove) {
  std::string input = "FROM nginx:1.27\nRUN sed -i 's/listen  80/listen 3000/' /etc/nginx/conf.d/default.conf\n";
  Report report = Only(RunRule(kRule, input, true));
  EXPECT_EQ(report.safety, "suggestion");
  EXPECT_NE(report.message.find("a RUN edits nginx's configuration"), std::string::npos) << report.message;
}

TEST(NonRootUserTest, HealthcheckOnAnotherLowPortBlocksTheMove) {
  std::string input = "FROM nginx:1.27\nHEALTHCHECK CMD nc -z localhost 80 || exit 1\n";
  Report report = Only(RunRule(kRule, input, true));
  EXPECT_EQ(report.safety, "suggestion");
  EXPECT_NE(report.message.find("HEALTHCHECK"), std::string::npos) << report.message;
}

TEST(NonRootUserTest, NginxUnderASupervisorIsLeftAloneButSaid) {
  std::string input = "FROM nginx:1.27\nRUN apt-get update\nCMD [\"supervisord\", \"-n\"]\n";
  OptimizeResult result = RunRule(kRule, input, true);
  EXPECT_EQ(result.output, input);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_NE(result.reports[0].message.find("'supervisord' is a process supervisor"), std::string::npos);
  EXPECT_NE(result.reports[0].message.find("not applied"), std::string::npos);
}

TEST(NonRootUserTest, AWebServerMasterThatStaysRootIsSaidNotRewritten) {
  std::string input = "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y apache2\n"
                      "CMD [\"apache2ctl\", \"-DFOREGROUND\"]\n";
  OptimizeResult result = RunRule(kRule, input, true);
  EXPECT_EQ(result.output, input);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_NE(result.reports[0].message.find("'apache2ctl' starts its master process as root"), std::string::npos);
  // A command that switches users itself is left unreported.
  std::string mysql = "FROM debian:bookworm-slim\nCMD [\"mysqld\", \"--user=mysql\"]\n";
  EXPECT_TRUE(RunRule(kRule, mysql, true).reports.empty());
}

TEST(NonRootUserTest, AScriptHandedRootByTheImagesEntrypointIsSaid) {
  // nginx's /docker-entrypoint.sh starts as root and execs the file's command: run.sh runs as root too.
  std::string input = "FROM nginx:1.25\nCOPY run.sh /run.sh\nCMD \"/run.sh\"\n";
  OptimizeResult result = RunRule(kRule, input, true);
  EXPECT_EQ(result.output, input);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_NE(result.reports[0].message.find("runs the file's command 'run.sh' as root too"), std::string::npos)
      << result.reports[0].message;
}

TEST(NonRootUserTest, EnvPortBelow1024MovesWithItsExpose) {
  OptimizeResult result =
      RunRule(kRule, "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nENV PORT=443\nEXPOSE 443 9229\nCMD [\"node\", \"app.js\"]\n", true);
  EXPECT_EQ(result.output,
            "FROM node:20-slim\nWORKDIR /app\nCOPY --chown=node . .\nENV PORT=8443\nEXPOSE 8443 9229\nRUN chown node /app\nUSER node\n"
            "CMD [\"node\", \"app.js\"]\n");
  EXPECT_NE(Only(result).fix_title.find("serve on port 8443 instead of 443"), std::string::npos);
}

TEST(NonRootUserTest, AHealthcheckOnTheMovedPortFollows) {
  EXPECT_EQ(Fixed(kRule,
                  "FROM node:20-slim\nENV PORT=80\nEXPOSE 80\n"
                  "HEALTHCHECK CMD curl -f http://localhost:80/health && curl -f http://127.0.0.1/ || exit 1\n"
                  "CMD node app.js\n",
                  true),
            "FROM node:20-slim\nENV PORT=8080\nEXPOSE 8080\n"
            "HEALTHCHECK CMD curl -f http://localhost:8080/health && curl -f http://127.0.0.1:8080/ || exit 1\n"
            "USER node\nCMD node app.js\n");
}

TEST(NonRootUserTest, EnvPortAlsoWrittenElsewhereStaysASuggestion) {
  for (std::string_view input : {"FROM node:20-slim\nENV PORT=80\nEXPOSE 80\nCMD node app.js --port 80\n",
                                 "FROM node:20-slim\nENV PORT=80\nEXPOSE 80 443\nCMD node app.js\n",
                                 "FROM node:20-slim\nENV PORT=80\nENV PORT=81\nEXPOSE 80\nCMD node app.js\n"}) {
    OptimizeResult result = RunRule(kRule, input, true);
    EXPECT_EQ(result.output, input);
    Report report = Only(result);
    EXPECT_EQ(report.safety, "suggestion");
    EXPECT_NE(report.message.find("below 1024"), std::string::npos) << report.message;
  }
}

TEST(NonRootUserTest, ACommandLineBindBelow1024MovesWithItsExpose) {
  OptimizeResult result = RunRule(
      kRule, "FROM python:3.12-slim\nEXPOSE 80\nCMD [\"gunicorn\", \"-b\", \"0.0.0.0:80\", \"app:app\"]\n", true);
  EXPECT_EQ(result.output,
            "FROM python:3.12-slim\nEXPOSE 8080\nRUN useradd --create-home --uid 10001 app\nUSER app\n"
            "CMD [\"gunicorn\", \"-b\", \"0.0.0.0:8080\", \"app:app\"]\n");
  EXPECT_NE(Only(result).message.find("its command's port 80"), std::string::npos);
  EXPECT_EQ(Fixed(kRule, "FROM python:3.12-slim\nEXPOSE 443\nCMD uvicorn app:app --host 0.0.0.0 --port=443\n", true),
            "FROM python:3.12-slim\nEXPOSE 8443\nRUN useradd --create-home --uid 10001 app\nUSER app\n"
            "CMD uvicorn app:app --host 0.0.0.0 --port=8443\n");
}

TEST(NonRootUserTest, APortNumberThatIsNoBindStaysASuggestion) {
  for (std::string_view input : {"FROM python:3.12-slim\nEXPOSE 80\nCMD [\"app\", \"--workers\", \"80\"]\n",
                                 "FROM python:3.12-slim\nEXPOSE 80\nCMD [\"app\", \"--bind\", \"[::]:80\"]\n",
                                 "FROM python:3.12-slim\nEXPOSE 80\nHEALTHCHECK CMD nc -z 127.0.0.1 80\n"
                                 "CMD [\"app\", \"-b\", \":80\"]\n"}) {
    OptimizeResult result = RunRule(kRule, input, true);
    EXPECT_EQ(result.output, input);
    EXPECT_EQ(Only(result).safety, "suggestion") << input;
  }
}

TEST(NonRootUserTest, FoldersGivenToTheRootGroupPutTheNewUserInIt) {
  // OpenShift's arbitrary-uid pattern: the folders are writable for group 0, so the user must be in it.
  OptimizeResult debian = RunRule(kRule,
                                  "FROM debian:bookworm-slim\nCOPY server /opt/server\n"
                                  "RUN chgrp -R 0 /opt/server && chmod -R g+rw /opt/server\n"
                                  "ENTRYPOINT [\"/opt/server/bin/server\"]\n",
                                  true);
  EXPECT_NE(debian.output.find("useradd --create-home --uid 10001 --gid 0 app\n"), std::string::npos) << debian.output;
  OptimizeResult alpine = RunRule(kRule,
                                  "FROM alpine:3.19\nWORKDIR /app\nCOPY . .\n"
                                  "RUN chgrp -R root /app && chmod -R g=u /app\nCMD [\"./app\"]\n",
                                  true);
  EXPECT_NE(alpine.output.find("adduser -D -u 10001 -G root app\n"), std::string::npos) << alpine.output;
  // Group write access alone, or the root group without it, is no such hand-over.
  OptimizeResult plain = RunRule(kRule, "FROM alpine:3.19\nWORKDIR /app\nCOPY . .\nRUN chmod -R g+w /app\nCMD [\"./app\"]\n", true);
  EXPECT_NE(plain.output.find("adduser -D -u 10001 app\n"), std::string::npos) << plain.output;
}

TEST(NonRootUserTest, AnEntrypointScriptFromTheContextMustBeRead) {
  // Without --context the script's start is unknown: a suggestion that says how to check it.
  std::string input = "FROM debian:bookworm-slim\nCOPY entrypoint.sh /\nENTRYPOINT [\"/entrypoint.sh\"]\n";
  OptimizeResult unread = RunRule(kRule, input, true);
  EXPECT_EQ(unread.output, input);
  EXPECT_NE(Only(unread).message.find("'/entrypoint.sh', which comes from the build context and dockopt could not read "
                                      "(run with --context to read it)"),
            std::string::npos)
      << Only(unread).message;
  // A script the base image ships (no COPY brings it) is the base image's, not the context's.
  OptimizeResult shipped = RunRule(kRule, "FROM debian:bookworm-slim\nENTRYPOINT [\"/usr/local/bin/start.sh\"]\n", true);
  EXPECT_NE(shipped.output.find("USER app"), std::string::npos) << shipped.output;
}

TEST(NonRootUserTest, AnExplicitFinalUserRootIsKeptAndNamed) {
  // Written by the author as the last user, even after the command: a choice the rule does not undo.
  for (std::string_view text : {"FROM debian:bookworm-slim\nRUN apt-get update\nCMD [\"app\"]\nUSER root\n",
                                "FROM alpine:3.20\nUSER 0:0\nCMD [\"app\"]\n"}) {
    OptimizeResult result = RunRule(kRule, text, true);
    EXPECT_EQ(result.output, text);
    Report report = Only(result);
    EXPECT_EQ(report.safety, "suggestion");
    EXPECT_NE(report.message.find("the author's choice"), std::string::npos) << report.message;
  }
}

}  // namespace
}  // namespace dockopt

namespace dockopt {
namespace {

// shopizer: `COPY SALESMANAGER.h2.db /` puts the H2 database into '/', where H2 creates its lock and trace
// files next to it: a non-root user cannot, so the file is named, not rewritten.
TEST(NonRootUserTest, ADatabaseCopiedIntoTheRootByItsSourceNameBlocks) {
  ExpectBlocked(kRule,
                "FROM eclipse-temurin:11-jre-alpine\nRUN mkdir /opt/app\nCOPY target/shop.jar /opt/app\n"
                "COPY SALESMANAGER.h2.db /\nCMD [\"java\", \"-jar\", \"/opt/app/shop.jar\"]\n",
                "the application's files are copied into '/' (no WORKDIR)");
}

// grocy: linuxserver's s6-overlay base starts /init as root, which runs nginx and php-fpm as PUID/PGID's
// user: root stays, and the finding says how such a base picks its user.
TEST(NonRootUserTest, AnInitBaseKeepsRootAndSaysHowItPicksItsUser) {
  ExpectBlocked(kRule,
                "FROM ghcr.io/linuxserver/baseimage-alpine-nginx:3.21\nRUN apk add --no-cache php83\n"
                "COPY . /app/www/\n",
                "starts an init as root (s6-overlay's /init, phusion's my_init)");
  ExpectBlocked(kRule, "FROM phusion/baseimage:0.9.19\nCOPY app /app\nCMD [\"/run.sh\"]\n", "'setuser' under my_init");
}

// crates.io's development image: postgresql is installed for diesel's client, and the entrypoint, read in
// full, never starts it; it ends in `cargo run`, which writes target/ next to sources root owns.
TEST(NonRootUserTest, AStartThatBuildsIsNamedNotADaemonItNeverStarts) {
  context::testing::TempTree tree;
  tree.Write("docker_entrypoint.sh", "#!/bin/sh\ndiesel migration run\ncargo run --bin server\n");
  const std::string text =
      "FROM rust:1.80\nRUN apt-get update && apt-get install -y postgresql && rm -rf /var/lib/apt/lists/*\n"
      "WORKDIR /app\nCOPY . /app\nENTRYPOINT [\"/app/docker_entrypoint.sh\"]\n";
  OptimizeResult result = RunRule(kRule, text, true, tree.str());
  EXPECT_EQ(result.output, text);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_NE(result.reports.front().message.find("the command runs 'cargo', a build tool"), std::string::npos)
      << result.reports.front().message;
  // A start that does start the daemon keeps the daemon's finding.
  tree.Write("docker_entrypoint.sh", "#!/bin/sh\nservice postgresql start\nexec ./server\n");
  OptimizeResult daemon = RunRule(kRule, text, true, tree.str());
  ASSERT_EQ(daemon.reports.size(), 1u);
  EXPECT_NE(daemon.reports.front().message.find("'postgresql', whose daemon starts as root"), std::string::npos)
      << daemon.reports.front().message;
}

}  // namespace
}  // namespace dockopt
