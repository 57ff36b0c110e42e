// DF104 pip-no-cache: `pip install` keeps its wheel and HTTP cache (~/.cache/pip) in the layer; add
// --no-cache-dir unless PIP_NO_CACHE_DIR is set or the RUN mounts a build cache. `uv pip install` and
// `uv sync` keep uv's (~/.cache/uv): --no-cache, unless UV_NO_CACHE is set.
#include <fmt/core.h>

#include <algorithm>
#include <cctype>

#include "shell/edit.h"
#include "shell/walk.h"
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

// uv reads UV_NO_CACHE as a boolean: only a true value turns the cache off.
bool UvCacheOff(const std::optional<std::string>& value) {
  if (!value) return false;
  if (value->find('$') != std::string::npos) return true;
  std::string lower = *value;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "1" || lower == "true" || lower == "yes" || lower == "on" || lower == "t" || lower == "y";
}

// `uv pip install ...` / `uv sync ...`: the word after which --no-cache goes, when the command keeps
// uv's cache (no --no-cache/-n, no --cache-dir, no UV_NO_CACHE on the command); npos otherwise.
size_t UvInstallWord(const shell::Command& command) {
  if (!command.simple() || command.words.empty()) return std::string::npos;
  const std::vector<shell::Word>& words = command.words;
  std::string_view program = words[0].value;
  if (program.substr(program.rfind('/') + 1) != "uv") return std::string::npos;
  for (const shell::Word& assignment : command.env)
    if (assignment.value.starts_with("UV_NO_CACHE=") && UvCacheOff(assignment.value.substr(12))) return std::string::npos;
  size_t anchor = std::string::npos;
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& w = words[i].value;
    if (w == "--no-cache" || w == "-n" || w == "--cache-dir" || w.starts_with("--cache-dir=")) return std::string::npos;
    if (anchor != std::string::npos || w.starts_with("-")) continue;
    if (w == "sync") anchor = i;
    else if (w == "pip" && i + 1 < words.size() && words[i + 1].value == "install") anchor = i + 1;
    else return std::string::npos;  // another subcommand (uv run, uv venv, uv tool ...)
  }
  return anchor;
}

void CheckUv(RuleContext& context, size_t index, const shell::Script& script) {
  if (UvCacheOff(StageVariable(context.dockerfile(), index, "UV_NO_CACHE"))) return;
  for (const shell::CommandSite& site : shell::AllCommands(script)) {
    size_t anchor = UvInstallWord(*site.command);
    if (anchor == std::string::npos) continue;
    Span word = site.command->words[anchor].span;
    context.Report(site.command->span,
                   "'uv' installs without --no-cache: uv's download and build cache (~/.cache/uv) stays in the "
                   "image layer",
                   Fix{"add --no-cache", Safety::kSafe, {Edit{Span{word.end, word.end}, " --no-cache"}}});
  }
}

void CheckRun(RuleContext& context, size_t index) {
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Instruction& run = df.instructions[index];
  if (HasCacheMount(run)) return;  // the author keeps pip's cache in a build cache mount: it is wanted
  if (DisablesCache(StageVariable(df, index, "PIP_NO_CACHE_DIR"))) {
    for (const shell::Script& script : RunScripts(context, run)) CheckUv(context, index, script);  // uv ignores it
    return;
  }
  for (const shell::Script& script : RunScripts(context, run)) {
    CheckUv(context, index, script);
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

DOCKOPT_RULE(DF104, "pip-no-cache", "pip install: --no-cache-dir (uv: --no-cache), unless the environment or a cache mount says otherwise",
             Safety::kSafe, CheckPipNoCache);

}  // namespace dockopt
