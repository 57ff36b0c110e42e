// The real-world corpus as the benchmarks read it: every `*.Dockerfile`, sorted by path.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace dockopt::bench {

/// (path, text) of each file of DOCKOPT_CORPUS_DIR/real-world; empty when the corpus is absent.
std::vector<std::pair<std::string, std::string>> RealWorldFiles();

}  // namespace dockopt::bench
