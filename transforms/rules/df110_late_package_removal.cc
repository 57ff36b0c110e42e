// DF110: packages installed by one RUN and removed by a later one stay in the first RUN's layer.
#include "transforms/rules/df110_late_package_removal.h"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "transforms/rules/base_image.h"
#include "transforms/rules/df301_root_daemons.h"
#include "transforms/rules/stage_facts.h"
#include "transforms/rules/stage_split.h"

namespace dockopt {
namespace {

bool IsPackageRemoval(const shell::ToolCall& call) {
  return ((call.tool == "apt-get" || call.tool == "apt" || call.tool == "aptitude") &&
          (call.subcommand == "purge" || call.subcommand == "remove")) ||
         (call.tool == "apk" && call.subcommand == "del") ||
         ((call.tool == "yum" || call.tool == "dnf" || call.tool == "microdnf") &&
          (call.subcommand == "remove" || call.subcommand == "erase")) ||
         (call.tool == "zypper" && (call.subcommand == "remove" || call.subcommand == "rm"));
}

// A cheap test of the text before any script is read: some RUN of the stage may remove packages.
bool MayRemovePackages(const ir::Dockerfile& df, const ir::Stage& stage) {
  return std::any_of(stage.instructions.begin(), stage.instructions.end(), [&](size_t i) {
    const ir::Instruction& inst = df.instructions[i];
    if (inst.kind != ir::InstructionKind::kRun) return false;
    const std::string_view text = inst.logical;
    if (text.find("purge") != std::string_view::npos) return true;
    for (std::string_view phrase : {"remove", "apk del", "erase", "zypper rm"})
      if (text.find(phrase) != std::string_view::npos) return true;
    return !inst.heredocs.empty();  // their bodies are not in `logical`
  });
}

}  // namespace

void CheckLatePackageRemoval(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  const int final_stage = FinalStage(df);
  if (final_stage < 0 || !MayRemovePackages(df, df.stages[final_stage])) return;
  // Package (or apk --virtual group), as written -> the instruction whose RUN installed it last.
  std::map<std::string, size_t, std::less<>> installed_by;
  for (size_t index : df.stages[final_stage].instructions) {
    const ir::Instruction& run = df.instructions[index];
    if (run.kind != ir::InstructionKind::kRun) continue;
    std::vector<std::string> late;  // removed here, installed by an earlier RUN
    size_t earlier = 0;
    for (const shell::Script& script : context.RunScriptsOf(run)) {
      for (const ToolUse& use : NestedToolUses(context, script)) {
        if (IsSystemInstall(use.call)) {
          for (const shell::Operand& o : use.call.packages()) installed_by[o.name] = index;
          if (const shell::Option* group = use.call.Find("virtual"); group && use.call.tool == "apk")
            installed_by[group->value] = index;
          continue;
        }
        if (!IsPackageRemoval(use.call)) continue;
        for (const shell::Operand& o : use.call.packages()) {
          auto found = installed_by.find(o.name);
          if (found == installed_by.end()) continue;
          if (found->second != index && std::find(late.begin(), late.end(), o.name) == late.end()) {
            late.push_back(o.name);
            earlier = found->second;
          }
          installed_by.erase(found);
        }
      }
    }
    if (late.empty()) continue;
    const char* them = late.size() == 1 ? "it" : "them";
    context.Report(run.keyword,
                   fmt::format("{} {} installed by the {} and removed by this later RUN: a later layer only hides {}, "
                               "so the bytes stay in the image; install, use and remove {} in one RUN, or build in a "
                               "builder stage (see DF202)",
                               split::QuoteList(late), late.size() == 1 ? "is" : "are", split::At(df.instructions[earlier]),
                               them, them));
  }
}

}  // namespace dockopt
