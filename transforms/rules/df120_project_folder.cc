// ProjectFolderOfCopy (see df120_project_folder.h).
#include "transforms/rules/df120_project_folder.h"

#include <algorithm>
#include <string>

#include "analysis/copy_sources.h"
#include "analysis/manifests.h"
#include "context/glob.h"
#include "transforms/rules/df120_deps_first_classify.h"
#include "transforms/rules/layer_facts.h"

namespace dockopt {
namespace {

// The context folder `copy` copies alone ("Plume" for `COPY Plume/. .`), "" when it copies something else.
std::string OneFolder(const ir::Instruction& inst, const context::ContextFiles& files) {
  const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
  if (!copy || copy->from || copy->sources.size() != 1 || !inst.heredocs.empty()) return "";
  std::string path = copy->sources.front().path;
  while (path.starts_with("./")) path.erase(0, 2);
  if (path.ends_with("/.")) path.resize(path.size() - 2);
  while (path.ends_with("/")) path.pop_back();
  if (path.empty() || path == "." || path.find_first_of("*?[$") != std::string::npos || path.starts_with("/") ||
      path.find("..") != std::string::npos || !files.IsDirectory(path))
    return "";
  return path;
}

// Whether the COPY/ADD copies the context's root (`COPY . .`, `COPY ./ /app`).
bool CopiesContextRoot(const ir::Instruction& inst) {
  const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
  if (!copy || copy->from) return false;
  for (const analysis::CopySourceArg& source : copy->sources)
    if (source.path == "." || source.path == "./") return true;
  return false;
}

// The install or build of a RUN: its command and what it is.
struct Step {
  std::string text;
  DepsCommand deps;
};

std::optional<Step> FirstDepsStep(RuleContext& context, const ir::Instruction& run) {
  const shell::Script* script = context.ScriptOf(run);
  if (script == nullptr) return std::nullopt;
  for (const shell::Command& command : script->commands) {
    DepsCommand deps = ClassifyDepsCommand(command, *script);
    if ((deps.role == DepsRole::kInstall || deps.role == DepsRole::kBuild) && deps.ecosystem)
      return Step{std::string(context.Text(command.span)), std::move(deps)};
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> ProjectFolderOfCopy(RuleContext& context, size_t index) {
  const std::optional<std::string>& dir = context.options().context_dir;
  if (!dir) return std::nullopt;
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Instruction& copy = df.instructions[index];
  const context::ContextFiles files(*dir);
  const std::string folder = OneFolder(copy, files);
  if (folder.empty()) return std::nullopt;
  const std::optional<analysis::CopyArgs> args = analysis::ReadCopyArgs(copy);
  const std::optional<std::string> copy_cwd = WorkdirAt(df, index);
  if (!copy_cwd || args->destination.find('$') != std::string::npos) return std::nullopt;
  const std::string dest = ResolvePath(*copy_cwd, args->destination);
  const std::vector<size_t>& stage = df.stages[static_cast<size_t>(copy.stage)].instructions;
  // An install of the same ecosystem before the copy: the dependencies may be in place already.
  auto installed_before = [&](analysis::Ecosystem ecosystem) {
    for (size_t i : stage) {
      if (i >= index) break;
      if (df.instructions[i].kind != ir::InstructionKind::kRun) continue;
      if (std::optional<Step> step = FirstDepsStep(context, df.instructions[i]); step && step->deps.ecosystem == ecosystem)
        return true;
    }
    return false;
  };
  for (size_t i : stage) {
    if (i <= index) continue;
    const ir::Instruction& inst = df.instructions[i];
    // Another copy of the whole context or of a folder: that one is the project's copy, if any.
    if ((inst.kind == ir::InstructionKind::kCopy || inst.kind == ir::InstructionKind::kAdd) &&
        (!OneFolder(inst, files).empty() || CopiesContextRoot(inst)))
      return std::nullopt;
    if (inst.kind != ir::InstructionKind::kRun) continue;
    std::optional<Step> step = FirstDepsStep(context, inst);
    if (!step) continue;
    // Run in the copy's destination (no `cd` first: the classifier's first install is what runs there).
    const std::optional<std::string> run_cwd = WorkdirAt(df, i);
    if (!run_cwd || ResolvePath(*run_cwd, ".") != dest) return std::nullopt;
    // The manifests it names (`dotnet restore App.sln`) or the ecosystem's own must be in the folder; the
    // planner then says what else the install reads, or why it cannot move.
    const analysis::ManifestNames names = analysis::ManifestNamesOf(*step->deps.ecosystem);
    const std::vector<std::string>& required = step->deps.named.empty() ? names.required : step->deps.named;
    const bool present = std::all_of(required.begin(), required.end(), [&](const std::string& manifest) {
      return context::HasGlobMeta(manifest) ? !files.Glob(folder + "/" + manifest).empty()
                                            : files.IsFile(folder + "/" + manifest);
    });
    if (!present || installed_before(*step->deps.ecosystem)) return std::nullopt;
    return folder;
  }
  return std::nullopt;
}

}  // namespace dockopt
