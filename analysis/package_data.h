// The package tables of analysis/data/packages/, embedded at build time by analysis/embed_data.cmake.
#pragma once

#include <string_view>
#include <vector>

namespace dockopt::analysis {

struct DataFile {
  std::string_view name;  // "debian-bookworm.tsv", "build-tools-alpine.txt"
  std::string_view text;
};

/// Every file of analysis/data/packages/ (*.tsv, *.txt), sorted by name.
const std::vector<DataFile>& PackageDataFiles();

}  // namespace dockopt::analysis
