// PatternMatcher: an ordered .dockerignore pattern list with patternmatcher's matching rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "context/pattern.h"

namespace dockopt::context {

/// Per-pattern results for a directory, handed down to its children while walking
/// (patternmatcher.MatchInfo). Empty means "no information about the parent".
using MatchInfo = std::vector<bool>;

class PatternMatcher {
 public:
  /// patternmatcher.New: trims each pattern, skips empty ones, cleans it, reads a leading `!` as an
  /// exception, and validates it with filepath.Match(p, "."). Unlike Go, the derived regexp is also
  /// compiled here, so a bad pattern is reported now instead of at the first match.
  /// On failure returns false, sets `error` ("syntax error in pattern") and `bad_index` (the index
  /// into `patterns`).
  bool Init(const std::vector<std::string>& patterns, std::string& error, size_t& bad_index);

  /// MatchesOrParentMatches: true if `path` (clean, '/'-separated, relative) or one of its parent
  /// directories is excluded, taking exceptions and order into account (last match wins).
  bool MatchesOrParentMatches(std::string_view path) const;

  /// MatchesUsingParentResults: as above, but reuses the parent directory's per-pattern results.
  /// Fills `info` with this path's results for its children.
  bool MatchesUsingParentResults(std::string_view path, const MatchInfo& parent, MatchInfo& info) const;

  /// True if some pattern is an exception (`!...`).
  bool has_exclusions() const { return has_exclusions_; }
  const std::vector<Pattern>& patterns() const { return patterns_; }

  /// fsutil's pruning rule: an excluded directory `dir` may be skipped without reading it when no
  /// exception uses a wildcard (after a trailing `/**` or `/*` is removed) and no exception names a
  /// path inside `dir`.
  bool CanSkipExcludedDir(std::string_view dir) const;

 private:
  bool MatchesSelfOrParents(const Pattern& pattern, const MatchPath& path) const;

  std::vector<Pattern> patterns_;
  bool has_exclusions_ = false;
  bool only_prefix_exceptions_ = true;
};

/// The patternmatcher.MatchesOrParentMatches helper: builds a matcher, cleans `path`, and never
/// excludes ".". Returns false with `error` set when a pattern is bad.
bool MatchesOrParentMatches(std::string_view path, const std::vector<std::string>& patterns, bool& excluded,
                            std::string& error);

}  // namespace dockopt::context
