// ImageOs reads the release an image's name and tag spell out.
#include "analysis/image_os.h"

#include <gtest/gtest.h>

namespace dockopt::analysis {
namespace {

TEST(ImageOs, DistributionImages) {
  EXPECT_EQ(ImageOs("debian:bullseye-slim"), (OsRelease{Distro::kDebian, "bullseye"}));
  EXPECT_EQ(ImageOs("docker.io/library/debian:12-slim"), (OsRelease{Distro::kDebian, "12"}));
  EXPECT_EQ(ImageOs("debian:stable-slim"), (OsRelease{Distro::kDebian, ""}));
  EXPECT_EQ(ImageOs("ubuntu:22.04"), (OsRelease{Distro::kUbuntu, "22.04"}));
  EXPECT_EQ(ImageOs("ubuntu:noble-20240423"), (OsRelease{Distro::kUbuntu, "noble"}));
  EXPECT_EQ(ImageOs("ubuntu"), (OsRelease{Distro::kUbuntu, ""}));
  EXPECT_EQ(ImageOs("alpine:3.18.4"), (OsRelease{Distro::kAlpine, "3.18"}));
  EXPECT_EQ(ImageOs("rockylinux:9.3"), (OsRelease{Distro::kRedHat, "9"}));
  EXPECT_EQ(ImageOs("centos:7"), (OsRelease{Distro::kRedHat, "7"}));
  EXPECT_EQ(ImageOs("registry.access.redhat.com/ubi8/ubi-minimal:8.9"), (OsRelease{Distro::kRedHat, "8"}));
  EXPECT_EQ(ImageOs("redhat/ubi9"), (OsRelease{Distro::kRedHat, "9"}));
  // Red Hat's language images are named for the UBI release they build on.
  EXPECT_EQ(ImageOs("registry.access.redhat.com/ubi9/python-312:latest"), (OsRelease{Distro::kRedHat, "9"}));
  EXPECT_EQ(ImageOs("registry.access.redhat.com/ubi8/nodejs-22"), (OsRelease{Distro::kRedHat, "8"}));
  EXPECT_NE(ImageOs("example.com/ubiquity/app:1").distro, Distro::kRedHat);
  // Releases older than the package tables are still named, so no default release's names apply.
  EXPECT_EQ(ImageOs("debian:jessie"), (OsRelease{Distro::kDebian, "jessie"}));
  EXPECT_EQ(ImageOs("ubuntu:trusty"), (OsRelease{Distro::kUbuntu, "trusty"}));
  EXPECT_EQ(ImageOs("php:5.6-apache-jessie"), (OsRelease{Distro::kDebian, "jessie"}));
}

TEST(ImageOs, ImagesBuiltOnADistribution) {
  EXPECT_EQ(ImageOs("node:20-alpine3.18"), (OsRelease{Distro::kAlpine, "3.18"}));
  EXPECT_EQ(ImageOs("ruby:3.3-alpine"), (OsRelease{Distro::kAlpine, ""}));
  EXPECT_EQ(ImageOs("python:3.8-slim-buster"), (OsRelease{Distro::kDebian, "buster"}));
  EXPECT_EQ(ImageOs("eclipse-temurin:17-jdk-jammy"), (OsRelease{Distro::kUbuntu, "jammy"}));
  EXPECT_EQ(ImageOs("registry.example.com/team/app:1"), OsRelease{}) << "private images are unknown";
}

}  // namespace
}  // namespace dockopt::analysis
