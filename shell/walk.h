// Walk: every command nested anywhere in a script's tree, with when it runs (branch, loop, function).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "shell/script.h"
#include "shell/tool_call.h"

namespace dockopt::shell {

/// When a command runs, relative to the script running from start to end.
struct RunContext {
  bool conditional = false;  // may not run: an if/elif branch, an elif condition, a case arm, the right of `||`,
                             // a loop body that may run zero times, a function body
  bool in_loop = false;      // may run more than once (loop body or while/until condition)
  bool in_function = false;  // a function body: runs only where the function is called
  bool in_subshell = false;  // `( )`, a pipeline member or a background job: its cd/export do not last
  bool in_pipeline = false;  // reads or feeds a pipe

  /// Runs exactly once whenever the script runs to its end.
  bool always() const { return !conditional && !in_loop && !in_function; }
};

/// Where a command sits in the tree.
struct CommandSite {
  const Command* command = nullptr;
  const std::vector<Command>* list = nullptr;  // the list holding it (Script::commands or a Part's)
  size_t index = 0;                            // its index in `list`
  const Command* parent = nullptr;             // the innermost compound around it; nullptr at top level
  size_t part = 0;                             // the index of the part of `parent` holding `list`
  size_t top = 0;                              // the index in Script::commands of the top-level command holding it
  size_t depth = 0;                            // 0 at top level
  RunContext context;

  bool nested() const { return parent != nullptr; }
};

/// Every command at any depth, compounds included, in source order (a compound before its parts).
std::vector<CommandSite> AllCommands(const Script& script);

/// Every simple command at any depth, in source order.
std::vector<CommandSite> SimpleCommands(const Script& script);

/// A simple command with a recognized tool.
struct SiteToolCall {
  CommandSite site;
  ToolCall call;
};

/// The recognized tool calls of every simple command at any depth, in source order.
std::vector<SiteToolCall> RecognizeAll(const Script& script);

/// True when `nested` is in `list` or anywhere below it.
bool ListHolds(const std::vector<Command>& list, const Command& nested);

/// The index of the part of `compound` that holds `nested` (a command anywhere below it); -1 when none.
int PartHolding(const Command& compound, const Command& nested);

}  // namespace dockopt::shell
