// Instruction scripts: the shell model of a parsed instruction's shell form and of its heredoc scripts.
#pragma once

#include <cstddef>
#include <optional>

#include "ir/dockerfile.h"
#include "ir/instruction.h"
#include "shell/script.h"

namespace dockopt::shell {

/// The shell-form arguments of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD (the `CMD` keyword skipped);
/// nullopt for exec form, other instructions, or no arguments.
std::optional<Script> ParseInstructionScript(const ir::Dockerfile& dockerfile, const ir::Instruction& instruction);

/// Heredoc `index` of a RUN read as a script: when the RUN's command is only the heredoc (`RUN <<EOF`)
/// or a bare shell reading it (`RUN bash <<EOF`); nullopt otherwise (e.g. `RUN python3 <<EOF`).
std::optional<Script> ParseHeredocOf(const ir::Dockerfile& dockerfile, const ir::Instruction& instruction,
                                     size_t index);

}  // namespace dockopt::shell
