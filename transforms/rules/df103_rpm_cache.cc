// DF103 rpm-cache: yum/dnf/microdnf installs with -y and their metadata and package cache cleaned
// (`<tool> clean all`) in the same layer.
#include <fmt/core.h>

#include "shell/edit.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

bool IsRpmTool(const shell::ToolCall& call) {
  return call.tool == "yum" || call.tool == "dnf" || call.tool == "microdnf";
}

// Subcommands that download metadata and packages into the cache.
bool Installs(const shell::ToolCall& call) {
  static constexpr std::string_view kInstalls[] = {"install", "groupinstall", "localinstall", "reinstall",
                                                   "update",  "upgrade",      "distro-sync",  "downgrade"};
  if (!IsRpmTool(call)) return false;
  for (std::string_view sub : kInstalls)
    if (call.subcommand == sub) return true;
  return call.subcommand == "group" && !call.operands.empty() && call.operands[0].value == "install";
}

bool Cleans(const shell::ToolCall& call) {
  if (IsRpmTool(call) && call.subcommand == "clean") {
    for (const shell::Operand& operand : call.operands)
      if (operand.value == "all") return true;
    return false;
  }
  return RemovesUnder(call, "/var/cache/yum") || RemovesUnder(call, "/var/cache/dnf");
}

bool AssumesYes(const shell::ToolCall& call) {
  if (call.Has("yes")) return true;
  for (const shell::Option& option : call.options)
    if (option.name == "setopt" && (option.value == "assumeyes=1" || option.value == "assumeyes=True")) return true;
  return false;
}

void CheckScript(RuleContext& context, const shell::Script& script, bool cache_mount) {
  const std::vector<ToolUse>& uses = NestedToolUses(context, script);
  std::optional<size_t> last_install;  // index into uses
  bool cleaned = false;
  for (size_t u = 0; u < uses.size(); ++u) {
    const shell::ToolCall& call = uses[u].call;
    if (Cleans(call) && last_install && RunsAfterUse(uses[*last_install], uses[u])) cleaned = true;
    if (!Installs(call)) continue;
    last_install = u;
    cleaned = false;
    const shell::Command& command = *uses[u].site.command;
    // microdnf never asks; older microdnf rejects -y.
    if (call.tool != "microdnf" && !AssumesYes(call)) {
      std::string message = fmt::format("'{} {}' without -y stops at the confirmation prompt in a build", call.tool,
                                        call.subcommand);
      Edits edits = shell::AddFlag(script, uses[u].site, "-y");
      if (edits.empty()) {
        context.Report(command.span, std::move(message));
      } else {
        context.Report(command.span, std::move(message), Fix{"add -y", Safety::kSafe, std::move(edits)});
      }
    }
  }
  if (!last_install || cleaned || cache_mount) return;
  const ToolUse& use = uses[*last_install];
  // Installing into another root: its cache lives there, and a plain `clean all` would not reach it.
  if (use.call.Has("installroot")) return;
  std::string clean = fmt::format("{} clean all", use.call.tool);
  std::string message = fmt::format("{} metadata and packages stay in the image layer; add '{}' to the same RUN",
                                    use.call.tool, clean);
  const shell::Command& command = *use.site.command;
  // After the compound holding a nested install: `clean all` is harmless when its branch did not run.
  std::optional<shell::CommandSite> anchor = CleanupAnchor(script, use);
  Edits edits = anchor ? shell::InsertCommandAfter(script, *anchor, clean) : Edits{};
  if (edits.empty()) {
    context.Report(command.span, std::move(message));
    return;
  }
  context.Report(command.span, std::move(message), Fix{fmt::format("add '{}'", clean), Safety::kSafe, std::move(edits)});
}

}  // namespace

void CheckRpmCache(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  for (size_t i = 0; i < df.instructions.size(); ++i) {
    const ir::Instruction& run = df.instructions[i];
    if (run.kind != ir::InstructionKind::kRun) continue;
    for (const shell::Script& script : RunScripts(context, run)) CheckScript(context, script, HasCacheMount(run));
  }
}

DOCKOPT_RULE(DF103, "rpm-cache", "yum/dnf/microdnf install: -y, and 'clean all' in the same layer",
             Safety::kSafe, CheckRpmCache);

}  // namespace dockopt
