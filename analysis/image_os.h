// Which distribution release a stage's image runs, for the package tables.
#pragma once

#include <string_view>

#include "analysis/os_release.h"

namespace dockopt::analysis {

/// The distribution release of `image` ("python:3.11", "docker.io/library/ubuntu:22.04"): the one
/// its name and tag spell out ("debian:bullseye-slim", "ubuntu:22.04", "alpine:3.18",
/// "node:20-alpine3.18", "python:3.8-buster", "rockylinux:9", "redhat/ubi9"), else the base-image
/// table's (LookupBaseImage), else {kUnknown, ""}. A family with an unnamed release gives
/// {family, ""} ("ubuntu", "debian:stable-slim", "ruby:3.3-alpine").
OsRelease ImageOs(std::string_view image);

}  // namespace dockopt::analysis
