// Instruction: one Dockerfile instruction with the exact source spans of its parts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ir/compact_list.h"
#include "ir/shared_list.h"
#include "ir/source.h"

namespace dockopt::ir {

enum class InstructionKind : uint8_t {
  kFrom, kRun, kCmd, kEntrypoint, kShell, kLabel, kEnv, kArg, kCopy, kAdd, kExpose,
  kUser, kWorkdir, kVolume, kStopsignal, kHealthcheck, kOnbuild, kMaintainer, kUnknown,
};

/// "FROM", "RUN", ... (upper case); "" for kUnknown.
std::string_view KindName(InstructionKind kind);
/// Maps a keyword in any case to its kind; kUnknown if it is none.
InstructionKind KindFromKeyword(std::string_view keyword);

/// A blank or comment line, kept so the file can be reproduced byte for byte.
struct Trivia {
  enum class Kind : uint8_t { kBlank, kComment };
  Kind kind = Kind::kBlank;
  Span span;  // the whole physical line, line break included
};

/// A builder flag such as `--from=builder` or `--link`, read as BuildKit reads it.
struct Flag {
  Span span;          // the flag word as written (quotes and escapes included)
  std::string word;   // BuildKit's reading of the word: quotes removed, `\x` -> `x`
  std::string name;   // the part between `--` and `=`: "from", "mount", "link"
  std::string value;  // the part after the first `=`; empty when there is none
  bool has_value = false;
};

/// A heredoc attached to RUN, COPY or ADD (or ONBUILD wrapping one of them).
struct Heredoc {
  std::string name;     // the delimiter with quotes removed: "EOF"
  uint32_t fd = 0;      // 3 for `3<<EOF`; 0 when absent
  bool expand = true;   // false when any part of the delimiter is quoted
  bool chomp = false;   // `<<-`: leading tabs are stripped from body lines
  Span body;            // the raw body lines, line breaks included, terminator excluded
  Span terminator;      // the terminator line, line break included
  std::string content;  // the body exactly as BuildKit's Heredoc.Content holds it
};

enum class ArgumentForm : uint8_t { kNone, kShell, kExec };

struct Instruction {
  // Scalars first, then views, then vectors: no padding between them (an instruction of a large
  // file is mostly this struct). Lists that are empty in most instructions are CompactLists (8 bytes).
  InstructionKind kind = InstructionKind::kUnknown;
  ArgumentForm form = ArgumentForm::kNone;  // for RUN/CMD/ENTRYPOINT/SHELL/COPY/ADD/VOLUME (and HEALTHCHECK CMD)
  Span span;           // every physical line of the instruction (heredoc bodies included), line breaks included
  Span keyword;        // the keyword as written: "run", "FROM"
  Span args;           // source text from the first argument byte to the last one (may hold continuations
                       // and comment lines); empty when there are no arguments
  Span leading_comments;                     // the comment lines directly above (no blank line between); may be empty
  uint32_t start_line = 0;                   // 1-based, as BuildKit counts
  uint32_t end_line = 0;
  int stage = -1;                            // index into Dockerfile::stages; -1 for ARGs before the first FROM
  /// BuildKit's logical line: continuations joined, inner comments and blank lines dropped. A view into
  /// the source when the line is contiguous there, else into Dockerfile::owned_text.
  std::string_view logical;
  std::string_view rest;  // the logical line after keyword and flags, trimmed: what BuildKit's line parser reads
  CompactList<Flag> flags;
  // The argument lists are SharedLists: instructions with the same arguments share one copy (the
  // parser interns them; a large file repeats its instructions), and exec_args shares node_args' items.
  SharedList<std::string> exec_args;       // the JSON array elements when form == kExec
  /// The argument nodes exactly as BuildKit's parser builds them (what `--dump=buildkit` prints).
  SharedList<std::string> node_args;
  CompactList<Heredoc> heredocs;
  CompactList<Trivia> inner_trivia;         // comment and blank lines inside a continued instruction
  CompactList<Instruction> onbuild;         // ONBUILD's inner instruction (exactly one), else empty

  bool is_exec() const { return form == ArgumentForm::kExec; }
  bool is_shell() const { return form == ArgumentForm::kShell; }
  /// The flag named `name` (lowercase, no dashes), or nullptr.
  const Flag* FindFlag(std::string_view name) const;
  /// Span covering the leading comments (if any) and the instruction: the unit that moves.
  Span MoveSpan() const { return leading_comments.empty() ? span : Span{leading_comments.begin, span.end}; }
};

}  // namespace dockopt::ir
