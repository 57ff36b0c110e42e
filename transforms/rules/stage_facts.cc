// Shared facts about RUN scripts.
#include "transforms/rules/stage_facts.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "shell/edit.h"
#include "shell/recognize.h"
#include "shell/walk.h"
#include "transforms/shrink_to_fit.h"

namespace dockopt {
namespace {

constexpr size_t kMemoBound = 4096;  // scripts; a few MB at most

// Script text -> its tool uses. The commands (and so the calls) depend only on the text, the escape
// character and whether it is a heredoc body; spans, which do depend on the offset, are not in ToolCall.
// Node-based, so references handed out survive later inserts.
std::unordered_map<std::string, std::vector<ToolUse>>& Memo() {
  thread_local std::unordered_map<std::string, std::vector<ToolUse>> memo;
  return memo;
}

std::string KeyOf(const shell::Script& script) {
  std::string key;
  key.reserve(script.text.size() + 2);
  key += script.heredoc ? 'h' : 's';
  key += script.escape;
  key += script.text;
  return key;
}

// Script text -> its recognized simple commands at any depth, each by its index in SimpleCommands' order
// (the sites point into a script, so they are found again by that index in the script asked about). Kept
// up to a bound of text: on a large file the calls of every RUN would outweigh the file.
struct KeptCall {
  size_t site;       // index in SimpleCommands' order
  size_t top;        // the site's index in Script::commands
  bool nested;       // inside a compound: not one of ToolUses' top-level calls
  shell::ToolCall call;
};
struct NestedMemo {
  std::unordered_map<std::string, std::vector<KeptCall>> kept;
  size_t text_bytes = 0;
};
constexpr size_t kNestedMemoTextBytes = 256 << 10;  // ~10x that in calls

NestedMemo& Nested() {
  thread_local NestedMemo memo;
  return memo;
}

}  // namespace

const std::vector<ToolUse>& ToolUses(const shell::Script& script) {
  std::string key = KeyOf(script);
  auto [it, inserted] = Memo().try_emplace(key);
  if (!inserted) return it->second;
  std::vector<ToolUse>& uses = it->second;
  // The top-level calls among those NestedToolUses kept for the same text (DF101 asks for those first):
  // the same Recognize of the same commands, not done twice.
  if (auto nested = Nested().kept.find(key); nested != Nested().kept.end()) {
    for (const KeptCall& kept : nested->second)
      if (!kept.nested) uses.push_back({kept.top, kept.call});
    return uses;
  }
  for (size_t i = 0; i < script.commands.size(); ++i) {
    if (script.commands[i].opaque()) continue;
    // No site: the memo outlives `script`, and a site points into it (NestedToolUses gives sites).
    if (auto call = shell::Recognize(script.commands[i])) uses.push_back({i, std::move(*call)});
  }
  return uses;
}

void TrimToolUsesMemo() {
  if (Memo().size() > kMemoBound) Memo().clear();
  if (NestedMemo& nested = Nested(); nested.text_bytes > kNestedMemoTextBytes / 2) {
    nested.kept.clear();
    nested.text_bytes = 0;
  }
}

std::vector<ToolUse> NestedToolUses(const shell::Script& script) {
  std::vector<ToolUse> uses;
  NestedMemo& memo = Nested();
  if (memo.text_bytes + script.text.size() > kNestedMemoTextBytes) {  // full: recognize without keeping
    for (shell::SiteToolCall& found : shell::RecognizeAll(script))
      uses.push_back({found.site.top, std::move(found.call), found.site});
    return uses;
  }
  // RecognizeAll's walk and order, with the calls kept by text (rounds ask again for the same scripts).
  const std::vector<shell::CommandSite> sites = shell::SimpleCommands(script);
  auto [it, inserted] = memo.kept.try_emplace(KeyOf(script));
  if (inserted) {
    memo.text_bytes += script.text.size();
    for (size_t i = 0; i < sites.size(); ++i)
      if (std::optional<shell::ToolCall> call = shell::Recognize(*sites[i].command))
        it->second.push_back({i, sites[i].top, sites[i].nested(), std::move(*call)});
  }
  uses.reserve(it->second.size());
  for (const KeptCall& kept : it->second) uses.push_back({sites[kept.site].top, kept.call, sites[kept.site]});
  return uses;
}

const std::vector<ToolUse>& NestedToolUses(RuleContext& context, const shell::Script& script) {
  bool filled = false;
  std::vector<ToolUse>& uses = context.NestedUsesSlot(script, filled);
  if (!filled) {
    uses = NestedToolUses(script);
    ShrinkToFit(uses);  // kept for the round
  }
  return uses;
}

bool RunsAfterUse(const ToolUse& use, const ToolUse& cleanup) {
  if (cleanup.site.command == nullptr || use.site.command == nullptr) return false;
  if (cleanup.site.command->span.begin < use.site.command->span.end) return false;
  return cleanup.site.context.always() || shell::ListHolds(*cleanup.site.list, *use.site.command);
}

std::optional<shell::CommandSite> CleanupAnchor(const shell::Script& script, const ToolUse& use) {
  if (use.site.command == nullptr || use.site.context.in_function) return std::nullopt;
  if (!use.site.nested()) return use.site;
  return shell::TopLevelSite(script, use.site.top);
}

bool Is(const shell::ToolCall& call, std::string_view tool, std::string_view subcommand) {
  return call.tool == tool && (subcommand.empty() || call.subcommand == subcommand);
}

bool IsApt(const shell::ToolCall& call, std::string_view subcommand) {
  return Is(call, "apt-get", subcommand) || Is(call, "apt", subcommand);
}

std::vector<const ir::Instruction*> RunsAfter(const ir::Dockerfile& df, size_t after) {
  std::vector<const ir::Instruction*> out;
  const ir::Instruction& from = df.instructions[after];
  if (from.stage < 0) return out;
  // This stage, and every later stage built FROM it by name.
  std::vector<int> stages = {from.stage};
  const std::string& name = df.stages[static_cast<size_t>(from.stage)].name;
  for (size_t s = static_cast<size_t>(from.stage) + 1; s < df.stages.size(); ++s) {
    if (!name.empty() && df.FindStage(df.stages[s].base) == from.stage) stages.push_back(static_cast<int>(s));
  }
  for (size_t i = after + 1; i < df.instructions.size(); ++i) {
    const ir::Instruction& inst = df.instructions[i];
    if (inst.kind != ir::InstructionKind::kRun) continue;
    for (int s : stages)
      if (inst.stage == s) out.push_back(&inst);
  }
  return out;
}

bool RemovesPath(const shell::ToolCall& call, std::string_view prefix) {
  if (call.tool != "rm") return false;
  for (const shell::Operand& operand : call.operands)
    if (operand.value.starts_with(prefix)) return true;
  return false;
}

}  // namespace dockopt
