// DF104 pip-no-cache: `pip install` keeps its wheel and HTTP cache (~/.cache/pip) in the layer; add
// --no-cache-dir unless PIP_NO_CACHE_DIR is set or the RUN mounts a build cache. The installers built
// on it keep theirs too: `uv sync`/`uv pip install` (cleaned with `uv cache clean`), `poetry install`
// (~/.cache/pypoetry), `pipenv install`/`sync` (~/.cache/pipenv, and pip's) and `pipx install` (pip's).
#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "context/context_files.h"
#include "shell/edit.h"
#include "shell/parse_script.h"
#include "shell/recognize.h"
#include "shell/walk.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/rules/df104_old_distro_pip.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

// pip reads PIP_NO_CACHE_DIR with strtobool and, for backwards compatibility, disables the cache for
// every value strtobool accepts ("0" and "false" included); an expansion may hold any of them.
bool DisablesCache(const std::optional<std::string>& value) {
  if (!value) return false;
  if (value->find('$') != std::string::npos) return true;
  std::string lower = *value;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kBooleans[] = {"y", "yes", "t", "true", "on", "1", "n", "no", "f", "false", "off", "0"};
  return std::find(std::begin(kBooleans), std::end(kBooleans), lower) != std::end(kBooleans);
}

// A Python installer that is not pip, with the command that empties its cache in the same RUN.
struct Installer {
  std::string_view tool;
  std::string_view cleanup;     // run after its last install of the RUN
  std::string_view cache_vars;  // variables that move its cache where the cleanup does not look
};
constexpr Installer kUv{"uv", "uv cache clean", ""};  // it cleans UV_CACHE_DIR too; UV_NO_CACHE: nothing kept
constexpr Installer kPoetry{"poetry", "rm -rf ~/.cache/pypoetry", "POETRY_CACHE_DIR XDG_CACHE_HOME"};
constexpr Installer kPipenv{"pipenv", "rm -rf ~/.cache/pipenv ~/.cache/pip", "PIPENV_CACHE_DIR XDG_CACHE_HOME"};
// pipx runs pip in each app's venv without --no-cache-dir (theHarvester's `pipx install git+...`).
constexpr Installer kPipx{"pipx", "rm -rf ~/.cache/pip", "PIP_CACHE_DIR XDG_CACHE_HOME"};
// conda and mamba run pip for an environment file's `pip:` section, without --no-cache-dir (held16's
// covid-map: `conda env update -n base -f environment.yml` installs dash and gunicorn with pip).
constexpr Installer kCondaPip{"conda", "rm -rf ~/.cache/pip", "PIP_CACHE_DIR XDG_CACHE_HOME"};

// The environment file a conda, mamba or micromamba environment command reads (`conda env update -f
// environment.yml`, `micromamba install -y -n base -f /tmp/env.yaml`), or "".
std::string CondaEnvironmentFile(const shell::Command& command) {
  auto word = [&](size_t i) -> std::string_view { return i < command.words.size() ? std::string_view(command.words[i].value) : ""; };
  const std::string_view tool = word(0).substr(word(0).rfind('/') + 1);
  if (tool != "conda" && tool != "mamba" && tool != "micromamba") return "";
  const bool env = word(1) == "env" && (word(2) == "create" || word(2) == "update");
  const bool micromamba = tool == "micromamba" && (word(1) == "create" || word(1) == "install" || word(1) == "update");
  if (!env && !micromamba) return "";
  for (size_t i = 2; i < command.words.size(); ++i) {
    const std::string& w = command.words[i].value;
    if ((w == "-f" || w == "--file") && i + 1 < command.words.size() && command.words[i + 1].literal)
      return command.words[i + 1].value;
    if (w.starts_with("--file=")) return w.substr(7);
  }
  return env ? "environment.yml" : "";  // `conda env create` reads environment.yml by default
}

// Whether the environment file, read from the build context (by its path, then its name at the top),
// has a `pip:` section.
bool HasPipSection(const std::optional<std::string>& context_dir, std::string_view file) {
  if (!context_dir || file.empty() || file.find('$') != std::string_view::npos) return false;
  const context::ContextFiles files(*context_dir);
  std::string path(file);
  while (path.starts_with("./") || path.starts_with("/")) path.erase(0, path.starts_with("/") ? 1 : 2);
  std::optional<std::string> text = files.Read(path, 1 << 20);
  if (!text) text = files.Read(path.substr(path.rfind('/') + 1), 1 << 20);
  if (!text) return false;
  for (size_t at = text->find("pip:"); at != std::string::npos; at = text->find("pip:", at + 1)) {
    size_t line = text->rfind('\n', at);
    line = line == std::string::npos ? 0 : line + 1;
    const std::string_view before = std::string_view(*text).substr(line, at - line);
    if (before.find_first_not_of(" \t-") == std::string_view::npos) return true;  // `  - pip:`
  }
  return false;
}

// The installer a top-level simple command runs, if it installs: `uv sync`, `uv pip install`,
// `poetry install`, `pipenv install`, `pipenv sync`. Cache flags the author chose (--no-cache,
// --cache-dir) leave it alone.
const Installer* InstallerOf(const shell::Command& command) {
  if (!command.simple() || command.words.size() < 2 || !command.words[0].literal) return nullptr;
  auto word = [&](size_t i) -> std::string_view { return i < command.words.size() ? std::string_view(command.words[i].value) : ""; };
  for (const shell::Word& w : command.words)
    if (w.value == "--no-cache" || w.value.starts_with("--cache-dir") || (word(0) == "uv" && w.value == "-n") ||
        (word(0) == "pipx" && w.value.find("cache") != std::string::npos))  // --pip-args=--no-cache-dir
      return nullptr;
  if (word(0) == "uv" && (word(1) == "sync" || (word(1) == "pip" && word(2) == "install"))) return &kUv;
  if (word(0) == "poetry" && word(1) == "install") return &kPoetry;
  if (word(0) == "pipenv" && (word(1) == "install" || word(1) == "sync")) return &kPipenv;
  if (word(0) == "pipx" && (word(1) == "install" || word(1) == "inject")) return &kPipx;
  return nullptr;
}

// The text of `script` after command `from` names the cleanup already (or removes all of ~/.cache).
bool CleansAfter(const shell::Script& script, size_t from, const Installer& installer) {
  for (size_t i = from + 1; i < script.commands.size(); ++i) {
    const std::string_view text = script.Text(script.commands[i].span);
    if (text.find(installer.cleanup) != std::string_view::npos) return true;
    if (text.starts_with("rm ") && (text.ends_with("/.cache") || text.ends_with("/.cache/") || text.ends_with(".cache/*")))
      return true;
  }
  return false;
}

bool MovesCache(const ir::Dockerfile& df, size_t index, std::string_view vars) {
  for (size_t at = 0; at < vars.size();) {
    const size_t space = vars.find(' ', at);
    const std::string_view name = vars.substr(at, space == std::string_view::npos ? std::string_view::npos : space - at);
    if (StageVariable(df, index, name)) return true;
    at = space == std::string_view::npos ? vars.size() : space + 1;
  }
  return false;
}

void CheckInstallers(RuleContext& context, size_t index, const shell::Script& script) {
  const ir::Dockerfile& df = context.dockerfile();
  const bool uv_no_cache = StageVariable(df, index, "UV_NO_CACHE").has_value();
  const bool pip_no_cache = DisablesCache(StageVariable(df, index, "PIP_NO_CACHE_DIR"));
  std::vector<std::pair<size_t, const Installer*>> last;  // per installer, its last install
  for (size_t i = 0; i < script.commands.size(); ++i) {
    const Installer* installer = InstallerOf(script.commands[i]);
    if (installer == nullptr && !pip_no_cache && script.commands[i].simple() &&
        HasPipSection(context.options().context_dir, CondaEnvironmentFile(script.commands[i])))
      installer = &kCondaPip;
    if (installer == nullptr || (installer == &kUv && uv_no_cache) || (installer == &kPipx && pip_no_cache)) continue;
    auto it = std::find_if(last.begin(), last.end(), [&](const auto& l) { return l.second == installer; });
    if (it == last.end()) last.emplace_back(i, installer);
    else it->first = i;
  }
  for (const auto& [command, installer] : last) {
    if (CleansAfter(script, command, *installer)) continue;
    const shell::Command& cmd = script.commands[command];
    std::string message = installer == &kCondaPip
                              ? fmt::format("'{} {}' installs the environment file's 'pip:' section with pip, which "
                                            "keeps its download cache in the image layer",
                                            cmd.words[0].value,
                                            cmd.words[1].value == "env" && cmd.words.size() > 2
                                                ? "env " + cmd.words[2].value
                                                : cmd.words[1].value)
                              : fmt::format("'{} {}' keeps its download cache in the image layer", installer->tool,
                                            cmd.words[1].value);
    Edits edits = MovesCache(df, index, installer->cache_vars) ? Edits{}
                                                               : shell::InsertCommandAfter(script, command, installer->cleanup);
    if (edits.empty()) {
      context.Report(cmd.span, std::move(message));
      continue;
    }
    context.Report(cmd.span, std::move(message),
                   Fix{fmt::format("run '{}' after it", installer->cleanup), Safety::kSafe, std::move(edits)});
  }
}

// Adds the names through which `run` links a pip: `ln -s $CKAN_HOME/bin/pip /usr/local/bin/ckan-pip`
// makes `ckan-pip install ...` in a later RUN a pip install (ckan's Dockerfile).
void AddPipLinkNames(RuleContext& context, const ir::Instruction& run, std::vector<std::string>& names) {
  auto base = [](std::string_view path) { return std::string(path.substr(path.rfind('/') + 1)); };
  for (const shell::Script& script : RunScripts(context, run))
    for (const shell::CommandSite& site : shell::SimpleCommands(script)) {
      const std::vector<shell::Word>& w = site.command->words;
      if (w.empty() || w[0].value != "ln") continue;
      bool symbolic = false;
      std::vector<std::string> operands;
      for (size_t k = 1; k < w.size(); ++k) {
        if (w[k].value.starts_with("-")) symbolic |= !w[k].value.starts_with("--") && w[k].value.find('s') != std::string::npos;
        else operands.push_back(w[k].value);
      }
      if (!symbolic || operands.size() != 2 || operands[1].ends_with("/")) continue;
      const std::string target = base(operands[0]), link = base(operands[1]);
      const bool pip = target == "pip" || target == "pip3" || (target.starts_with("pip3.") && target.size() > 5);
      if (pip && !link.empty() && link.find_first_of("$*?") == std::string::npos && link != target) names.push_back(link);
    }
}

// `ckan-pip install ...` through such a link: the same flag as for pip itself.
// `names`: the pip links the stage's earlier RUNs made (AddPipLinkNames).
void CheckLinkedPip(RuleContext& context, const std::vector<std::string>& names, const shell::Script& script) {
  if (names.empty()) return;
  for (const shell::CommandSite& site : shell::SimpleCommands(script)) {
    const shell::Command& command = *site.command;
    if (command.words.empty() || !command.words[0].literal) continue;
    const std::string& program = command.words[0].value;
    if (std::find(names.begin(), names.end(), program.substr(program.rfind('/') + 1)) == names.end()) continue;
    shell::Command as_pip = command;  // read as the pip it links to
    as_pip.words[0].value = "pip";
    std::optional<shell::ToolCall> call = shell::Recognize(as_pip);
    if (!call || !Is(*call, "pip", "install")) continue;
    if (call->Has("no-cache-dir") || call->Has("no-cache") || call->Has("cache-dir")) continue;
    if (DisablesCache(CommandVariable(command, *call, "PIP_NO_CACHE_DIR"))) continue;
    shell::CommandSite at = site;
    at.command = &as_pip;
    Edits edits = shell::AddFlag(script, at, "--no-cache-dir");
    std::string message = fmt::format("'{} install' (pip, through the link the stage made) without --no-cache-dir keeps "
                                      "pip's download cache in the image layer", program);
    if (edits.empty()) {
      context.Report(command.span, std::move(message));
      continue;
    }
    context.Report(command.span, std::move(message), Fix{"add --no-cache-dir", Safety::kSafe, std::move(edits)});
  }
}

// `bash -c "pip install -r <(cat a.txt b.txt)"` (coqui-ai/TTS, shell or exec form): the install sits in
// one quoted word, whose text dockopt does not edit, so it is named with the ways to turn the cache off.
bool IsShell(std::string_view program) {
  static constexpr std::string_view kShells[] = {"sh", "bash", "/bin/sh", "/bin/bash", "/usr/bin/bash"};
  return std::find(std::begin(kShells), std::end(kShells), program) != std::end(kShells);
}

void CheckShellString(RuleContext& context, std::string_view shell, const std::string& body, Span where) {
  const shell::Script inner = shell::ParseScript(body, shell::ParseOptions{});
  if (!inner.error.empty()) return;
  for (const shell::SiteToolCall& found : shell::RecognizeAll(inner)) {
    if (!Is(found.call, "pip", "install") || found.call.Has("no-cache-dir") || found.call.Has("no-cache") ||
        found.call.Has("cache-dir"))
      continue;
    if (DisablesCache(CommandVariable(*found.site.command, found.call, "PIP_NO_CACHE_DIR"))) continue;
    context.Report(where, fmt::format("'{}' inside '{} -c' keeps pip's download cache in the image layer; add "
                                      "--no-cache-dir inside the string, or set ENV PIP_NO_CACHE_DIR=1 before the RUN "
                                      "(not rewritten: dockopt does not edit inside a quoted script)",
                                      inner.Text(found.site.command->span), shell));
    return;
  }
}

void CheckShellStrings(RuleContext& context, const shell::Script& script) {
  for (const shell::CommandSite& site : shell::SimpleCommands(script)) {
    const shell::Command& command = *site.command;
    if (command.words.size() == 3 && command.words[0].literal && IsShell(command.words[0].value) &&
        command.words[1].value == "-c" && command.words[2].literal)
      CheckShellString(context, command.words[0].value, command.words[2].value, command.span);
  }
}

void CheckRun(RuleContext& context, size_t index, const std::vector<std::string>& pip_links) {
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Instruction& run = df.instructions[index];
  if (HasCacheMount(run)) return;  // the author keeps pip's cache in a build cache mount: it is wanted
  for (const shell::Script& script : RunScripts(context, run)) CheckInstallers(context, index, script);
  if (DisablesCache(StageVariable(df, index, "PIP_NO_CACHE_DIR"))) return;
  const auto& exec = run.exec_args;
  if (run.is_exec() && exec.size() == 3 && IsShell(exec[0]) && exec[1] == "-c")
    CheckShellString(context, exec[0], exec[2], run.args);
  for (const shell::Script& script : RunScripts(context, run)) {
    CheckLinkedPip(context, pip_links, script);
    CheckShellStrings(context, script);
    for (const ToolUse& use : NestedToolUses(context, script)) {
      if (!Is(use.call, "pip", "install")) continue;
      // pip takes an unambiguous prefix of a long option: `--no-cache` is --no-cache-dir.
      if (use.call.Has("no-cache-dir") || use.call.Has("no-cache") || use.call.Has("cache-dir")) continue;  // a chosen cache stays
      const shell::Command& command = *use.site.command;
      if (DisablesCache(CommandVariable(command, use.call, "PIP_NO_CACHE_DIR"))) continue;
      if (RunsOldDistroPip(context, index, command.span.begin)) continue;  // no cache, no such option
      Edits edits = shell::AddFlag(script, use.site, "--no-cache-dir");
      std::string message = "'pip install' without --no-cache-dir keeps pip's download cache in the image layer";
      if (edits.empty()) {
        context.Report(command.span, std::move(message));
        continue;
      }
      context.Report(command.span, std::move(message), Fix{"add --no-cache-dir", Safety::kSafe, std::move(edits)});
    }
  }
}

}  // namespace

void CheckPipNoCache(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  // The pip links of the current stage's RUNs so far: gathered once in one pass (asking every RUN's
  // earlier RUNs again was quadratic: 81 s on the 4 MiB file of one stage).
  std::vector<std::string> pip_links;
  int stage = -1;
  for (size_t i = 0; i < df.instructions.size(); ++i) {
    const ir::Instruction& inst = df.instructions[i];
    if (inst.stage != stage) pip_links.clear(), stage = inst.stage;
    if (inst.kind != ir::InstructionKind::kRun) continue;
    CheckRun(context, i, pip_links);
    AddPipLinkNames(context, inst, pip_links);
  }
}

DOCKOPT_RULE(DF104, "pip-no-cache", "pip install: --no-cache-dir, unless PIP_NO_CACHE_DIR or a cache mount keeps it",
             Safety::kSafe, CheckPipNoCache);

}  // namespace dockopt
