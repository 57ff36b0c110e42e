// ParseScript: shell-form text (RUN/CMD/ENTRYPOINT/HEALTHCHECK CMD or a heredoc body) -> Script.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "shell/script.h"

namespace dockopt::shell {

struct ParseOptions {
  uint32_t base = 0;     // absolute offset of the text's first byte in the file
  char escape = '\\';    // the Dockerfile's escape char: `\` or `` ` ``
  bool heredoc = false;  // the text is a heredoc body (a plain shell script)
};

/// Never fails: a compound that cannot be read becomes one kUnparsed command over its span (found by
/// matching reserved words); text that cannot be tokenized becomes a kUnparsed tail; `Script::error` says
/// why. Linear in the text size (times the nesting depth on errors); recursion is bounded by the nesting.
Script ParseScript(std::string_view raw, const ParseOptions& options);

/// A heredoc body run as a script (`RUN <<EOF`): newlines separate commands.
inline Script ParseHeredocScript(std::string_view body, uint32_t base) {
  return ParseScript(body, ParseOptions{base, '\\', true});
}

/// The `<<`/`<<-` redirects at any depth, in source order (their bodies follow in the same order).
std::vector<Redirect*> HeredocRedirects(Script& script);

/// The spans that make up the model (joiners, keywords, words, redirects, unparsed commands) in source order.
/// Between them lies trivia only: blanks, continuations, comment lines.
std::vector<Span> Atoms(const Script& script);

/// True when the atoms are ordered, disjoint and inside the text; else `why` tells where not.
bool CheckTiling(const Script& script, std::string* why);

/// Prints the model back: the atoms with the trivia between them. Unmodified, it is the input text.
std::string Print(const Script& script);

}  // namespace dockopt::shell
