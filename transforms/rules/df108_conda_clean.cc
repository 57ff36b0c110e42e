// DF108 conda-clean: conda, mamba and micromamba keep the tarballs they download and the packages they
// extract in the package cache (<root>/pkgs, often GBs in ML images); `conda clean -afy` after the last
// install of the RUN removes them in the same layer.
#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shell/edit.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

bool IsConda(const shell::ToolCall& call) {
  return call.tool == "conda" || call.tool == "mamba" || call.tool == "micromamba";
}

// Subcommands that download packages into the cache: install, create, update/upgrade, env create/update.
// A dry run downloads nothing.
bool Installs(const shell::ToolCall& call) {
  if (!IsConda(call) || call.Has("dry-run")) return false;
  const std::string& sub = call.subcommand;
  if (sub == "install" || sub == "create" || sub == "update" || sub == "upgrade") return true;
  return sub == "env" && !call.operands.empty() && (call.operands[0].value == "create" || call.operands[0].value == "update");
}

// True when the path names a package cache folder: `/opt/conda/pkgs`, `$CONDA_DIR/pkgs/*`.
bool IsPkgsPath(std::string_view path) {
  while (path.ends_with("/*") || (path.size() > 1 && path.ends_with("/"))) path.remove_suffix(path.ends_with("/*") ? 2 : 1);
  return path == "pkgs" || path.ends_with("/pkgs");
}

// `conda clean` of the tarballs or packages (-a, -t, -p, -f: the author's choice of what goes), or an
// `rm` of the pkgs folder.
bool Cleans(const shell::ToolCall& call) {
  if (IsConda(call) && call.subcommand == "clean")
    return call.Has("all") || call.Has("tarballs") || call.Has("packages") || call.Has("force-pkgs-dirs");
  if (call.tool != "rm") return false;
  for (const shell::Operand& operand : call.operands)
    if (IsPkgsPath(operand.value)) return true;
  return false;
}

// A cache mount on the package cache (`--mount=type=cache,target=/opt/conda/pkgs`): the author keeps it.
bool MountsPkgs(const ir::Instruction& run) {
  if (!HasCacheMount(run)) return false;
  const std::vector<std::string_view> targets = MountTargets(run);
  return std::any_of(targets.begin(), targets.end(), IsPkgsPath);
}

// The command of a later RUN (this stage or one built on it) that installs from the package cache
// without downloading (`conda install --offline`, `--use-local`), or nullopt.
std::optional<std::string> LaterOfflineInstall(RuleContext& context, size_t index) {
  for (const ir::Instruction* run : RunsAfter(context.dockerfile(), index))
    for (const shell::Script& script : RunScripts(context, *run))
      for (const ToolUse& use : NestedToolUses(context, script))
        if (Installs(use.call) && (use.call.Has("offline") || use.call.Has("use-local")))
          return std::string(script.Text(use.site.command->span));
  return std::nullopt;
}

// The version after `name` in `text` (`Anaconda2-5.0.1-Linux`, `continuumio/miniconda:4.1.11`), as
// major*100+minor, or -1 when there is none (`Miniconda3-latest`).
int VersionAfter(std::string_view text, std::string_view name) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t at = lower.find(name); at != std::string::npos; at = lower.find(name, at + 1)) {
    size_t i = at + name.size();
    if (i < lower.size() && (lower[i] == '2' || lower[i] == '3')) ++i;
    if (i >= lower.size() || (lower[i] != '-' && lower[i] != ':')) continue;
    int major = 0, minor = 0;
    size_t j = i + 1;
    for (; j < lower.size() && std::isdigit(static_cast<unsigned char>(lower[j])); ++j) major = major * 10 + (lower[j] - '0');
    if (j == i + 1 || j >= lower.size() || lower[j] != '.') continue;
    for (++j; j < lower.size() && std::isdigit(static_cast<unsigned char>(lower[j])); ++j) minor = minor * 10 + (lower[j] - '0');
    return major * 100 + minor;
  }
  return -1;
}

// conda installs or updates conda itself (`conda update -y conda`, `conda install conda=4.8`).
bool UpdatesConda(const shell::ToolCall& call) {
  if (!Installs(call)) return false;
  for (const shell::Operand& operand : call.operands)
    if (operand.value == "conda" || (operand.value.starts_with("conda") && operand.value.find_first_of("=<>") == 5))
      return true;
  return false;
}

// What pins a conda older than 4.4, whose `clean` has no -f (--force-pkgs-dirs), in the stage of RUN
// `index` (a base image or installer of that version, and no update of conda up to this RUN), or "".
// Miniconda's version is conda's; Anaconda 5.1 was the first with conda 4.4.
std::string OldConda(RuleContext& context, size_t index) {
  const ir::Dockerfile& df = context.dockerfile();
  std::string old;
  for (int stage : StageChain(df, index)) {
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      if (i > index) break;
      const std::string_view text = i == df.stages[static_cast<size_t>(stage)].from
                                        ? std::string_view(df.stages[static_cast<size_t>(stage)].base)
                                        : context.Text(df.instructions[i].span);
      const int mini = VersionAfter(text, "miniconda"), ana = VersionAfter(text, "anaconda");
      if (mini >= 0 && mini < 404) old = fmt::format("Miniconda {}.{}", mini / 100, mini % 100);
      if (ana >= 0 && ana < 501) old = fmt::format("Anaconda {}.{}", ana / 100, ana % 100);
      if (df.instructions[i].kind != ir::InstructionKind::kRun) continue;
      for (const shell::Script& script : RunScripts(context, df.instructions[i]))
        for (const ToolUse& use : NestedToolUses(context, script))
          if (UpdatesConda(use.call)) return "";
    }
  }
  return old;
}

// The clean command in the tool the install ran, named as the install named it (`/opt/conda/bin/conda`).
std::string CleanCommand(const ToolUse& use) {
  const std::string& program = use.site.command->words[use.call.tool_word].raw();
  return use.call.tool == "micromamba" ? program + " clean --all --yes" : program + " clean -afy";
}

// The Windows shell RUN `index` runs under (`SHELL ["powershell", "-Command"]`, `# escape=``), where
// `&&` is no command list (Windows PowerShell 5), or "". Other SHELLs (micromamba's
// `_dockerfile_shell.sh`, a bash wrapper) run the script as sh would.
std::string WindowsShell(const ir::Dockerfile& df, size_t index) {
  if (df.escape != '\\') return "a Windows shell (escape=`)";
  const ir::Instruction& at = df.instructions[index];
  if (at.stage < 0) return "";
  const std::vector<size_t>& shells = df.stages[static_cast<size_t>(at.stage)].shells;
  auto after = std::lower_bound(shells.begin(), shells.end(), index);
  if (after == shells.begin()) return "";
  const ir::Instruction& shell = df.instructions[*(after - 1)];
  if (!shell.is_exec() || shell.exec_args.empty()) return "";
  std::string program = shell.exec_args[0];
  for (char& c : program) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view windows : {"powershell", "pwsh", "cmd"})
    if (program.find(windows) != std::string::npos) return fmt::format("the SHELL '{}'", shell.exec_args[0]);
  return "";
}

std::string KeepsCache(const shell::ToolCall& call) {
  return fmt::format("'{} {}' keeps the downloaded tarballs and extracted packages in the package cache (pkgs/) "
                     "of the image layer",
                     call.tool, call.subcommand == "env" ? "env " + call.operands[0].value : call.subcommand);
}

// Why no cleanup is added after `install`, the RUN's last conda install, or "".
std::string Blocker(RuleContext& context, size_t index, const ToolUse& install, bool in_function) {
  if (in_function) return "an install runs in a shell function, which may be called after any cleanup placed in the source";
  if (std::string windows = WindowsShell(context.dockerfile(), index); !windows.empty())
    return fmt::format("the RUN runs under {}, where '&&' may not join commands", windows);
  if (!install.call.wrappers.empty())
    return fmt::format("it runs through '{}', which the cleanup would need too", install.call.wrappers.front());
  if (install.call.Has("root-prefix") || CommandVariable(*install.site.command, install.call, "CONDA_PKGS_DIRS"))
    return "it names its own root prefix or package folder, which the cleanup must name too";
  if (install.call.tool == "conda")
    if (std::string old = OldConda(context, index); !old.empty())
      return fmt::format("the stage's {} ships a conda older than 4.4, whose clean has no -f", old);
  if (std::optional<std::string> offline = LaterOfflineInstall(context, index))
    return fmt::format("a later RUN installs from that cache without downloading ('{}')", *offline);
  return "";
}

void CheckScript(RuleContext& context, size_t index, const shell::Script& script) {
  const std::vector<ToolUse>& uses = NestedToolUses(context, script);
  std::vector<size_t> installs;  // indexes into uses since the last clean that follows them all
  bool in_function = false;
  for (size_t u = 0; u < uses.size(); ++u) {
    if (Cleans(uses[u].call) && !installs.empty() && RunsAfterUse(uses[installs.back()], uses[u])) installs.clear();
    if (!Installs(uses[u].call)) continue;
    installs.push_back(u);
    in_function |= uses[u].site.context.in_function;
  }
  if (installs.empty()) return;
  // A clean in a part of the script the shell model cannot read still counts: a second one added would
  // not be seen either, and the fixpoint would never end.
  const std::string_view whole = script.Text(script.Whole());
  if (!script.FullyModelled() && (whole.find(" clean") != std::string_view::npos || whole.find("/pkgs") != std::string_view::npos))
    return;
  const ToolUse& install = uses[installs.back()];
  std::string blocker = Blocker(context, index, install, in_function);
  // conda before 4.4 cleans the same caches with the options it has.
  const std::string clean = blocker.find("older than 4.4") != std::string::npos
                                ? install.site.command->words[install.call.tool_word].raw() + " clean -tipsy"
                                : CleanCommand(install);
  // One cleanup serves every install of the RUN: the earlier ones point to it.
  for (size_t k = 0; k + 1 < installs.size(); ++k)
    context.Report(uses[installs[k]].site.command->span,
                   fmt::format("{}; '{}' after the RUN's last conda install removes it", KeepsCache(uses[installs[k]].call), clean));
  std::optional<shell::CommandSite> anchor = blocker.empty() ? CleanupAnchor(script, install) : std::nullopt;
  Edits edits = anchor ? shell::InsertCommandAfter(script, *anchor, clean) : Edits{};
  const shell::Command& command = *install.site.command;
  if (edits.empty()) {
    if (blocker.empty()) blocker = "no place in the RUN surely runs after the install";
    context.Report(command.span, fmt::format("{}; not cleaned here: {} (add '{}' where it runs last)",
                                             KeepsCache(install.call), blocker, clean));
    return;
  }
  context.Report(command.span, fmt::format("{}; add '{}' to the same RUN", KeepsCache(install.call), clean),
                 Fix{fmt::format("add '{}'", clean), Safety::kSafe, std::move(edits)});
}

}  // namespace

void CheckCondaClean(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  for (size_t i = 0; i < df.instructions.size(); ++i) {
    const ir::Instruction& run = df.instructions[i];
    if (run.kind != ir::InstructionKind::kRun || MountsPkgs(run)) continue;
    for (const shell::Script& script : RunScripts(context, run)) CheckScript(context, i, script);
  }
}

DOCKOPT_RULE(DF108, "conda-clean", "conda/mamba/micromamba install: 'conda clean -afy' in the same layer",
             Safety::kSafe, CheckCondaClean);

}  // namespace dockopt
