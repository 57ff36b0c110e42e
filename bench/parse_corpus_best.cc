// Best-of-N wall time to parse the real-world corpus from memory (complements the Google Benchmark
// median, which includes allocator wear across thousands of iterations).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "parser/parse.h"

int main(int argc, char** argv) {
  int rounds = argc > 1 ? std::atoi(argv[1]) : 20;
  std::vector<std::string> files;
  size_t bytes = 0;
  std::filesystem::path dir = std::filesystem::path(DOCKOPT_CORPUS_DIR) / "real-world";
  if (!std::filesystem::exists(dir)) {
    std::fprintf(stderr, "corpus absent: %s\n", dir.c_str());
    return 2;
  }
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".Dockerfile") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back(text.str());
    bytes += files.back().size();
  }
  double best = 1e18;
  for (int round = 0; round < rounds; ++round) {
    auto start = std::chrono::steady_clock::now();
    for (const std::string& text : files) {
      dockopt::SourceBuffer source("Dockerfile", text);
      dockopt::ParseResult result = dockopt::Parse(source);
      if (!result.dockerfile && result.diagnostics.empty()) return 1;
    }
    best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::printf("%zu files, %.2f MB, best of %d: %.1f ms, %.1f MB/s, %.0f files/s\n", files.size(), bytes / 1e6, rounds,
              best, bytes / 1e3 / best, files.size() * 1e3 / best);
  return 0;
}
