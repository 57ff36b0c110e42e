// ShippedUser: which official images ship an application user, and since when.
#include "transforms/rules/shipped_user.h"

#include <array>
#include <charconv>
#include <climits>
#include <cstdlib>
#include <string_view>

namespace dockopt {
namespace {

struct Version {
  int major = 0, minor = INT_MAX, patch = INT_MAX;  // a floating tag ("6", "6.9") stands for its newest build
};

// The leading "MAJOR[.MINOR[.PATCH]]" of a tag; nullopt when the tag starts with no number ("lts",
// "boron", "latest", "alpine"): those float to images built long after the user was added.
std::optional<Version> LeadingVersion(std::string_view tag) {
  Version version;
  std::array<int*, 3> parts = {&version.major, &version.minor, &version.patch};
  const char* at = tag.data();
  const char* end = tag.data() + tag.size();
  for (size_t i = 0; i < parts.size(); ++i) {
    auto [next, error] = std::from_chars(at, end, *parts[i]);
    if (error != std::errc()) {
      if (i == 0) return std::nullopt;
      break;
    }
    at = next;
    if (at == end || *at != '.') break;
    ++at;
  }
  return version;
}

bool AtLeast(const Version& version, int major, int minor, int patch) {
  if (version.major != major) return version.major > major;
  if (version.minor != minor) return version.minor > minor;
  return version.patch >= patch;
}

// The official node images gained the "node" user on 2016-11-03 (docker-library/official-images#2313),
// rebuilt only in the versions then current: 0.10.48, 0.12.17, 4.6.1, 6.9.1, 7.0.0. Node 5 had ended.
// Their alpine variants got it later (nodejs/docker-node#307, 2017); only node 8 and later, released
// after both, are certain there. A pinned older tag never had it.
bool NodeShipsUser(std::string_view tag) {
  std::optional<Version> version = LeadingVersion(tag);
  if (!version || version->major >= 8) return true;
  if (tag.find("alpine") != std::string_view::npos) return false;
  switch (version->major) {
    case 0:
      if (version->minor == 10) return AtLeast(*version, 0, 10, 48);
      return version->minor == 12 && AtLeast(*version, 0, 12, 17);
    case 4: return AtLeast(*version, 4, 6, 1);
    case 6: return AtLeast(*version, 6, 9, 1);
    case 7: return true;
    default: return false;  // 1-3 were io.js; 5 ended before the user was added
  }
}

}  // namespace

std::optional<std::string> ShippedUser(const ImageRef& image) {
  if (image.Short() == "node" && (image.name == "node" || image.name.ends_with("library/node")))
    return NodeShipsUser(image.tag) ? std::optional<std::string>("node") : std::nullopt;
  if (image.name.starts_with("mcr.microsoft.com/dotnet/")) {
    int major = std::atoi(image.tag.c_str());
    if (major >= 8) return "app";
  }
  return std::nullopt;
}

}  // namespace dockopt
