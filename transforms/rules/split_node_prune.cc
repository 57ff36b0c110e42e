// NodeTagPrunesDevDependencies (see split_node_prune.h).
#include "transforms/rules/split_node_prune.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <string_view>

namespace dockopt::split {

bool NodeTagPrunesDevDependencies(std::string_view tag) {
  std::string_view first = tag.substr(0, tag.find('-'));
  if (!first.empty() && std::isdigit(static_cast<unsigned char>(first.front()))) {
    int major = 0;
    std::from_chars(first.data(), first.data() + first.size(), major);
    return major >= 15;
  }
  // Rolling tags follow the newest lines; codenames from gallium (16) on; a Debian or Alpine name alone
  // is the latest Node on it (https://github.com/nodejs/docker-node, versions.json and the tag lists).
  constexpr std::string_view kNewLines[] = {"", "latest", "lts", "current", "slim", "alpine", "bookworm", "bullseye",
                                            "buster", "trixie", "gallium", "hydrogen", "iron", "jod", "krypton"};
  if (first.starts_with("alpine3.")) return true;
  return std::find(std::begin(kNewLines), std::end(kNewLines), first) != std::end(kNewLines);
}

}  // namespace dockopt::split
