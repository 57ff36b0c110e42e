// DF202 for Go: `go build -o BIN` in a golang image -> builder + distroless (or debian slim) production.
#include <fmt/core.h>

#include <algorithm>

#include "shell/recognize.h"
#include "transforms/rules/df202_planners.h"
#include "transforms/rules/layer_facts.h"
#include "transforms/rules/package_facts.h"

namespace dockopt::split {
namespace {

constexpr std::string_view kDistroless = "gcr.io/distroless/static-debian12";
constexpr std::string_view kDebianSlim = "debian:bookworm-slim";
constexpr std::string_view kGoWorkdir = "/go";  // the golang images' WORKDIR
// Tools a RUN before the build may use: they only prepare the build, so the production stage misses nothing.
const std::vector<std::string_view> kPrepareTools = {"go", "apt-get", "apt", "apk", "git", "rm", "cd"};
constexpr std::string_view kPathDirs[] = {"/usr/local/bin", "/usr/bin", "/bin"};
// Packages distroless/static already has.
constexpr std::string_view kInDistroless[] = {"ca-certificates", "tzdata"};

struct Build {
  size_t index = 0;
  std::string binary;  // absolute
  bool cgo = false;
  Edits edits;         // CGO_ENABLED=0 when the build does not choose
};

bool Runs(std::string_view program, std::string_view binary) {
  if (program == binary) return true;
  size_t slash = binary.rfind('/');
  if (program.find('/') != std::string_view::npos || binary.substr(slash + 1) != program) return false;
  for (std::string_view dir : kPathDirs)
    if (binary.substr(0, slash) == dir) return true;
  return false;
}

std::string ReadBuild(RuleContext& context, size_t index, Build& build) {
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Instruction& run = df.instructions[index];
  const shell::Script* script = context.ScriptOf(run);
  if (script == nullptr || !script->FullyModelled())
    return fmt::format("dockopt cannot read the {} that runs 'go build'", At(run));
  bool moved = false;
  for (const ToolUse& use : ToolUses(*script)) {
    const shell::Command& command = script->commands[use.command];
    if (!Is(use.call, "go", "build")) {
      moved |= use.call.tool == "cd";
      continue;
    }
    if (!build.binary.empty()) return fmt::format("the {} runs 'go build' twice", At(run));
    const shell::Option* out = use.call.Find("o");
    if (out == nullptr || out->value.empty() || out->value.find('$') != std::string::npos || out->value.ends_with("/"))
      return fmt::format("'go build' in the {} has no '-o FILE' naming the binary", At(run));
    std::optional<std::string> cwd = WorkdirAt(df, index);
    if (!cwd || (moved && !out->value.starts_with("/")))
      return fmt::format("the working directory of 'go build' in the {} is not evident", At(run));
    build.index = index;
    build.binary = ResolvePath(cwd->empty() ? kGoWorkdir : *cwd, out->value);
    std::optional<std::string> cgo = CommandVariable(command, use.call, "CGO_ENABLED");
    if (!cgo) cgo = StageVariable(df, index, "CGO_ENABLED");
    build.cgo = cgo && *cgo != "0";
    if (!cgo) build.edits.push_back({{command.span.begin, command.span.begin}, "CGO_ENABLED=0 "});
  }
  for (const shell::Command& command : script->commands) {
    if (shell::Recognize(command)) continue;
    return fmt::format("the {} also runs commands dockopt cannot read", At(run));
  }
  return "";
}

}  // namespace

std::optional<Outcome> PlanGo(RuleContext& context, const ir::Stage& stage) {
  const ir::Dockerfile& df = context.dockerfile();
  if (ImageName(stage.base) != "golang") return std::nullopt;
  std::vector<size_t> builds;
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (inst.kind == ir::InstructionKind::kRun && inst.logical.find("go build") != std::string::npos)
      builds.push_back(index);
  }
  if (builds.empty()) return std::nullopt;
  Outcome outcome;
  auto block = [&](std::string why) {
    if (outcome.blocker.empty()) outcome.blocker = std::move(why);
  };
  if (builds.size() > 1) block(fmt::format("more than one RUN runs 'go build' (lines {} and {})",
                                           df.instructions[builds[0]].start_line, df.instructions[builds[1]].start_line));
  Build build;
  block(ReadBuild(context, builds.front(), build));
  if (!outcome.blocker.empty()) return outcome;

  bool shell_form = false;
  std::string user;
  std::map<size_t, AptRun> apt_runs;
  bool needs_debian = build.cgo;
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    switch (inst.kind) {
      case ir::InstructionKind::kRun:
        if (index > build.index) {
          block(fmt::format("the {} after 'go build' would have to run in the production stage", At(inst)));
        } else if (index < build.index) {
          AptRun apt = ReadAptRun(context, inst);
          if (apt.apt) {
            block(apt.blocker);
            if (apt.runtime_text) {
              const shell::Script* script = context.ScriptOf(inst);
              for (const ToolUse& use : ToolUses(*script))
                if (IsApt(use.call, "install"))
                  for (const shell::Operand& package : use.call.packages())
                    if (std::find(std::begin(kInDistroless), std::end(kInDistroless), package.name) ==
                        std::end(kInDistroless) && !std::count(apt.build.begin(), apt.build.end(), package.name))
                      needs_debian = true;
            }
            apt_runs.emplace(index, std::move(apt));
          } else {
            block(PrepareProblem(context, inst, kPrepareTools));
          }
        }
        break;
      case ir::InstructionKind::kUser: user = inst.rest; break;
      case ir::InstructionKind::kShell: block(fmt::format("the SHELL at line {} needs a shell in production", inst.start_line)); break;
      case ir::InstructionKind::kHealthcheck:
        if (inst.rest != "NONE" && inst.rest != "none")
          block(fmt::format("the HEALTHCHECK at line {} may need tools the production image lacks", inst.start_line));
        break;
      case ir::InstructionKind::kOnbuild: block(fmt::format("the ONBUILD at line {} cannot be split", inst.start_line)); break;
      default: break;
    }
  }
  bool runs_binary = Runs(RunProgram(df, stage, kGoWorkdir, &shell_form), build.binary);
  if (!runs_binary) block(fmt::format("no CMD or ENTRYPOINT runs the built binary '{}'", build.binary));
  needs_debian |= shell_form;
  if (!user.empty() && !KnownUser(user, !needs_debian))
    block(fmt::format("'USER {}' names a user the production image does not have", user));
  if (!outcome.blocker.empty()) return outcome;

  std::string certs;
  bool has_certs = false;
  if (!needs_debian) apt_runs.clear();  // distroless has ca-certificates and tzdata; the rest needs debian
  for (const auto& [index, apt] : apt_runs)
    has_certs |= apt.runtime_text && apt.runtime_text->find("ca-certificates") != std::string::npos;
  if (needs_debian && !has_certs)
    certs = Line(context, fmt::format("{} apt-get update && apt-get install -y --no-install-recommends "
                                      "ca-certificates && rm -rf /var/lib/apt/lists/*",
                                      context.Keyword("RUN")));
  Plan plan = BinaryPlan(context, stage, build.index, build.edits, build.binary,
                         needs_debian ? kDebianSlim : kDistroless, certs, apt_runs);
  outcome.edits = PlanEdits(context, stage, plan);
  return outcome;
}

}  // namespace dockopt::split
