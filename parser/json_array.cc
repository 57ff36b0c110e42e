// Exec-form JSON: an X3 grammar for string arrays, plus an iterative validator for everything else.
#include "parser/json_array.h"

#include <boost/spirit/home/x3.hpp>
#include <vector>

#include "parser/go_text.h"

namespace dockopt {
namespace {

namespace x3 = boost::spirit::x3;
using x3::standard::char_;
using Range = boost::iterator_range<std::string_view::const_iterator>;

// The grammar recognizes; DecodeString below turns each raw string token into its value.
const auto kBlank = x3::omit[*char_(" \t\r\n")];
// Hex digits as a set, not xdigit: std::isxdigit of a (signed) byte >= 0x80 is undefined.
const auto kEscape = x3::lit('\\') >> (char_("\"\\/bfnrt") | (x3::lit('u') >> x3::repeat(4)[char_("0-9a-fA-F")]));
const auto kStringChar = kEscape | (char_ - char_('"') - char_('\\') - char_('\x00', '\x1f'));
const x3::rule<struct json_string_id, Range> json_string = "json string";
const auto json_string_def = x3::raw[x3::lit('"') >> x3::omit[*kStringChar] >> x3::lit('"')];
const x3::rule<struct string_array_id, std::vector<Range>> string_array = "json string array";
const auto string_array_def =
    kBlank >> x3::lit('[') >> kBlank >> -(json_string % (kBlank >> x3::lit(',') >> kBlank)) >> kBlank >>
    x3::lit(']') >> kBlank;
BOOST_SPIRIT_DEFINE(json_string, string_array)

unsigned Hex4(std::string_view s) {
  unsigned value = 0;
  for (char c : s.substr(0, 4)) {
    value <<= 4;
    if (c >= '0' && c <= '9') value |= static_cast<unsigned>(c - '0');
    else if (c >= 'a' && c <= 'f') value |= static_cast<unsigned>(c - 'a' + 10);
    else value |= static_cast<unsigned>(c - 'A' + 10);
  }
  return value;
}

// Decodes a raw token `"..."` already known to be well formed.
std::string DecodeString(std::string_view raw) {
  std::string_view body = raw.substr(1, raw.size() - 2);
  std::string out;
  out.reserve(body.size());
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c != '\\') {
      size_t start = i;
      while (i < body.size() && body[i] != '\\') ++i;
      out += go::ValidUtf8(body.substr(start, i - start));
      continue;
    }
    char e = body[i + 1];
    i += 2;
    switch (e) {
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        char32_t r = Hex4(body.substr(i));
        i += 4;
        if (r >= 0xD800 && r < 0xDC00 && i + 6 <= body.size() && body[i] == '\\' && body[i + 1] == 'u') {
          char32_t low = Hex4(body.substr(i + 2));
          if (low >= 0xDC00 && low < 0xE000) {
            r = 0x10000 + ((r - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
        }
        if (r >= 0xD800 && r < 0xE000) r = 0xFFFD;
        go::AppendRune(out, r);
        break;
      }
      default: out += e; break;  // " \ /
    }
  }
  return out;
}

// An iterative scanner: the nesting depth lives in a counter, never on the call stack.
class JsonValidator {
 public:
  explicit JsonValidator(std::string_view s) : s_(s) {}

  bool Valid() {
    SkipBlank();
    std::vector<char> stack;  // '[' or '{'
    for (;;) {
      // Expect a value.
      SkipBlank();
      if (pos_ >= s_.size()) return false;
      char c = s_[pos_];
      if (c == '[' || c == '{') {
        if (stack.size() >= kMaxDepth) return false;
        stack.push_back(c);
        ++pos_;
        SkipBlank();
        if (pos_ < s_.size() && s_[pos_] == (c == '[' ? ']' : '}')) {
          ++pos_;
          stack.pop_back();
        } else {
          if (c == '{' && !ObjectKey()) return false;
          continue;
        }
      } else if (!Scalar()) {
        return false;
      }
      // After a value: close containers or move to the next element.
      for (;;) {
        SkipBlank();
        if (stack.empty()) return pos_ == s_.size();
        if (pos_ >= s_.size()) return false;
        char d = s_[pos_++];
        if (d == ',') {
          if (stack.back() == '{' && !ObjectKey()) return false;
          break;
        }
        if (d != (stack.back() == '[' ? ']' : '}')) return false;
        stack.pop_back();
      }
    }
  }

 private:
  static constexpr size_t kMaxDepth = 10000;  // Go's encoding/json maxNestingDepth

  void SkipBlank() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\r' || s_[pos_] == '\n')) ++pos_;
  }
  bool ObjectKey() {
    SkipBlank();
    if (!String()) return false;
    SkipBlank();
    return pos_ < s_.size() && s_[pos_++] == ':';
  }
  bool String() {
    if (pos_ >= s_.size() || s_[pos_] != '"') return false;
    ++pos_;
    while (pos_ < s_.size()) {
      unsigned char c = static_cast<unsigned char>(s_[pos_++]);
      if (c == '"') return true;
      if (c < 0x20) return false;
      if (c == '\\') {
        if (pos_ >= s_.size()) return false;
        char e = s_[pos_++];
        if (e == 'u') {
          for (int k = 0; k < 4; ++k)
            if (pos_ >= s_.size() || !std::isxdigit(static_cast<unsigned char>(s_[pos_++]))) return false;
        } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
          return false;
        }
      }
    }
    return false;
  }
  bool Digits() {
    size_t start = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    return pos_ > start;
  }
  bool Scalar() {
    char c = s_[pos_];
    if (c == '"') return String();
    for (std::string_view word : {"true", "false", "null"}) {
      if (s_.substr(pos_, word.size()) == word) {
        pos_ += word.size();
        return true;
      }
    }
    if (c == '-') ++pos_;
    if (pos_ >= s_.size()) return false;
    if (s_[pos_] == '0') {
      ++pos_;
    } else if (!Digits()) {
      return false;
    }
    if (pos_ < s_.size() && s_[pos_] == '.') {
      ++pos_;
      if (!Digits()) return false;
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (!Digits()) return false;
    }
    return true;
  }

  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace

bool IsValidJson(std::string_view text) { return JsonValidator(text).Valid(); }

JsonArrayKind ParseJsonArray(std::string_view text, std::vector<std::string>& elements) {
  std::vector<Range> raw;
  auto first = text.begin();
  if (x3::parse(first, text.end(), string_array, raw) && first == text.end()) {
    elements.clear();
    for (const Range& r : raw) elements.push_back(DecodeString(std::string_view(&*r.begin(), r.size())));
    return JsonArrayKind::kStrings;
  }
  return IsValidJson(text) ? JsonArrayKind::kNotStrings : JsonArrayKind::kInvalid;
}

}  // namespace dockopt
