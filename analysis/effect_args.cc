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
