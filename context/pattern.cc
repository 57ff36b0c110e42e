// Pattern compilation: glob -> match type plus Go-style regexp, then matching (see pattern.h).
#include "context/pattern.h"

#include <string_view>

#include "context/utf8.h"

namespace dockopt::context {
namespace {

// Regexp metacharacters with no glob meaning; patternmatcher escapes exactly these.
bool ShouldEscape(char32_t c) { return c < 0x80 && std::string_view(".+()|{}$").find(static_cast<char>(c)) != std::string_view::npos; }

}  // namespace

const std::u32string& MatchPath::runes() const {
  if (!decoded_) {
    runes_ = DecodeUtf8(bytes_);
    decoded_ = true;
  }
  return runes_;
}

std::optional<Pattern> Pattern::Compile(std::string cleaned, bool exclusion, std::string& error) {
  Pattern p;
  p.cleaned_ = std::move(cleaned);
  p.exclusion_ = exclusion;
  const std::u32string runes = DecodeUtf8(p.cleaned_);
  std::string re = "^";
  MatchType type = MatchType::kExact;
  size_t pos = 0;
  auto peek = [&]() -> std::optional<char32_t> {
    if (pos < runes.size()) return runes[pos];
    return std::nullopt;
  };
  for (int i = 0; pos < runes.size(); ++i) {
    const char32_t ch = runes[pos++];
    if (ch == '*') {
      if (peek() == U'*') {
        ++pos;
        if (peek() == U'/') ++pos;  // "**/" is read as "**"
        if (!peek()) {
          if (type == MatchType::kExact) {
            type = MatchType::kPrefix;
          } else {
            re += ".*";
            type = MatchType::kRegexp;
          }
        } else {
          re += "(.*/)?";
          type = MatchType::kRegexp;
        }
        if (i == 0) type = MatchType::kSuffix;
      } else {
        re += "[^/]*";
        type = MatchType::kRegexp;
      }
    } else if (ch == '?') {
      re += "[^/]";
      type = MatchType::kRegexp;
    } else if (ShouldEscape(ch)) {
      re += '\\';
      AppendUtf8(re, ch);
    } else if (ch == '\\') {
      if (peek()) {
        re += '\\';
        AppendUtf8(re, runes[pos++]);
        type = MatchType::kRegexp;
      } else {
        re += '\\';
      }
    } else if (ch == '[' || ch == ']') {
      AppendUtf8(re, ch);
      type = MatchType::kRegexp;
    } else {
      AppendUtf8(re, ch);
    }
  }
  p.type_ = type;
  if (type == MatchType::kRegexp) {
    re += "$";
    p.regexp_source_ = re;
    if (!p.regexp_.Parse(re, error)) return std::nullopt;
  }
  return p;
}

bool Pattern::Matches(const MatchPath& path) const {
  const std::string_view bytes = path.bytes();
  switch (type_) {
    case MatchType::kExact:
      return bytes == cleaned_;
    case MatchType::kPrefix:
      return bytes.starts_with(std::string_view(cleaned_).substr(0, cleaned_.size() - 2));
    case MatchType::kSuffix: {
      const std::string_view suffix = std::string_view(cleaned_).substr(2);
      if (bytes.ends_with(suffix)) return true;
      return !suffix.empty() && suffix.front() == '/' && bytes == suffix.substr(1);
    }
    case MatchType::kRegexp:
      return regexp_.Matches(path.runes());
  }
  return false;
}

}  // namespace dockopt::context
