// Lexer: raw instruction text -> the logical text the shell sees, then words, operators and redirects.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shell/script.h"

namespace dockopt::shell {

/// The text after BuildKit's line joining, each byte mapped back to its absolute source offset.
struct LogicalText {
  std::string text;
  std::vector<uint32_t> origin;  // origin[i] = absolute offset of text[i]; one extra entry = end offset

  /// Absolute span of logical bytes [begin, end).
  Span ToSpan(size_t begin, size_t end) const;
};

/// Joins continuation lines (escape + blanks + newline), dropping comment and blank lines that follow
/// a continuation, as BuildKit does. With `heredoc`, the text is kept as it is.
LogicalText MakeLogical(std::string_view raw, uint32_t base, char escape, bool heredoc);

enum class TokenKind : uint8_t { kWord, kOperator, kRedirect, kNewline, kComment, kEnd, kError };

struct Token {
  TokenKind kind = TokenKind::kEnd;
  size_t begin = 0;  // logical offsets
  size_t end = 0;
  std::string op;    // operator or redirect operator text
  int fd = -1;       // redirect fd
  Word word;         // for kWord (span and texts filled)
};

/// Splits logical text into tokens, one at a time, in linear time.
class Lexer {
 public:
  explicit Lexer(const LogicalText& logical) : logical_(logical) {}
  Token Next();
  /// Why the last kError token was produced.
  const std::string& error() const { return error_; }
  /// Lexes again from logical offset `pos` (after a failed parse), forgetting heredoc bodies from there on.
  void Reset(size_t pos);
  /// With `heredoc_bodies`, a `<<WORD` redirect makes the lines after the next newline its body (a heredoc
  /// script); the bodies are skipped as trivia and listed here in order: logical [begin, end).
  void ReadHeredocBodies() { heredoc_bodies_ = true; }
  const std::vector<std::pair<size_t, size_t>>& bodies() const { return bodies_; }

 private:
  Token ScanWord(size_t start);
  /// End of a `$(`, `${`, backtick or quote construct opened at `pos`; npos when unterminated.
  size_t SkipNested(size_t pos, char closer) const;

  /// Skips the bodies of the heredocs opened on the line that just ended at pos_.
  void SkipPendingBodies();

  struct PendingBody {
    std::string delimiter;
    bool strip_tabs = false;
    size_t at = 0;  // logical offset of the redirect
  };

  const LogicalText& logical_;
  size_t pos_ = 0;
  std::string error_;
  bool heredoc_bodies_ = false;
  std::vector<PendingBody> pending_;
  std::vector<std::pair<size_t, size_t>> bodies_;
};

bool IsAssignmentWord(const Word& word);

}  // namespace dockopt::shell
