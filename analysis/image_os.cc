// ImageOs: an image tag that names its release is read first (the tag says what the image runs);
// the base-image table answers for the rest.
#include "analysis/image_os.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <utility>

#include "analysis/base_images.h"

namespace dockopt::analysis {
namespace {

// Older releases too: their images must not get the default release's package names.
constexpr std::array<std::pair<std::string_view, Distro>, 15> kCodenames = {{
    {"wheezy", Distro::kDebian},  {"jessie", Distro::kDebian}, {"trusty", Distro::kUbuntu},
    {"precise", Distro::kUbuntu}, {"stretch", Distro::kDebian}, {"buster", Distro::kDebian}, {"bullseye", Distro::kDebian},
    {"bookworm", Distro::kDebian}, {"trixie", Distro::kDebian}, {"xenial", Distro::kUbuntu},
    {"bionic", Distro::kUbuntu}, {"focal", Distro::kUbuntu}, {"jammy", Distro::kUbuntu},
    {"noble", Distro::kUbuntu}, {"oracular", Distro::kUbuntu},
}};

constexpr std::array<std::string_view, 9> kRedHatImages = {
    "fedora", "centos", "rockylinux", "almalinux", "oraclelinux", "amazonlinux", "ubi", "ubi-minimal", "ubi-micro",
};

// The leading "3.18" of "3.18.4-slim", "" when the text does not start with a digit.
std::string LeadingVersion(std::string_view text, int max_parts) {
  std::string out;
  int parts = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i]))) {
      if (out.empty() || out.back() == '.') ++parts;
      out += text[i];
    } else if (text[i] == '.' && !out.empty() && out.back() != '.' && parts < max_parts) {
      out += '.';
    } else {
      break;
    }
  }
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

// "docker.io/library/python:3.11-slim@sha256:..." -> {"python", "3.11-slim"}; the last path component.
std::pair<std::string, std::string> NameAndTag(std::string_view image) {
  image = image.substr(0, image.find('@'));
  std::string_view tag;
  size_t colon = image.rfind(':');
  if (colon != std::string_view::npos && image.find('/', colon) == std::string_view::npos) {
    tag = image.substr(colon + 1);
    image = image.substr(0, colon);
  }
  std::string name(image.substr(image.rfind('/') + 1));
  std::string lower_tag(tag);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (char& c : lower_tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return {name, lower_tag};
}

// The release a tag names for an image whose distribution we know from its name.
std::string ReleaseInTag(Distro distro, std::string_view tag) {
  for (const auto& [codename, family] : kCodenames)
    if (family == distro && tag.find(codename) != std::string_view::npos) return std::string(codename);
  return LeadingVersion(tag, distro == Distro::kUbuntu || distro == Distro::kAlpine ? 2 : 1);
}

// "9" for "registry.access.redhat.com/ubi9/python-312:latest": a path component before the name that is
// "ubi" and a release number.
std::optional<std::string> UbiNamespaceRelease(std::string_view image) {
  image = image.substr(0, image.find('@'));
  const size_t last = image.rfind('/');
  if (last == std::string_view::npos) return std::nullopt;
  std::string_view path = image.substr(0, last);
  while (!path.empty()) {
    const size_t slash = path.find('/');
    const std::string_view part = path.substr(0, slash);
    if (part.size() > 3 && part.starts_with("ubi") && std::isdigit(static_cast<unsigned char>(part[3])) &&
        std::all_of(part.begin() + 3, part.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return std::string(part.substr(3));
    if (slash == std::string_view::npos) break;
    path = path.substr(slash + 1);
  }
  return std::nullopt;
}

}  // namespace

OsRelease ImageOs(std::string_view image) {
  auto [name, tag] = NameAndTag(image);
  if (name == "debian") return {Distro::kDebian, ReleaseInTag(Distro::kDebian, tag)};
  if (name == "ubuntu") return {Distro::kUbuntu, ReleaseInTag(Distro::kUbuntu, tag)};
  if (name == "alpine") return {Distro::kAlpine, ReleaseInTag(Distro::kAlpine, tag)};
  for (std::string_view redhat : kRedHatImages) {
    if (name == redhat) return {Distro::kRedHat, ReleaseInTag(Distro::kRedHat, tag)};
  }
  if (name.starts_with("ubi") && name.size() > 3 && std::isdigit(static_cast<unsigned char>(name[3])))
    return {Distro::kRedHat, LeadingVersion(std::string_view(name).substr(3), 1)};  // redhat/ubi9, ubi8-minimal
  // Red Hat's language images live under the UBI release they build on: ubi9/python-312, ubi8/nodejs-22.
  if (std::optional<std::string> ubi = UbiNamespaceRelease(image)) return {Distro::kRedHat, *ubi};
  // Tags of images built on a distribution: "20-alpine3.18", "3.8-slim-buster", "17-jdk-jammy".
  if (size_t alpine = tag.find("alpine"); alpine != std::string::npos)
    return {Distro::kAlpine, LeadingVersion(std::string_view(tag).substr(alpine + 6), 2)};
  for (const auto& [codename, family] : kCodenames)
    if (tag.find(codename) != std::string::npos) return {family, std::string(codename)};
  if (std::optional<BaseImageFacts> facts = LookupBaseImage(image)) return facts->os;
  return {};
}

}  // namespace dockopt::analysis
