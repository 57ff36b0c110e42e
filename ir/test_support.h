// Test helpers (header only, tests only): locating the shared corpora and reading files.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace dockopt::testing {

inline std::filesystem::path CorpusDir() { return std::filesystem::path(DOCKOPT_CORPUS_DIR); }

/// The bytes of `path`; empty if it cannot be read.
inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// Subdirectories (or files with `extension`) of `dir`, sorted by name.
inline std::vector<std::filesystem::path> ListSorted(const std::filesystem::path& dir, bool directories,
                                                     const std::string& extension = "") {
  std::vector<std::filesystem::path> out;
  if (!std::filesystem::is_directory(dir)) return out;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (directories ? entry.is_directory() : (entry.is_regular_file() && entry.path().extension() == extension))
      out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace dockopt::testing
