// RuntimeLibrariesAssignment and LookupableDevPackage: what production asks apt, and about which names.
#include "transforms/rules/runtime_lib_lookup.h"

#include <gtest/gtest.h>

namespace dockopt::split {
namespace {

TEST(RuntimeLibrariesAssignment, AsksAptAboutEveryPackageAndKeepsLibrariesOnly) {
  std::string assignment = RuntimeLibrariesAssignment({"libzip-dev", "libldap2-dev"});
  EXPECT_TRUE(assignment.starts_with("runtime_libs=\"$(apt-cache depends --recurse ")) << assignment;
  EXPECT_NE(assignment.find(" libzip-dev libldap2-dev | awk "), std::string::npos) << assignment;
  // Only the dependencies of -dev packages count, never headers or tools, and glibc's are not followed.
  EXPECT_NE(assignment.find("$2 !~ /-(multi)?(dev|bin)$/"), std::string::npos) << assignment;
  EXPECT_NE(assignment.find("$1 !~ /^lib(c6|crypt|nsl|tirpc)-dev$/"), std::string::npos) << assignment;
  EXPECT_TRUE(assignment.ends_with("| sort -u)\"")) << assignment;
  EXPECT_NE(assignment.find("--no-recommends"), std::string::npos);
}

TEST(LookupableDevPackage, PlainDevNamesOnly) {
  for (const char* name : {"libzip-dev", "libldap2-dev", "libboost-program-options1.74-dev", "libstdc++-12-dev"})
    EXPECT_TRUE(LookupableDevPackage(name)) << name;
  for (const char* name : {"libzip4", "-dev", "libzip-dev=1.7.3-1", "libzip-dev:amd64", "$DEV_PACKAGES", "LIBZIP-dev",
                           "libzip-dev*", "gcc"})
    EXPECT_FALSE(LookupableDevPackage(name)) << name;
}

}  // namespace
}  // namespace dockopt::split
