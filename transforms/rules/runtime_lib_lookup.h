// The runtime libraries of -dev packages, named at build time by apt itself: for a Debian or Ubuntu
// release no package table covers (a tag that names no release, an old release whose index is gone),
// the production stage asks `apt-cache depends` which libraries the -dev packages pull in, instead of
// keeping the headers or guessing a name that differs between releases (libzip4 / libzip5).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dockopt::split {

/// The shell variable RuntimeLibrariesAssignment assigns; production's install names it unquoted.
inline constexpr std::string_view kRuntimeLibrariesVariable = "runtime_libs";
/// "$runtime_libs", as production's install names it (a constant: GCC 12 at -O3 warns, wrongly, on
/// `"$" + std::string(...)`).
inline constexpr std::string_view kRuntimeLibrariesReference = "$runtime_libs";

/// `runtime_libs="$(apt-cache depends --recurse ... DEV... | awk ... | sort -u)"`: the library packages
/// (lib*, not -dev or -bin) that `dev_packages` and the -dev packages they depend on require. It must run
/// after `apt-get update`. glibc's own headers are not followed: their libraries are in every image.
std::string RuntimeLibrariesAssignment(const std::vector<std::string>& dev_packages);

/// True for a package name RuntimeLibrariesAssignment can ask about: a plain -dev name (no version pin,
/// architecture qualifier or variable).
bool LookupableDevPackage(std::string_view package);

}  // namespace dockopt::split
