// Pattern: one cleaned .dockerignore pattern compiled the way moby/patternmatcher compiles it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace dockopt::context {

/// patternmatcher's match strategies, chosen while translating the glob.
enum class MatchType { kExact, kPrefix, kSuffix, kRegexp };

/// A path as matched: its bytes, and its runes decoded on first use (only regexp patterns need them).
class MatchPath {
 public:
  explicit MatchPath(std::string_view bytes) : bytes_(bytes) {}
  std::string_view bytes() const { return bytes_; }
  const std::u32string& runes() const;

 private:
  std::string_view bytes_;
  mutable std::u32string runes_;
  mutable bool decoded_ = false;
};

class Pattern {
 public:
  /// Compiles `cleaned` (the pattern after Clean, without its `!`). Returns nullopt and sets `error`
  /// when the derived regexp is invalid (for example `[Local-Only]`: range `l-O` is reversed).
  static std::optional<Pattern> Compile(std::string cleaned, bool exclusion, std::string& error);

  bool Matches(const MatchPath& path) const;
  bool Matches(std::string_view path) const { return Matches(MatchPath(path)); }

  const std::string& text() const { return cleaned_; }   // cleaned, without `!`
  bool exclusion() const { return exclusion_; }
  MatchType match_type() const { return type_; }
  /// The Go regexp source patternmatcher would build ("^a[^/]*/b$"); empty unless kRegexp.
  const std::string& regexp_source() const { return regexp_source_; }

 private:
  std::string cleaned_;
  bool exclusion_ = false;
  MatchType type_ = MatchType::kExact;
  std::string regexp_source_;
  std::shared_ptr<const re2::RE2> regexp_;  // kRegexp only; RE2 speaks Go's regexp syntax
};

}  // namespace dockopt::context
