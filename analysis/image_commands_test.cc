// The default-command table: what an image runs when a Dockerfile sets no command of its own.
#include "analysis/image_commands.h"

#include <gtest/gtest.h>

namespace dockopt::analysis {
namespace {

ImageCommand Command(std::string_view image) {
  std::optional<ImageCommand> command = LookupImageCommand(image);
  EXPECT_TRUE(command) << image;
  return command.value_or(ImageCommand{});
}

using Argv = std::vector<std::string>;

TEST(ImageCommands, PlainOsImagesRunAShell) {
  EXPECT_EQ(Command("ubuntu:18.04").cmd, Argv{"/bin/bash"});
  EXPECT_EQ(Command("debian").cmd, Argv{"bash"});
  EXPECT_EQ(Command("alpine:3.18").cmd, Argv{"/bin/sh"});
  EXPECT_EQ(Command("centos:7").kind, DefaultCommandKind::kShell);
  EXPECT_TRUE(Command("nvidia/cuda:10.0-cudnn7-devel-ubuntu16.04").BuildEnvironment());
  EXPECT_TRUE(Command("golang:1.21").BuildEnvironment());
  EXPECT_EQ(Command("golang:1.21-alpine3.18").cmd, Argv{"/bin/sh"}) << "alpine variants inherit alpine's sh";
}

TEST(ImageCommands, LanguageImagesRunTheirRepl) {
  ImageCommand python = Command("python:3.11-slim");
  EXPECT_EQ(python.cmd, Argv{"python3"});
  EXPECT_EQ(python.kind, DefaultCommandKind::kRepl);
  EXPECT_FALSE(python.BuildEnvironment()) << "a REPL image is usually run with a command that needs the installs";
  EXPECT_EQ(Command("python:2.7").cmd, Argv{"python2"});
  EXPECT_EQ(Command("node:20-alpine").Argv(), (Argv{"docker-entrypoint.sh", "node"}));
  EXPECT_EQ(Command("ruby:2.3").cmd, Argv{"irb"});
  EXPECT_EQ(Command("php:7.1-cli").cmd, (Argv{"php", "-a"}));
  EXPECT_EQ(Command("maven:3-eclipse-temurin-17").kind, DefaultCommandKind::kBuildTool);
}

TEST(ImageCommands, ServersNameTheirPortAndWhatTheyDoWithRoot) {
  ImageCommand httpd = Command("httpd:2.4-alpine");
  EXPECT_EQ(httpd.cmd, Argv{"httpd-foreground"});
  EXPECT_EQ(httpd.port, 80);
  EXPECT_FALSE(httpd.BuildEnvironment());
  EXPECT_EQ(httpd.image, "httpd");
  EXPECT_NE(httpd.source.find("docker-library/httpd"), std::string::npos);

  ImageCommand apache = Command("php:7.4-apache");
  EXPECT_EQ(apache.cmd, Argv{"apache2-foreground"});
  EXPECT_EQ(apache.entrypoint, Argv{"docker-php-entrypoint"});
  EXPECT_EQ(apache.port, 80);
  EXPECT_EQ(Command("php:7.4-fpm-alpine").port, 9000) << "the fpm row comes before the plain php row";
  EXPECT_EQ(Command("wordpress:5-php7.4-fpm").cmd, Argv{"php-fpm"});
  EXPECT_EQ(Command("wordpress").port, 80) << "the default wordpress image is the apache variant";
  EXPECT_EQ(Command("nginx:alpine").Argv(), (Argv{"/docker-entrypoint.sh", "nginx", "-g", "daemon off;"}));
  EXPECT_EQ(Command("traefik:v3.1").port, 80);
  EXPECT_FALSE(LookupImageCommand("traefik:1.7")) << "v1 images ran /traefik from scratch: not recorded";
  EXPECT_EQ(Command("caddy:2-alpine").port, 80);
  EXPECT_FALSE(LookupImageCommand("caddy:2-builder")) << "the builder variant is a Go toolchain, not the server";
  EXPECT_EQ(Command("tomcat:9").port, 8080);
  EXPECT_EQ(Command("tomcat:9").root, DefaultCommandRoot::kPlain);

  ImageCommand postgres = Command("postgres:15");
  EXPECT_EQ(postgres.root, DefaultCommandRoot::kDrops);
  EXPECT_EQ(postgres.root_detail, "postgres");
  EXPECT_EQ(Command("docker:dind").root, DefaultCommandRoot::kNeeds);
  EXPECT_FALSE(Command("docker:dind").root_detail.empty());
  EXPECT_EQ(Command("wordpress:cli-2.9").root, DefaultCommandRoot::kUser);
  EXPECT_EQ(Command("wordpress:cli-2.9").root_detail, "www-data");
}

TEST(ImageCommands, ReferencesAreNormalisedLikeTheBaseImageTable) {
  EXPECT_EQ(Command("docker.io/library/httpd:2.4").port, 80);
  EXPECT_EQ(Command("library/python").cmd, Argv{"python3"});
  EXPECT_EQ(Command("HTTPD:2.4@sha256:0123").port, 80) << "case and digest do not matter";
  EXPECT_EQ(Command("php").cmd, (Argv{"php", "-a"})) << "no tag: latest, the cli variant";
  EXPECT_FALSE(LookupImageCommand("httpd@sha256:0123")) << "only a digest: which tag it was is unknown";
  EXPECT_EQ(Command("i386/debian:9").cmd, Argv{"bash"}) << "an architecture namespace holds the official image";
  EXPECT_EQ(Command("arm32v7/python:3.9").cmd, Argv{"python3"});
}

TEST(ImageCommands, UnknownImagesAreNotGuessed) {
  EXPECT_FALSE(LookupImageCommand("myorg/httpd:2.4")) << "another publisher's image of the same short name";
  EXPECT_FALSE(LookupImageCommand("registry.example.com/python:3"));
  EXPECT_FALSE(LookupImageCommand("$BASE"));
  EXPECT_FALSE(LookupImageCommand(""));
  EXPECT_FALSE(LookupImageCommand("scratch"));
}

TEST(ImageCommands, JsonArgvReadsArraysOfStringsOnly) {
  EXPECT_EQ(JsonArgv(R"(["nginx", "-g", "daemon off;"])"), (Argv{"nginx", "-g", "daemon off;"}));
  EXPECT_EQ(JsonArgv(R"(["a\"b"])"), Argv{"a\"b"});
  EXPECT_EQ(JsonArgv("[]"), Argv{});
  EXPECT_EQ(JsonArgv(""), Argv{});
  EXPECT_EQ(JsonArgv("bash"), Argv{});
  EXPECT_EQ(JsonArgv(R"(["bash", 1])"), Argv{});
  EXPECT_EQ(JsonArgv(R"(["bash")"), Argv{});
}

TEST(ImageCommands, EveryRowHasASourceAndAKnownKind) {
  // A row the loader drops (a bad kind, too few columns) would silently lose its image.
  for (std::string_view image : {"ubuntu", "debian", "alpine", "busybox", "centos", "fedora", "buildpack-deps", "golang",
                                 "rust", "gcc", "nvidia/cuda", "nvidia/cudagl", "continuumio/miniconda3", "python",
                                 "pypy", "node", "ruby", "php", "elixir", "erlang", "haskell", "julia", "r-base",
                                 "maven", "gradle", "httpd", "nginx", "traefik", "caddy", "wordpress", "tomcat", "postgres", "mysql",
                                 "mariadb", "mongo", "redis", "rabbitmq", "docker", "phusion/baseimage"}) {
    ImageCommand command = Command(image);
    EXPECT_FALSE(command.source.empty()) << image;
    EXPECT_FALSE(command.cmd.empty() && command.entrypoint.empty()) << image;
  }
}

}  // namespace
}  // namespace dockopt::analysis
