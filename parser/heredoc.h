// Heredoc detection: which words of an instruction line start a heredoc, as BuildKit decides.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dockopt {

struct HeredocStart {
  std::string name;
  unsigned fd = 0;
  bool expand = true;
  bool chomp = false;
};

/// ParseHeredoc for one word: nullopt when the word is not a heredoc start.
/// Sets `error` (and returns nullopt) for an unbalanced quote such as `<<'EOF`.
std::optional<HeredocStart> ParseHeredocWord(std::string_view word, std::string& error);

/// heredocsFromLine: every heredoc started on a logical line, in order.
std::vector<HeredocStart> HeredocsFromLine(std::string_view line, std::string& error);

/// Shell-style word splitting as BuildKit's lexer does it with an empty environment where unset
/// variables are kept as written. `raw_quotes` keeps quote characters, `raw_escapes` keeps `\`.
/// Returns false on a lexing error (unterminated quote, bad `${`).
bool ShellWords(std::string_view text, bool raw_quotes, bool raw_escapes, std::vector<std::string>& words);

}  // namespace dockopt
