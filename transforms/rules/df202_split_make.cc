// DF202 for C/C++: `make` building the binary CMD runs -> builder + debian slim production.
#include <fmt/core.h>

#include "transforms/rules/df202_planners.h"
#include "transforms/rules/layer_facts.h"
#include "transforms/rules/package_facts.h"

namespace dockopt::split {
namespace {

constexpr std::string_view kDebianSlim = "debian:bookworm-slim";
// Tools a RUN before the build may use: they only prepare the build.
const std::vector<std::string_view> kPrepareTools = {"apt-get", "apt", "git", "rm", "make", "configure",
                                                     "autoreconf", "cmake", "gcc", "g++", "cc", "c++"};
// Debian releases whose binaries run on bookworm's glibc.
constexpr std::string_view kOldEnough[] = {"bookworm", "12", "bullseye", "11", "buster", "10", "stable", "latest"};

bool BinaryRunsOnBookworm(std::string_view base) {
  std::string name = ImageName(base), tag = ImageTag(base);
  if (name == "gcc") return true;
  if (name != "debian" && name != "buildpack-deps") return false;
  for (std::string_view release : kOldEnough)
    if (tag == release || tag.starts_with(std::string(release) + "-") || tag.starts_with(std::string(release) + "."))
      return true;
  return false;
}

struct Build {
  size_t index = 0;
  std::string directory;  // where make runs
};

std::string ReadMake(RuleContext& context, size_t index, Build& build) {
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Instruction& run = df.instructions[index];
  const shell::Script* script = context.ScriptOf(run);
  if (script == nullptr || !script->FullyModelled())
    return fmt::format("dockopt cannot read the {} that runs 'make'", At(run));
  std::optional<std::string> cwd = WorkdirAt(df, index);
  if (!cwd || cwd->empty()) return fmt::format("the directory 'make' runs in at line {} is not evident", run.start_line);
  build.index = index;
  build.directory = *cwd;
  for (const ToolUse& use : ToolUses(*script)) {
    if (use.call.tool == "cd") return fmt::format("the {} changes directory before 'make'", At(run));
    if (!Is(use.call, "make")) continue;
    for (const shell::Operand& target : use.call.operands)
      if (target.value == "install") return fmt::format("'make install' in the {} may install files anywhere", At(run));
    if (const shell::Option* dir = use.call.Find("directory")) build.directory = ResolvePath(*cwd, dir->value);
  }
  return PrepareProblem(context, run, kPrepareTools);
}

}  // namespace

std::optional<Outcome> PlanMake(RuleContext& context, const ir::Stage& stage) {
  const ir::Dockerfile& df = context.dockerfile();
  std::vector<std::string> tools = BuildPackages(context, stage);
  if (ImageName(stage.base) != "gcc" && tools.empty()) return std::nullopt;
  std::optional<size_t> make;
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (inst.kind != ir::InstructionKind::kRun) continue;
    if (const shell::Script* script = context.ScriptOf(inst))
      for (const ToolUse& use : ToolUses(*script))
        if (Is(use.call, "make")) make = index;
  }
  if (!make) return std::nullopt;
  Outcome outcome;
  outcome.tools = std::move(tools);
  auto block = [&](std::string why) {
    if (outcome.blocker.empty()) outcome.blocker = std::move(why);
  };
  if (!BinaryRunsOnBookworm(stage.base))
    block(fmt::format("a binary built on '{}' may not run on '{}'", stage.base, kDebianSlim));
  Build build;
  block(ReadMake(context, *make, build));
  if (!outcome.blocker.empty()) return outcome;

  std::map<size_t, AptRun> apt_runs;
  std::string user;
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (inst.kind == ir::InstructionKind::kUser) user = inst.rest;
    if (inst.kind == ir::InstructionKind::kOnbuild)
      block(fmt::format("the ONBUILD at line {} cannot be split", inst.start_line));
    if (inst.kind == ir::InstructionKind::kHealthcheck && inst.rest != "NONE" && inst.rest != "none")
      block(fmt::format("the HEALTHCHECK at line {} may need tools the production image lacks", inst.start_line));
    if (inst.kind != ir::InstructionKind::kRun || index == build.index) continue;
    if (index > build.index) {
      block(fmt::format("the {} after 'make' would have to run in the production stage", At(inst)));
      continue;
    }
    AptRun apt = ReadAptRun(context, inst);
    if (apt.apt) {
      block(apt.blocker);
      apt_runs.emplace(index, std::move(apt));
    } else {
      block(PrepareProblem(context, inst, kPrepareTools));
    }
  }
  bool shell_form = false;
  std::string binary = RunProgram(df, stage, "/", &shell_form);
  if (binary.empty() || !binary.starts_with("/") || binary == build.directory || !IsUnder(binary, build.directory))
    block(fmt::format("no CMD or ENTRYPOINT runs a file 'make' builds in '{}'", build.directory));
  if (!user.empty() && !KnownUser(user, false))
    block(fmt::format("'USER {}' names a user the production image does not have", user));
  if (!outcome.blocker.empty()) return outcome;
  Plan plan = BinaryPlan(context, stage, build.index, {}, binary, kDebianSlim, "", apt_runs);
  outcome.edits = PlanEdits(context, stage, plan);
  return outcome;
}

}  // namespace dockopt::split
