#include "analysis/app_writable.h"

#include <algorithm>

#include "analysis/base_image_data.h"
#include "analysis/tsv.h"

namespace dockopt::analysis {
namespace {

std::string_view Basename(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool Contains(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

std::optional<AppWritable> AppWritableDirs(const std::vector<std::string>& argv, const context::ContextFiles* files) {
  if (argv.empty()) return std::nullopt;
  static const auto kRows = TsvRows(BaseImageDataFile("app-writable-dirs.tsv"));
  for (const auto& row : kRows) {
    if (row.size() < 5) continue;
    std::vector<std::string> words = Words(row[1]), servers = Words(row[3]);
    bool named = std::any_of(argv.begin(), argv.end(),
                             [&](const std::string& word) { return Contains(words, Basename(word)); });
    // The marker proves the framework only for a command that runs one of its servers.
    bool served = files != nullptr && !row[2].empty() && files->IsFile(row[2]) &&
                  Contains(servers, Basename(argv.front()));
    if (named || served) return AppWritable{std::string(row[0]), Words(row[4])};
  }
  return std::nullopt;
}

}  // namespace dockopt::analysis
