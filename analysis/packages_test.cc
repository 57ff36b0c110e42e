// The package tables answer per family and release: generated Debian rows, curated Ubuntu, Alpine
// and Red Hat rows, and the build-tool lists.
#include "analysis/packages.h"

#include <gtest/gtest.h>

#include "analysis/package_data.h"

namespace dockopt::analysis {
namespace {

using Names = std::vector<std::string>;

TEST(PackageTables, DebianRowsFollowEachReleasesSonames) {
  EXPECT_EQ(RuntimePackagesFor("libssl-dev", {Distro::kDebian, "bullseye"}), Names{"libssl1.1"});
  EXPECT_EQ(RuntimePackagesFor("libssl-dev", {Distro::kDebian, "bookworm"}), Names{"libssl3"});
  EXPECT_EQ(RuntimePackagesFor("libssl-dev", {Distro::kDebian, "trixie"}), Names{"libssl3t64"});
  EXPECT_EQ(RuntimePackagesFor("libffi-dev", {Distro::kDebian, "bullseye"}), Names{"libffi7"});
  EXPECT_EQ(RuntimePackagesFor("libffi-dev", {Distro::kDebian, "12"}), Names{"libffi8"});
  EXPECT_EQ(RuntimePackagesFor("libpq-dev", {Distro::kDebian, "trixie"}), Names{"libpq5"});
  EXPECT_EQ(RuntimePackagesFor("libtiff-dev", {Distro::kDebian, "bullseye"}), (Names{"libtiff5", "libtiffxx5"}));
}

TEST(PackageTables, MetapackagesLeadToTheRealLibrary) {
  OsRelease bookworm{Distro::kDebian, "bookworm"};
  EXPECT_EQ(RuntimePackagesFor("default-libmysqlclient-dev", bookworm), Names{"libmariadb3"});
  EXPECT_EQ(RuntimePackagesFor("libjpeg-dev", bookworm), Names{"libjpeg62-turbo"});
  EXPECT_EQ(RuntimePackagesFor("libgl-dev", bookworm), (Names{"libgl1", "libglx0"}));
  EXPECT_EQ(RuntimePackagesFor("libfreetype6-dev", bookworm), Names{"libfreetype6"});
  EXPECT_EQ(RuntimePackagesFor("libxslt-dev", bookworm), Names{"libxslt1.1"}) << "a virtual -dev name";
  EXPECT_EQ(RuntimePackagesFor("libncurses5-dev", bookworm), (Names{"libncurses6", "libncursesw6", "libtinfo6"}));
}

// libarchive-dev depends on libarchive, which holds libarchive.so.13 (libarchive-tools is bsdtar): held18's
// LANraragi installs it on alpine:latest.
TEST(PackageTables, AlpineLibarchiveDevRunsOnLibarchive) {
  EXPECT_EQ(RuntimePackagesFor("libarchive-dev", {Distro::kAlpine, ""}), Names{"libarchive"});
  EXPECT_TRUE(RuntimeNamesKnown("libarchive-dev", {Distro::kAlpine, "3.12"}));
}

TEST(PackageTables, JdkPackagesRunOnTheirJre) {
  EXPECT_EQ(RuntimePackagesFor("openjdk-17-jdk", {Distro::kDebian, "bookworm"}), Names{"openjdk-17-jre"});
  EXPECT_EQ(RuntimePackagesFor("openjdk-8-jdk-headless:amd64", {Distro::kUbuntu, "16.04"}),
            Names{"openjdk-8-jre-headless"});
  EXPECT_EQ(RuntimePackagesFor("default-jdk", {Distro::kDebian, "bookworm"}), Names{"default-jre"});
  EXPECT_EQ(RuntimePackagesFor("openjdk17", {Distro::kAlpine, "3.18"}), Names{"openjdk17-jre"});
  EXPECT_EQ(RuntimePackagesFor("openjdk8-jdk", {Distro::kAlpine, "3.12"}), Names{"openjdk8-jre"});
  EXPECT_EQ(RuntimePackagesFor("java-1.8.0-openjdk-devel", {Distro::kRedHat, "7"}), Names{"java-1.8.0-openjdk"});
  // Already a JRE, or not a version: no twin.
  EXPECT_TRUE(RuntimePackagesFor("openjdk17-jre", {Distro::kAlpine, "3.18"}).empty());
  EXPECT_TRUE(RuntimePackagesFor("openjdk-17-jre", {Distro::kDebian, "bookworm"}).empty());
  EXPECT_TRUE(RuntimePackagesFor("openjdk-x-jdk", {Distro::kDebian, "bookworm"}).empty());
  EXPECT_FALSE(IsJdkPackage("openjdk17", Distro::kDebian)) << "Alpine's name, not Debian's";
  // The JRE exists wherever the JDK does, even on a release without a -dev table.
  EXPECT_TRUE(RuntimeNamesKnown("openjdk-7-jdk", {Distro::kUbuntu, "12.04"}));
}

TEST(PackageTables, UnknownReleaseUsesTheFamilyDefault) {
  EXPECT_EQ(RuntimePackagesFor("libssl-dev", {Distro::kDebian, ""}), Names{"libssl3"});
  EXPECT_EQ(RuntimePackagesFor("libssl-dev", {Distro::kDebian, "buster"}), Names{"libssl3"});
  EXPECT_EQ(RuntimePackagesFor("libssl-dev", {Distro::kUnknown, ""}), Names{"libssl3"});
  EXPECT_TRUE(HasPackageTable({Distro::kDebian, ""}));
  EXPECT_FALSE(HasPackageTable({Distro::kDebian, "buster"}));
  EXPECT_FALSE(HasPackageTable({Distro::kUbuntu, "14.04"})) << "trusty left Ubuntu's archive";
  EXPECT_FALSE(HasPackageTable({Distro::kDistroless, ""}));
  EXPECT_EQ(PackageTableName({Distro::kDebian, "buster"}), "debian-bookworm");
  EXPECT_EQ(PackageTableName({Distro::kUbuntu, "22.04"}), "ubuntu-jammy");
}

TEST(PackageTables, OlderReleasesAnswerOnlyForTheirOwnOldNames) {
  EXPECT_EQ(RuntimePackagesFor("libpng12-dev", {Distro::kUbuntu, "16.04"}), Names{"libpng12-0"});
  EXPECT_EQ(RuntimePackagesFor("libssl1.0-dev", {Distro::kDebian, "stretch"}), Names{"libssl1.0.2"});
  EXPECT_EQ(RuntimePackagesFor("libssl1.0-dev", {Distro::kUbuntu, "18.04"}), Names{"libssl1.0.0"});
  EXPECT_EQ(RuntimePackagesFor("libmariadbclient-dev", {Distro::kDebian, "10"}), Names{"libmariadb3"});
  EXPECT_TRUE(RuntimePackagesFor("libpng12-dev", {Distro::kDebian, "bookworm"}).empty()) << "gone after jessie";
  EXPECT_TRUE(RuntimePackagesFor("libpng12-dev", {Distro::kUbuntu, "18.04"}).empty());
  EXPECT_FALSE(HasPackageTable({Distro::kUbuntu, "14.04"})) << "a few old names are not a table";
}

TEST(PackageTables, RuntimeNamesAreKnownOnlyWhereATableOrALegacyRowCoversTheRelease) {
  EXPECT_TRUE(RuntimeNamesKnown("libssl-dev", {Distro::kDebian, "bookworm"}));
  EXPECT_TRUE(RuntimeNamesKnown("libffi-dev", {Distro::kUbuntu, "20.04"}));
  EXPECT_TRUE(RuntimeNamesKnown("libffi-dev", {Distro::kAlpine, ""})) << "curated with release ranges";
  // python:2.7-alpine says no Alpine release: openssl-dev's runtime is libssl1.0, 1.1 or 3 by release.
  EXPECT_FALSE(RuntimeNamesKnown("openssl-dev", {Distro::kAlpine, ""}));
  EXPECT_FALSE(RuntimeNamesKnown("postgresql-dev", {Distro::kAlpine, ""}));
  EXPECT_TRUE(RuntimeNamesKnown("openssl-dev", {Distro::kAlpine, "3.6"}));
  EXPECT_FALSE(RuntimeNamesKnown("libffi-dev", {Distro::kUbuntu, "14.04"})) << "noble's libffi8 is not on trusty";
  EXPECT_FALSE(RuntimeNamesKnown("libssl-dev", {Distro::kDebian, "buster"}));
  EXPECT_FALSE(RuntimeNamesKnown("libssl-dev", {Distro::kDebian, ""})) << "an unknown Debian release is a guess";
  EXPECT_TRUE(RuntimeNamesKnown("libpng12-dev", {Distro::kUbuntu, "16.04"})) << "legacy.tsv names it there";
}

TEST(PackageTables, ADevPackageNamedPerReleaseIsStillADevPackageWhereTheReleaseIsUnknown) {
  EXPECT_TRUE(RuntimePackagesFor("postgresql-dev", {Distro::kAlpine, ""}).empty());
  EXPECT_TRUE(RuntimeNamesNeedRelease("postgresql-dev", {Distro::kAlpine, ""}));
  EXPECT_TRUE(RuntimeNamesNeedRelease("openssl-dev", {Distro::kAlpine, ""}));
  EXPECT_FALSE(RuntimeNamesNeedRelease("postgresql-dev", {Distro::kAlpine, "3.18"})) << "the release picks the row";
  EXPECT_FALSE(RuntimeNamesNeedRelease("libffi-dev", {Distro::kAlpine, ""})) << "one name on every release";
  EXPECT_FALSE(RuntimeNamesNeedRelease("tzdata", {Distro::kAlpine, ""}));
}

TEST(PackageTables, BusterRowsNameBustersOwnRuntimeLibraries) {
  EXPECT_EQ(RuntimePackagesFor("libpq-dev", {Distro::kDebian, "buster"}), Names{"libpq5"});
  EXPECT_EQ(RuntimePackagesFor("zlib1g-dev", {Distro::kDebian, "10"}), Names{"zlib1g"});
  EXPECT_EQ(RuntimePackagesFor("libjpeg-dev", {Distro::kDebian, "10.13"}), Names{"libjpeg62-turbo"});
  EXPECT_EQ(RuntimePackagesFor("libcurl4-gnutls-dev", {Distro::kDebian, "buster"}), Names{"libcurl3-gnutls"});
  EXPECT_TRUE(RuntimeNamesKnown("libxslt1-dev", {Distro::kDebian, "buster"}));
  EXPECT_FALSE(RuntimeNamesKnown("libffi-dev", {Distro::kDebian, "buster"})) << "no buster page confirmed it";
  EXPECT_FALSE(RuntimeNamesKnown("libicu-dev", {Distro::kDebian, "buster"}))
      << "held back: a pinned stretch tag resolved to buster would get libicu63";
  EXPECT_FALSE(RuntimeNamesKnown("libpq-dev", {Distro::kUbuntu, "14.04"})) << "a buster row says nothing of trusty";
  EXPECT_FALSE(HasPackageTable({Distro::kDebian, "buster"})) << "a few rows are not a table";
}

TEST(PackageTables, UbuntuTablesComeFromUbuntusOwnIndexes) {
  // Generated from archive.ubuntu.com's main+universe indexes (gen_debian.py --distro ubuntu).
  EXPECT_TRUE(HasPackageTable({Distro::kUbuntu, "16.04"}));
  EXPECT_TRUE(HasPackageTable({Distro::kUbuntu, "bionic"}));
  EXPECT_EQ(RuntimePackagesFor("libssl-dev", {Distro::kUbuntu, "16.04"}), Names{"libssl1.0.0"});
  EXPECT_EQ(RuntimePackagesFor("libffi-dev", {Distro::kUbuntu, "xenial"}), Names{"libffi6"});
  EXPECT_EQ(RuntimePackagesFor("libmysqlclient-dev", {Distro::kUbuntu, "16.04"}), Names{"libmysqlclient20"});
  EXPECT_EQ(RuntimePackagesFor("libssl-dev", {Distro::kUbuntu, "18.04"}), Names{"libssl1.1"});
  EXPECT_EQ(RuntimePackagesFor("libjson-c-dev", {Distro::kUbuntu, "20.04"}), Names{"libjson-c4"})
      << "focal has json-c 0.13, not bullseye's libjson-c5";
  EXPECT_TRUE(RuntimeNamesKnown("libffi-dev", {Distro::kUbuntu, "16.04"}));
}

TEST(PackageTables, UbuntuRowsArePerRelease) {
  EXPECT_EQ(RuntimePackagesFor("libssl-dev", {Distro::kUbuntu, "20.04"}), Names{"libssl1.1"});
  EXPECT_EQ(RuntimePackagesFor("libssl-dev", {Distro::kUbuntu, "jammy"}), Names{"libssl3"});
  EXPECT_EQ(RuntimePackagesFor("libssl-dev", {Distro::kUbuntu, "24.04"}), Names{"libssl3t64"});
  EXPECT_EQ(RuntimePackagesFor("libffi-dev", {Distro::kUbuntu, "20.04"}), Names{"libffi7"});
  EXPECT_EQ(RuntimePackagesFor("libjpeg-dev", {Distro::kUbuntu, "22.04"}), Names{"libjpeg8"});
  EXPECT_EQ(RuntimePackagesFor("libmysqlclient-dev", {Distro::kUbuntu, "22.04"}), Names{"libmysqlclient21"});
  EXPECT_EQ(RuntimePackagesFor("libicu-dev", {Distro::kUbuntu, "22.04"}), Names{"libicu70"});
  EXPECT_EQ(RuntimePackagesFor("libpq-dev", {Distro::kUbuntu, "24.04"}), Names{"libpq5"});
  EXPECT_TRUE(RuntimePackagesFor("libjpeg62-turbo-dev", {Distro::kUbuntu, "22.04"}).empty()) << "Debian's name";
}

TEST(PackageTables, AlpineRowsHonourReleaseRanges) {
  EXPECT_EQ(RuntimePackagesFor("postgresql-dev", {Distro::kAlpine, "3.18"}), Names{"libpq"});
  EXPECT_EQ(RuntimePackagesFor("libpq-dev", {Distro::kAlpine, ""}), Names{"libpq"});
  EXPECT_EQ(RuntimePackagesFor("libffi-dev", {Distro::kAlpine, "3.19"}), Names{"libffi"});
  EXPECT_EQ(RuntimePackagesFor("jpeg-dev", {Distro::kAlpine, "3.19"}), Names{"libjpeg-turbo"});
  EXPECT_EQ(RuntimePackagesFor("openssl-dev", {Distro::kAlpine, "3.18"}), (Names{"libssl3", "libcrypto3"}));
  EXPECT_EQ(RuntimePackagesFor("openssl-dev", {Distro::kAlpine, "3.16"}), (Names{"libssl1.1", "libcrypto1.1"}));
  // Alpine 3.8 and older shipped OpenSSL 1.0.2 (LibreSSL was the default; openssl-dev still existed).
  EXPECT_EQ(RuntimePackagesFor("openssl-dev", {Distro::kAlpine, "3.6"}), (Names{"libssl1.0", "libcrypto1.0"}));
  EXPECT_TRUE(RuntimePackagesFor("libexecinfo-dev", {Distro::kAlpine, "3.18"}).empty()) << "gone in 3.17";
  EXPECT_EQ(RuntimePackagesFor("boost-dev", {Distro::kAlpine, "3.19"}), Names{"boost1.82-libs"});
  EXPECT_EQ(RuntimePackagesFor("boost-dev", {Distro::kAlpine, "3.21"}), Names{"boost1.84-libs"});
  EXPECT_TRUE(RuntimePackagesFor("boost-dev", {Distro::kAlpine, "3.16"}).empty()) << "no row for that release";
  EXPECT_TRUE(RuntimePackagesFor("libpq-dev", {Distro::kRedHat, "9"}).empty()) << "a Debian/Alpine name";
}

TEST(PackageTables, RedHatRowsHonourReleaseRanges) {
  EXPECT_EQ(RuntimePackagesFor("postgresql-devel", {Distro::kRedHat, "9"}), Names{"libpq"});
  EXPECT_EQ(RuntimePackagesFor("postgresql-devel", {Distro::kRedHat, "7"}), Names{"postgresql-libs"});
  EXPECT_EQ(RuntimePackagesFor("libffi-devel", {Distro::kRedHat, "8.9"}), Names{"libffi"});
  EXPECT_EQ(RuntimePackagesFor("openssl-devel", {Distro::kRedHat, ""}), Names{"openssl-libs"});
}

TEST(PackageTables, YumArchitectureSuffixesNameTheSamePackage) {
  // yum and dnf take "name.arch" (rucio's `yum install -y python-devel.x86_64`, epel-release.noarch).
  EXPECT_TRUE(IsBuildTool("python-devel.x86_64", Distro::kRedHat));
  EXPECT_TRUE(IsBuildTool("gcc.x86_64", Distro::kRedHat));
  EXPECT_EQ(RuntimePackagesFor("postgresql-devel.x86_64", {Distro::kRedHat, "7"}), Names{"postgresql-libs"});
  EXPECT_EQ(RuntimePackagesFor("libffi-devel.aarch64", {Distro::kRedHat, "9"}), Names{"libffi"});
  // The suffix alone, or a name that only contains it, is not stripped.
  EXPECT_FALSE(IsBuildTool(".x86_64", Distro::kRedHat));
  EXPECT_TRUE(RuntimePackagesFor("libx86_64-dev", {Distro::kDebian, "bookworm"}).empty());
}

TEST(PackageTables, BuildToolsPerFamily) {
  for (std::string_view tool : {"gcc", "g++-12", "build-essential", "libc6-dev", "python3-dev", "python3.11-dev",
                                "linux-headers-amd64", "pkg-config", "autoconf", "php8.2-dev"})
    EXPECT_TRUE(IsBuildTool(tool, Distro::kDebian)) << tool;
  for (std::string_view tool : {"build-base", "alpine-sdk", "musl-dev", "linux-headers", "python3-dev"})
    EXPECT_TRUE(IsBuildTool(tool, Distro::kAlpine)) << tool;
  for (std::string_view tool : {"gcc-c++", "Development Tools", "@development-tools", "glibc-devel",
                                "python3-devel", "redhat-rpm-config"})
    EXPECT_TRUE(IsBuildTool(tool, Distro::kRedHat)) << tool;
  EXPECT_FALSE(IsBuildTool("libpq-dev", Distro::kDebian));
  EXPECT_FALSE(IsBuildTool("libpq5", Distro::kDebian));
  EXPECT_FALSE(IsBuildTool("gcc-c++", Distro::kDebian));
  EXPECT_FALSE(IsBuildTool("build-essential", Distro::kAlpine));
  EXPECT_TRUE(RuntimePackagesFor("python3-dev", {Distro::kDebian, "bookworm"}).empty()) << "a build tool wins";
}

// Plain names are looked up in a set and globs go through fnmatch; both ignore ASCII case, as
// FNM_CASEFOLD did for every pattern.
TEST(PackageTables, BuildToolNamesIgnoreCase) {
  EXPECT_TRUE(IsBuildTool("GCC", Distro::kDebian));          // a plain pattern
  EXPECT_TRUE(IsBuildTool("Build-Essential", Distro::kDebian));
  EXPECT_TRUE(IsBuildTool("G++-12", Distro::kDebian));       // a glob: g++-[0-9]*
  EXPECT_TRUE(IsBuildTool("development tools", Distro::kRedHat));
  EXPECT_FALSE(IsBuildTool("GCC-c++", Distro::kDebian));
}

TEST(PackageTables, GeneratedTablesAreWholeAndDated) {
  size_t debian_tables = 0;
  for (const DataFile& file : PackageDataFiles()) {
    if (!file.name.starts_with("debian-")) continue;
    ++debian_tables;
    EXPECT_NE(file.text.find("Generated by analysis/data/packages/gen_debian.py on 20"), std::string_view::npos)
        << file.name;
    size_t rows = 0;
    for (char c : file.text) rows += c == '\n';
    EXPECT_GT(rows, 4000u) << file.name << ": every -dev package with a runtime library";
    EXPECT_LT(rows, 10000u) << file.name << ": only -dev packages with a runtime library";
  }
  EXPECT_EQ(debian_tables, 3u);
}

}  // namespace
}  // namespace dockopt::analysis
