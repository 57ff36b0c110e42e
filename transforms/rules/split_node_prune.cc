// NodePruneCommand (see split_node_prune.h).
#include "transforms/rules/split_node_prune.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <string_view>

namespace dockopt::split {

namespace {

constexpr std::string_view kOmitDev = "npm prune --omit=dev";
constexpr std::string_view kProduction = "npm prune --production";

}  // namespace

std::string_view NodePruneCommand(std::string_view tag) {
  std::string_view first = tag.substr(0, tag.find('-'));
  if (!first.empty() && std::isdigit(static_cast<unsigned char>(first.front()))) {
    int major = 0;
    std::from_chars(first.data(), first.data() + first.size(), major);
    return major >= 15 ? kOmitDev : major >= 10 ? kProduction : "";
  }
  // Rolling tags follow the newest lines; codenames from gallium (16) on; a Debian or Alpine name alone
  // is the latest Node on it (https://github.com/nodejs/docker-node, versions.json and the tag lists).
  constexpr std::string_view kNewLines[] = {"", "latest", "lts", "current", "slim", "alpine", "bookworm", "bullseye",
                                            "buster", "trixie", "gallium", "hydrogen", "iron", "jod", "krypton"};
  // The LTS lines that shipped npm 6: dubnium (10), erbium (12), fermium (14).
  constexpr std::string_view kNpm6Lines[] = {"dubnium", "erbium", "fermium"};
  if (first.starts_with("alpine3.")) return kOmitDev;
  if (std::find(std::begin(kNewLines), std::end(kNewLines), first) != std::end(kNewLines)) return kOmitDev;
  if (std::find(std::begin(kNpm6Lines), std::end(kNpm6Lines), first) != std::end(kNpm6Lines)) return kProduction;
  return "";
}

bool NodeTagPrunesDevDependencies(std::string_view tag) { return !NodePruneCommand(tag).empty(); }

}  // namespace dockopt::split
