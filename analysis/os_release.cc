#include "analysis/os_release.h"

namespace dockopt::analysis {

std::string_view DistroName(Distro distro) {
  switch (distro) {
    case Distro::kDebian: return "debian";
    case Distro::kUbuntu: return "ubuntu";
    case Distro::kAlpine: return "alpine";
    case Distro::kRedHat: return "redhat";
    case Distro::kDistroless: return "distroless";
    case Distro::kScratch: return "scratch";
    case Distro::kUnknown: break;
  }
  return "unknown";
}

std::string Describe(const OsRelease& os) {
  // An assumed bookworm: one name must install on both it and trixie (see OsRelease::assumed).
  if (os.assumed && os.distro == Distro::kDebian && os.release == "bookworm")
    return "debian bookworm or trixie (the tag names no release)";
  return std::string(DistroName(os.distro)) + " " + (os.release.empty() ? "(release unknown)" : os.release);
}

}  // namespace dockopt::analysis
