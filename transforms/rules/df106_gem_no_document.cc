// DF106 gem-no-document: `gem install` builds ri/rdoc documentation into the image; add --no-document.
#include <fmt/core.h>

#include "shell/edit.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

// The official ruby images write `install: --no-document` to /usr/local/etc/gemrc, and so does a RUN
// writing a gemrc: documentation is already off.
bool DocumentationOff(RuleContext& context, size_t index) {
  const ir::Dockerfile& df = context.dockerfile();
  std::vector<int> chain = StageChain(df, index);
  if (chain.empty()) return false;
  std::string_view base = df.stages[static_cast<size_t>(chain.back())].base;
  for (std::string_view prefix : {"docker.io/library/", "library/", "docker.io/"})
    if (base.starts_with(prefix)) base.remove_prefix(prefix.size());
  if (base == "ruby" || base.starts_with("ruby:") || base.starts_with("ruby@")) return true;
  for (int stage : chain) {
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      if (i > index) break;
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kRun) continue;
      for (const shell::Script& script : RunScripts(context, inst))
        if (script.Text(script.Whole()).find("gemrc") != std::string_view::npos) return true;
    }
  }
  return false;
}

void CheckRun(RuleContext& context, size_t index) {
  const ir::Instruction& run = context.dockerfile().instructions[index];
  const RuleContext::ScriptList& scripts = RunScripts(context, run);
  bool off = false, checked = false;
  for (const shell::Script& script : scripts) {
    for (const ToolUse& use : NestedToolUses(context, script)) {
      if (!Is(use.call, "gem", "install")) continue;
      // --no-document (-N), a chosen --document, or the pre-3.0 --no-rdoc/--no-ri pair.
      if (use.call.Has("no-document") || use.call.Has("document") || use.call.Has("no-rdoc") ||
          use.call.Has("no-ri") || use.call.Has("rdoc") || use.call.Has("ri"))
        continue;
      if (!checked) {
        off = DocumentationOff(context, index);
        checked = true;
      }
      if (off) return;
      const shell::Command& command = *use.site.command;
      std::string message = "'gem install' without --no-document also builds ri and rdoc documentation";
      Edits edits = shell::AddFlag(script, use.site, "--no-document");
      if (edits.empty()) {
        context.Report(command.span, std::move(message));
        continue;
      }
      context.Report(command.span, std::move(message), Fix{"add --no-document", Safety::kSafe, std::move(edits)});
    }
  }
}

}  // namespace

void CheckGemNoDocument(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  for (size_t i = 0; i < df.instructions.size(); ++i)
    if (df.instructions[i].kind == ir::InstructionKind::kRun) CheckRun(context, i);
}

DOCKOPT_RULE(DF106, "gem-no-document", "gem install: --no-document",
             Safety::kSafe, CheckGemNoDocument);

}  // namespace dockopt
