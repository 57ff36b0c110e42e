// Script: the command tree of one shell-form RUN/CMD/ENTRYPOINT or heredoc script, with exact spans.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ir/compact_list.h"
#include "ir/source.h"

namespace dockopt::shell {

/// One shell word as written. `raw()` has the Dockerfile continuations removed (what the shell sees);
/// `value` has quotes and backslashes removed, with `$VAR`, `$(...)` and backticks kept verbatim.
struct Word {
  Span span;               // absolute bytes, continuations inside the word included
  std::string value;
  bool literal = true;     // false when the word holds an expansion ($, backtick)
  bool quoted = false;     // true when any part of it is quoted or escaped

  Word() = default;
  Word(const Word& other) : span(other.span), value(other.value), literal(other.literal), quoted(other.quoted),
                            raw_(other.raw_ ? std::make_unique<std::string>(*other.raw_) : nullptr) {}
  Word(Word&&) noexcept = default;
  Word& operator=(const Word& other) { return *this = Word(other); }
  Word& operator=(Word&&) noexcept = default;

  const std::string& raw() const { return raw_ ? *raw_ : value; }
  /// Sets raw (after `value`): kept apart only when it differs. Most words are plain, and a second
  /// copy of each was a sixth of the shell models on a large file.
  void set_raw(std::string_view raw) {
    if (raw == value) raw_.reset();
    else raw_ = std::make_unique<std::string>(raw);
  }

 private:
  std::unique_ptr<std::string> raw_;  // nullptr: the same as value (a word is 56 bytes, not 80)
};

/// A redirection such as `> /dev/null`, `2>&1`, `<<EOF`.
struct Redirect {
  Span span;               // from the fd (or operator) to the end of the target
  int fd = -1;             // the explicit fd before the operator; -1 when absent
  std::string op;          // ">", ">>", "<", "<<", "<<-", "<<<", ">&", "<&", "&>", "&>>", ">|", "<>"
  Word target;
  /// `<<`/`<<-`: the body lines (terminator excluded) when known: in a heredoc script they follow the
  /// line; in a shell-form RUN they are the instruction's heredoc `heredoc` (set by ParseInstructionScript).
  Span body;
  int heredoc = -1;
};

/// How a command is joined to the one before it.
enum class Joiner : uint8_t { kNone, kAnd, kOr, kSemicolon, kPipe, kPipeAll, kBackground, kNewline };

/// kSimple is a tool call; the compound kinds hold their nested lists in `parts`; kTest (`[[ ]]`) and
/// kArith (`(( ))`) are modelled as words; kUnparsed is text the parser could not read.
enum class CommandKind : uint8_t {
  kSimple, kSubshell, kGroup, kIf, kFor, kWhile, kUntil, kCase, kSelect, kFunction, kTest, kArith, kUnparsed,
};

/// What a nested command list is to its compound, which decides when it runs.
enum class PartRole : uint8_t {
  kBody,       // `( )`, `{ }`: runs when the compound runs
  kCondition,  // `if`/`elif`/`while`/`until` condition list
  kThen,       // the list after `then` (of `if` or of an `elif`)
  kElse,       // the list after `else`
  kLoopBody,   // `do … done` of for/while/until/select
  kArm,        // one `case` arm: `patterns` then the list
  kFunctionBody,  // the compound command a function definition runs when called
};

/// A reserved word or operator of a compound (`if`, `then`, `;;`, `(`, `}`), owned for printing and edits.
struct Keyword {
  Span span;
  std::string text;
};

struct Part;

// The three one-byte fields come first and share one word with padding: 80 bytes instead of 88, and a
// large file holds a Command per simple command of every RUN.
struct Command {
  CommandKind kind = CommandKind::kSimple;
  Joiner joiner = Joiner::kNone;    // the operator before this command
  bool negated = false;             // `! cmd`
  Span span;                        // the command without its joiner (compound: the whole construct)
  Span joiner_span;                 // empty for kNone and for a plain newline
  CompactList<Word> env;           // leading NAME=value assignments
  /// Simple: the command name and its arguments. for/select: the variable then the items; case: the
  /// subject; function: the name; `[[ ]]`: the words between the brackets.
  std::vector<Word> words;
  CompactList<Redirect> redirects;  // in source order, wherever they appear (compound: after its closer)
  CompactList<Keyword> keywords;   // compound: its reserved words and operators, in source order
  CompactList<Part> parts;         // compound: its nested command lists, in source order

  bool simple() const { return kind == CommandKind::kSimple; }
  /// Not a simple command: its words are not a tool call (the nested parts are read through walk.h).
  bool opaque() const { return kind != CommandKind::kSimple; }
  bool unparsed() const { return kind == CommandKind::kUnparsed; }
  bool compound() const { return !parts.empty(); }
};

/// A command list nested in a compound: an `if` condition or branch, a loop body, a case arm.
struct Part {
  PartRole role = PartRole::kBody;
  CompactList<Word> patterns;      // kArm: the patterns before `)`
  std::vector<Command> commands;
  Span trailing_op;                 // a `;`/`&` ending the list before the next keyword; empty when none
};

struct Script {
  std::string text;        // the raw source text the script was parsed from
  uint32_t base = 0;       // absolute offset of text[0]
  char escape = '\\';      // the Dockerfile escape char (always `\` for heredoc scripts)
  bool heredoc = false;    // a heredoc body: newlines separate commands, no Dockerfile continuations
  std::string newline = "\n";  // the line break the text uses
  std::vector<Command> commands;  // the top-level list; compounds hold their nested lists
  Span trailing_op;        // a final `;` or `&` after the last command; empty when none
  std::string error;       // why some text was left unparsed (the first reason); empty when all parsed

  /// True when the whole text parsed: no kUnparsed command at any depth.
  bool FullyModelled() const;
  /// The source text of an absolute span.
  std::string_view Text(Span span) const { return std::string_view(text).substr(span.begin - base, span.size()); }
  Span Whole() const { return Span{base, base + static_cast<uint32_t>(text.size())}; }
};

/// True when `command` or anything nested in it is kUnparsed.
bool HasUnparsed(const Command& command);

std::string_view JoinerText(Joiner joiner);
std::string_view CommandKindName(CommandKind kind);
std::string_view PartRoleName(PartRole role);

}  // namespace dockopt::shell
