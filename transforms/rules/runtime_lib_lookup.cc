#include "transforms/rules/runtime_lib_lookup.h"

#include <algorithm>

namespace dockopt::split {

std::string RuntimeLibrariesAssignment(const std::vector<std::string>& dev_packages) {
  std::string named;
  for (const std::string& package : dev_packages) named += " " + package;
  // `apt-cache depends --recurse` prints each package at column 0 and its dependencies indented under
  // it; only the dependencies of -dev packages are kept (a transitional libldap2-dev leads to
  // libldap-dev, which names libldap-2.5-0; libkrb5-dev's libraries come through
  // krb5-multidev). Recommends and the like are not followed.
  return std::string(kRuntimeLibrariesVariable) +
         "=\"$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces "
         "--no-enhances" + named +
         " | awk '/^[^ ]/ { dev = $1 ~ /-(multi)?dev$/ && $1 !~ /^lib(c6|crypt|nsl|tirpc)-dev$/ } "
         "dev && $1 == \"Depends:\" && $2 ~ /^lib/ && $2 !~ /-(multi)?(dev|bin)$/ { print $2 }' | sort -u)\"";
}

bool LookupableDevPackage(std::string_view package) {
  if (!package.ends_with("-dev") || package.size() <= 4) return false;
  return std::all_of(package.begin(), package.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
  });
}

}  // namespace dockopt::split
