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
constexpr std::string_view kPrepareTools[] = {"go", "apt-get", "apt", "apk", "git", "rm", "cd"};
constexpr std::string_view kPathDirs[] = {"/usr/local/bin", "/usr/bin", "/bin"};
// Packages distroless/static already has.
constexpr std::string_view kInDistroless[] = {"ca-certificates", "tzdata"};

struct Build {
  size_t index = 0;
  std::string binary;  // absolute
  bool cgo = false;
  Edits edits;         // CGO_ENABLED=0 when the build does not choose
};

// The program a CMD/ENTRYPOINT runs, resolved against its WORKDIR; "" when it cannot be told.
std::string Program(const ir::Dockerfile& df, size_t index, bool* shell_form) {
  const ir::Instruction& inst = df.instructions[index];
  std::string word;
  if (inst.is_exec()) {
    if (inst.exec_args.empty()) return "";
    word = inst.exec_args.front();
  } else {
    *shell_form = true;
    std::string_view rest = inst.rest;
    word = std::string(rest.substr(0, rest.find_first_of(" \t")));
  }
  if (word.find_first_of("$`'\"") != std::string::npos || word.empty()) return "";
  if (word.find('/') == std::string::npos) return word;  // a bare name, found on PATH
  std::optional<std::string> cwd = WorkdirAt(df, index);
  if (!cwd) return "";
  return ResolvePath(cwd->empty() ? kGoWorkdir : *cwd, word);
}

bool Runs(std::string_view program, std::string_view binary) {
  if (program == binary) return true;
  size_t slash = binary.rfind('/');
  if (program.find('/') != std::string_view::npos || binary.substr(slash + 1) != program) return false;
  for (std::string_view dir : kPathDirs)
    if (binary.substr(0, slash) == dir) return true;
  return false;
}

bool KnownUser(std::string_view user, bool distroless) {
  std::string_view name = user.substr(0, user.find(':'));
  if (!name.empty() && name.find_first_not_of("0123456789") == std::string_view::npos) return true;
  return name == "root" || name == "nobody" || (distroless && name == "nonroot");
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

// Why a RUN before the build may matter at run time; "" when it only prepares the build.
std::string PrepareProblem(RuleContext& context, const ir::Instruction& run) {
  const shell::Script* script = context.ScriptOf(run);
  if (script == nullptr || !script->FullyModelled())
    return fmt::format("dockopt cannot tell what the {} leaves for run time", At(run));
  for (const shell::Command& command : script->commands) {
    std::string_view tool = command.words.empty() ? "" : shell::CanonicalTool(command.words.front().value);
    bool prepares = false;
    for (std::string_view known : kPrepareTools) prepares |= tool == known;
    if (!prepares) return fmt::format("the {} runs '{}', which may matter at run time", At(run), tool);
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

  bool shell_form = false, runs_binary = false;
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
            block(PrepareProblem(context, inst));
          }
        }
        break;
      case ir::InstructionKind::kCmd: case ir::InstructionKind::kEntrypoint: {
        std::string program = Program(df, index, &shell_form);
        runs_binary = Runs(program, build.binary);  // the last CMD/ENTRYPOINT decides
        if (inst.kind == ir::InstructionKind::kCmd && !program.empty() && !runs_binary) {
          // CMD holds only arguments when an ENTRYPOINT runs the binary.
          for (size_t j : stage.instructions) {
            const ir::Instruction& other = df.instructions[j];
            if (other.kind == ir::InstructionKind::kEntrypoint) runs_binary = Runs(Program(df, j, &shell_form), build.binary);
          }
        }
        break;
      }
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
  if (!runs_binary) block(fmt::format("no CMD or ENTRYPOINT runs the built binary '{}'", build.binary));
  needs_debian |= shell_form;
  if (!user.empty() && !KnownUser(user, !needs_debian))
    block(fmt::format("'USER {}' names a user the production image does not have", user));
  if (!outcome.blocker.empty()) return outcome;

  Plan plan;
  std::string builder = BuilderName(stage);
  plan.builder = FromLine(context, stage, stage.base, builder);
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (index == stage.from || index > build.index) continue;
    switch (inst.kind) {
      case ir::InstructionKind::kArg: case ir::InstructionKind::kEnv: case ir::InstructionKind::kWorkdir:
      case ir::InstructionKind::kCopy: case ir::InstructionKind::kAdd: case ir::InstructionKind::kRun:
        plan.builder += BuilderCopy(context, inst, index == build.index ? build.edits : Edits{});
        plan.production[index] = std::nullopt;  // ARG/ENV/WORKDIR are put back below
        break;
      default:
        break;
    }
    if (inst.kind == ir::InstructionKind::kArg || inst.kind == ir::InstructionKind::kEnv ||
        inst.kind == ir::InstructionKind::kWorkdir)
      plan.production.erase(index);
  }
  std::string name = stage.name.empty() ? "production" : stage.name;
  plan.production_from = FromLine(context, stage, needs_debian ? kDebianSlim : kDistroless, name);
  bool has_certs = false;
  for (const auto& [index, apt] : apt_runs) {
    if (needs_debian && apt.runtime_text) {
      plan.production[index] = apt.runtime_text;
      has_certs |= apt.runtime_text->find("ca-certificates") != std::string::npos;
    }
  }
  if (needs_debian && !has_certs)
    plan.production_from += Line(context, fmt::format("{} apt-get update && apt-get install -y --no-install-recommends "
                                                      "ca-certificates && rm -rf /var/lib/apt/lists/*",
                                                      context.Keyword("RUN")));
  plan.production[build.index] = CopyFromLine(context, builder, build.binary, build.binary);
  outcome.edits = PlanEdits(context, stage, plan);
  return outcome;
}

}  // namespace dockopt::split
