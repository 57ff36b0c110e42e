// ScriptParser: the recursive-descent reader behind ParseScript (private to shell/).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "shell/lexer.h"
#include "shell/script.h"

namespace dockopt::shell {

/// Reads POSIX sh plus the bash forms common in Dockerfiles into the command tree of `script`.
/// A compound it cannot read is re-read by matching its reserved words only and kept as one kUnparsed
/// command over that span; text that cannot be tokenized becomes a kUnparsed tail.
class ScriptParser {
 public:
  ScriptParser(Script& script, const LogicalText& logical, bool heredoc);
  void Run();
  /// Logical [begin, end) of the heredoc bodies skipped as trivia, in source order.
  const std::vector<std::pair<size_t, size_t>>& HeredocBodies() const { return lexer_.bodies(); }

 private:
  // Lists and simple commands (script_parser.cc).
  void Advance();
  bool AtWord(std::string_view raw) const;
  bool AtOp(std::string_view op) const;
  bool AtListEnd() const;
  void SkipNewlines();
  void Fail(std::string why);
  Keyword TakeKeyword();
  void TakeRedirect(Command& cmd);
  /// Reads commands into `out` up to a closing keyword or the end; false after an unreadable tail.
  bool ParseList(std::vector<Command>& out, Span& trailing_op, int depth, bool top);
  bool ParseCommand(std::vector<Command>& out, Command cmd, int depth);
  /// Pushes a kUnparsed command from logical `from` to the end of the text; returns false.
  bool Unparsed(std::vector<Command>& out, Command cmd, size_t from, std::string why);
  /// Re-reads the compound at `start` by reserved words only and pushes it as one kUnparsed command.
  bool SkipCompound(std::vector<Command>& out, Command cmd, size_t start, std::string why);

  // Compound commands (script_parser_compound.cc); each reads from its opener and returns false on a
  // syntax error, leaving the caller to fall back to SkipCompound.
  bool ParseCompound(std::vector<Command>& out, Command cmd, size_t start, int depth);
  bool ReadCompound(Command& cmd, int depth);
  bool ReadIf(Command& cmd, int depth);
  bool ReadLoop(Command& cmd, int depth);
  bool ReadFor(Command& cmd, int depth);
  /// `; do … done` after a for/select header.
  bool ReadLoopBody(Command& cmd, int depth);
  bool ReadCase(Command& cmd, int depth);
  bool ReadBlock(Command& cmd, int depth, std::string_view closer);
  bool ReadFunction(Command& cmd, int depth);
  bool ReadTest(Command& cmd);
  bool ReadArith(Command& cmd);
  /// Reads one list into a new part of `cmd` ending at the keyword `closer` (not taken); false if absent.
  bool ReadPart(Command& cmd, PartRole role, int depth, std::initializer_list<std::string_view> closers);
  Word TokenAsWord() const;

  Script& script_;
  const LogicalText& logical_;
  Lexer lexer_;
  Token tok_;
  size_t last_end_ = 0;  // logical end of the last token taken
};

/// True when `tok` opens a compound command at command position.
bool OpensCompound(const Token& tok);

}  // namespace dockopt::shell
