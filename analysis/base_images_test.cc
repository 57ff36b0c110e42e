// The base-image table: releases from tags and defaults, slim variants, what the slim variant lacks.
#include <gtest/gtest.h>

#include "analysis/base_images.h"
#include "analysis/image_commands.h"
#include "analysis/packages.h"

namespace dockopt::analysis {
namespace {

BaseImageFacts Facts(std::string_view image) {
  std::optional<BaseImageFacts> facts = LookupBaseImage(image);
  EXPECT_TRUE(facts) << image;
  return facts.value_or(BaseImageFacts{});
}

bool Has(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST(BaseImageTable, PythonTagsResolveToTheirDebianRelease) {
  BaseImageFacts python = Facts("python:3.11");
  EXPECT_EQ(python.os, (OsRelease{Distro::kDebian, "bookworm"}));
  EXPECT_TRUE(python.toolchain);
  EXPECT_EQ(python.slim_variant, "python:3.11-slim");
  EXPECT_EQ(python.runtime_base, "debian:bookworm-slim");
  EXPECT_GT(python.size_mb, python.slim_size_mb);
  EXPECT_FALSE(python.source.empty());

  BaseImageFacts buster = Facts("python:3.8-buster");
  EXPECT_EQ(buster.os, (OsRelease{Distro::kDebian, "buster"}));
  EXPECT_EQ(buster.slim_variant, "python:3.8-slim-buster");
  EXPECT_EQ(buster.runtime_base, "debian:buster-slim");

  EXPECT_EQ(Facts("python:2.7").os.release, "buster") << "untagged old releases use the last official release";
  // python:2 is 2.7, not a current Python (held13 open-event-server: python:2-slim was read as bookworm).
  EXPECT_EQ(Facts("python:2").os.release, "buster");
  EXPECT_EQ(Facts("python:2-slim").os.release, "buster");
  EXPECT_EQ(Facts("python:2").slim_variant, "python:2-slim");
  EXPECT_EQ(Facts("python").slim_variant, "python:slim");
  BaseImageFacts slim = Facts("python:3.11-slim-bookworm");
  EXPECT_TRUE(slim.slim);
  EXPECT_FALSE(slim.toolchain);
  EXPECT_EQ(slim.slim_variant, "");
  // An old version's slim variant ran on that version's release, as its full image did: a split
  // from python:3.4 onto python:3.4-slim must see the same release (and the same package names).
  EXPECT_EQ(Facts("python:3.5-slim").os.release, "buster");
  EXPECT_EQ(Facts("python:3.4-slim").os.release, "") << "3.4 ended before buster; its release is not recorded";
  EXPECT_EQ(Facts("python:3.6-slim").os.release, "bullseye");
  EXPECT_EQ(Facts("node:12-slim").os.release, "buster");
  EXPECT_EQ(Facts("ruby:2.5-slim").os.release, "buster");
  EXPECT_EQ(Facts("ruby:2.3-slim").os.release, "") << "2.3 ended before buster";
  // A pinned old tag was built once, on the release of its day (python:3.6.1 was jessie), never
  // again: its release is unknown, so no release's package names are guessed for it.
  EXPECT_EQ(Facts("python:3.6.1").os.release, "");
  EXPECT_EQ(Facts("python:3.6.1-slim").os.release, "");
  EXPECT_TRUE(Facts("python:3.6.1-slim").slim);
  EXPECT_EQ(Facts("python:3.6.1").slim_variant, "python:3.6.1-slim");
  EXPECT_EQ(Facts("node:10.16").os.release, "");
  EXPECT_EQ(Facts("ruby:2.3.7").os.release, "");
  // ...unless every image of that patch version was built while one release was the default.
  EXPECT_EQ(Facts("ruby:2.6.6").os.release, "buster") << "2020-03 to 2021-04: buster was the default";
  EXPECT_EQ(Facts("ruby:2.6.6").slim_variant, "ruby:2.6.6-slim");
  EXPECT_EQ(Facts("ruby:2.6.6-slim").os.release, "buster");
  EXPECT_EQ(Facts("ruby:3.0.1").os.release, "buster");
  EXPECT_EQ(Facts("ruby:2.7.0-slim").os.release, "buster");
  EXPECT_EQ(Facts("ruby:2.6.6-stretch").os.release, "stretch") << "the tag's release wins";
  EXPECT_EQ(Facts("ruby:2.6.3").os.release, "") << "2.6.3 images were stretch, then buster";
  EXPECT_EQ(Facts("ruby:2.6.8").os.release, "bullseye") << "replaced in 2021-11, after bullseye became the default";
  EXPECT_EQ(Facts("ruby:2.6").os.release, "bullseye") << "the last 2.6 images (2.6.10, 2022)";
  EXPECT_EQ(Facts("ruby:2.5").os.release, "buster");
  // A pinned tag of the current range replaced before bookworm became the default never ran on it.
  EXPECT_EQ(Facts("python:3.9.7").os.release, "") << "replaced in 2021: bullseye, not bookworm";
  EXPECT_EQ(Facts("python:3.10.4-slim").os.release, "");
  EXPECT_EQ(Facts("ruby:3.1.2").os.release, "bullseye") << "replaced in 2023-03, while bullseye was the default";
  EXPECT_EQ(Facts("ruby:3.2.2-slim").os.release, "bookworm") << "replaced in 2024";
  EXPECT_EQ(Facts("python:3.9.18").os.release, "bookworm");
  EXPECT_EQ(Facts("node:18.12").os.release, "") << "node 18.12 was replaced in 2022";
  EXPECT_EQ(Facts("node:16.14.2-slim").os.release, "");
  EXPECT_EQ(Facts("node:20.17").os.release, "bookworm");
  EXPECT_EQ(Facts("node:18").os.release, "bookworm") << "a line's floating tag follows the newest images";
  EXPECT_EQ(Facts("python:3.11.4").os.release, "bookworm") << "the current range keeps its documented assumption";
  EXPECT_EQ(Facts("python:3.12-slim").os.release, "bookworm");
}

TEST(BaseImageTable, CudaDevelImagesSwapForTheirRuntimeVariant) {
  BaseImageFacts devel = Facts("nvidia/cuda:10.0-cudnn7-devel-ubuntu18.04");
  EXPECT_EQ(devel.os, (OsRelease{Distro::kUbuntu, "18.04"})) << "the ubuntuNN.NN tag suffix names the release";
  EXPECT_TRUE(devel.toolchain);
  EXPECT_EQ(devel.slim_variant, "nvidia/cuda:10.0-cudnn7-runtime-ubuntu18.04");
  EXPECT_EQ(devel.runtime_base, "nvidia/cuda:10.0-cudnn7-runtime-ubuntu18.04") << "a CUDA binary needs the CUDA libraries";
  EXPECT_EQ(Facts("nvidia/cuda:9.2-devel").os.release, "") << "unsuffixed tags moved between releases";
  EXPECT_TRUE(Facts("nvidia/cuda:12.4.1-runtime-ubuntu22.04").slim);
  EXPECT_FALSE(LookupBaseImage("nvidia/cuda:12.2.0-devel-ubi8")) << "Red Hat variants: no row";
}

TEST(BaseImageTable, PhpVersionsRunOnTheReleaseOfTheirLastImages) {
  EXPECT_EQ(Facts("php:5.6-apache").os.release, "stretch");
  EXPECT_EQ(Facts("php:7.0-fpm").os.release, "stretch");
  EXPECT_EQ(Facts("php:7.2-apache").os.release, "buster");
  EXPECT_EQ(Facts("php:7-apache").os.release, "bullseye") << "php:7 is 7.4";
  EXPECT_EQ(Facts("php:7.4.33-cli").os.release, "") << "a pinned old tag: the release of its day is unknown";
  EXPECT_EQ(Facts("php:7.1.12-fpm").os.release, "");
  EXPECT_EQ(Facts("php:8.0").os.release, "bullseye");
  EXPECT_EQ(Facts("php:8.2-apache").os.release, "bookworm");
  EXPECT_EQ(Facts("php:7.4-apache-buster").os.release, "buster") << "a release in the tag wins";
  EXPECT_EQ(Facts("php:7.4-fpm-alpine").os.distro, Distro::kAlpine);
}

TEST(BaseImageTable, GolangAlpineTagsWithoutARelease) {
  // The Go version's last Alpine release (a newer musl runs what an older one built).
  EXPECT_EQ(Facts("golang:1.11-alpine").os, (OsRelease{Distro::kAlpine, "3.10"}));
  EXPECT_EQ(Facts("golang:1.11.4-alpine").runtime_base, "alpine:3.10");
  EXPECT_EQ(Facts("golang:1.11-alpine3.8").runtime_base, "alpine:3.8") << "the tag's release wins";
  EXPECT_EQ(Facts("golang:alpine").runtime_base, "alpine:latest") << "both follow the newest Alpine";
  EXPECT_EQ(Facts("golang:1.11").os.distro, Distro::kDebian);
  EXPECT_EQ(Facts("golang:1.30-alpine").runtime_base, "") << "a version the table does not know";
}

// A Python past its end of life stopped moving: its -alpine tags keep the Alpine of their last images.
TEST(BaseImageTable, PythonAlpineTagsOfEndedVersions) {
  EXPECT_EQ(Facts("python:3.7-alpine").os, (OsRelease{Distro::kAlpine, "3.18"}));
  EXPECT_EQ(Facts("python:3.6-alpine").os, (OsRelease{Distro::kAlpine, "3.15"}));
  EXPECT_EQ(Facts("python:3.7-alpine3.10").os, (OsRelease{Distro::kAlpine, "3.10"})) << "the tag's release wins";
  EXPECT_EQ(Facts("python:3.7.2-alpine").os, (OsRelease{Distro::kAlpine, ""})) << "a pinned tag: built once, its day's";
  EXPECT_EQ(Facts("python:3.12-alpine").os, (OsRelease{Distro::kAlpine, ""})) << "still moving";
}

TEST(BaseImageTable, NodeAlpineAndDebianTags) {
  BaseImageFacts alpine = Facts("node:16-alpine3.18");
  EXPECT_EQ(alpine.os, (OsRelease{Distro::kAlpine, "3.18"}));
  EXPECT_TRUE(alpine.slim);
  EXPECT_EQ(alpine.runtime_base, "alpine:3.18");
  EXPECT_EQ(Facts("node:20-alpine").os, (OsRelease{Distro::kAlpine, ""})) << "bare alpine tags move";
  EXPECT_EQ(Facts("node:20").slim_variant, "node:20-slim");
  EXPECT_EQ(Facts("node:20-bookworm").slim_variant, "node:20-bookworm-slim");
  EXPECT_EQ(Facts("node:lts").slim_variant, "node:lts-slim");
  EXPECT_EQ(Facts("node").slim_variant, "node:slim");
  EXPECT_EQ(Facts("node:18-bullseye").os.release, "bullseye");
  EXPECT_TRUE(Facts("node:20-bookworm-slim").slim);
}

TEST(BaseImageTable, JavaImagesSwapTheirJdkForAJre) {
  BaseImageFacts temurin = Facts("eclipse-temurin:17-jdk-jammy");
  EXPECT_EQ(temurin.os, (OsRelease{Distro::kUbuntu, "22.04"}));
  EXPECT_EQ(temurin.slim_variant, "eclipse-temurin:17-jre-jammy");
  EXPECT_TRUE(Has(temurin.slim_lacks_tools, "javac"));
  EXPECT_EQ(Facts("eclipse-temurin:17").slim_variant, "eclipse-temurin:17-jre");
  EXPECT_EQ(Facts("eclipse-temurin:21-jdk-alpine").slim_variant, "eclipse-temurin:21-jre-alpine");
  EXPECT_TRUE(Facts("eclipse-temurin:17-jre").slim);
  EXPECT_EQ(Facts("maven:3.9-eclipse-temurin-17").slim_variant, "eclipse-temurin:17-jre");
  EXPECT_TRUE(Has(Facts("maven:3.9-eclipse-temurin-17").slim_lacks_tools, "mvn"));
  EXPECT_EQ(Facts("gradle:8.5-jdk17").slim_variant, "eclipse-temurin:17-jre");
  // A pinned maven version without a JDK in its tag ran the default JDK of its day: Java 8 through 3.5,
  // not the Java 21 of today's maven:3; 3.6-3.8 changed defaults while current, so no JRE is named.
  EXPECT_EQ(Facts("maven:3.3.3").slim_variant, "eclipse-temurin:8-jre");
  EXPECT_EQ(Facts("maven:3.5.2").slim_variant, "eclipse-temurin:8-jre");
  EXPECT_EQ(Facts("maven:3.6.3").slim_variant, "");
  EXPECT_TRUE(Facts("maven:3.6.3").toolchain);
  EXPECT_EQ(Facts("maven:3").slim_variant, "eclipse-temurin:21-jre");
  EXPECT_EQ(Facts("maven:3.9.6").slim_variant, "eclipse-temurin:21-jre");
  EXPECT_EQ(Facts("openjdk:11").slim_variant, "openjdk:11-jre-slim");
  EXPECT_TRUE(Has(Facts("openjdk:11").slim_lacks, "wget")) << "openjdk:11 is built on buildpack-deps:scm";
  EXPECT_EQ(Facts("openjdk:17").os.distro, Distro::kRedHat) << "openjdk:17's default tag is Oracle Linux";
  EXPECT_TRUE(Facts("openjdk:8-jre-alpine").slim) << "a JRE is already the runtime";
  EXPECT_TRUE(Facts("openjdk:11-jre-slim").slim);
  EXPECT_EQ(Facts("openjdk:8-jdk-alpine").slim_variant, "eclipse-temurin:8-jre-alpine");
  EXPECT_EQ(Facts("openjdk:17-jdk-slim").slim_variant, "eclipse-temurin:17-jre");
  EXPECT_EQ(Facts("openjdk:21-ea-jdk").slim_variant, "eclipse-temurin:21-jre");
  EXPECT_EQ(Facts("adoptopenjdk/openjdk11-openj9:alpine").slim_variant, "adoptopenjdk/openjdk11-openj9:alpine-jre");
}

TEST(BaseImageTable, TomcatJdkVariantsSwapOnlyForTheJreOfTheirLine) {
  BaseImageFacts temurin = Facts("tomcat:10.1-jdk21-temurin-jammy");
  EXPECT_EQ(temurin.os, (OsRelease{Distro::kUbuntu, "22.04"}));
  EXPECT_TRUE(temurin.toolchain);
  EXPECT_EQ(temurin.slim_variant, "tomcat:10.1-jre21-temurin-jammy");
  EXPECT_EQ(Facts("tomcat:9.0-jdk17-temurin").slim_variant, "tomcat:9.0-jre17-temurin");
  EXPECT_EQ(Facts("tomcat:9.0.96-jdk8-corretto-al2023").slim_variant, "tomcat:9.0.96-jre8-corretto-al2023");
  EXPECT_EQ(Facts("tomcat:9.0-jdk8-corretto-alpine3.20").slim_variant, "tomcat:9.0-jre8-corretto-alpine3.20");
  // openmrs-core's final stage: Amazon Linux 2, whose line has no JRE; nor has Corretto 17 anywhere.
  BaseImageFacts corretto = Facts("tomcat:9-jdk8-corretto");
  EXPECT_EQ(corretto.os.distro, Distro::kRedHat);
  EXPECT_TRUE(corretto.toolchain);
  EXPECT_EQ(corretto.slim_variant, "");
  EXPECT_EQ(Facts("tomcat:9.0-jdk17-corretto-al2023").slim_variant, "");
  EXPECT_EQ(Facts("tomcat:9-jdk8-corretto-al2").slim_variant, "");
  // guacamole-client's 'tomcat:8.5-jdk8': the openjdk-backed JDK tags of 8 and 11 had JREs of the same
  // Debian release; openjdk never published a JRE of 17, so tomcat had none either.
  BaseImageFacts openjdk = Facts("tomcat:8.5-jdk8");
  EXPECT_EQ(openjdk.os.distro, Distro::kDebian);
  EXPECT_TRUE(openjdk.toolchain);
  EXPECT_EQ(openjdk.slim_variant, "tomcat:8.5-jre8");
  EXPECT_EQ(Facts("tomcat:9.0.50-jdk11-openjdk-buster").slim_variant, "tomcat:9.0.50-jre11-openjdk-buster");
  EXPECT_EQ(Facts("tomcat:8.5-jdk8-openjdk-slim-bullseye").slim_variant, "tomcat:8.5-jre8-openjdk-slim-bullseye");
  EXPECT_EQ(Facts("tomcat:10-jdk17-openjdk").slim_variant, "");
  EXPECT_FALSE(Facts("tomcat:8.5-jre8").toolchain);
}

TEST(BaseImageTable, CompiledLanguagesRunOnThePlainReleaseImage) {
  BaseImageFacts go = Facts("golang:1.21");
  EXPECT_EQ(go.slim_variant, "debian:bookworm-slim");
  EXPECT_EQ(go.static_runtime, "gcr.io/distroless/static-debian12");
  EXPECT_TRUE(Has(go.slim_lacks_tools, "go"));
  EXPECT_EQ(Facts("rust:1.75").slim_variant, "debian:bookworm-slim");
  EXPECT_EQ(Facts("gcc:12").slim_variant, "debian:bookworm-slim");
  EXPECT_EQ(Facts("buildpack-deps:bullseye").slim_variant, "debian:bullseye-slim");
  EXPECT_EQ(Facts("buildpack-deps:22.04").runtime_base, "ubuntu:22.04");
  BaseImageFacts php = Facts("php:8.2-cli");
  EXPECT_TRUE(php.toolchain);
  EXPECT_EQ(php.slim_variant, "") << "php:X-cli stays";
}

TEST(BaseImageTable, PlainOsImages) {
  EXPECT_EQ(Facts("ubuntu:20.04").os, (OsRelease{Distro::kUbuntu, "20.04"}));
  EXPECT_EQ(Facts("ubuntu:focal").os, (OsRelease{Distro::kUbuntu, "20.04"}));
  EXPECT_EQ(Facts("debian:11-slim").os, (OsRelease{Distro::kDebian, "bullseye"}));
  EXPECT_TRUE(Facts("debian:bookworm-slim").slim);
  EXPECT_EQ(Facts("alpine:3.19").os, (OsRelease{Distro::kAlpine, "3.19"}));
  EXPECT_FALSE(Facts("ubuntu:22.04").toolchain);
}

TEST(BaseImageTable, ReferencesAreNormalised) {
  EXPECT_EQ(Facts("docker.io/library/python:3.11").slim_variant, "python:3.11-slim");
  EXPECT_EQ(Facts("PYTHON:3.11").slim_variant, "python:3.11-slim");
  EXPECT_EQ(Facts("python:3.11@sha256:0123abcd").slim_variant, "python:3.11-slim");
  EXPECT_FALSE(LookupBaseImage("python@sha256:0123abcd")) << "a digest alone does not say which tag";
  EXPECT_FALSE(LookupBaseImage("python:${PYTHON_VERSION}")) << "unresolved variables are unknown";
  EXPECT_FALSE(LookupBaseImage("${BASE}"));
  EXPECT_FALSE(LookupBaseImage("registry.example.com/python:3.11"));
  EXPECT_FALSE(LookupBaseImage(""));
}

TEST(BaseImageTable, FullImagesLackTheBuildpackDepsPackagesInTheirSlimVariant) {
  BaseImageFacts python = Facts("python:3.11");
  EXPECT_TRUE(Has(python.slim_lacks, "curl"));
  EXPECT_TRUE(Has(python.slim_lacks, "git"));
  EXPECT_TRUE(Has(python.slim_lacks, "libpq5"));
  EXPECT_FALSE(Has(python.slim_lacks, "ca-certificates")) << "python:*-slim installs it";
  EXPECT_TRUE(Has(python.slim_lacks_tools, "gcc"));
  EXPECT_FALSE(Has(Facts("ruby:3.1").slim_lacks, "procps")) << "ruby:*-slim installs procps";
  EXPECT_TRUE(Has(Facts("node:20").slim_lacks, "ca-certificates"));
  EXPECT_TRUE(Facts("eclipse-temurin:17").slim_lacks.empty()) << "the JRE image installs what the JDK image does";
}

TEST(BaseImageTable, UsesMapToPackages) {
  EXPECT_EQ(PackagesForUse("curl"), (std::vector<std::string>{"curl", "ca-certificates"}));
  EXPECT_EQ(PackagesForUse("ssh"), (std::vector<std::string>{"openssh-client"}));
  EXPECT_EQ(PackagesForUse("pip:psycopg"), (std::vector<std::string>{"libpq5"}));
  EXPECT_EQ(PackagesForUse("python3"), (std::vector<std::string>{"python3"}));
  EXPECT_FALSE(Has(Facts("python:3.11").slim_lacks, "python3")) << "the python images have their own";
  EXPECT_TRUE(Has(Facts("node:20").slim_lacks, "python3")) << "buildpack-deps has Debian's python3";
  EXPECT_TRUE(PackagesForUse("java").empty());
  EXPECT_TRUE(PackagesForUse("gcc").empty()) << "the toolchain is not installed back";
}

TEST(BaseImageTable, SourceBuilds) {
  EXPECT_NE(SourceBuildReason("pip", "psycopg2"), "");
  EXPECT_NE(SourceBuildReason("pip", "Mod_WSGI"), "") << "pip names are normalised";
  EXPECT_EQ(SourceBuildReason("pip", "psycopg2-binary"), "");
  EXPECT_NE(SourceBuildReason("npm", "bcrypt"), "");
  EXPECT_NE(SourceBuildReason("gem", "pg"), "");
  EXPECT_EQ(SourceBuildReason("gem", "sinatra"), "");
}

}  // namespace
TEST(BaseImages, DistroPython3PerRelease) {
  EXPECT_EQ(DistroPython3({Distro::kUbuntu, "18.04"}), "3.6");
  EXPECT_EQ(DistroPython3({Distro::kUbuntu, "jammy"}), "3.10");
  EXPECT_EQ(DistroPython3({Distro::kDebian, "12"}), "3.11");
  EXPECT_EQ(DistroPython3({Distro::kDebian, "bullseye"}), "3.9");
  EXPECT_EQ(DistroPython3({Distro::kDebian, "jessie"}), "");
  EXPECT_EQ(DistroPython3({Distro::kAlpine, "3.18"}), "");
}

TEST(BaseImages, ImagePathDirsAreThoseTheOfficialImagesPutOnPath) {
  EXPECT_EQ(ImagePathDirs("golang"), (std::vector<std::string>{"/go/bin", "/usr/local/go/bin"}));
  EXPECT_EQ(ImagePathDirs("rust"), std::vector<std::string>{"/usr/local/cargo/bin"});
  EXPECT_TRUE(ImagePathDirs("debian").empty());
  EXPECT_TRUE(ImagePathDirs("no-such-family").empty());
}

}  // namespace dockopt::analysis

namespace dockopt::analysis {
namespace {

TEST(BaseImagesAssumedRelease, UntaggedReleaseIsTheTablesDefault) {
  // Untagged, the official images moved from bookworm to trixie (2025-08): the table's bookworm is assumed.
  EXPECT_TRUE(LookupBaseImage("python:3.12-slim")->os.assumed);
  EXPECT_TRUE(LookupBaseImage("node:22")->os.assumed);
  EXPECT_FALSE(LookupBaseImage("python:3.12-slim-bookworm")->os.assumed);
  EXPECT_FALSE(LookupBaseImage("node:22-bookworm-slim")->os.assumed);
  EXPECT_EQ(LookupBaseImage("python:3.12-slim")->os, LookupBaseImage("python:3.12-slim-bookworm")->os);
}

TEST(BaseImagesAssumedRelease, OnlyNamesBothReleasesInstallAreKnown) {
  OsRelease assumed{Distro::kDebian, "bookworm", true};
  OsRelease named{Distro::kDebian, "bookworm"};
  EXPECT_FALSE(InstallsOnTrixie("libicu72"));
  EXPECT_TRUE(InstallsOnTrixie("libssl3"));  // libssl3t64 provides it
  EXPECT_FALSE(RuntimeNamesKnown("libicu-dev", assumed));
  EXPECT_TRUE(RuntimeNamesKnown("libicu-dev", named));
  EXPECT_TRUE(RuntimeNamesKnown("libpq-dev", assumed));
  EXPECT_TRUE(RuntimeNamesKnown("libssl-dev", assumed));
}

}  // namespace
}  // namespace dockopt::analysis

// Third-party and deprecated images that real Dockerfiles start from (the real-world corpus's final
// stages): each row's release comes from the image's own Dockerfile or changelog, or stays unknown.
namespace dockopt::analysis {
namespace {

TEST(BaseImagesBeyondOfficial, PhusionBaseimageVersionsRunTheirUbuntuRelease) {
  EXPECT_EQ(Facts("phusion/baseimage:0.9.9").os, (OsRelease{Distro::kUbuntu, "12.04"}));
  EXPECT_EQ(Facts("phusion/baseimage:0.9.18").os, (OsRelease{Distro::kUbuntu, "14.04"}));
  EXPECT_EQ(Facts("phusion/baseimage:0.9.19").os, (OsRelease{Distro::kUbuntu, "16.04"}));
  EXPECT_EQ(Facts("phusion/baseimage:0.10.1").os, (OsRelease{Distro::kUbuntu, "16.04"}));
  EXPECT_EQ(Facts("phusion/baseimage:0.11").os, (OsRelease{Distro::kUbuntu, "18.04"}));
  EXPECT_EQ(Facts("phusion/baseimage:focal-1.0.0").os, (OsRelease{Distro::kUbuntu, "20.04"})) << "the tag's release";
  EXPECT_EQ(Facts("phusion/baseimage").os, (OsRelease{Distro::kUbuntu, ""})) << "latest moved";
  BaseImageFacts init = Facts("phusion/baseimage:0.9.19");
  EXPECT_FALSE(init.toolchain);
  EXPECT_EQ(init.slim_variant, "");
  EXPECT_EQ(init.runtime_base, "") << "production keeps my_init: no plain Ubuntu image replaces it";
}

TEST(BaseImagesBeyondOfficial, DeprecatedJavaImageSwapsItsJdkForItsJre) {
  BaseImageFacts java = Facts("java:8");
  EXPECT_EQ(java.os, (OsRelease{Distro::kDebian, "jessie"}));
  EXPECT_TRUE(java.toolchain);
  EXPECT_EQ(java.slim_variant, "java:8-jre");
  EXPECT_TRUE(Has(java.slim_lacks_tools, "javac"));
  EXPECT_TRUE(Has(java.slim_lacks, "git")) << "8-jdk is on buildpack-deps:jessie-scm, 8-jre on jessie-curl";
  EXPECT_FALSE(Has(java.slim_lacks, "curl"));
  EXPECT_EQ(Facts("java:8-jdk").slim_variant, "java:8-jre");
  EXPECT_EQ(Facts("java:8u102").slim_variant, "java:8-jre");
  EXPECT_EQ(Facts("java:latest").slim_variant, "java:jre");
  EXPECT_EQ(Facts("java").slim_variant, "java:jre");
  EXPECT_TRUE(Facts("java:8-jre").slim);
  EXPECT_EQ(Facts("java:8-jre").os, (OsRelease{Distro::kDebian, "jessie"}));
  EXPECT_EQ(Facts("java:8-jdk-alpine").os, (OsRelease{Distro::kAlpine, "3.4"}));
  EXPECT_EQ(Facts("java:8-jdk-alpine").slim_variant, "java:8-jre-alpine");
  EXPECT_EQ(Facts("java:jdk-alpine").slim_variant, "java:jre-alpine");
  EXPECT_TRUE(Facts("java:jre-alpine").slim);
  EXPECT_FALSE(LookupBaseImage("java:8u45")) << "a pinned tag before the last ones: the release of its day";
  EXPECT_EQ(LookupImageCommand("java:8").value_or(ImageCommand{}).cmd, std::vector<std::string>{"bash"});
  EXPECT_EQ(LookupImageCommand("java:8-jdk-alpine").value_or(ImageCommand{}).cmd, std::vector<std::string>{"/bin/sh"});
}

TEST(BaseImagesBeyondOfficial, OtherDistributionsAndOldReleases) {
  EXPECT_EQ(Facts("centos:7").os, (OsRelease{Distro::kRedHat, "7"}));
  EXPECT_EQ(Facts("centos:centos7").os, (OsRelease{Distro::kRedHat, "7"}));
  EXPECT_EQ(Facts("centos:7.6.1810").os, (OsRelease{Distro::kRedHat, "7"}));
  EXPECT_EQ(Facts("centos").os, (OsRelease{Distro::kRedHat, "8"})) << "library/centos: latest = centos8";
  EXPECT_EQ(Facts("fedora:23").os, (OsRelease{Distro::kRedHat, ""})) << "Fedora numbers are not RHEL majors";
  EXPECT_EQ(Facts("debian:wheezy").os, (OsRelease{Distro::kDebian, "wheezy"}));
  EXPECT_EQ(Facts("debian:7.3").os, (OsRelease{Distro::kDebian, "wheezy"}));
  EXPECT_EQ(Facts("debian:9").os, (OsRelease{Distro::kDebian, "stretch"}));
  // wheezy is no release component: no language image had a wheezy -slim variant to swap to.
  EXPECT_EQ(Facts("node:7.10-wheezy").os, (OsRelease{Distro::kDebian, "wheezy"}));
  EXPECT_EQ(Facts("node:7.10-wheezy").slim_variant, "");
  EXPECT_EQ(Facts("golang:1.5.2-wheezy").runtime_base, "debian:wheezy-slim");
  EXPECT_TRUE(Facts("debian:wheezy-slim").slim);
  EXPECT_EQ(Facts("debian:9.4-slim").slim_variant, "");
  EXPECT_TRUE(Facts("debian:9.4-slim").slim);
  EXPECT_EQ(Facts("debian:testing").os, (OsRelease{Distro::kDebian, ""})) << "rolling";
  EXPECT_TRUE(Facts("debian:sid-slim").slim);
  EXPECT_EQ(Facts("ubuntu:trusty").os, (OsRelease{Distro::kUbuntu, "14.04"}));
  EXPECT_EQ(Facts("ubuntu:precise").os, (OsRelease{Distro::kUbuntu, "12.04"}));
  EXPECT_EQ(Facts("ubuntu:wily").os, (OsRelease{Distro::kUbuntu, "15.10"}));
  EXPECT_EQ(Facts("ubuntu:14.04.3").os, (OsRelease{Distro::kUbuntu, "14.04"}));
  EXPECT_EQ(Facts("ubuntu:trusty").runtime_base, "ubuntu:14.04");
}

TEST(BaseImagesBeyondOfficial, StacksWhoseReleaseIsUnknownKeepTheirDistribution) {
  EXPECT_EQ(Facts("tensorflow/tensorflow:1.8.0-py3").os, (OsRelease{Distro::kUbuntu, "16.04"}));
  EXPECT_EQ(Facts("tensorflow/tensorflow:1.13.1-gpu-py3").os, (OsRelease{Distro::kUbuntu, "16.04"}));
  EXPECT_EQ(Facts("gcr.io/tensorflow/tensorflow:1.5.0-py3").os, (OsRelease{Distro::kUbuntu, "16.04"}));
  EXPECT_EQ(Facts("tensorflow/tensorflow:2.0.0b1-gpu-py3-jupyter").os, (OsRelease{Distro::kUbuntu, ""}));
  EXPECT_EQ(Facts("mhart/alpine-node:10").os, (OsRelease{Distro::kAlpine, ""}));
  EXPECT_TRUE(Facts("mhart/alpine-node:base-10").slim);
  EXPECT_EQ(LookupImageCommand("mhart/alpine-node:10").value_or(ImageCommand{}).cmd, std::vector<std::string>{"/bin/sh"});
  EXPECT_EQ(Facts("nginx:1.15-alpine").os.distro, Distro::kAlpine);
  EXPECT_EQ(Facts("nginx:1.14.1").os, (OsRelease{Distro::kDebian, ""}));
  EXPECT_EQ(Facts("nginx:1.14.1-alpine3.8").os, (OsRelease{Distro::kAlpine, "3.8"}));
  EXPECT_FALSE(LookupBaseImage("continuumio/miniconda3")) << "DF202 tells conda images by name while the table does not know them";
  EXPECT_EQ(Facts("tomcat:9-jre8").os, (OsRelease{Distro::kDebian, ""}));
  EXPECT_EQ(Facts("tomcat:9.0.20-jre11-slim").os.distro, Distro::kDebian);
  EXPECT_FALSE(LookupBaseImage("tomcat:9.0")) << "today's tomcat:9.0 is eclipse-temurin on Ubuntu, once openjdk on Debian";
  EXPECT_TRUE(Facts("adoptopenjdk:11-jre-hotspot").slim);
}

}  // namespace
}  // namespace dockopt::analysis

namespace dockopt::analysis {
namespace {

// phusion/baseimage:0.11 (Ubuntu 18.04) exposed it: the generated Ubuntu tables give libxen-* for
// libvirt-dev and leave libvirt0 out; legacy.tsv answers first with the library itself.
TEST(BaseImagesBeyondOfficial, LibvirtDevKeepsLibvirt0OnUbuntu) {
  EXPECT_EQ(RuntimePackagesFor("libvirt-dev", {Distro::kUbuntu, "18.04"}), std::vector<std::string>{"libvirt0"});
  EXPECT_EQ(RuntimePackagesFor("libvirt-dev", {Distro::kUbuntu, "22.04"}), std::vector<std::string>{"libvirt0"});
}

TEST(BaseImageTable, WhichImagesHoldCaCertificates) {
  EXPECT_TRUE(HasCaCertificates(Facts("python:3.12-slim")));
  EXPECT_TRUE(HasCaCertificates(Facts("python:3.12")));
  EXPECT_TRUE(HasCaCertificates(Facts("node:20"))) << "the full image is built on buildpack-deps";
  EXPECT_FALSE(HasCaCertificates(Facts("node:20-slim"))) << "node's slim image purges what it fetched node with";
  EXPECT_FALSE(HasCaCertificates(Facts("ubuntu:22.04")));
  EXPECT_FALSE(HasCaCertificates(Facts("debian:bookworm-slim")));
  EXPECT_TRUE(HasCaCertificates(Facts("eclipse-temurin:17-jre")));
  EXPECT_TRUE(HasCaCertificates(Facts("nvidia/cuda:12.2.0-devel-ubuntu22.04")));
}

}  // namespace
}  // namespace dockopt::analysis
