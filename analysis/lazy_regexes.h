// Regex patterns compiled on first use: a table's tag patterns cost tens of millions of instructions
// to compile up front, most of a one-file run, and a lookup needs only the rows of one image name.
#pragma once

#include <mutex>
#include <regex>
#include <string>
#include <vector>

namespace dockopt::analysis {

class LazyRegexes {
 public:
  explicit LazyRegexes(std::vector<std::string> patterns)
      : patterns_(std::move(patterns)), compiled_(patterns_.size()), regexes_(patterns_.size()) {}

  /// The `tag` patterns of a table's rows, in row order.
  template <typename Rows>
  static LazyRegexes OfTags(const Rows& rows) {
    std::vector<std::string> tags;
    for (const auto& row : rows) tags.push_back(row.tag);
    return LazyRegexes(std::move(tags));
  }

  /// Pattern `i`, compiled the first time it is asked for (thread-safe).
  const std::regex& At(size_t i) {
    std::call_once(compiled_[i], [this, i] { regexes_[i] = std::regex(patterns_[i]); });
    return regexes_[i];
  }

 private:
  std::vector<std::string> patterns_;
  std::vector<std::once_flag> compiled_;
  std::vector<std::regex> regexes_;
};

}  // namespace dockopt::analysis
