// libFuzzer target: the .dockerignore reader, pattern compiler and matcher (context/). The input is
// the .dockerignore text, then optionally a NUL byte and paths, one per line (without them, the
// patterns' own texts are the paths). Invariants: path cleaning is idempotent; a rejected pattern
// list names the first bad pattern; a literal pattern (no `^`) matches its own text; matching with empty
// parent results equals MatchesOrParentMatches; without exceptions, a walk over the path's
// directories agrees with it and an excluded directory excludes its children; and a directory the
// matcher lets the walker skip has only excluded children.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "context/glob.h"
#include "context/ignore_file.h"
#include "context/matcher.h"
#include "context/path_clean.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using dockopt::context::CleanPath;
using dockopt::context::MatchInfo;
using dockopt::context::PatternMatcher;

constexpr size_t kMaxItems = 64;  // keeps one run fast: the work is patterns x paths x depth

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty() && out.size() < kMaxItems) {
    const size_t end = text.find('\n');
    out.emplace_back(text.substr(0, end));
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  }
  return out;
}

// The walker's way: each directory from the top, handing its results down.
bool WalkMatches(const PatternMatcher& matcher, const std::string& path) {
  MatchInfo parent, info;
  bool matched = false;
  for (size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
    matched = matcher.MatchesUsingParentResults(std::string_view(path).substr(0, slash), parent, info);
    parent.swap(info);
    if (slash == std::string::npos) return matched;
  }
}

void CheckPath(const PatternMatcher& matcher, const std::string& raw_path) {
  const std::string path = CleanPath(raw_path);
  FUZZ_CHECK(CleanPath(path) == path, "CleanPath is not idempotent");
  if (path == "." || path.starts_with('/') || path.starts_with("..")) return;  // never walked
  const bool excluded = matcher.MatchesOrParentMatches(path);
  MatchInfo info;
  FUZZ_CHECK(matcher.MatchesUsingParentResults(path, {}, info) == excluded,
             "MatchesUsingParentResults without parent results disagrees with MatchesOrParentMatches");
  FUZZ_CHECK(info.size() == matcher.patterns().size(), "one match result per pattern");
  const std::string child = path + "/child";
  if (!matcher.has_exclusions()) {
    FUZZ_CHECK(WalkMatches(matcher, path) == excluded, "the walk disagrees with MatchesOrParentMatches");
    FUZZ_CHECK(!excluded || matcher.MatchesOrParentMatches(child), "an excluded directory keeps a child");
  }
  if (excluded && matcher.CanSkipExcludedDir(path))
    FUZZ_CHECK(matcher.MatchesOrParentMatches(child), "a skipped directory holds a child that is not excluded");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  const std::string_view ignore_text = input.substr(0, nul);

  uint32_t last_line = 0;
  std::vector<std::string> patterns;
  for (const auto& line : dockopt::context::ReadIgnoreLines(ignore_text)) {
    FUZZ_CHECK(line.line > last_line, "ignore lines out of order");
    FUZZ_CHECK(!line.pattern.empty(), "an empty pattern read");
    last_line = line.line;
    if (patterns.size() < kMaxItems) patterns.push_back(line.pattern);
  }

  PatternMatcher matcher;
  std::string error;
  size_t bad_index = 0;
  if (!matcher.Init(patterns, error, bad_index)) {
    FUZZ_CHECK(!error.empty() && bad_index < patterns.size(), "a rejected list without its bad pattern");
    const std::vector<std::string> good(patterns.begin(), patterns.begin() + static_cast<long>(bad_index));
    PatternMatcher prefix;
    FUZZ_CHECK(prefix.Init(good, error, bad_index), "the patterns before the bad one are rejected too");
    return 0;
  }
  for (const auto& pattern : matcher.patterns()) {
    // Not with `^`: patternmatcher leaves it unescaped, so Go's regexp reads it as an anchor and
    // `]^` matches nothing, itself included (found by this target; BuildKit behaves the same).
    const std::string& text = pattern.text();
    if (!dockopt::context::HasGlobMeta(text) && text.find('^') == std::string::npos)
      FUZZ_CHECK(pattern.Matches(text), "a literal pattern does not match its own text");
  }

  std::vector<std::string> paths;
  if (nul != std::string_view::npos) {
    paths = SplitLines(input.substr(nul + 1));
  } else {
    for (const auto& pattern : matcher.patterns()) paths.push_back(pattern.text());
  }
  for (const auto& path : paths) CheckPath(matcher, path);
  return 0;
}
