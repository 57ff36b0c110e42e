// DF202 for Node: `npm run build` into an evident output dir -> builder + node slim production.
#include <fmt/core.h>

#include <algorithm>

#include "shell/edit.h"
#include "transforms/rules/df202_planners.h"
#include "transforms/rules/layer_facts.h"
#include "transforms/rules/package_facts.h"

namespace dockopt::split {
namespace {

constexpr std::string_view kOutputDirs[] = {"dist", "build"};
constexpr std::string_view kManifests[] = {"package.json", "package-lock.json", "npm-shrinkwrap.json", "package*.json",
                                           ".npmrc"};
// Tools a RUN after the build may use in the production stage.
const std::vector<std::string_view> kAfterTools = {"npm", "rm", "chown", "chmod", "mkdir"};

bool IsManifestCopy(const ir::Instruction& copy) {
  if (copy.kind != ir::InstructionKind::kCopy || copy.FindFlag("from") != nullptr) return false;
  std::vector<std::string> sources = CopySources(copy);
  if (sources.empty()) return false;
  for (const std::string& source : sources) {
    std::string_view name = source;
    if (name.starts_with("./")) name.remove_prefix(2);
    if (std::find(std::begin(kManifests), std::end(kManifests), name) == std::end(kManifests)) return false;
  }
  return true;
}

// The output dir of the build: the dir of the file `node` runs from CMD/ENTRYPOINT, when it is dist/ or build/.
std::string OutputDir(const ir::Dockerfile& df, const ir::Stage& stage) {
  std::optional<size_t> runs;
  for (size_t index : stage.instructions) {
    ir::InstructionKind kind = df.instructions[index].kind;
    if (kind == ir::InstructionKind::kCmd || kind == ir::InstructionKind::kEntrypoint) runs = index;
  }
  if (!runs) return "";
  const ir::Instruction& inst = df.instructions[*runs];
  std::vector<std::string> words = inst.is_exec() ? inst.exec_args : std::vector<std::string>{};
  if (inst.is_shell()) {
    std::string_view rest = inst.rest;
    while (!rest.empty()) {
      size_t space = rest.find(' ');
      if (space != 0) words.emplace_back(rest.substr(0, space));
      if (space == std::string_view::npos) break;
      rest.remove_prefix(space + 1);
    }
  }
  if (words.size() < 2 || words[0] != "node") return "";
  auto script = std::find_if(words.begin() + 1, words.end(), [](const std::string& w) { return !w.starts_with("-"); });
  if (script == words.end()) return "";
  std::string_view path = *script;
  if (path.starts_with("./")) path.remove_prefix(2);
  std::optional<std::string> cwd = WorkdirAt(df, *runs);
  for (std::string_view dir : kOutputDirs)
    if (cwd && !cwd->empty() && path.starts_with(std::string(dir) + "/")) return ResolvePath(*cwd, dir);
  return "";
}

std::string SlimTag(std::string_view base) {
  std::string tag = ImageTag(base);
  if (tag.find("slim") != std::string::npos) return std::string(base);
  std::string image(base.substr(0, base.size() - (base.ends_with(":" + tag) ? tag.size() + 1 : 0)));
  return image + ":" + (tag == "latest" ? "slim" : tag + "-slim");
}

}  // namespace

std::optional<Outcome> PlanNode(RuleContext& context, const ir::Stage& stage) {
  const ir::Dockerfile& df = context.dockerfile();
  if (ImageName(stage.base) != "node") return std::nullopt;
  std::optional<size_t> build, install;
  size_t install_command = 0;
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (inst.kind != ir::InstructionKind::kRun) continue;
    const shell::Script* script = context.ScriptOf(inst);
    if (script == nullptr) continue;
    for (const ToolUse& use : ToolUses(*script)) {
      if (Is(use.call, "npm", "run") && !use.call.operands.empty() && use.call.operands[0].value == "build") build = index;
      if ((Is(use.call, "npm", "ci") || Is(use.call, "npm", "install")) && use.call.operands.empty() && !build) {
        install = index;
        install_command = use.command;
      }
    }
  }
  if (!build) return std::nullopt;
  Outcome outcome;
  auto block = [&](std::string why) {
    if (outcome.blocker.empty()) outcome.blocker = std::move(why);
  };
  std::string tag = ImageTag(stage.base);
  if (tag.empty() || tag.find("alpine") != std::string::npos)
    block(fmt::format("no slim variant of '{}' is known", stage.base));
  if (!install) block("no 'npm ci' or 'npm install' runs before 'npm run build'");
  std::string out = OutputDir(df, stage);
  if (out.empty()) block("the build output directory is not evident: CMD does not run 'node dist/...' or 'node build/...'");
  if (!outcome.blocker.empty()) return outcome;

  const shell::Script* install_script = context.ScriptOf(df.instructions[*install]);
  bool same_run = *install == *build;
  bool has_manifest_copy = false;
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (index < *install && IsManifestCopy(inst)) has_manifest_copy = true;
    if (inst.kind == ir::InstructionKind::kOnbuild) block(fmt::format("the ONBUILD at line {} cannot be split", inst.start_line));
    if (inst.kind != ir::InstructionKind::kRun || index == *install || index == *build) continue;
    if (index < *build) {
      block(fmt::format("the {} before the build may install what the production stage needs", At(inst)));
    } else if (std::string problem = PrepareProblem(context, inst, kAfterTools); !problem.empty()) {
      block(fmt::format("the {} after 'npm run build' may need the builder's files", At(inst)));
    }
  }
  if (!install_script->FullyModelled()) block(fmt::format("dockopt cannot read the {}", At(df.instructions[*install])));
  size_t expected_commands = same_run ? 2 : 1;
  if (install_script->commands.size() != expected_commands)
    block(fmt::format("the {} does more than install the dependencies", At(df.instructions[*install])));
  if (!same_run) {
    const shell::Script* build_script = context.ScriptOf(df.instructions[*build]);
    if (build_script->commands.size() != 1) block(fmt::format("the {} does more than build", At(df.instructions[*build])));
  }
  std::optional<std::string> cwd = WorkdirAt(df, *install);
  if (!cwd || cwd->empty() || WorkdirAt(df, *build) != cwd) block("the WORKDIR of the install and the build is not evident");
  if (!outcome.blocker.empty()) return outcome;

  Plan plan;
  std::string builder = BuilderName(stage);
  plan.builder = FromLine(context, stage, stage.base, builder);
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (index == stage.from || index > *build) continue;
    switch (inst.kind) {
      case ir::InstructionKind::kArg: case ir::InstructionKind::kEnv: case ir::InstructionKind::kWorkdir:
        plan.builder += BuilderCopy(context, inst);
        break;
      case ir::InstructionKind::kCopy: case ir::InstructionKind::kAdd: case ir::InstructionKind::kRun:
        plan.builder += BuilderCopy(context, inst);
        if (!(index < *install && IsManifestCopy(inst))) plan.production[index] = std::nullopt;
        break;
      default:
        break;
    }
  }
  std::string name = stage.name.empty() ? "production" : stage.name;
  plan.production_from = FromLine(context, stage, SlimTag(stage.base), name);
  Edits omit = shell::AddFlag(*install_script, install_command, "--omit=dev");
  Span command = install_script->commands[install_command].span;
  std::string install_text = std::string(context.Keyword("RUN")) + " " +
                             TextWith(context, command, omit);
  std::string production;
  if (!has_manifest_copy) production += Line(context, fmt::format("{} package*.json ./", context.Keyword("COPY")));
  production += same_run ? install_text : TextWith(context, df.instructions[*install].span, omit);
  std::string copy = CopyFromLine(context, builder, out, out);
  if (same_run) {
    plan.production[*install] = production + copy;
  } else {
    plan.production[*install] = production;
    plan.production[*build] = copy;
  }
  outcome.edits = PlanEdits(context, stage, plan);
  return outcome;
}

}  // namespace dockopt::split
