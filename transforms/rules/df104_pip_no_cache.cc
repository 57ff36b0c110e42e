// DF104 pip-no-cache: `pip install` keeps its wheel and HTTP cache (~/.cache/pip) in the layer; add
// --no-cache-dir unless PIP_NO_CACHE_DIR is set or the RUN mounts a build cache.
#include <fmt/core.h>

#include <algorithm>
#include <cctype>

#include "shell/edit.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

// pip reads PIP_NO_CACHE_DIR with strtobool and, for backwards compatibility, disables the cache for
// every value strtobool accepts ("0" and "false" included); an expansion may hold any of them.
bool DisablesCache(const std::optional<std::string>& value) {
  if (!value) return false;
  if (value->find('$') != std::string::npos) return true;
  std::string lower = *value;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kBooleans[] = {"y", "yes", "t", "true", "on", "1", "n", "no", "f", "false", "off", "0"};
  return std::find(std::begin(kBooleans), std::end(kBooleans), lower) != std::end(kBooleans);
}

void CheckRun(RuleContext& context, size_t index) {
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Instruction& run = df.instructions[index];
  if (HasCacheMount(run)) return;  // the author keeps pip's cache in a build cache mount: it is wanted
  if (DisablesCache(StageVariable(df, index, "PIP_NO_CACHE_DIR"))) return;
  for (const shell::Script& script : RunScripts(context, run)) {
    for (const ToolUse& use : NestedToolUses(context, script)) {
      if (!Is(use.call, "pip", "install")) continue;
      // pip takes an unambiguous prefix of a long option: `--no-cache` is --no-cache-dir.
      if (use.call.Has("no-cache-dir") || use.call.Has("no-cache") || use.call.Has("cache-dir")) continue;  // a chosen cache stays
      const shell::Command& command = *use.site.command;
      if (DisablesCache(CommandVariable(command, use.call, "PIP_NO_CACHE_DIR"))) continue;
      Edits edits = shell::AddFlag(script, use.site, "--no-cache-dir");
      std::string message = "'pip install' without --no-cache-dir keeps pip's download cache in the image layer";
      if (edits.empty()) {
        context.Report(command.span, std::move(message));
        continue;
      }
      context.Report(command.span, std::move(message), Fix{"add --no-cache-dir", Safety::kSafe, std::move(edits)});
    }
  }
}

}  // namespace

void CheckPipNoCache(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  for (size_t i = 0; i < df.instructions.size(); ++i)
    if (df.instructions[i].kind == ir::InstructionKind::kRun) CheckRun(context, i);
}

DOCKOPT_RULE(DF104, "pip-no-cache", "pip install: --no-cache-dir, unless PIP_NO_CACHE_DIR or a cache mount keeps it",
             Safety::kSafe, CheckPipNoCache);

}  // namespace dockopt
