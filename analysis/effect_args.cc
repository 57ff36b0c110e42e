// Option and operand reading for the effect readers.
#include "analysis/effect_args.h"

#include <algorithm>

namespace dockopt::analysis {

std::optional<std::string> Args::Value(std::initializer_list<std::string_view> names) const {
  std::optional<std::string> out;
  for (std::string_view name : names) {
    auto [begin, end] = options.equal_range(std::string(name));
    for (auto it = begin; it != end; ++it) out = it->second;
  }
  return out;
}

Args ReadArgs(const std::vector<std::string>& words, size_t begin, std::initializer_list<std::string_view> valued) {
  Args args;
  auto takes = [&](std::string_view name) { return std::find(valued.begin(), valued.end(), name) != valued.end(); };
  bool options_done = false;
  for (size_t i = begin; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (options_done || word.size() < 2 || word[0] != '-') {
      args.operands.push_back(word);
      continue;
    }
    if (word == "--") {
      options_done = true;
      continue;
    }
    size_t eq = word.find('=');
    if (word.starts_with("--") && eq != std::string::npos) {
      args.options.emplace(word.substr(0, eq), word.substr(eq + 1));
    } else if (takes(word) && i + 1 < words.size()) {
      args.options.emplace(word, words[++i]);
    } else if (!word.starts_with("--") && word.size() > 2 && takes(word.substr(0, 2))) {
      args.options.emplace(word.substr(0, 2), word.substr(2));  // -obin/app, -DX=Y
    } else {
      args.options.emplace(word, "");
    }
  }
  return args;
}

std::optional<std::vector<std::string>> GoInstalledNames(const Args& args) {
  std::vector<std::string> names;
  // `go build main.go util.go`: one binary, named after the first file.
  if (args.operands.size() > 1 && args.operands[1].ends_with(".go")) {
    if (!std::all_of(args.operands.begin() + 1, args.operands.end(), [](const std::string& o) { return o.ends_with(".go"); }))
      return std::nullopt;
    std::string file = args.operands[1].substr(args.operands[1].rfind('/') + 1);
    if (file.find_first_of("$`*?[") != std::string::npos || file == ".go") return std::nullopt;
    return std::vector<std::string>{file.substr(0, file.size() - 3)};
  }
  for (size_t i = 1; i < args.operands.size(); ++i) {
    std::string path = args.operands[i].substr(0, args.operands[i].find('@'));
    while (path.ends_with('/')) path.pop_back();
    if (path.empty() || path.find("...") != std::string::npos || path.find_first_of("$`*?[") != std::string::npos)
      return std::nullopt;
    std::string name = path.substr(path.rfind('/') + 1);
    // A major-version suffix is not the name: example.com/x/v2 installs `x`.
    bool major = name.size() > 1 && name[0] == 'v' &&
                 std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (major && path.rfind('/') != std::string::npos) {
      path.resize(path.rfind('/'));
      name = path.substr(path.rfind('/') + 1);
    }
    if (name.empty() || name == "." || name == "..") return std::nullopt;
    names.push_back(std::move(name));
  }
  if (names.empty()) return std::nullopt;
  return names;
}

std::vector<std::string> WithoutBareCounts(const std::vector<std::string>& words, std::initializer_list<std::string_view> names) {
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size(); ++i) {
    bool counted = i + 1 < words.size() && !words[i + 1].empty() &&
                   words[i + 1].find_first_not_of("0123456789.") == std::string::npos;
    if (std::find(names.begin(), names.end(), words[i]) != names.end() && !counted) continue;
    out.push_back(words[i]);
  }
  return out;
}

}  // namespace dockopt::analysis
