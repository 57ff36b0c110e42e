#include "transforms/rules/split_release_pin.h"

#include <charconv>

namespace dockopt::split {
namespace {

// The minor version of "1.N" (N digits only), or -1.
int MinorOf(std::string_view tag) {
  if (!tag.starts_with("1.")) return -1;
  std::string_view minor = tag.substr(2);
  int value = -1;
  auto [end, error] = std::from_chars(minor.data(), minor.data() + minor.size(), value);
  if (error != std::errc() || end != minor.data() + minor.size()) return -1;
  return value;
}

}  // namespace

std::string BookwormPinnedTag(std::string_view family, std::string_view tag) {
  if (family != "golang" && family != "rust") return "";
  if (tag.empty() || tag == "latest") return "bookworm";
  if (tag == "1") return "1-bookworm";
  const int minor = MinorOf(tag);
  const int first = family == "golang" ? 20 : 70;
  if (minor >= first) return std::string(tag) + "-bookworm";
  return "";
}

}  // namespace dockopt::split
