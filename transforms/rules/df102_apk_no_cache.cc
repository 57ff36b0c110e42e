// DF102 apk-no-cache: `apk add` (and an `apk upgrade` after `apk update`) with --no-cache, and the `apk update` and `rm -rf /var/cache/apk/*`
// that --no-cache makes needless dropped from the same RUN.
#include <fmt/core.h>

#include "shell/edit.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

constexpr std::string_view kApkCache = "/var/cache/apk";

// apk subcommands that read the package index; with --no-cache each fetches a fresh one.
bool ReadsIndex(const shell::ToolCall& call) {
  static constexpr std::string_view kReaders[] = {"add", "upgrade", "fix", "fetch", "search", "info", "dot",
                                                  "policy", "list", "version"};
  for (std::string_view sub : kReaders)
    if (call.subcommand == sub) return true;
  return false;
}

// True when a later RUN (this stage or one built on it) runs apk on the cached index without
// refreshing it first: it relies on the index an `apk update` here leaves behind.
bool LaterRunNeedsIndex(RuleContext& context, size_t index) {
  for (const ir::Instruction* run : RunsAfter(context.dockerfile(), index)) {
    const RuleContext::ScriptList& scripts = RunScripts(context, *run);
    if (scripts.empty()) return true;  // exec form: cannot tell
    for (const shell::Script& script : scripts) {
      bool updated = false;
      for (const ToolUse& use : NestedToolUses(context, script)) {
        if (!Is(use.call, "apk")) continue;
        if (use.call.subcommand == "update" || use.call.Has("update-cache")) updated = true;
        if (ReadsIndex(use.call) && !use.call.Has("no-cache") && !updated) return true;
      }
      if (!script.FullyModelled() && script.Text(script.Whole()).find("apk") != std::string_view::npos) return true;
    }
  }
  return false;
}

void CheckScript(RuleContext& context, size_t index, const shell::Script& script) {
  const std::vector<ToolUse>& uses = NestedToolUses(context, script);
  bool no_cache_add = false, all_no_cache = true, updated = false;
  for (const ToolUse& use : uses) {
    if (Is(use.call, "apk", "update")) updated = true;
    if (!Is(use.call, "apk") || !ReadsIndex(use.call)) continue;
    if (use.call.Has("no-cache")) {
      no_cache_add = no_cache_add || use.call.subcommand == "add" || use.call.subcommand == "upgrade";
      continue;
    }
    all_no_cache = false;
    // `apk update && apk upgrade`: with --no-cache the upgrade fetches the same fresh index and keeps
    // none. Without an update before it, an upgrade reads only the base image's (usually no) index, so
    // --no-cache would make it upgrade more: left alone.
    // A later RUN reading the index keeps the update, and then the upgrade's --no-cache would gain nothing.
    bool upgrade = use.call.subcommand == "upgrade" && (updated || use.call.Has("update-cache")) &&
                   !LaterRunNeedsIndex(context, index);
    if ((use.call.subcommand != "add" && !upgrade) || use.call.Has("cache-dir")) continue;
    const shell::Command& command = *use.site.command;
    std::string message = fmt::format("'apk {}' without --no-cache keeps the package index in the image layer",
                                      use.call.subcommand);
    Edits edits = shell::AddFlag(script, use.site, "--no-cache");
    if (edits.empty()) {
      context.Report(command.span, std::move(message));
      continue;
    }
    context.Report(command.span, std::move(message), Fix{"add --no-cache", Safety::kSafe, std::move(edits)});
  }
  // Every apk command of this script now fetches its own index: the update and the cache removal do nothing.
  if (!no_cache_add || !all_no_cache) return;
  bool updates = false;
  for (const ToolUse& use : uses) updates = updates || Is(use.call, "apk", "update");
  // Without a removal in this RUN, an `apk update` leaves an index a later RUN may be using.
  bool removes_cache = false;
  for (const ToolUse& use : uses) removes_cache = removes_cache || RemovesUnder(use.call, kApkCache);
  Safety update_safety = !removes_cache && LaterRunNeedsIndex(context, index) ? Safety::kUnsafe : Safety::kSafe;
  for (const ToolUse& use : uses) {
    const shell::Command& command = *use.site.command;
    if (Is(use.call, "apk", "update")) {
      std::string message = "'apk update' is needless: every apk command of this RUN uses --no-cache, which fetches a fresh index";
      Edits edits = shell::RemoveCommand(script, use.site);
      if (edits.empty()) {
        context.Report(command.span, std::move(message));
      } else {
        context.Report(command.span, std::move(message), Fix{"remove 'apk update'", update_safety, std::move(edits)});
      }
    } else if (RemovesUnder(use.call, kApkCache) && !updates) {
      bool only_cache = true;
      for (const shell::Operand& operand : use.call.operands)
        only_cache = only_cache && IsUnder(operand.value, kApkCache);
      std::string message = "removing /var/cache/apk is needless: 'apk add --no-cache' leaves nothing there";
      Edits edits;
      if (only_cache) {
        edits = shell::RemoveCommand(script, use.site);
      } else {
        for (const shell::Operand& operand : use.call.operands) {
          if (!IsUnder(operand.value, kApkCache)) continue;
          Edits removal = shell::RemovePackage(script, use.site, operand.value);
          if (removal.empty()) {
            edits.clear();
            break;
          }
          edits.insert(edits.end(), removal.begin(), removal.end());
        }
      }
      if (edits.empty()) {
        context.Report(command.span, std::move(message));
      } else {
        context.Report(command.span, std::move(message),
                       Fix{"remove the /var/cache/apk cleanup", Safety::kSafe, std::move(edits)});
      }
    }
  }
}

}  // namespace

void CheckApkNoCache(RuleContext& context) {
  ForEachUncachedRunScript(context, CheckScript);
}

DOCKOPT_RULE(DF102, "apk-no-cache", "apk add: --no-cache, no needless 'apk update' or /var/cache/apk cleanup",
             Safety::kSafe, CheckApkNoCache);

}  // namespace dockopt
