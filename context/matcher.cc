// PatternMatcher: ordered matching with exceptions and parent-directory matches (see matcher.h).
#include "context/matcher.h"

#include "context/glob.h"
#include "context/path_clean.h"

namespace dockopt::context {
namespace {

std::string_view WithoutTrailingGlob(std::string_view pattern) {
  if (pattern.ends_with("/**")) pattern.remove_suffix(3);
  if (pattern.ends_with("/*")) pattern.remove_suffix(2);
  return pattern;
}

}  // namespace

bool PatternMatcher::Init(const std::vector<std::string>& patterns, std::string& error, size_t& bad_index) {
  patterns_.clear();
  has_exclusions_ = false;
  only_prefix_exceptions_ = true;
  for (size_t index = 0; index < patterns.size(); ++index) {
    bad_index = index;
    const std::string_view trimmed = TrimSpace(patterns[index]);
    if (trimmed.empty()) continue;
    std::string cleaned = CleanPath(trimmed);
    bool exclusion = false;
    if (cleaned.front() == '!') {
      if (cleaned.size() == 1) {
        error = "illegal exclusion pattern '!'";
        return false;
      }
      exclusion = true;
      cleaned.erase(0, 1);
      has_exclusions_ = true;
    }
    if (GlobMatch(cleaned, ".") == GlobResult::kBadPattern) {
      error = "syntax error in pattern";
      return false;
    }
    std::string regexp_error;
    std::optional<Pattern> pattern = Pattern::Compile(std::move(cleaned), exclusion, regexp_error);
    if (!pattern) {
      error = "syntax error in pattern (" + regexp_error + ")";
      return false;
    }
    if (exclusion && WithoutTrailingGlob(pattern->text()).find_first_of("*[]?^\\") != std::string_view::npos)
      only_prefix_exceptions_ = false;
    patterns_.push_back(std::move(*pattern));
  }
  return true;
}

bool PatternMatcher::MatchesSelfOrParents(const Pattern& pattern, const MatchPath& path) const {
  if (pattern.Matches(path)) return true;
  const std::string_view bytes = path.bytes();
  const size_t last_slash = bytes.rfind('/');
  if (last_slash == std::string_view::npos) return false;  // parent is "."
  // filepath.Dir keeps the root slash: the parent of "/a" is "/".
  const std::string_view parent = last_slash == 0 ? bytes.substr(0, 1) : bytes.substr(0, last_slash);
  for (size_t k = 0; k < parent.size(); ++k) {
    if (parent[k] == '/' && pattern.Matches(parent.substr(0, k))) return true;
  }
  return pattern.Matches(parent);
}

bool PatternMatcher::MatchesOrParentMatches(std::string_view path) const {
  const MatchPath match_path(path);
  bool matched = false;
  for (const Pattern& pattern : patterns_) {
    if (pattern.exclusion() != matched) continue;  // this pattern cannot change the result
    if (MatchesSelfOrParents(pattern, match_path)) matched = !pattern.exclusion();
  }
  return matched;
}

bool PatternMatcher::MatchesUsingParentResults(std::string_view path, const MatchInfo& parent,
                                               MatchInfo& info) const {
  const MatchPath match_path(path);
  info.assign(patterns_.size(), false);
  bool matched = false;
  for (size_t i = 0; i < patterns_.size(); ++i) {
    const Pattern& pattern = patterns_[i];
    bool match = !parent.empty() && parent[i];
    if (!match) {
      if (pattern.exclusion() != matched) continue;
      match = parent.empty() ? MatchesSelfOrParents(pattern, match_path) : pattern.Matches(match_path);
    }
    info[i] = match;
    if (match) matched = !pattern.exclusion();
  }
  return matched;
}

bool PatternMatcher::CanSkipExcludedDir(std::string_view dir) const {
  if (!only_prefix_exceptions_) return false;
  if (!has_exclusions_) return true;
  const std::string dir_slash = std::string(dir) + "/";
  for (const Pattern& pattern : patterns_) {
    if (!pattern.exclusion()) continue;
    const std::string with_slash = std::string(WithoutTrailingGlob(pattern.text())) + "/";
    if (with_slash.starts_with(dir_slash)) return false;
  }
  return true;
}

bool MatchesOrParentMatches(std::string_view path, const std::vector<std::string>& patterns, bool& excluded,
                            std::string& error) {
  PatternMatcher matcher;
  size_t bad_index = 0;
  excluded = false;
  if (!matcher.Init(patterns, error, bad_index)) return false;
  const std::string cleaned = CleanPath(path);
  if (cleaned == ".") return true;
  excluded = matcher.MatchesOrParentMatches(cleaned);
  return true;
}

}  // namespace dockopt::context
