// Package knowledge per distribution release: the runtime libraries behind each -dev package, and
// the packages only a build needs. The tables are data (analysis/data/packages/), generated where
// the distribution's indexes are reachable and curated where not; see docs/packages.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/os_release.h"

namespace dockopt::analysis {

/// The runtime package(s) a program built against `dev_package` needs on `os`
/// ("libpq-dev" on bookworm -> {"libpq5"}; a metapackage may give several). Empty when the package
/// is not a known -dev package of that family, or is a pure header/build package (see IsBuildTool).
/// An architecture suffix (":amd64") and a version pin ("=1.2") are ignored. When the release is
/// unknown or has no table, the family's default release is used.
std::vector<std::string> RuntimePackagesFor(std::string_view dev_package, const OsRelease& os);

/// True for packages only a build needs on that family: compilers, make, autotools, pkg-config,
/// headers without a runtime twin (libc6-dev, linux-headers-*, python3-dev), build-essential,
/// alpine-sdk / build-base, "Development Tools", git.
bool IsBuildTool(std::string_view package, Distro distro);

}  // namespace dockopt::analysis
