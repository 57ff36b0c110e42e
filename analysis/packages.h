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
/// An architecture suffix (":amd64", yum's ".x86_64") and a version pin ("=1.2") are ignored. When
/// the release is unknown or has no table, the family's default release is used.
std::vector<std::string> RuntimePackagesFor(std::string_view dev_package, const OsRelease& os);

/// True for packages only a build needs on that family: compilers, make, autotools, pkg-config,
/// headers without a runtime twin (libc6-dev, linux-headers-*, python3-dev), build-essential,
/// alpine-sdk / build-base, "Development Tools", git.
bool IsBuildTool(std::string_view package, Distro distro);

/// True for a JDK package whose JRE twin RuntimePackagesFor gives (jdk-runtimes.txt: "openjdk-17-jdk",
/// "openjdk17", "java-17-openjdk-devel"): the swap is right only where the JDK builds or runs a program.
bool IsJdkPackage(std::string_view package, Distro distro);

/// The release whose table answers for `distro` when the image does not say: Debian "bookworm",
/// Ubuntu "noble", Alpine "3.20", Red Hat "9"; "" for families without package tables.
std::string_view DefaultRelease(Distro distro);

/// True when a table holds `os`'s own names: a Debian release with a generated table (bullseye,
/// bookworm, trixie; "12" works too), an Ubuntu LTS with a curated one (20.04, 22.04, 24.04), any
/// Alpine 3.x or Red Hat-like release (curated with release ranges), or an empty release (the
/// default's names are then a guess). False for releases the tables do not cover (buster, 18.04).
bool HasPackageTable(const OsRelease& os);

/// True when RuntimePackagesFor(dev_package, os) gives names that exist on `os` itself: `os` has a
/// table of its own (HasPackageTable with a release given), or legacy.tsv names the package for its
/// release. False where the lookup falls back to the default release's names (Ubuntu 16.04 would get
/// noble's libffi8), so a rewrite that must build keeps the -dev package instead. False too where
/// a curated table names the package differently by release and `os` names no release
/// (python:3.5-alpine: libpq from Alpine 3.15 on, postgresql-libs before).
bool RuntimeNamesKnown(std::string_view dev_package, const OsRelease& os);

/// True for a -dev package the tables know whose runtime names differ by release (Alpine's
/// postgresql-dev: libpq from 3.15, postgresql-libs before) when `os` names no release: the package is a
/// build-time one, though RuntimePackagesFor gives no name for it.
bool RuntimeNamesNeedRelease(std::string_view dev_package, const OsRelease& os);

/// Each runtime name set the family's curated table gives `dev_package` across its release ranges
/// (Alpine's postgresql-dev: {{"libpq"}, {"postgresql-libs"}}); empty where no row names one. For a stage
/// whose image names no release: a set the stage installs itself is the release's own name.
std::vector<std::vector<std::string>> RuntimeNamesOfEachRelease(std::string_view dev_package, const OsRelease& os);

/// False for a bookworm runtime package `apt-get install` cannot install on trixie (no package of
/// that name, nor a sole provider: libicu72, libldap-2.5-0); bookworm-not-on-trixie.txt.
bool InstallsOnTrixie(std::string_view package);

/// The table the lookups for `os` read, for messages and tests: "debian-bookworm", "ubuntu-jammy",
/// "alpine", "redhat"; "" when the family has none.
std::string PackageTableName(const OsRelease& os);

}  // namespace dockopt::analysis
