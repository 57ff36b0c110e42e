// RealWorldFiles (see corpus_files.h).
#include "bench/corpus_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dockopt::bench {

std::vector<std::pair<std::string, std::string>> RealWorldFiles() {
  namespace fs = std::filesystem;
  std::vector<std::pair<std::string, std::string>> out;
  const fs::path dir = fs::path(DOCKOPT_CORPUS_DIR) / "real-world";
  if (!fs::exists(dir)) return out;
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".Dockerfile") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    out.emplace_back(path.string(), text.str());
  }
  return out;
}

}  // namespace dockopt::bench
