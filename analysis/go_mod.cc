#include "analysis/go_mod.h"

#include <sstream>

namespace dockopt::analysis {
namespace {

std::vector<std::string> Words(std::string_view line) {
  std::istringstream in{std::string(line)};
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

// One directive's words after its keyword: `example.com/x v1.2.0` or `example.com/x => ./x`.
void Directive(std::string_view keyword, const std::vector<std::string>& words, GoModModules& out) {
  if (words.empty()) return;
  if (keyword == "require") {
    out.required.push_back(words.front());
    return;
  }
  if (keyword != "replace") return;
  for (size_t i = 1; i + 1 < words.size(); ++i)
    if (words[i] == "=>") {
      const std::string& target = words[i + 1];
      // A folder replacement has no version and starts with ./ or ../ (Go's rule for a directory).
      if (i + 2 == words.size() && (target.starts_with("./") || target.starts_with("../")))
        out.local_replacements[words.front()] = target;
      return;
    }
}

}  // namespace

GoModModules ReadGoModModules(std::string_view gomod) {
  GoModModules out;
  std::string block;  // the keyword of the open `keyword (` block, "" outside one
  std::istringstream in{std::string(gomod)};
  for (std::string line; std::getline(in, line);) {
    if (size_t comment = line.find("//"); comment != std::string::npos) line.resize(comment);
    std::vector<std::string> words = Words(line);
    if (words.empty()) continue;
    if (!block.empty()) {
      if (words.front() == ")") block.clear();
      else Directive(block, words, out);
      continue;
    }
    const std::string keyword = words.front();
    words.erase(words.begin());
    if (words.size() == 1 && words.front() == "(") block = keyword;
    else Directive(keyword, words, out);
  }
  return out;
}

}  // namespace dockopt::analysis
