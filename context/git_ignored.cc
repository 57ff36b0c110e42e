// LoadGitIgnore (see git_ignored.h).
#include "context/git_ignored.h"

#include <fstream>
#include <sstream>
#include <vector>

namespace dockopt::context {

std::optional<PatternMatcher> LoadGitIgnore(const std::string& dir) {
  std::ifstream in(dir + "/.gitignore", std::ios::binary);
  if (!in) return std::nullopt;
  std::vector<std::string> patterns;
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const bool negated = line[0] == '!';
    std::string p = negated ? line.substr(1) : line;
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    const bool anchored = p.find('/') != std::string::npos;
    if (p.starts_with("/")) p.erase(0, 1);
    if (p.empty()) continue;
    // Appends, not `"**/" + p`: GCC 12's -O3 reports a false -Wrestrict in operator+(const char*, string&&).
    std::string pattern = negated ? "!" : "";
    if (!anchored && !p.starts_with("**/")) pattern += "**/";
    pattern += p;
    patterns.push_back(std::move(pattern));
  }
  PatternMatcher matcher;
  std::string error;
  size_t bad = 0;
  if (!matcher.Init(patterns, error, bad)) return std::nullopt;
  return matcher;
}

}  // namespace dockopt::context
