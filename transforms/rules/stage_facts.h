// Facts about RUN scripts that several rules share: which tools run, in which stage, in what order.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "ir/dockerfile.h"
#include "shell/tool_call.h"
#include "shell/walk.h"
#include "transforms/rule_context.h"

namespace dockopt {

struct ToolUse {
  size_t command;  // index into Script::commands (for a nested call: of the top-level compound holding it)
  shell::ToolCall call;
  shell::CommandSite site = {};  // the simple command itself, wherever it is, and when it runs (NestedToolUses only)
};

/// The recognized tool calls of a script's top-level simple commands, in order (compounds and unknown
/// commands skipped). Their `site` is empty: NestedToolUses gives sites.
/// Memoized per thread by the script's text (rules and rounds ask again for the same scripts); the
/// reference stays valid until the next `Optimize` call on this thread trims the memo.
const std::vector<ToolUse>& ToolUses(const shell::Script& script);

/// Drops the ToolUses memo when it has grown past its bound (called between files).
void TrimToolUsesMemo();

/// The recognized tool calls at any depth (inside if/for/case/functions too), in source order.
std::vector<ToolUse> NestedToolUses(const shell::Script& script);
/// The same, kept by `context` for the scripts it handed out (ScriptOf, RunScriptsOf) until the round ends.
const std::vector<ToolUse>& NestedToolUses(RuleContext& context, const shell::Script& script);

/// True when `cleanup` runs after `use` whenever `use` ran: later in the source, and in the same list,
/// a list enclosing it, or a place that always runs.
bool RunsAfterUse(const ToolUse& use, const ToolUse& cleanup);

/// Where a cleanup for `use` goes so it runs after it: right after it at top level, or after the top-level
/// compound that holds it (the cleanup must then be harmless when the branch did not run). nullopt inside a
/// function body, which runs where the function is called.
std::optional<shell::CommandSite> CleanupAnchor(const shell::Script& script, const ToolUse& use);

/// True when `call` is `tool` with `subcommand` ("" matches any subcommand).
bool Is(const shell::ToolCall& call, std::string_view tool, std::string_view subcommand = "");
/// apt-get or apt.
bool IsApt(const shell::ToolCall& call, std::string_view subcommand = "");

/// The shell-form RUN instructions of stage `stage`, after instruction index `after` (exclusive).
std::vector<const ir::Instruction*> RunsAfter(const ir::Dockerfile& df, size_t after);

/// True when `call` is an `rm` whose targets include one starting with `prefix`.
bool RemovesPath(const shell::ToolCall& call, std::string_view prefix);

}  // namespace dockopt
