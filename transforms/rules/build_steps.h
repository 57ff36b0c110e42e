// Build steps: does a script still compile native code (and so need compilers and -dev headers)?
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/instruction.h"

namespace dockopt {

/// The first command in `script` (shell text; continuations already joined) that may compile native
/// code: make, gcc, cmake, ./configure, go build, cargo, pip/poetry/uv install (sdists), npm/yarn/pnpm
/// install (native addons), gem/bundle install, docker-php-ext-install, pecl... Returned as written
/// for messages ("pip install"); nullopt when none does. A pip install of wheels only does not count.
std::optional<std::string> NativeBuildStep(std::string_view script);

/// `script` split into command segments (on && || ; | & newlines, parentheses, braces, backticks), each
/// into words (quotes, brackets and commas separate words): the word-level view NativeBuildStep reads.
std::vector<std::vector<std::string>> CommandSegments(std::string_view script);

/// The index of the command word of a segment: wrappers (sudo, env, exec, ...), `if`/`!` and leading
/// NAME=value assignments skipped; words.size() when there is none.
size_t CommandWord(const std::vector<std::string>& words);

/// NativeBuildStep over a RUN: its logical line (shell or exec form) and its heredoc bodies.
std::optional<std::string> NativeBuildStep(const ir::Instruction& run);

}  // namespace dockopt
