// InstallsOnTrixie (see packages.h): bookworm-not-on-trixie.txt, read once into a sorted list.
#include <algorithm>
#include <string_view>
#include <vector>

#include "analysis/package_data.h"
#include "analysis/packages.h"

namespace dockopt::analysis {

bool InstallsOnTrixie(std::string_view package) {
  static const std::vector<std::string_view> kMissing = [] {
    std::vector<std::string_view> names;
    for (const DataFile& file : PackageDataFiles()) {
      if (file.name != "bookworm-not-on-trixie.txt") continue;
      for (size_t at = 0; at < file.text.size();) {
        size_t end = file.text.find('\n', at);
        if (end == std::string_view::npos) end = file.text.size();
        std::string_view line = file.text.substr(at, end - at);
        if (!line.empty() && line.front() != '#') names.push_back(line);
        at = end + 1;
      }
    }
    std::sort(names.begin(), names.end());
    return names;
  }();
  return !std::binary_search(kMissing.begin(), kMissing.end(), package);
}

}  // namespace dockopt::analysis
