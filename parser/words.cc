// BuildKit's flag and word readers, reproduced rune for rune (including their quirks).
#include "parser/words.h"

#include "parser/go_text.h"

namespace dockopt {

FlagSplit ExtractBuilderFlags(std::string_view line) {
  enum Phase { kInSpaces, kInWord, kInQuote };
  FlagSplit split;
  Phase phase = kInSpaces;
  std::string word;
  size_t word_begin = 0;
  char quote = 0;
  bool blank_ok = false;
  auto push = [&](size_t end) {
    split.flags.push_back({word_begin, end, word});
  };
  for (size_t pos = 0; pos <= line.size(); ++pos) {
    unsigned char ch = pos < line.size() ? static_cast<unsigned char>(line[pos]) : 0;
    if (phase == kInSpaces) {
      if (pos == line.size()) break;
      if (go::IsSpaceByte(ch)) continue;
      if (ch != '-' || pos + 1 == line.size() || line[pos + 1] != '-') {
        split.rest_begin = pos;
        return split;
      }
      phase = kInWord;
      word_begin = pos;
    }
    if ((phase == kInWord || phase == kInQuote) && pos == line.size()) {
      if (word != "--" && (blank_ok || !word.empty())) push(pos);
      break;
    }
    if (phase == kInWord) {
      if (go::IsSpaceByte(ch)) {
        phase = kInSpaces;
        if (word == "--") {
          split.rest_begin = pos;
          return split;
        }
        if (blank_ok || !word.empty()) push(pos);
        word.clear();
        blank_ok = false;
        continue;
      }
      if (ch == '\'' || ch == '"') {
        quote = static_cast<char>(ch);
        blank_ok = true;
        phase = kInQuote;
        continue;
      }
      if (ch == '\\') {
        if (pos + 1 == line.size()) continue;
        ++pos;
        ch = static_cast<unsigned char>(line[pos]);
      }
      word += static_cast<char>(ch);
      continue;
    }
    // kInQuote
    if (ch == static_cast<unsigned char>(quote)) {
      phase = kInWord;
      continue;
    }
    if (ch == '\\') {
      if (pos + 1 == line.size()) {
        phase = kInWord;
        continue;
      }
      ++pos;
      ch = static_cast<unsigned char>(line[pos]);
    }
    word += static_cast<char>(ch);
  }
  split.rest_begin = line.size();
  return split;
}

std::vector<std::string> ParseWords(std::string_view rest, char escape) {
  enum Phase { kInSpaces, kInWord, kInQuote };
  std::vector<std::string> words;
  Phase phase = kInSpaces;
  std::string word;
  char32_t quote = 0;
  bool blank_ok = false;
  char32_t ch = 0;
  size_t width = 0;
  for (size_t pos = 0; pos <= rest.size(); pos += width) {
    if (pos != rest.size()) ch = go::DecodeRune(rest, pos, width);
    if (phase == kInSpaces) {
      if (pos == rest.size()) break;
      if (go::IsSpace(ch)) continue;
      phase = kInWord;
    }
    if ((phase == kInWord || phase == kInQuote) && pos == rest.size()) {
      if (blank_ok || !word.empty()) words.push_back(word);
      break;
    }
    if (phase == kInWord) {
      if (go::IsSpace(ch)) {
        phase = kInSpaces;
        if (blank_ok || !word.empty()) words.push_back(word);
        word.clear();
        blank_ok = false;
        continue;
      }
      if (ch == '\'' || ch == '"') {
        quote = ch;
        blank_ok = true;
        phase = kInQuote;
      }
      if (ch == static_cast<char32_t>(escape)) {
        if (pos + width == rest.size()) continue;
        go::AppendRune(word, ch);
        pos += width;
        ch = go::DecodeRune(rest, pos, width);
      }
      go::AppendRune(word, ch);
      continue;
    }
    // kInQuote
    if (ch == quote) phase = kInWord;
    if (ch == static_cast<char32_t>(escape) && quote != '\'') {
      if (pos + width == rest.size()) {
        phase = kInWord;
        continue;
      }
      pos += width;
      go::AppendRune(word, ch);
      ch = go::DecodeRune(rest, pos, width);
    }
    go::AppendRune(word, ch);
  }
  return words;
}

}  // namespace dockopt
