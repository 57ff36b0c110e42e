// DF203, distribution python: `FROM ubuntu:18.04` + `apt install python3-pip` -> `FROM python:3.6-slim`.
#include "transforms/rules/df203_distro_python.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>

#include "analysis/base_images.h"
#include "analysis/packages.h"
#include "shell/edit.h"
#include "transforms/rules/runtime_needs.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

// The distribution's packaging of Python 3 that the python image replaces.
constexpr std::array<std::string_view, 10> kPythonPackages = {
    "python3", "python3-pip", "python3-dev", "python3-venv", "python3-setuptools", "python3-wheel",
    "python3-distutils", "python3-minimal", "python-is-python3", "python3-full"};
// Packages named alike on Debian and Ubuntu (the python image is Debian): a stage that installs
// others may need Ubuntu's names, so it is left to the author.
constexpr std::array<std::string_view, 16> kPortable = {
    "git", "curl", "wget", "ca-certificates", "gnupg", "procps", "openssh-client", "unzip", "zip", "tzdata",
    "locales", "netbase", "less", "jq", "vim", "nano"};

template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view name) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

bool Portable(std::string_view name) {
  return In(kPortable, name) || analysis::IsBuildTool(name, analysis::Distro::kDebian) ||
         !analysis::RuntimePackagesFor(name, {analysis::Distro::kDebian, "bookworm"}).empty();
}

}  // namespace

bool CheckDistroPython(RuleContext& context, int stage_index, const std::string& image, const analysis::OsRelease& os) {
  std::string version = analysis::DistroPython3(os);
  if (version.empty()) return false;
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Stage& stage = df.stages[static_cast<size_t>(stage_index)];
  Edits edits;
  std::string blocker;
  bool installs_python = false;
  for (size_t i : stage.instructions) {
    const ir::Instruction& inst = df.instructions[i];
    std::string_view text = context.Text(inst.span);
    for (std::string_view path : {"/usr/bin/python", "dist-packages", "add-apt-repository", "/usr/lib/python3"})
      if (text.find(path) != std::string_view::npos) blocker = fmt::format("it names '{}'", path);
    if ((inst.kind == ir::InstructionKind::kCopy || inst.kind == ir::InstructionKind::kAdd) && inst.FindFlag("from"))
      blocker = "it copies files from another image, which may point at the distribution's python";
    if (inst.kind != ir::InstructionKind::kRun) continue;
    const shell::Script* script = context.ScriptOf(inst);
    if (script == nullptr) continue;
    for (const ToolUse& use : NestedToolUses(context, *script))  // an install the edits below cannot reach
      if (use.site.nested() && IsApt(use.call, "install") && blocker.empty())
        blocker = "it installs packages inside a compound command (if/for/case)";
    for (const ToolUse& use : ToolUses(*script)) {
      if (!IsApt(use.call, "install")) continue;
      size_t python = 0;
      for (const shell::Operand& o : use.call.operands) {
        if (In(kPythonPackages, o.name)) {
          ++python;
        } else if (!Portable(o.name) && blocker.empty()) {
          blocker = fmt::format("it installs '{}', which may be named otherwise on Debian", o.name);
        }
      }
      if (python == 0) continue;
      installs_python = true;
      Edits removal;
      if (python == use.call.operands.size()) {
        removal = shell::RemoveCommand(*script, use.command);
      } else {
        for (const shell::Operand& o : use.call.operands) {
          if (!In(kPythonPackages, o.name)) continue;
          Edits one = shell::RemovePackage(*script, use.command, o.name);
          if (one.empty()) removal.clear();
          if (one.empty()) break;
          removal.insert(removal.end(), one.begin(), one.end());
        }
      }
      if (removal.empty() && blocker.empty()) blocker = "its python install could not be rewritten";
      edits.insert(edits.end(), removal.begin(), removal.end());
    }
  }
  if (!installs_python) return false;
  std::string slim = fmt::format("python:{}-slim", version);
  const ir::Instruction& from = df.instructions[stage.from];
  Span where = from.args.empty() ? from.keyword : from.args;
  std::string message = fmt::format("the final stage installs the distribution's python3 ({}) on '{}': '{}' has the "
                                    "same Python without the OS packaging",
                                    version, image, slim);
  const RuntimeNeeds& needs = ReadRuntimeNeeds(context, stage_index);
  if (blocker.empty() && needs.compiles) blocker = *needs.compiles;
  if (blocker.empty() && needs.unknown) blocker = *needs.unknown;
  if (blocker.empty() && !context.Text(where).starts_with(stage.base)) blocker = "its FROM is written with a variable";
  if (!blocker.empty()) {
    context.Report(where, fmt::format("{}, but {}", message, blocker));
    return true;
  }
  edits.push_back({Span{where.begin, where.begin + static_cast<uint32_t>(stage.base.size())}, slim});
  // Before DF202 splits the stage: a split copies the pip installs of the distribution's python
  // (dist-packages), which the slim image's python does not read.
  Fix fix{fmt::format("use '{}' and drop the distribution's python packages", slim), Safety::kUnsafe, std::move(edits)};
  fix.before_restructuring = true;
  context.Report(where, message, std::move(fix));
  return true;
}

}  // namespace dockopt
