// The operating system an image runs: distribution family and release, the key of every package table.
#pragma once

#include <string>
#include <string_view>

namespace dockopt::analysis {

enum class Distro : uint8_t {
  kDebian,      // debian and the official images built on it (python, node, golang, ruby, ...)
  kUbuntu,      // ubuntu and images built on it (eclipse-temurin *-jammy, ...)
  kAlpine,      // alpine, *-alpine tags, busybox
  kRedHat,      // fedora, centos, rocky, alma, oracle linux, ubi
  kDistroless,  // gcr.io/distroless: no shell, no package manager
  kScratch,     // nothing at all
  kUnknown,
};

std::string_view DistroName(Distro distro);  // "debian", "ubuntu", ...

/// A distribution release as image tags name it: {kDebian, "bookworm"}, {kUbuntu, "22.04"},
/// {kAlpine, "3.18"}, {kRedHat, "9"}. `release` is "" when the family is known but not the release.
struct OsRelease {
  Distro distro = Distro::kUnknown;
  std::string release;
  /// The release is the base-image table's default for a tag that names none (python:3.12-slim):
  /// the official images' untagged releases moved from bookworm to trixie in 2025-08, so a package
  /// name must install on both (InstallsOnTrixie). Not part of equality: it is the same release.
  bool assumed = false;
  bool operator==(const OsRelease& other) const { return distro == other.distro && release == other.release; }
};

/// For messages: "debian bookworm", "ubuntu 22.04", "debian (release unknown)".
std::string Describe(const OsRelease& os);

}  // namespace dockopt::analysis
