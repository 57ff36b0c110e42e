// Which distribution family's packages an install command names.
#include "transforms/rules/install_family.h"

#include <string_view>

#include "transforms/rules/stage_facts.h"

namespace dockopt {

using analysis::Distro;
using analysis::OsRelease;

Distro InstallFamily(const shell::ToolCall& call) {
  if (IsApt(call, "install")) return Distro::kDebian;
  if (Is(call, "apk", "add") && !call.Has("virtual")) return Distro::kAlpine;
  for (std::string_view tool : {"dnf", "yum", "microdnf"})
    if (Is(call, tool, "install")) return Distro::kRedHat;
  return Distro::kUnknown;
}

std::optional<OsRelease> ReleaseFor(Distro family, const OsRelease& image_os) {
  if (image_os.distro == Distro::kUnknown) return OsRelease{family, ""};
  bool apt_family = image_os.distro == Distro::kDebian || image_os.distro == Distro::kUbuntu;
  if (family == Distro::kDebian ? apt_family : image_os.distro == family) return image_os;
  return std::nullopt;
}

}  // namespace dockopt
