// DF202 multi-stage-split: a final stage that keeps compilers or a toolchain image becomes a builder
// and a production stage planned from the flow model (split_plan.cc): the runtime base of the same
// release, the runtime packages, and a copy of exactly what the runtime needs.
#include <fmt/core.h>

#include <algorithm>
#include <memory>

#include "analysis/base_images.h"
#include "shell/recognize.h"
#include "transforms/rules/base_image.h"
#include "transforms/rules/df202_asset_toolchain.h"
#include "transforms/rules/df202_builder_dev_dependencies.h"
#include "transforms/rules/df202_global_build_cli.h"
#include "transforms/rules/df202_planners.h"
#include "transforms/rules/df203_slim_base.h"
#include "transforms/rules/final_chain.h"
#include "transforms/rule.h"
#include "transforms/rules/split_chain.h"
#include "transforms/rules/split_dev_run.h"
#include "transforms/rules/split_narrow.h"
#include "transforms/rules/split_plan.h"

namespace dockopt {
namespace {

constexpr std::string_view kTitle = "split into a builder and a production stage";

// The python planner keeps the context COPYs in production and installs with --prefix: still the
// better rewrite for a slim python image with apt build tools (the seed), so it goes first there.
std::optional<split::Outcome> PythonOnSlimImage(RuleContext& context, const ir::Stage& stage) {
  if (context.dockerfile().stages.size() != 1) return std::nullopt;
  // The image with the ARG defaults before the first FROM filled in (`python:${PYTHON_VERSION}-slim`).
  ImageRef image = BaseImageOf(context.dockerfile(), 0);
  if (!image.known) return std::nullopt;
  std::optional<analysis::BaseImageFacts> facts =
      analysis::LookupBaseImage(image.tag.empty() ? image.name : image.name + ":" + image.tag);
  if (!facts || facts->toolchain) return std::nullopt;
  std::optional<split::Outcome> outcome = split::PlanPython(context, stage);
  if (!outcome || !outcome->blocker.empty()) return std::nullopt;
  return outcome;
}

// A registry mirror of an official toolchain image (`registry.example.com/mirror/eclipse-temurin:17`): the
// same name and tag on Docker Hub is a JDK or a full image whose runtime twin the table knows. The mirror
// may hold other tags, or other content (PlayEdu's mirrored temurin also has nginx), so only a suggestion
// names the twin; "" when the image is no such mirror, or the stage builds or runs a tool the twin lacks.
std::string MirroredToolchain(const ImageRef& ref, const analysis::StageFlow& flow) {
  const size_t slash = ref.name.find('/');
  if (!ref.known || slash == std::string::npos) return "";
  const std::string_view host = std::string_view(ref.name).substr(0, slash);
  // The first component is a registry host ("registry.cn-hangzhou.aliyuncs.com", "harbor:5000"), and
  // not Docker Hub's own name, which the table reads already.
  if ((host.find('.') == std::string_view::npos && host.find(':') == std::string_view::npos && host != "localhost") ||
      host == "docker.io" || host == "index.docker.io" || host == "registry-1.docker.io")
    return "";
  const std::string reference = ref.Reference();
  if (analysis::LookupBaseImage(reference)) return "";  // an image the table names itself (mcr, gcr, quay)
  const std::string official = ref.tag.empty() ? std::string(ref.Short()) : fmt::format("{}:{}", ref.Short(), ref.tag);
  std::optional<analysis::BaseImageFacts> facts = analysis::LookupBaseImage(official);
  if (!facts || !facts->toolchain || facts->slim_variant.empty()) return "";
  auto lacked = [&](std::string_view word) {
    std::string_view tool = shell::CanonicalTool(word);
    return std::find(facts->slim_lacks_tools.begin(), facts->slim_lacks_tools.end(), tool) != facts->slim_lacks_tools.end();
  };
  // A stage that builds (`make build-local` running go) uses the toolchain: the twin would not do.
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands)
      if (command.effect.kind == analysis::EffectKind::kBuild || lacked(command.text.substr(0, command.text.find(' '))))
        return "";
  for (const std::string& word : flow.runtime.argv)
    if (lacked(word)) return "";
  return fmt::format("the base image '{}' is a mirror of '{}', a toolchain image whose runtime is '{}': use that "
                     "variant from the mirror if it holds one (not rewritten: dockopt cannot tell what a mirror holds)",
                     reference, official, facts->slim_variant);
}

// A JDK image the table knows with no JRE twin (`maven:3.6.3`, whose tag names no JDK; `amazoncorretto:17`,
// published without a JRE): the JDK stays, and the user knows which Java the application needs. "" for
// every other image, and for a JDK whose JRE the planner swapped in.
std::string JdkWithoutKnownJre(const std::string& image) {
  std::optional<analysis::BaseImageFacts> facts = analysis::LookupBaseImage(image);
  if (!facts || !facts->toolchain || !facts->slim_variant.empty()) return "";
  if (std::find(facts->slim_lacks_tools.begin(), facts->slim_lacks_tools.end(), "javac") == facts->slim_lacks_tools.end())
    return "";
  return fmt::format("the JDK image '{}' stays in the final image: build in a builder stage and run the application "
                     "on a JRE of the Java version it needs (not rewritten: dockopt knows no JRE image that matches "
                     "'{}')", image, image);
}

// Whether DF201 has a rewrite of its own this round (the rules run in ID order, so it ran already).
bool DevToRuntimeFixesThisRound(RuleContext& context) {
  for (const Finding& finding : context.findings())
    if (finding.rule_id == "DF201" && finding.fix && !finding.fix->edits.empty()) return true;
  return false;
}

// No command of the stage installs dependencies, builds, compiles or does what the model does not know.
bool BuildsNothing(const analysis::StageFlow& flow) {
  return std::none_of(flow.instructions.begin(), flow.instructions.end(), [](const analysis::InstructionFlow& inst) {
    return inst.unknown || std::any_of(inst.commands.begin(), inst.commands.end(), [](const analysis::CommandFlow& c) {
             const analysis::EffectKind kind = c.effect.kind;
             return c.effect.compiles || kind == analysis::EffectKind::kDeps || kind == analysis::EffectKind::kBuild ||
                    kind == analysis::EffectKind::kUnknown;
           });
  });
}

}  // namespace

void CheckMultiStageSplit(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  if (df.stages.empty()) return;
  const ir::Stage& stage = df.stages.back();
  Span where = df.instructions[stage.from].span;
  // A node builder's devDependencies copied whole into the final stage: reported on the COPY, whatever
  // the final stage itself keeps.
  BuilderDevDependenciesCopied(context);
  GlobalBuildCliInFinal(context);
  if (std::optional<split::Outcome> python = PythonOnSlimImage(context, stage)) {
    context.Report(where,
                   fmt::format("build tools {} stay in the final image: build in a builder stage, copy only the results",
                               split::QuoteList(python->tools)),
                   Fix{std::string(kTitle), Safety::kUnsafe, std::move(python->edits), /*isolated=*/true});
    return;
  }
  // A final stage FROM an earlier stage is planned over the chain (that stage's instructions first);
  // the earlier stages stay as they are and the final stage, on top of them, becomes the builder.
  std::optional<ir::Stage> chain = split::ChainStage(df, stage);
  const ir::Stage& planned = chain ? *chain : stage;
  const int final_stage = static_cast<int>(df.stages.size() - 1);
  // The final stage's model is shared with DF201 and DF301 (built once a round); a chain's is DF202's own.
  std::shared_ptr<const analysis::StageFlow> flow =
      chain ? std::make_shared<const analysis::StageFlow>(split::StageFlowOf(context, final_stage, &*chain))
            : split::SharedStageFlowOf(context, final_stage);
  std::optional<split::SplitPlan> plan = split::PlanSplit(context, planned, *flow);
  // A command that runs `go run` (`cargo run`) is planned as the stage that compiles it in the builder.
  std::optional<split::DevRunSplit> dev_run = plan && !plan->blocker.empty() ? split::PlanDevRunSplit(context, stage) : std::nullopt;
  if (dev_run && dev_run->plan) {
    plan = std::move(dev_run->plan);
  } else if (dev_run) {
    plan->blocker = fmt::format("the container's command runs '{}', and {}", dev_run->tool, dev_run->blocker);
    dev_run.reset();
  }
  if (!plan) {
    if (std::string mirror = MirroredToolchain(BaseImageOf(df, final_stage), *flow); !mirror.empty())
      context.Report(where, mirror);
    else if (!chain)
      if (std::optional<std::string> advice = AssetToolchainKept(context, *flow)) context.Report(where, std::move(*advice));
    split::NarrowWholeStageCopies(context);
    return;
  }
  // Production on the same image with no build package to leave out gains nothing (a toolchain image
  // with no slimmer variant, e.g. php:X-cli, after its split): nothing to report, and no re-split.
  if (plan->blocker.empty() && plan->production_base == planned.base && plan->tools.empty() && plan->builder_finish.empty()) {
    if (std::string jdk = plan->toolchain_image.empty() ? "" : JdkWithoutKnownJre(plan->toolchain_image); !jdk.empty())
      context.Report(where, jdk);
    else if (!chain)
      if (std::optional<std::string> advice = AssetToolchainKept(context, *flow)) context.Report(where, std::move(*advice));
    return;
  }
  std::string kept = plan->toolchain_image.empty() && plan->tools.empty()
                         ? fmt::format("the devDependencies of the {} build",
                                       plan->node_build_manager.empty() ? "npm" : plan->node_build_manager)
                     : plan->toolchain_image.empty() ? "build tools " + split::QuoteList(plan->tools)
                     : plan->tools.empty() ? fmt::format("the toolchain image '{}'", plan->toolchain_image)
                     : fmt::format("the toolchain image '{}' and build tools {}", plan->toolchain_image,
                                   split::QuoteList(plan->tools));
  kept += plan->tools.size() + (plan->toolchain_image.empty() ? 0 : 1) == 1 ? " stays in the final image"
                                                                            : " stay in the final image";
  if (!plan->blocker.empty()) {
    context.Report(where, fmt::format("{}; split the build into a builder stage (not rewritten: {})", kept, plan->blocker));
    return;
  }
  // The final stage already takes its build from a builder, and DF201 (which runs first) swaps its -dev
  // packages for runtime libraries in place this round: a split would only add a stage that builds nothing.
  if (plan->toolchain_image.empty() && ChainCopiesFromBuilder(df, final_stage) && DevToRuntimeFixesThisRound(context))
    return;
  // Only the toolchain image stays, and the stage builds and installs nothing of its own (it copies a
  // builder's output, installs system packages, configures): DF203 (which runs next) swaps the base for
  // its slim or runtime variant in place, where a split would add a stage that only copies.
  if (!chain && plan->tools.empty() && !plan->toolchain_image.empty() && BuildsNothing(*flow) && context.options().Runs("DF203"))
    if (std::optional<SlimBaseOutcome> swap = PlanSlimBase(context); swap && swap->fix) return;
  std::string builder = split::FreeBuilderName(df, stage);
  std::string base_note = plan->base_note;
  if (dev_run) base_note = dev_run->note + (base_note.empty() ? "" : "; " + base_note);
  // Node that only built the assets is a runtime package of production still: whether the application
  // runs node is not in the file, so it is said, not dropped.
  if (std::optional<AssetToolchain> node = chain ? std::nullopt : NodeOnlyForAssets(context, *flow)) {
    std::erase_if(node->packages, [&](const std::string& p) { return std::find(plan->packages.begin(), plan->packages.end(), p) == plan->packages.end(); });
    if (!node->packages.empty())
      base_note += fmt::format("{}production keeps {}, which only the build ran ('{}' in the {}): leave {} out if "
                               "the application never runs node",
                               base_note.empty() ? "" : "; ", split::QuoteList(node->packages), node->build,
                               node->build_at, node->packages.size() == 1 ? "it" : "them");
  }
  std::string note = base_note.empty() ? "" : fmt::format(" ({})", base_note);
  context.Report(where,
                 fmt::format("{}: build in a builder stage, copy only what the runtime needs into '{}'{}", kept,
                             plan->production_base, note),
                 Fix{std::string(kTitle), Safety::kUnsafe,
                     dev_run ? std::move(dev_run->edits) : split::SplitEdits(context, planned, *plan, builder),
                     /*isolated=*/true});
}

DOCKOPT_RULE(DF202, "multi-stage-split",
             "a final stage that keeps a toolchain splits into a builder and a production stage planned from the "
             "flow model", Safety::kUnsafe, CheckMultiStageSplit);

}  // namespace dockopt
