// Facts about RUN scripts that several rules share: which tools run, in which stage, in what order.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "ir/dockerfile.h"
#include "shell/tool_call.h"
#include "transforms/rule_context.h"

namespace dockopt {

struct ToolUse {
  size_t command;  // index into Script::commands
  shell::ToolCall call;
};

/// The recognized tool calls of a script, in order (opaque and unknown commands skipped).
/// Memoized per thread by the script's text (rules and rounds ask again for the same scripts); the
/// reference stays valid until the next `Optimize` call on this thread trims the memo.
const std::vector<ToolUse>& ToolUses(const shell::Script& script);

/// Drops the ToolUses memo when it has grown past its bound (called between files).
void TrimToolUsesMemo();

/// True when `call` is `tool` with `subcommand` ("" matches any subcommand).
bool Is(const shell::ToolCall& call, std::string_view tool, std::string_view subcommand = "");
/// apt-get or apt.
bool IsApt(const shell::ToolCall& call, std::string_view subcommand = "");

/// The shell-form RUN instructions of stage `stage`, after instruction index `after` (exclusive).
std::vector<const ir::Instruction*> RunsAfter(const ir::Dockerfile& df, size_t after);

/// True when `call` is an `rm` whose targets include one starting with `prefix`.
bool RemovesPath(const shell::ToolCall& call, std::string_view prefix);

}  // namespace dockopt
