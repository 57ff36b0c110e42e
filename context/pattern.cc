// Pattern compilation: glob -> match type plus Go-style regexp, then matching (see pattern.h).
#include "context/pattern.h"

#include <re2/re2.h>

#include <string_view>

#include "context/utf8.h"

namespace dockopt::context {
namespace {

// Regexp metacharacters with no glob meaning; patternmatcher escapes exactly these.
bool ShouldEscape(char32_t c) { return c < 0x80 && std::string_view(".+()|{}$").find(static_cast<char>(c)) != std::string_view::npos; }

// Go's regexp/syntax message for an error, which patternmatcher reports inside its own.
std::string GoMessage(const re2::RE2& re) {
  switch (re.error_code()) {
    case re2::RE2::ErrorBadEscape: return "invalid escape sequence";
    case re2::RE2::ErrorBadCharClass: return "invalid character class";
    case re2::RE2::ErrorBadCharRange: return "invalid character class range";
    case re2::RE2::ErrorMissingBracket: return "missing closing ]";
    case re2::RE2::ErrorMissingParen: return "missing closing )";
    case re2::RE2::ErrorTrailingBackslash: return "trailing backslash at end of expression";
    case re2::RE2::ErrorRepeatArgument: return "missing argument to repetition operator";
    case re2::RE2::ErrorRepeatSize: return "invalid repeat count";
    case re2::RE2::ErrorRepeatOp: return "invalid nested repetition operator";
    case re2::RE2::ErrorBadPerlOp: return "invalid or unsupported Perl syntax";
    case re2::RE2::ErrorBadUTF8: return "invalid UTF-8";
    case re2::RE2::ErrorBadNamedCapture: return "invalid named capture";
    default: return re.error();
  }
}

bool ValidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;  // the usual path: ASCII
  while (i < text.size()) {
    DecodedRune rune = DecodeRune(text.substr(i));
    if (rune.rune == kRuneError && rune.size == 1) return false;
    i += rune.size;
  }
  return true;
}

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
    re2::RE2::Options options;
    options.set_log_errors(false);
    auto compiled = std::make_shared<const re2::RE2>(re, options);
    if (!compiled->ok()) {
      error = GoMessage(*compiled);
      return std::nullopt;
    }
    p.regexp_ = std::move(compiled);
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
      // Go reads each invalid UTF-8 byte as U+FFFD; so does RE2 once they are written as U+FFFD.
      if (ValidUtf8(bytes)) return re2::RE2::PartialMatch(bytes, *regexp_);
      std::string replaced;
      for (char32_t rune : path.runes()) AppendUtf8(replaced, rune);
      return re2::RE2::PartialMatch(replaced, *regexp_);
  }
  return false;
}

}  // namespace dockopt::context
