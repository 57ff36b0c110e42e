// Go string semantics: rune decoding, unicode.IsSpace, strconv.Quote.
#include "parser/go_text.h"

#include <fmt/core.h>

#include <cstring>

namespace dockopt::go {

char32_t DecodeRune(std::string_view s, size_t pos, size_t& width) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = byte(pos);
  width = 1;
  if (c < 0x80) return c;
  size_t need;
  char32_t rune;
  char32_t min;
  if (c >= 0xC2 && c <= 0xDF) { need = 1; rune = c & 0x1F; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { need = 2; rune = c & 0x0F; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 3; rune = c & 0x07; min = 0x10000; }
  else return 0xFFFD;
  for (size_t i = 1; i <= need; ++i) {
    if (pos + i >= s.size()) return 0xFFFD;
    unsigned char cc = byte(pos + i);
    if ((cc & 0xC0) != 0x80) return 0xFFFD;
    rune = (rune << 6) | (cc & 0x3F);
  }
  if (rune < min || rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF)) return 0xFFFD;
  width = need + 1;
  return rune;
}

void AppendRune(std::string& out, char32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

bool IsSpace(char32_t r) {
  if (r <= 0xFF) return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
  return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F ||
         r == 0x205F || r == 0x3000;
}

size_t LeadingSpace(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {  // ASCII fast path
      if (c != ' ' && (c < '\t' || c > '\r')) break;
      ++pos;
      continue;
    }
    size_t width;
    char32_t r = DecodeRune(s, pos, width);
    if (!IsSpace(r) || (r == 0xFFFD && width == 1 && static_cast<unsigned char>(s[pos]) >= 0x80)) break;
    pos += width;
  }
  return pos;
}

std::string_view TrimSpace(std::string_view s) {
  s.remove_prefix(LeadingSpace(s));
  // Trailing: scan back over whole runes.
  size_t end = s.size();
  while (end > 0) {
    size_t start = end - 1;
    while (start > 0 && end - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    size_t width;
    char32_t r = DecodeRune(s, start, width);
    if (start + width != end) {
      // Not a whole rune ending here: look at the last byte alone.
      start = end - 1;
      r = DecodeRune(s, start, width);
      if (width != 1 || r == 0xFFFD) break;
    }
    if (!IsSpace(r)) break;
    end = start;
  }
  return s.substr(0, end);
}

namespace {

bool IsPrint(char32_t r) {
  if (r < 0x20 || r == 0x7F) return false;
  if (r < 0x7F) return true;
  if (r >= 0x80 && r <= 0xA0) return false;  // C1 controls and NBSP
  if (r == 0xAD) return false;                // soft hyphen (Cf)
  if (r == 0x1680 || (r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) ||
      (r >= 0x205F && r <= 0x206F) || r == 0x3000 || r == 0xFEFF || (r >= 0xFFF9 && r <= 0xFFFB))
    return false;
  if ((r >= 0x600 && r <= 0x605) || r == 0x61C || r == 0x6DD || r == 0x70F || r == 0x180E) return false;
  if ((r >= 0xE000 && r <= 0xF8FF) || r >= 0xF0000) return false;  // private use
  if (r == 0xFFFE || r == 0xFFFF) return false;
  return true;
}

}  // namespace

std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (size_t pos = 0; pos < s.size();) {
    size_t width;
    char32_t r = DecodeRune(s, pos, width);
    if (r == 0xFFFD && width == 1 && static_cast<unsigned char>(s[pos]) >= 0x80) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[pos]));
      pos += 1;
      continue;
    }
    pos += width;
    switch (r) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\a': out += "\\a"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\v': out += "\\v"; continue;
      default: break;
    }
    if (IsPrint(r)) {
      AppendRune(out, r);
    } else if (r < 0x20 || r == 0x7F) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(r));
    } else if (r < 0x10000) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(r));
    } else {
      out += fmt::format("\\U{:08x}", static_cast<unsigned>(r));
    }
  }
  out += '"';
  return out;
}

std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) {
    size_t width;
    char32_t r = DecodeRune(s, pos, width);
    if (r == 0xFFFD && width == 1 && static_cast<unsigned char>(s[pos]) >= 0x80) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(s.substr(pos, width));
    }
    pos += width;
  }
  return out;
}

bool IsValidUtf8(std::string_view s, size_t& bad) {
  for (size_t pos = 0; pos < s.size();) {
    if (pos + 8 <= s.size()) {  // eight ASCII bytes at a time
      uint64_t word;
      std::memcpy(&word, s.data() + pos, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        pos += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    size_t width;
    char32_t r = DecodeRune(s, pos, width);
    if (r == 0xFFFD && width == 1 && static_cast<unsigned char>(s[pos]) >= 0x80) {
      bad = pos;
      return false;
    }
    pos += width;
  }
  return true;
}

}  // namespace dockopt::go
