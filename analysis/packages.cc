// Package tables. For now the hand-written Debian bookworm rows that DF201/DF202 used; issue #10
// replaces them with generated per-release tables under analysis/data/packages/.
#include "analysis/packages.h"

#include <array>
#include <utility>

namespace dockopt::analysis {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 25> kRuntimeOf = {{
    {"default-libmysqlclient-dev", "libmariadb3"},
    {"libbz2-dev", "libbz2-1.0"},
    {"libcurl4-openssl-dev", "libcurl4"},
    {"libffi-dev", "libffi8"},
    {"libfreetype6-dev", "libfreetype6"},
    {"libgdbm-dev", "libgdbm6"},
    {"libgmp-dev", "libgmp10"},
    {"libjpeg-dev", "libjpeg62-turbo"},
    {"libjpeg62-turbo-dev", "libjpeg62-turbo"},
    {"liblzma-dev", "liblzma5"},
    {"libmariadb-dev", "libmariadb3"},
    {"libmariadb-dev-compat", "libmariadb3"},
    {"libncurses-dev", "libncursesw6"},
    {"libpng-dev", "libpng16-16"},
    {"libpq-dev", "libpq5"},
    {"libreadline-dev", "libreadline8"},
    {"libsqlite3-dev", "libsqlite3-0"},
    {"libssl-dev", "libssl3"},
    {"libtiff-dev", "libtiff6"},
    {"libwebp-dev", "libwebp7"},
    {"libxml2-dev", "libxml2"},
    {"libxslt-dev", "libxslt1.1"},
    {"libxslt1-dev", "libxslt1.1"},
    {"libyaml-dev", "libyaml-0-2"},
    {"zlib1g-dev", "zlib1g"},
}};

constexpr std::array<std::string_view, 31> kBuildTools = {
    "autoconf", "automake", "binutils", "bison", "build-essential", "c++", "clang", "cmake", "cpp", "dpkg-dev",
    "flex", "g++", "gcc", "gfortran", "git", "libc-dev", "libc6-dev", "libtool", "linux-libc-dev", "llvm", "m4",
    "make", "meson", "musl-dev", "ninja-build", "patch", "pkg-config", "pkgconf", "python-dev", "python3-dev",
    "swig",
};

// "libpq-dev:amd64=15.6-0" -> "libpq-dev".
std::string_view BareName(std::string_view package) {
  size_t end = package.find_first_of(":=");
  return end == std::string_view::npos ? package : package.substr(0, end);
}

const std::string_view* LookupRuntime(std::string_view name) {
  for (const auto& [dev, runtime] : kRuntimeOf)
    if (dev == name) return &runtime;
  return nullptr;
}

// "gcc-12", "g++-12", "clang-15", "python3.11-dev", "linux-headers-amd64": versioned tool names.
bool IsVersionedTool(std::string_view name) {
  for (std::string_view prefix : {"gcc-", "g++-", "clang-", "llvm-", "cpp-", "linux-headers-"}) {
    if (name.starts_with(prefix) && name.size() > prefix.size()) return true;
  }
  return name.starts_with("python") && name.ends_with("-dev") && !LookupRuntime(name);
}

}  // namespace

std::vector<std::string> RuntimePackagesFor(std::string_view dev_package, const OsRelease& os) {
  if (os.distro != Distro::kDebian && os.distro != Distro::kUnknown) return {};
  const std::string_view* runtime = LookupRuntime(BareName(dev_package));
  if (!runtime) return {};
  return {std::string(*runtime)};
}

bool IsBuildTool(std::string_view package, Distro) {
  std::string_view name = BareName(package);
  for (std::string_view tool : kBuildTools)
    if (tool == name) return true;
  return IsVersionedTool(name);
}

}  // namespace dockopt::analysis
