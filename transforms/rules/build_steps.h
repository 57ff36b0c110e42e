// Build steps: does a script still compile native code (and so need compilers and -dev headers)?
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ir/instruction.h"

namespace dockopt {

/// The first command in `script` (shell text; continuations already joined) that may compile native
/// code: make, gcc, cmake, ./configure, go build, cargo, pip/poetry/uv install (sdists), npm/yarn/pnpm
/// install (native addons), gem/bundle install, docker-php-ext-install, pecl... Returned as written
/// for messages ("pip install"); nullopt when none does. A pip install of wheels only does not count.
std::optional<std::string> NativeBuildStep(std::string_view script);

/// NativeBuildStep of one segment's words as CommandSegments gives them, as if joined by blanks, without
/// joining and splitting them again (DF202 asks for every segment of every RUN, every round).
std::optional<std::string> SegmentBuildStep(const std::vector<std::string>& words);

/// CommandSegments' answer, to iterate over: the memo's list when it kept one, else its own.
class Segments {
 public:
  using List = std::vector<std::vector<std::string>>;
  explicit Segments(const List* kept) : kept_(kept) {}
  explicit Segments(List own) : own_(std::move(own)) {}
  const List& list() const { return kept_ != nullptr ? *kept_ : own_; }
  List::const_iterator begin() const { return list().begin(); }
  List::const_iterator end() const { return list().end(); }

 private:
  const List* kept_ = nullptr;
  List own_;
};

/// `script` split into command segments (on && || ; | & newlines, parentheses, braces, backticks), each
/// into words (quotes, brackets and commas separate words): the word-level view NativeBuildStep reads.
/// DF201, DF301 and the start checks ask for the same RUN texts, every round: memoized per thread by
/// text, up to 256 KiB of text (TrimCommandSegmentsMemo frees it between files).
Segments CommandSegments(std::string_view script);

/// Empties CommandSegments' memo when it holds more than its bound (Optimize calls it at the start).
void TrimCommandSegmentsMemo();

/// The index of the command word of a segment: wrappers (sudo, env, exec, ...), `if`/`!` and leading
/// NAME=value assignments skipped; words.size() when there is none.
size_t CommandWord(const std::vector<std::string>& words);

/// NativeBuildStep over a RUN: its logical line (shell or exec form) and its heredoc bodies.
std::optional<std::string> NativeBuildStep(const ir::Instruction& run);

}  // namespace dockopt
