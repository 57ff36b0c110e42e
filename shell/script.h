// Script: the command list of one shell-form RUN/CMD/ENTRYPOINT or heredoc script, with exact spans.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ir/source.h"

namespace dockopt::shell {

/// One shell word as written. `raw` has the Dockerfile continuations removed (what the shell sees);
/// `value` has quotes and backslashes removed, with `$VAR`, `$(...)` and backticks kept verbatim.
struct Word {
  Span span;               // absolute bytes, continuations inside the word included
  std::string raw;
  std::string value;
  bool literal = true;     // false when the word holds an expansion ($, backtick)
  bool quoted = false;     // true when any part of it is quoted or escaped
};

/// A redirection such as `> /dev/null`, `2>&1`, `<<EOF`.
struct Redirect {
  Span span;               // from the fd (or operator) to the end of the target
  int fd = -1;             // the explicit fd before the operator; -1 when absent
  std::string op;          // ">", ">>", "<", "<<", "<<-", "<<<", ">&", "<&", "&>", "&>>", ">|", "<>"
  Word target;
};

/// How a command is joined to the one before it.
enum class Joiner : uint8_t { kNone, kAnd, kOr, kSemicolon, kPipe, kPipeAll, kBackground, kNewline };

/// Compound constructs are kept whole: transforms never rewrite inside them.
enum class CommandKind : uint8_t {
  kSimple, kSubshell, kGroup, kIf, kFor, kWhile, kUntil, kCase, kSelect, kFunction, kTest, kUnparsed,
};

struct Command {
  CommandKind kind = CommandKind::kSimple;
  Span span;                        // the command without its joiner (opaque: the whole construct)
  Joiner joiner = Joiner::kNone;    // the operator before this command
  Span joiner_span;                 // empty for kNone and for a plain newline
  bool negated = false;             // `! cmd`
  std::vector<Word> env;            // leading NAME=value assignments
  std::vector<Word> words;          // the command name and its arguments
  std::vector<Redirect> redirects;  // in source order, wherever they appear

  bool opaque() const { return kind != CommandKind::kSimple; }
};

struct Script {
  std::string text;        // the raw source text the script was parsed from
  uint32_t base = 0;       // absolute offset of text[0]
  char escape = '\\';      // the Dockerfile escape char (always `\` for heredoc scripts)
  bool heredoc = false;    // a heredoc body: newlines separate commands, no Dockerfile continuations
  std::string newline = "\n";  // the line break the text uses
  std::vector<Command> commands;
  Span trailing_op;        // a final `;` or `&` after the last command; empty when none
  std::string error;       // why the rest was left unparsed; empty when the whole text parsed

  /// True when every command is a simple command and the whole text parsed.
  bool FullyModelled() const;
  /// The source text of an absolute span.
  std::string_view Text(Span span) const { return std::string_view(text).substr(span.begin - base, span.size()); }
  Span Whole() const { return Span{base, base + static_cast<uint32_t>(text.size())}; }
};

std::string_view JoinerText(Joiner joiner);
std::string_view CommandKindName(CommandKind kind);

}  // namespace dockopt::shell
