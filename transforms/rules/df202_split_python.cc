// DF202 for Python: apt build tools + `pip install` -> builder installs with --prefix=/install, production
// copies /install into /usr/local and installs only the runtime libraries.
#include <fmt/core.h>

#include <algorithm>
#include <cstdio>

#include "analysis/copy_sources.h"
#include "shell/edit.h"
#include "transforms/rules/df202_planners.h"
#include "transforms/rules/package_facts.h"
#include "analysis/base_images.h"
#include "analysis/packages.h"
#include "transforms/rules/runtime_packages.h"

namespace dockopt::split {
namespace {

constexpr std::string_view kPrefix = "/install";
constexpr std::string_view kInstallerPackages[] = {"pip", "setuptools", "wheel"};
constexpr std::string_view kPipLocations[] = {"user", "editable", "target", "prefix", "root"};

struct PipRun {
  bool pip = false;      // the RUN runs `pip install`
  Edits edits;           // --prefix=/install on each install of project packages
  std::string blocker;
};

// `pip install -U pip setuptools wheel`: the installer's own tooling, which stays in the builder.
bool ToolingOnly(const shell::ToolCall& call) {
  if (call.Has("requirement") || call.operands.empty()) return false;
  for (const shell::Operand& operand : call.operands) {
    bool tooling = false;
    for (std::string_view name : kInstallerPackages) tooling |= operand.name == name;
    if (!tooling) return false;
  }
  return true;
}

bool InstallsBuildTools(RuleContext& context, const ir::Instruction& run) {
  const shell::Script* script = context.ScriptOf(run);
  if (script == nullptr) return false;
  for (const ToolUse& use : ToolUses(*script)) {
    if (!IsApt(use.call, "install")) continue;
    for (const shell::Operand& package : use.call.packages())
      if (IsBuildTool(package.name) || RuntimePackageFor(package.name)) return true;
  }
  return false;
}

PipRun ReadPipRun(RuleContext& context, const ir::Instruction& run) {
  PipRun out;
  const shell::Script* script = context.ScriptOf(run);
  if (script == nullptr) {
    out.pip = run.logical.find("pip install") != std::string::npos;
    if (out.pip) out.blocker = fmt::format("the {} is not a shell-form script dockopt can read", At(run));
    return out;
  }
  const std::vector<ToolUse>& uses = ToolUses(*script);  // the memo keeps it: no copy
  for (const ToolUse& use : uses) out.pip |= Is(use.call, "pip", "install");
  if (!out.pip) return out;
  if (!script->FullyModelled() || uses.size() != script->commands.size()) {
    out.blocker = fmt::format("'pip install' shares the {} with commands dockopt cannot read", At(run));
    return out;
  }
  for (const ToolUse& use : uses) {
    if (use.call.tool == "rm" || Is(use.call, "pip", "cache")) continue;
    if (!Is(use.call, "pip", "install")) {
      out.blocker = fmt::format("'pip install' shares the {} with '{}'", At(run), use.call.tool);
      return out;
    }
    if (ToolingOnly(use.call)) continue;
    for (std::string_view option : kPipLocations) {
      if (use.call.Has(option)) {
        out.blocker = fmt::format("'pip install --{}' in the {} installs where a prefix copy cannot follow",
                                  option, At(run));
        return out;
      }
    }
    Edits flag = shell::AddFlag(*script, use.command, fmt::format("--prefix={}", kPrefix));
    if (flag.empty()) {
      out.blocker = fmt::format("cannot add '--prefix' to 'pip install' in the {}", At(run));
      return out;
    }
    out.edits.insert(out.edits.end(), flag.begin(), flag.end());
  }
  return out;
}

bool IsPythonBase(std::string_view base) {
  std::string tag = ImageTag(base);
  return ImageName(base) == "python" && !tag.empty() && tag.find("alpine") == std::string::npos &&
         tag.find("windows") == std::string::npos;
}

// The runtime package table holds Debian bookworm names: older (or newer) releases name libraries differently.
bool MaybeNotBookworm(std::string_view base) {
  std::string tag = ImageTag(base);
  for (std::string_view release : {"jessie", "stretch", "buster", "bullseye", "trixie"})
    if (tag.find(release) != std::string::npos) return true;
  int major = 0, minor = 0;
  if (std::sscanf(tag.c_str(), "%d.%d", &major, &minor) == 2) return major < 3 || (major == 3 && minor < 8);
  return tag.starts_with("2");
}

bool RootUser(std::string_view user) {
  return user == "root" || user == "0" || user == "root:root" || user == "0:0";
}

}  // namespace

std::optional<Outcome> PlanPython(RuleContext& context, const ir::Stage& stage) {
  const ir::Dockerfile& df = context.dockerfile();
  std::map<size_t, AptRun> apt_runs;
  std::map<size_t, Edits> pip_runs;
  std::vector<size_t> plain_runs;
  Outcome outcome;
  auto block = [&](std::string why) {
    if (outcome.blocker.empty()) outcome.blocker = std::move(why);
  };
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (inst.kind != ir::InstructionKind::kRun) continue;
    if (InstallsBuildTools(context, inst)) {
      AptRun apt = ReadAptRun(context, inst);
      block(apt.blocker);
      for (const std::string& package : apt.build)
        if (std::find(outcome.tools.begin(), outcome.tools.end(), package) == outcome.tools.end())
          outcome.tools.push_back(package);
      apt_runs.emplace(index, std::move(apt));
      continue;
    }
    PipRun pip = ReadPipRun(context, inst);
    if (pip.pip) {
      block(pip.blocker);
      pip_runs.emplace(index, std::move(pip.edits));
      continue;
    }
    plain_runs.push_back(index);
  }
  if (apt_runs.empty() || (pip_runs.empty() && !IsPythonBase(stage.base))) return std::nullopt;
  if (outcome.tools.empty()) outcome.tools = BuildPackages(context, stage);
  if (!IsPythonBase(stage.base)) block(fmt::format("the base image '{}' is not a Debian-based python image", stage.base));
  if (pip_runs.empty()) block("no 'pip install' RUN to move into a builder stage");
  // The tag names no release: the table reads it as bookworm, but the official images' untagged
  // releases are trixie since 2025-08, so the runtime names must install on both.
  const std::optional<analysis::BaseImageFacts> facts = analysis::LookupBaseImage(stage.base);
  for (const std::string& package : outcome.tools)
    if (RuntimePackageFor(package) &&
        (MaybeNotBookworm(stage.base) || (facts && !analysis::RuntimeNamesKnown(package, facts->os))))
      block(fmt::format("the runtime package for '{}' is named for Debian bookworm, which '{}' may not be", package,
                        stage.base));
  if (!outcome.blocker.empty()) return outcome;

  size_t first = pip_runs.begin()->first, last = pip_runs.rbegin()->first;
  for (std::string_view variable : {"PIP_USER", "PIP_TARGET", "PIP_PREFIX"})
    if (StageSetsEnvPrefix(df, last, variable)) block(fmt::format("ENV '{}' changes where pip installs", variable));
  for (const auto& [index, apt] : apt_runs)
    if (index > first) block(fmt::format("the {} installs build tools after the first 'pip install'", At(df.instructions[index])));
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (inst.kind == ir::InstructionKind::kUser && index < last && !RootUser(inst.rest))
      block(fmt::format("'USER {}' at line {} would run the builder's 'pip install' as that user", inst.rest,
                        inst.start_line));
  }
  for (size_t index : plain_runs) {
    const ir::Instruction& inst = df.instructions[index];
    if (index > first && index < last) block(fmt::format("the {} runs between two 'pip install' RUNs", At(inst)));
    std::string problem = ProductionRunProblem(context, inst);
    if (!problem.empty()) block(problem);
  }
  if (!outcome.blocker.empty()) return outcome;

  Plan plan;
  std::string builder = BuilderName(stage);
  plan.builder = FromLine(context, stage, stage.base, builder);
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (index == stage.from || index > last) continue;
    switch (inst.kind) {
      case ir::InstructionKind::kArg: case ir::InstructionKind::kEnv: case ir::InstructionKind::kWorkdir:
      case ir::InstructionKind::kCopy: case ir::InstructionKind::kAdd: case ir::InstructionKind::kShell:
        plan.builder += BuilderCopy(context, inst);
        break;
      case ir::InstructionKind::kRun: {
        auto pip = pip_runs.find(index);
        plan.builder += BuilderCopy(context, inst, pip == pip_runs.end() ? Edits{} : pip->second);
        break;
      }
      default:
        break;
    }
  }
  plan.production_from = ProductionFrom(context, stage);
  for (const auto& [index, apt] : apt_runs) plan.production[index] = apt.runtime_text;
  for (const auto& [index, edits] : pip_runs) plan.production[index] = std::nullopt;
  // The installed packages go in front of the context COPYs that precede the install (nothing but
  // COPY/ADD/ENV/ARG/LABEL/EXPOSE/WORKDIR between), so a code edit keeps that layer cached.
  size_t copy_at = last;
  for (size_t k = stage.instructions.size(); k-- > 0;) {
    size_t index = stage.instructions[k];
    if (index >= last || pip_runs.contains(index)) continue;
    const ir::Instruction& inst = df.instructions[index];
    using ir::InstructionKind;
    const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
    bool context_copy = copy && !copy->from && !copy->destination.starts_with("/usr/local");
    if (context_copy) {
      copy_at = index;
    } else if (inst.kind != InstructionKind::kEnv && inst.kind != InstructionKind::kArg &&
               inst.kind != InstructionKind::kLabel && inst.kind != InstructionKind::kExpose &&
               inst.kind != InstructionKind::kWorkdir) {
      break;
    }
  }
  std::string copy_line = CopyFromLine(context, df.instructions[last], builder, kPrefix, "/usr/local");
  if (copy_at == last) plan.production[last] = copy_line;
  outcome.edits = PlanEdits(context, stage, plan);
  if (copy_at != last) {
    uint32_t at = df.instructions[copy_at].MoveSpan().begin;
    outcome.edits.push_back({Span{at, at}, copy_line});
    std::sort(outcome.edits.begin(), outcome.edits.end(),
              [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  }
  return outcome;
}

}  // namespace dockopt::split
