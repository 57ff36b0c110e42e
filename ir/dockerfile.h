// Dockerfile: directives, global ARGs and stages over one SourceBuffer.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "ir/diagnostic.h"
#include "ir/instruction.h"
#include "ir/source.h"
#include "ir/text_arena.h"

namespace dockopt::ir {

/// A parser directive line at the top of the file: `# syntax=...`, `# escape=...`, `# check=...`.
struct Directive {
  std::string name;   // lower case: "syntax", "escape", "check"
  std::string value;  // trimmed
  Span span;          // the whole line, line break included
};

struct Stage {
  std::string name;           // as written after AS (case kept); "" when unnamed
  std::string base;           // the image reference as written (may hold ${ARG}s)
  size_t from = 0;            // index of its FROM in Dockerfile::instructions
  std::vector<size_t> instructions;  // indexes into Dockerfile::instructions, FROM first
  // Subsets of `instructions`, in order, so what is in effect at an instruction is found without a
  // walk over every instruction before it (that walk per RUN was quadratic on large files).
  std::vector<size_t> shells;    // SHELL instructions
  std::vector<size_t> workdirs;  // WORKDIR instructions
  /// Variable name -> the ENV and ARG instructions that give it a value (`ENV name value`, `ENV name=value`,
  /// `ARG name=value`; not `ARG name`).
  std::map<std::string, std::vector<size_t>, std::less<>> assignments;
};

/// One piece of the file in source order. The pieces tile the file after the BOM:
/// emitting them in order reproduces the input byte for byte.
struct Piece {
  enum class Kind : uint8_t { kDirective, kTrivia, kInstruction };
  Kind kind;
  uint32_t index;  // into directives, trivia or instructions (spans are 32-bit offsets too)
  Span span;
};

struct Dockerfile {
  const SourceBuffer* source = nullptr;  // outlives the Dockerfile
  char escape = '\\';                    // `\` or `` ` `` from `# escape=`
  std::vector<Directive> directives;
  std::vector<Trivia> trivia;            // blank and comment lines between instructions
  std::vector<Instruction> instructions; // in source order
  std::vector<size_t> meta_args;         // ARGs before the first FROM
  std::vector<Stage> stages;
  std::vector<Piece> pieces;
  Diagnostics warnings;                  // e.g. empty continuation lines
  /// Logical lines that are not contiguous in the source (continuations joined); instructions view
  /// them. Its blocks never move, also when the Dockerfile itself is moved.
  TextArena owned_text;

  std::string_view Text(Span span) const { return source->Slice(span); }
  /// The stage named `name` (case-insensitive, as BuildKit compares), or -1.
  int FindStage(std::string_view name) const;
};

}  // namespace dockopt::ir
