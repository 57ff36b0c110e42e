// DF202 multi-stage-split: a single stage that builds with compilers becomes a builder and a slim production stage.
#include <fmt/core.h>

#include "transforms/rules/df202_planners.h"
#include "transforms/rules/rules.h"

namespace dockopt {
namespace {

constexpr std::string_view kTitle = "split into a builder and a production stage";

// Already multi-stage: only a final stage that still installs compilers is worth a note.
void CheckFinalStage(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Stage& last = df.stages.back();
  std::vector<std::string> tools = split::BuildPackages(context, last);
  if (tools.empty()) return;
  std::string name = last.name.empty() ? last.base : last.name;
  context.Report(df.instructions[last.from].span,
                 fmt::format("the final stage '{}' installs build tools {}: build in an earlier stage and copy "
                             "only the results into it",
                             name, split::QuoteList(tools)));
}

}  // namespace

void CheckMultiStageSplit(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  if (df.stages.empty()) return;
  if (df.stages.size() > 1) {
    CheckFinalStage(context);
    return;
  }
  const ir::Stage& stage = df.stages.front();
  std::optional<split::Outcome> outcome = split::PlanGo(context, stage);
  if (!outcome) outcome = split::PlanNode(context, stage);
  if (!outcome) outcome = split::PlanPython(context, stage);
  if (!outcome) outcome = split::PlanMake(context, stage);
  if (!outcome) {
    std::vector<std::string> tools = split::BuildPackages(context, stage);
    if (tools.empty()) return;
    outcome = split::Outcome{tools, "no build step dockopt can split ('pip install', 'go build', 'make', "
                                    "'npm run build') was found", {}};
  }
  Span where = df.instructions[stage.from].span;
  std::string kept = outcome->tools.empty() ? fmt::format("the '{}' toolchain stays", stage.base)
                                            : fmt::format("build tools {} stay", split::QuoteList(outcome->tools));
  if (!outcome->blocker.empty()) {
    context.Report(where, fmt::format("{} in the final image; split the build into a builder stage "
                                      "(not rewritten: {})",
                                      kept, outcome->blocker));
    return;
  }
  context.Report(where,
                 fmt::format("{} in the final image: build in a builder stage, copy only the results", kept),
                 Fix{std::string(kTitle), Safety::kUnsafe, std::move(outcome->edits), /*isolated=*/true});
}

}  // namespace dockopt
