// RegexLite: parser and position-set matcher for the glob-derived regexp subset (see regex_lite.h).
#include "context/regex_lite.h"

#include <algorithm>

#include "context/utf8.h"

namespace dockopt::context {
namespace {

using Ranges = std::vector<std::pair<char32_t, char32_t>>;

bool IsAsciiAlnum(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsWordRune(char32_t c) { return IsAsciiAlnum(c) || c == '_'; }

// Perl classes \d \s \w (ASCII, as in RE2); false if `c` names none.
bool PerlClass(char32_t c, Ranges& ranges, bool& negated) {
  negated = c == 'D' || c == 'S' || c == 'W';
  switch (c) {
    case 'd': case 'D': ranges = {{'0', '9'}}; return true;
    case 's': case 'S': ranges = {{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}}; return true;
    case 'w': case 'W': ranges = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}; return true;
    default: return false;
  }
}

// Single-rune escapes: punctuation stands for itself; \t \n \r \f \v \a are control characters.
bool EscapedRune(char32_t c, char32_t& out) {
  if (c < 0x80 && !IsAsciiAlnum(c) && c != '_') {
    out = c;
    return true;
  }
  switch (c) {
    case 't': out = '\t'; return true;
    case 'n': out = '\n'; return true;
    case 'r': out = '\r'; return true;
    case 'f': out = '\f'; return true;
    case 'v': out = '\v'; return true;
    case 'a': out = '\a'; return true;
    default: return false;
  }
}

bool PosixClass(std::u32string_view name, Ranges& ranges) {
  static const std::pair<std::u32string_view, Ranges> kTable[] = {
      {U"alnum", {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}}},
      {U"alpha", {{'A', 'Z'}, {'a', 'z'}}},
      {U"ascii", {{0, 0x7F}}},
      {U"blank", {{'\t', '\t'}, {' ', ' '}}},
      {U"cntrl", {{0, 0x1F}, {0x7F, 0x7F}}},
      {U"digit", {{'0', '9'}}},
      {U"graph", {{'!', '~'}}},
      {U"lower", {{'a', 'z'}}},
      {U"print", {{' ', '~'}}},
      {U"punct", {{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}}},
      {U"space", {{'\t', '\r'}, {' ', ' '}}},
      {U"upper", {{'A', 'Z'}}},
      {U"word", {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}},
      {U"xdigit", {{'0', '9'}, {'A', 'F'}, {'a', 'f'}}},
  };
  for (const auto& [key, value] : kTable) {
    if (key == name) {
      ranges.insert(ranges.end(), value.begin(), value.end());
      return true;
    }
  }
  return false;
}

}  // namespace

bool RegexLite::ParseClass(std::u32string_view& s, Atom& atom, std::string& error) {
  atom.kind = AtomKind::kClass;
  if (!s.empty() && s.front() == '^') {
    atom.negated = true;
    s.remove_prefix(1);
  }
  bool first = true;
  while (true) {
    if (s.empty()) {
      error = "missing closing ]";
      return false;
    }
    if (s.front() == ']' && !first) {
      s.remove_prefix(1);
      return true;
    }
    first = false;
    if (s.starts_with(U"[:")) {
      const size_t end = s.find(U":]", 2);
      if (end != std::u32string_view::npos) {
        if (!PosixClass(s.substr(2, end - 2), atom.ranges)) {
          error = "invalid character class range";
          return false;
        }
        s.remove_prefix(end + 2);
        continue;
      }
    }
    char32_t lo = s.front();
    s.remove_prefix(1);
    if (lo == '\\') {
      if (s.empty()) {
        error = "trailing backslash at end of expression";
        return false;
      }
      const char32_t c = s.front();
      s.remove_prefix(1);
      Ranges perl;
      bool perl_negated = false;
      if (PerlClass(c, perl, perl_negated)) {
        if (perl_negated) {
          error = "unsupported negated class escape inside a class";
          return false;
        }
        atom.ranges.insert(atom.ranges.end(), perl.begin(), perl.end());
        continue;
      }
      if (!EscapedRune(c, lo)) {
        error = "invalid escape sequence";
        return false;
      }
    }
    char32_t hi = lo;
    if (s.size() >= 2 && s.front() == '-' && s[1] != ']') {
      s.remove_prefix(1);
      hi = s.front();
      s.remove_prefix(1);
      if (hi == '\\') {
        if (s.empty() || !EscapedRune(s.front(), hi)) {
          error = "invalid escape sequence";
          return false;
        }
        s.remove_prefix(1);
      }
      if (hi < lo) {
        error = "invalid character class range";
        return false;
      }
    }
    atom.ranges.emplace_back(lo, hi);
  }
}

bool RegexLite::Parse(std::string_view source, std::string& error) {
  atoms_.clear();
  const std::u32string runes = DecodeUtf8(source);
  std::u32string_view s = runes;
  while (!s.empty()) {
    const char32_t c = s.front();
    s.remove_prefix(1);
    Atom atom;
    switch (c) {
      case '^': atom.kind = AtomKind::kBeginText; break;
      case '$': atom.kind = AtomKind::kEndText; break;
      case '.': atom.kind = AtomKind::kDot; break;
      case '[':
        if (!ParseClass(s, atom, error)) return false;
        break;
      case '(':
        if (!s.starts_with(U".*/)?")) {
          error = "unsupported group";
          return false;
        }
        s.remove_prefix(5);
        atom.kind = AtomKind::kOptDirs;
        break;
      case '*':
        if (atoms_.empty() || atoms_.back().star || atoms_.back().kind == AtomKind::kOptDirs ||
            atoms_.back().kind == AtomKind::kBeginText || atoms_.back().kind == AtomKind::kEndText ||
            atoms_.back().kind == AtomKind::kWordBoundary || atoms_.back().kind == AtomKind::kNotWordBoundary) {
          error = "missing argument to repetition operator";
          return false;
        }
        atoms_.back().star = true;
        continue;
      case '?': case '+': case '{': case ')': case '|':
        error = "unsupported operator";
        return false;
      case '\\': {
        if (s.empty()) {
          error = "trailing backslash at end of expression";
          return false;
        }
        const char32_t e = s.front();
        s.remove_prefix(1);
        if (e == 'A') {
          atom.kind = AtomKind::kBeginText;
        } else if (e == 'z') {
          atom.kind = AtomKind::kEndText;
        } else if (e == 'b') {
          atom.kind = AtomKind::kWordBoundary;
        } else if (e == 'B') {
          atom.kind = AtomKind::kNotWordBoundary;
        } else if (PerlClass(e, atom.ranges, atom.negated)) {
          atom.kind = AtomKind::kClass;
        } else if (EscapedRune(e, atom.rune)) {
          atom.kind = AtomKind::kRune;
        } else {
          error = "invalid escape sequence";
          return false;
        }
        break;
      }
      default:
        atom.rune = c;
        break;
    }
    atoms_.push_back(std::move(atom));
  }
  return true;
}

bool RegexLite::AtomMatchesRune(const Atom& atom, char32_t rune) {
  switch (atom.kind) {
    case AtomKind::kRune: return atom.rune == rune;
    case AtomKind::kDot: return rune != '\n';
    case AtomKind::kClass: {
      const bool in = std::any_of(atom.ranges.begin(), atom.ranges.end(),
                                  [rune](const auto& r) { return r.first <= rune && rune <= r.second; });
      return in != atom.negated;
    }
    default: return false;
  }
}

bool RegexLite::Matches(std::u32string_view text) const {
  const size_t n = text.size();
  std::vector<char> cur(n + 1, 0), next(n + 1, 0);
  cur[0] = 1;
  for (const Atom& atom : atoms_) {
    std::fill(next.begin(), next.end(), 0);
    switch (atom.kind) {
      case AtomKind::kBeginText: next[0] = cur[0]; break;
      case AtomKind::kEndText: next[n] = cur[n]; break;
      case AtomKind::kWordBoundary:
      case AtomKind::kNotWordBoundary:
        for (size_t p = 0; p <= n; ++p) {
          const bool before = p > 0 && IsWordRune(text[p - 1]);
          const bool after = p < n && IsWordRune(text[p]);
          const bool boundary = before != after;
          next[p] = cur[p] && (boundary == (atom.kind == AtomKind::kWordBoundary));
        }
        break;
      case AtomKind::kOptDirs: {
        bool active = false;  // some start position reaches here without crossing a newline
        for (size_t p = 0; p <= n; ++p) {
          if (cur[p]) next[p] = 1, active = true;
          if (p == n) break;
          if (text[p] == '\n') {
            active = false;
          } else if (text[p] == '/' && active) {
            next[p + 1] = 1;
          }
        }
        break;
      }
      default:
        if (atom.star) {
          for (size_t p = 0; p <= n; ++p)
            next[p] = cur[p] || (p > 0 && next[p - 1] && AtomMatchesRune(atom, text[p - 1]));
        } else {
          for (size_t p = 0; p < n; ++p)
            if (cur[p] && AtomMatchesRune(atom, text[p])) next[p + 1] = 1;
        }
        break;
    }
    cur.swap(next);
    if (std::find(cur.begin(), cur.end(), 1) == cur.end()) return false;
  }
  return std::find(cur.begin(), cur.end(), 1) != cur.end();
}

}  // namespace dockopt::context
