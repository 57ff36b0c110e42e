// Runtime packages: which Debian -dev package a built program needs at run time, and which packages only build.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dockopt {

/// The Debian bookworm runtime library behind a -dev package ("libpq-dev" -> "libpq5"); nullopt when the
/// package is not a known -dev package. An architecture suffix (":amd64") is kept off the lookup.
std::optional<std::string> RuntimePackageFor(std::string_view dev_package);

/// True for packages only a build needs: compilers, make and friends, headers (libc6-dev, python3-dev,
/// linux-headers-*), build-essential, pkg-config, autotools, git. Not for -dev libraries with a runtime
/// counterpart (see RuntimePackageFor).
bool IsBuildTool(std::string_view package);

}  // namespace dockopt
