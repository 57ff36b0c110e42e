// The bookworm view of analysis/packages.h that DF201 and DF202 were written against.
#include "transforms/rules/runtime_packages.h"

#include "analysis/packages.h"

namespace dockopt {

std::optional<std::string> RuntimePackageFor(std::string_view dev_package) {
  if (dev_package.find('=') != std::string_view::npos) return std::nullopt;  // a pinned version: not ours to swap
  std::vector<std::string> runtime =
      analysis::RuntimePackagesFor(dev_package, {analysis::Distro::kDebian, "bookworm"});
  if (runtime.empty()) return std::nullopt;
  return runtime.front();
}

bool IsBuildTool(std::string_view package) { return analysis::IsBuildTool(package, analysis::Distro::kDebian); }

}  // namespace dockopt
