// Heredoc detection: BuildKit's word lexer (empty environment) plus its `^(\d*)<<(-?)([^<]*)$` test.
#include "parser/heredoc.h"

#include <boost/spirit/home/x3.hpp>
#include <fmt/core.h>

#include "parser/go_text.h"

namespace dockopt {
namespace {

namespace x3 = boost::spirit::x3;

// The words BuildKit's lexer builds: spaces split only characters that came from unquoted text.
class WordBuilder {
 public:
  void AddChar(char32_t ch) {
    if (go::IsSpace(ch)) {
      if (in_word_ && !word_.empty()) {
        words_.push_back(std::move(word_));
        word_.clear();
        in_word_ = false;
      }
    } else {
      AddRawChar(ch);
    }
  }
  void AddRawChar(char32_t ch) {
    go::AppendRune(word_, ch);
    in_word_ = true;
  }
  void AddString(std::string_view s) {
    for (size_t pos = 0, width = 0; pos < s.size(); pos += width) AddChar(go::DecodeRune(s, pos, width));
  }
  void AddRawString(std::string_view s) {
    word_ += s;
    in_word_ = true;
  }
  std::vector<std::string> Finish() {
    if (!word_.empty()) words_.push_back(std::move(word_));
    return std::move(words_);
  }

 private:
  std::string word_;
  std::vector<std::string> words_;
  bool in_word_ = false;
};

class Lexer {
 public:
  Lexer(std::string_view text, bool raw_quotes, bool raw_escapes)
      : text_(text), raw_quotes_(raw_quotes), raw_escapes_(raw_escapes) {}

  bool Run(std::vector<std::string>& words) {
    WordBuilder builder;
    while (!AtEnd()) {
      char32_t ch = Peek();
      if (ch == '\'' || ch == '"') {
        std::string part;
        if (!(ch == '\'' ? SingleQuote(part) : DoubleQuote(part))) return false;
        builder.AddRawString(part);
      } else if (ch == '$') {
        std::string part;
        if (!Dollar(part)) return false;
        builder.AddString(part);
      } else {
        ch = Next();
        if (ch == '\\') {
          if (raw_escapes_) builder.AddRawChar(ch);
          if (AtEnd()) break;
          builder.AddRawChar(Next());
        } else {
          builder.AddChar(ch);
        }
      }
    }
    words = builder.Finish();
    return true;
  }

 private:
  bool AtEnd() const { return pos_ >= text_.size(); }
  char32_t Peek() const {
    size_t width;
    return go::DecodeRune(text_, pos_, width);
  }
  char32_t Next() {
    size_t width;
    char32_t r = go::DecodeRune(text_, pos_, width);
    pos_ += width;
    return r;
  }

  bool SingleQuote(std::string& out) {
    char32_t open = Next();
    if (raw_quotes_) go::AppendRune(out, open);
    for (;;) {
      if (AtEnd()) return false;
      char32_t ch = Next();
      if (ch == '\'') {
        if (raw_quotes_) go::AppendRune(out, ch);
        return true;
      }
      go::AppendRune(out, ch);
    }
  }

  bool DoubleQuote(std::string& out) {
    char32_t open = Next();
    if (raw_quotes_) go::AppendRune(out, open);
    for (;;) {
      if (AtEnd()) return false;
      char32_t ch = Peek();
      if (ch == '"') {
        Next();
        if (raw_quotes_) go::AppendRune(out, ch);
        return true;
      }
      if (ch == '$') {
        if (!Dollar(out)) return false;
        continue;
      }
      ch = Next();
      if (ch == '\\') {
        if (raw_escapes_) go::AppendRune(out, ch);
        if (AtEnd()) continue;
        char32_t next = Peek();
        if (next == '"' || next == '$' || next == '\\') ch = Next();
      }
      go::AppendRune(out, ch);
    }
  }

  // With an empty environment and unset variables kept, `$name` and `${name}` stay as written.
  bool Dollar(std::string& out) {
    size_t start = pos_;
    Next();  // '$'
    if (AtEnd() || Peek() != '{') {
      size_t name_start = pos_;
      ReadName();
      out.append(text_.substr(start, pos_ - start));
      (void)name_start;
      return true;
    }
    Next();  // '{'
    if (AtEnd()) return false;
    char32_t ch = Peek();
    if (ch == '{' || ch == '}' || ch == ':') return false;
    // Keep everything up to the matching '}' verbatim.
    int depth = 1;
    while (!AtEnd()) {
      ch = Next();
      if (ch == '{') ++depth;
      if (ch == '}' && --depth == 0) {
        out.append(text_.substr(start, pos_ - start));
        return true;
      }
    }
    return false;
  }

  void ReadName() {
    if (AtEnd()) return;
    char32_t ch = Peek();
    if (ch >= '0' && ch <= '9') {
      while (!AtEnd() && Peek() >= '0' && Peek() <= '9') Next();
      return;
    }
    if (std::u32string_view(U"*#@?-$!").find(ch) != std::u32string_view::npos) {
      Next();
      return;
    }
    while (!AtEnd()) {
      ch = Peek();
      bool name_char = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                       ch == '_' || (ch >= 0x80 && !go::IsSpace(ch) && ch != 0xFFFD);
      if (!name_char) break;
      Next();
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
  bool raw_quotes_;
  bool raw_escapes_;
};

// `^(\d*)<<(-?)\s*([^<]*)$` as an X3 grammar.
struct Marker {
  std::string digits;
  bool chomp = false;
  std::string rest;
};

bool MatchMarker(std::string_view word, Marker& marker) {
  auto first = word.begin();
  auto set_digits = [&](auto& ctx) { marker.digits = std::string(x3::_attr(ctx).begin(), x3::_attr(ctx).end()); };
  auto set_chomp = [&](auto&) { marker.chomp = true; };
  auto set_rest = [&](auto& ctx) { marker.rest = std::string(x3::_attr(ctx).begin(), x3::_attr(ctx).end()); };
  // Explicit sets, not standard::digit/space: those call std::isdigit on a (signed) char, which is
  // undefined for bytes >= 0x80 (Spirit asserts in debug builds; the fuzzer found it).
  const auto digit = x3::standard::char_('0', '9');
  const auto space = x3::standard::char_(" \t\n\v\f\r");
  const auto grammar = x3::raw[*digit][set_digits] >> x3::lit("<<") >> -x3::lit('-')[set_chomp] >>
                       x3::omit[*space] >> x3::raw[*(x3::standard::char_ - '<')][set_rest] >> x3::eoi;
  return x3::parse(first, word.end(), grammar);
}

size_t CountQuotes(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += c == '\'' || c == '"';
  return n;
}

}  // namespace

bool ShellWords(std::string_view text, bool raw_quotes, bool raw_escapes, std::vector<std::string>& words) {
  return Lexer(text, raw_quotes, raw_escapes).Run(words);
}

std::optional<HeredocStart> ParseHeredocWord(std::string_view word, std::string& error) {
  Marker marker;
  if (!MatchMarker(word, marker) || marker.rest.empty()) return std::nullopt;
  std::vector<std::string> words;
  if (!ShellWords(marker.rest, false, false, words)) {
    error = fmt::format("unterminated quote in heredoc delimiter '{}'", marker.rest);
    return std::nullopt;
  }
  if (words.size() != 1) return std::nullopt;
  std::vector<std::string> raw_words;
  if (!ShellWords(marker.rest, true, false, raw_words) || raw_words.size() != 1) {
    error = fmt::format("internal lexing of heredoc produced inconsistent results: {}", marker.rest);
    return std::nullopt;
  }
  HeredocStart start;
  start.name = words[0];
  start.fd = marker.digits.empty() ? 0 : static_cast<unsigned>(std::stoul(marker.digits.substr(0, 9)));
  start.chomp = marker.chomp;
  start.expand = CountQuotes(words[0]) == CountQuotes(raw_words[0]);
  return start;
}

std::vector<HeredocStart> HeredocsFromLine(std::string_view line, std::string& error) {
  std::vector<std::string> words;
  std::vector<HeredocStart> heredocs;
  if (!ShellWords(line, true, true, words)) return heredocs;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string word = words[i];
    // A bare `<<` or `<<-` takes the next word as its delimiter: `<<- EOF`, `<<  EOF`.
    Marker marker;
    if (i + 1 < words.size() && MatchMarker(word, marker) && marker.rest.empty()) word += " " + words[++i];
    auto heredoc = ParseHeredocWord(word, error);
    if (!error.empty()) return {};
    if (heredoc) heredocs.push_back(std::move(*heredoc));
  }
  return heredocs;
}

}  // namespace dockopt
