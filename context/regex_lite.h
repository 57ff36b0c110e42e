// A small matcher for the subset of Go (RE2) regexp syntax that ignore-pattern compilation emits.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dockopt::context {

/// Parses and runs the regular expressions patternmatcher builds from glob patterns: literals and
/// `\` escapes, `.`, classes (`[a-z]`, `[^/]`, POSIX `[:alpha:]`, `\d\s\w`), `*` after one atom,
/// the `(.*/)?` group, and the `^ $ \A \z \b \B` assertions. Matching works on runes, as Go does,
/// in time linear in the text (a set of positions is advanced atom by atom; no backtracking).
class RegexLite {
 public:
  /// Parses `source`; on failure returns false and sets `error` ("missing closing ]", ...).
  bool Parse(std::string_view source, std::string& error);
  /// True if the expression matches `text`, searching from position 0 only (the expressions
  /// we build always start with `^`).
  bool Matches(std::u32string_view text) const;

 private:
  enum class AtomKind { kRune, kClass, kDot, kBeginText, kEndText, kWordBoundary, kNotWordBoundary, kOptDirs };
  struct Atom {
    AtomKind kind = AtomKind::kRune;
    char32_t rune = 0;
    std::vector<std::pair<char32_t, char32_t>> ranges;
    bool negated = false;
    bool star = false;
  };
  static bool AtomMatchesRune(const Atom& atom, char32_t rune);
  bool ParseClass(std::u32string_view& s, Atom& atom, std::string& error);
  std::vector<Atom> atoms_;
};

}  // namespace dockopt::context
