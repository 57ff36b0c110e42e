// Placeholder until the base-image table lands (issue #10): the official Debian-based images that
// the DF202 planners already assumed.
#include "analysis/base_images.h"

namespace dockopt::analysis {
namespace {

// "docker.io/library/python:3.11-slim" -> {"python", "3.11-slim"}.
std::pair<std::string, std::string> SplitRef(std::string_view image) {
  if (image.starts_with("docker.io/")) image.remove_prefix(10);
  if (image.starts_with("library/")) image.remove_prefix(8);
  size_t at = image.find('@');
  if (at != std::string_view::npos) image = image.substr(0, at);
  size_t colon = image.rfind(':');
  if (colon == std::string_view::npos || image.find('/', colon) != std::string_view::npos)
    return {std::string(image), "latest"};
  return {std::string(image.substr(0, colon)), std::string(image.substr(colon + 1))};
}

}  // namespace

std::optional<BaseImageFacts> LookupBaseImage(std::string_view image) {
  auto [name, tag] = SplitRef(image);
  if (tag.find("alpine") != std::string::npos) return std::nullopt;
  BaseImageFacts facts;
  facts.family = name;
  facts.os = {Distro::kDebian, "bookworm"};
  facts.runtime_base = "debian:bookworm-slim";
  facts.source = "curated (placeholder)";
  facts.slim = tag.find("slim") != std::string::npos;
  if (name == "python" || name == "node" || name == "ruby") {
    facts.toolchain = !facts.slim;
    if (!facts.slim) facts.slim_variant = name + ":" + (tag == "latest" ? std::string("slim") : tag + "-slim");
    return facts;
  }
  if (name == "golang" || name == "rust" || name == "gcc" || name == "buildpack-deps") {
    facts.toolchain = true;
    return facts;
  }
  if (name == "debian") return facts;
  return std::nullopt;
}

}  // namespace dockopt::analysis
