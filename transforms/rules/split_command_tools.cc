// CommandRunsBuildTool and BuildToolsUnused (see split_command_tools.h).
#include "transforms/rules/split_command_tools.h"

#include <algorithm>
#include <map>
#include <regex>
#include <sstream>
#include <string_view>

#include "analysis/base_images.h"
#include "analysis/packages.h"
#include "shell/recognize.h"

namespace dockopt::split {
namespace {

std::string_view BaseName(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// The base name of the program a command text (or a `-c` string) runs first: "git" for `/usr/bin/git clone URL`.
std::string_view FirstWord(std::string_view command) {
  size_t begin = command.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return "";
  size_t end = command.find_first_of(" \t;&|", begin);
  return BaseName(command.substr(begin, end == std::string_view::npos ? end : end - begin));
}

// Test drivers that build the environments they test in: every run of tox or nox creates virtualenvs
// and pip-installs the project and its dependencies, compiling C extensions against the stage's -dev
// packages and compilers. An image that runs one is a build environment, like one that runs make.
constexpr std::string_view kEnvironmentBuilders[] = {"tox", "nox", "detox"};

// Version-control packages: with only these to drop, a build that cannot fetch from a repository
// (pip from local wheels with --no-index, an apt install) did not need them, so they are the container's.
constexpr std::string_view kVcsPackages[] = {"git", "git-core", "mercurial", "subversion", "bzr", "fossil"};
constexpr std::string_view kVcsPrograms[] = {"git", "hg", "svn", "bzr", "fossil"};

// pip fetches from a repository only for `git+` URLs, requirement files and local projects (whose
// dependencies may name one); from local wheels (--no-index) or by names, never.
bool PipWithoutVcs(const analysis::CommandFlow& command) {
  std::string_view text = command.text;
  if (command.effect.manager != "pip" || text.find("git+") != std::string_view::npos) return false;
  if (text.find("--no-index") != std::string_view::npos) return true;
  for (std::string_view local : {" -r", "--requirement", " -e", " .", " /"})
    if (text.find(local) != std::string_view::npos) return false;
  return true;
}

// Whether a command may use the build tools a split would drop: a build, an install, an unknown
// effect, a compiler run or one of the tools by name; with only version-control tools to drop, only a
// command that may fetch from a repository.
bool MayUse(const analysis::CommandFlow& command, const std::vector<std::string>& tools, bool vcs_only) {
  const analysis::Effect& e = command.effect;
  std::string_view program = FirstWord(command.text);
  bool builds = e.kind == analysis::EffectKind::kBuild || e.kind == analysis::EffectKind::kDeps;
  if (e.kind == analysis::EffectKind::kUnknown) return true;
  if (vcs_only)
    return (builds && !PipWithoutVcs(command)) ||
           std::find(std::begin(kVcsPrograms), std::end(kVcsPrograms), program) != std::end(kVcsPrograms);
  const std::vector<std::string>& toolchain = analysis::ToolchainCommands();
  return builds || e.compiles || std::find(toolchain.begin(), toolchain.end(), program) != toolchain.end() ||
         std::find(tools.begin(), tools.end(), program) != tools.end();
}

}  // namespace

std::string CommandRunsBuildTool(const analysis::RuntimeNeeds& needs, const std::vector<std::string>& removed) {
  std::vector<std::string_view> programs = {BaseName(needs.program), BaseName(needs.healthcheck_program)};
  if (!needs.argv.empty()) programs.push_back(BaseName(needs.argv.front()));
  const bool shell = needs.interpreter == "sh" || (!needs.argv.empty() && (BaseName(needs.argv.front()) == "sh" ||
                                                                          BaseName(needs.argv.front()) == "bash"));
  // Go's vendoring wrappers run the go tool they are given: `godep go run main.go`, `gom run x.go`
  if (needs.argv.size() > 1 && BaseName(needs.argv.front()) == "godep") programs.push_back(BaseName(needs.argv[1]));
  if (needs.argv.size() > 1 && BaseName(needs.argv.front()) == "gom") programs.push_back("go");
  for (size_t i = 0; shell && i + 1 < needs.argv.size(); ++i)
    if (needs.argv[i] == "-c") programs.push_back(FirstWord(needs.argv[i + 1]));
  // Shell form: every command it runs (`cd app && make run` runs make).
  for (const std::string& program : needs.shell_programs) programs.push_back(BaseName(program));
  // `python3 setup.py dist`: the project's build script (a PyInstaller or wheel build, which wants the
  // compilers and binutils the split would drop).
  for (const std::string& script : needs.scripts)
    if (BaseName(script) == "setup.py") programs.push_back("setup.py");
  std::vector<std::string> names(programs.begin(), programs.end());
  return CommandsRunBuildTool(names, removed);
}

std::string CommandsRunBuildTool(const std::vector<std::string>& commands, const std::vector<std::string>& removed) {
  const std::vector<std::string>& toolchain = analysis::ToolchainCommands();
  for (std::string_view program : commands) {
    if (program.empty()) continue;
    if (program == "setup.py" || std::find(toolchain.begin(), toolchain.end(), program) != toolchain.end() ||
        std::find(std::begin(kEnvironmentBuilders), std::end(kEnvironmentBuilders), program) != std::end(kEnvironmentBuilders) ||
        std::find(removed.begin(), removed.end(), program) != removed.end())
      return std::string(program);
  }
  return "";
}

std::string NotebookServer(const analysis::RuntimeNeeds& needs) {
  std::string_view name = BaseName(needs.program);
  for (std::string_view server : {"jupyter", "jupyter-notebook", "jupyter-lab", "ipython", "start-notebook.sh", "jupyterhub"})
    if (name == server) return std::string(name);
  return "";
}

size_t SshLogin(const ir::Dockerfile& df, const analysis::StageFlow& flow) {
  bool server = false;
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands) {
      const analysis::Effect& e = command.effect;
      if (e.kind == analysis::EffectKind::kPackages && !e.removal)
        server |= std::any_of(e.packages.begin(), e.packages.end(), [](const std::string& p) {
          return p == "openssh-server" || p == "ssh";  // Debian's `ssh` pulls in the server
        });
      bool keys = std::any_of(e.writes.begin(), e.writes.end(), [](const std::string& w) { return w.ends_with("authorized_keys"); });
      if (server && (e.tool == "chpasswd" || keys)) return df.instructions[inst.index].start_line;
    }
  return 0;
}

bool BuildToolsUnused(const analysis::StageFlow& flow, const std::vector<std::string>& tools) {
  const bool vcs_only = !tools.empty() && std::all_of(tools.begin(), tools.end(), [](const std::string& t) {
    return std::find(std::begin(kVcsPackages), std::end(kVcsPackages), t) != std::end(kVcsPackages);
  });
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    if (inst.unknown) return false;
    for (const analysis::CommandFlow& command : inst.commands)
      if (MayUse(command, tools, vcs_only)) return false;
  }
  return true;
}

namespace {

// Calls `each(command, names)` for each package command of the stage, in order, with the packages it
// installs or removes: `apk del .build-deps` removes what `apk add --virtual .build-deps ...` installed.
template <typename Each>
void ForEachPackageCommand(const analysis::StageFlow& flow, Each each) {
  std::map<std::string, std::vector<std::string>, std::less<>> groups;  // apk virtual group -> its packages
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands) {
      const analysis::Effect& e = command.effect;
      if (e.kind != analysis::EffectKind::kPackages) continue;
      if (!e.removal) {
        if (e.note.starts_with("virtual:")) groups[e.note.substr(8)] = e.packages;
        each(e, e.packages);
        continue;
      }
      std::vector<std::string> names;
      for (const std::string& name : e.packages) {
        auto group = groups.find(name);
        if (group == groups.end()) names.push_back(name);
        else names.insert(names.end(), group->second.begin(), group->second.end());
      }
      each(e, names);
    }
}

}  // namespace

std::string RemovedBuildTool(const analysis::StageFlow& flow, analysis::Distro distro) {
  std::string found;
  ForEachPackageCommand(flow, [&](const analysis::Effect& e, const std::vector<std::string>& names) {
    if (!e.removal || !found.empty()) return;
    for (const std::string& name : names)
      if (analysis::IsBuildTool(name, distro)) {
        found = name;
        return;
      }
  });
  return found;
}

std::string CompilerKeptAfterOwnPurge(const analysis::StageFlow& flow, analysis::Distro distro) {
  if (RemovedBuildTool(flow, distro).empty()) return "";
  // A compiler package, versioned or not (gcc-12, clang-15); build-base is Alpine's build-essential.
  static const std::regex kCompiler(R"((gcc|g\+\+|clang|clang\+\+|gfortran|tcc|build-essential|build-base)(-[0-9.]+)?)");
  std::vector<std::string> kept;
  ForEachPackageCommand(flow, [&](const analysis::Effect& e, const std::vector<std::string>& names) {
    for (const std::string& name : names) {
      if (e.removal) {
        std::erase(kept, name);
      } else if (std::regex_match(name, kCompiler) && std::find(kept.begin(), kept.end(), name) == kept.end()) {
        kept.push_back(name);
      }
    }
  });
  return kept.empty() ? "" : kept.front();
}

// The Mix task that readies Mix in a stage that builds nothing with it (`mix local.hex` without a `mix
// deps.get`, `compile` or `release` there: livebook's runtime stage, whose copied release runs Mix.install
// for its users, compiling their dependencies with the stage's build-essential); "" when none.
std::string MixReadiedForRunTime(const analysis::StageFlow& flow) {
  std::string readied;
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands) {
      // The task after `mix` (`MIX_ENV=prod mix do deps.get, compile` names `do`), read from the text: the
      // flow model has no effect for some tasks.
      std::istringstream words(command.text);
      std::string word;
      while (words >> word && word.find('=') != std::string::npos && !word.starts_with("-")) {}
      if (shell::CanonicalTool(word) != "mix") continue;
      std::string task;
      words >> task;
      if (task.starts_with("local.") || task.starts_with("archive.install") || task.starts_with("hex.")) {
        if (readied.empty()) readied = "mix " + task;
      } else {
        return "";  // deps.get, compile, release, do ...: the stage builds with Mix, a builder's job
      }
    }
  return readied;
}

}  // namespace dockopt::split
