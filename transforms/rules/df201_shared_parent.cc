// DF201: build-time packages of a shared parent stage, named rather than changed.
#include "transforms/rules/df201_shared_parent.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "analysis/packages.h"
#include "transforms/rules/df201_purge_after_build.h"
#include "transforms/rules/final_chain.h"
#include "transforms/rules/install_family.h"
#include "transforms/rules/stage_facts.h"
#include "transforms/rules/stage_split.h"

namespace dockopt {
namespace {

std::string StageLabel(const ir::Dockerfile& df, int stage) {
  const std::string& name = df.stages[static_cast<size_t>(stage)].name;
  return name.empty() ? fmt::format("{}", stage) : name;
}

}  // namespace

void ReportSharedParentBuildPackages(RuleContext& context, const std::vector<int>& chain,
                                     const analysis::OsRelease& image_os) {
  const ir::Dockerfile& df = context.dockerfile();
  if (chain.empty()) return;
  for (int parent = df.FindStage(df.stages[static_cast<size_t>(chain.front())].base); parent >= 0;
       parent = df.FindStage(df.stages[static_cast<size_t>(parent)].base)) {
    const int other = StageUsingOutside(df, parent, chain);
    if (other < 0) continue;
    for (size_t i : df.stages[static_cast<size_t>(parent)].instructions) {
      const ir::Instruction& run = df.instructions[i];
      if (run.kind != ir::InstructionKind::kRun) continue;
      std::vector<std::string> found, runtime;
      for (const shell::Script& script : context.RunScriptsOf(run))
        for (const ToolUse& use : ToolUses(script)) {
          const analysis::Distro family = InstallFamily(use.call);
          if (family == analysis::Distro::kUnknown) continue;
          const std::optional<analysis::OsRelease> release = ReleaseFor(family, image_os);
          if (!release) continue;
          const analysis::OsRelease& os = *release;
          for (const shell::Operand& o : use.call.packages()) {
            if (KeptInFinalStage(o.name) || analysis::IsJdkPackage(o.name, os.distro)) continue;
            std::vector<std::string> twins = analysis::RuntimePackagesFor(o.name, os);
            if (!analysis::IsBuildTool(o.name, os.distro) && twins.empty()) continue;
            if (std::find(found.begin(), found.end(), o.name) == found.end()) found.push_back(o.name);
            if (analysis::RuntimeNamesKnown(o.name, os))
              for (std::string& twin : twins)
                if (std::find(runtime.begin(), runtime.end(), twin) == runtime.end()) runtime.push_back(std::move(twin));
          }
        }
      if (found.empty()) continue;
      const std::string label = StageLabel(df, parent);
      context.Report(run.keyword,
                     fmt::format("build-time {} {} {} installed in stage '{}', which the final image builds on, so {} "
                                 "in it; stage '{}' builds on '{}' too and may build with {}, so dockopt leaves it as "
                                 "it is: install {} in the stages that build{} (not applied)",
                                 found.size() == 1 ? "package" : "packages", split::QuoteList(found),
                                 found.size() == 1 ? "is" : "are", label, found.size() == 1 ? "it stays" : "they stay",
                                 StageLabel(df, other), label, found.size() == 1 ? "it" : "them",
                                 found.size() == 1 ? "it" : "them",
                                 runtime.empty() ? ""
                                                 : fmt::format(", and only the runtime {} {} in '{}'",
                                                               runtime.size() == 1 ? "library" : "libraries",
                                                               split::QuoteList(runtime), label)));
    }
  }
}

}  // namespace dockopt
