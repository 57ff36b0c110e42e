// DF120: a dependency install after the sources came in folder by folder.
#include "transforms/rules/df120_source_folders.h"

#include <fmt/core.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "context/context_files.h"
#include "analysis/copy_sources.h"
#include "analysis/manifests.h"
#include "transforms/rules/df120_deps_first_classify.h"
#include "transforms/rules/df120_project_folder.h"
#include "transforms/rules/layer_facts.h"
#include "transforms/rules/stage_split.h"
#include "transforms/rules/whole_context_copy.h"

namespace dockopt {
namespace {

// Files whose names carry no extension: a source without a dot is a folder unless it is one of these.
constexpr std::string_view kDotlessFiles[] = {"Gemfile", "Pipfile", "Makefile", "makefile", "GNUmakefile",
                                              "Rakefile", "Procfile", "Dockerfile", "LICENSE", "VERSION",
                                              "artisan", "gradlew", "mvnw", "configure", "Cargo", "go"};

// The folder a COPY/ADD brings from the build context alone (`COPY ./app /app/app`), or "".
std::string SourceFolderOf(const ir::Instruction& inst) {
  if (inst.kind != ir::InstructionKind::kCopy && inst.kind != ir::InstructionKind::kAdd) return "";
  if (analysis::HasFromFlag(inst)) return "";
  const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
  if (!copy || copy->sources.size() != 1) return "";
  const analysis::CopySourceArg& source = copy->sources.front();
  if (source.origin != analysis::SourceOrigin::kPath || source.has_variable || source.has_glob || source.archive_name)
    return "";
  std::string_view path = source.path;
  while (path.starts_with("./")) path.remove_prefix(2);
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  if (path.empty() || path == "." || path.starts_with("..") || path.starts_with("/")) return "";
  const std::string_view last = path.substr(path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/') + 1);
  // Install inputs, not sources: the package manager's own folders (yarn's .yarn/releases) and patches
  // that patch-package or yarn apply during the install.
  for (size_t at = 0; at <= path.size();) {
    const size_t end = std::min(path.find('/', at), path.size());
    const std::string_view part = path.substr(at, end - at);
    if (part.starts_with(".") || part == "patches") return "";
    at = end + 1;
  }
  const bool slash = source.path.ends_with("/");
  if (!slash && (last.find('.') != std::string_view::npos ||
                 std::find(std::begin(kDotlessFiles), std::end(kDotlessFiles), last) != std::end(kDotlessFiles)))
    return "";
  return std::string(path);
}

// The first install of the RUN at `run` when it installs the local project itself (`pip install .`,
// `pip install -e .`) in a directory that holds where the COPY at `copy` put its folder: a change in the
// sources then resolves its dependencies again. "" for any other first install, or when where either
// runs is unknown.
std::string LocalProjectInstall(RuleContext& context, const shell::Script& script, size_t run, size_t copy) {
  const ir::Dockerfile& df = context.dockerfile();
  const std::optional<analysis::CopyArgs> args = analysis::ReadCopyArgs(df.instructions[copy]);
  std::optional<std::string> cwd = WorkdirAt(df, run);
  const std::optional<std::string> copy_cwd = WorkdirAt(df, copy);
  if (!args || !cwd || !copy_cwd) return "";
  const std::string dest = ResolvePath(*copy_cwd, args->destination);
  for (const shell::Command& command : script.commands) {
    // `cd DIR && pip install .`: the directory the install runs in.
    if (command.words.size() == 2 && command.words[0].value == "cd") *cwd = ResolvePath(*cwd, command.words[1].value);
    const DepsCommand deps = ClassifyDepsCommand(command, script);
    if (deps.role != DepsRole::kInstall) continue;
    // Only the project in the working directory ("." or "-e ."): another local path is some other package.
    const bool project = std::any_of(deps.local_operands.begin(), deps.local_operands.end(), [](const std::string& o) {
      std::string path;
      return analysis::ClassifyRequirement(o, path) == analysis::LocalRequirement::kProject;
    });
    if (deps.ecosystem != analysis::Ecosystem::kSetuptools || !deps.needs_sources || !project) return "";
    // The folder must land under that directory (not `COPY ./docker/bashrc /root/.bashrc` beside
    // `cd /opt/app && pip install -e .`); both relative means both under the base image's WORKDIR.
    const bool under = cwd->empty() ? !dest.starts_with("/") : dest.starts_with(*cwd == "/" ? "/" : *cwd + "/");
    return under ? std::string(context.Text(command.span)) : "";
  }
  return "";
}

// Its first line, at most 60 characters.
std::string Shown(std::string install) {
  install = install.substr(0, install.find_first_of("\\\n"));
  while (!install.empty() && install.back() == ' ') install.pop_back();
  if (install.size() > 60) install = install.substr(0, 57) + "...";
  return install;
}

// True when the context folder `folder` ("./src") holds, at most four levels down, a manifest of
// `ecosystem` (go.mod, Cargo.toml, pom.xml, build.gradle, a .NET project or solution): the build reads
// it, so fetching from the manifests first is possible. Read only with --context.
bool FolderHoldsManifest(RuleContext& context, std::string_view folder, analysis::Ecosystem ecosystem) {
  if (!context.options().context_dir) return false;
  std::string error;
  std::optional<context::ContextFiles> files = context::ContextFiles::Open(*context.options().context_dir, error);
  if (!files) return false;
  while (folder.starts_with("./")) folder.remove_prefix(2);
  const std::string prefix = std::string(folder) + "/";
  auto is_manifest = [&](std::string_view name) {
    switch (ecosystem) {
      case analysis::Ecosystem::kGo: return name == "go.mod";
      case analysis::Ecosystem::kCargo: return name == "Cargo.toml";
      case analysis::Ecosystem::kMaven: return name == "pom.xml";
      case analysis::Ecosystem::kGradle: return name == "build.gradle" || name == "build.gradle.kts";
      case analysis::Ecosystem::kDotnet:
        return name.ends_with(".csproj") || name.ends_with(".fsproj") || name.ends_with(".vbproj") || name.ends_with(".sln");
      default: return false;
    }
  };
  bool found = false;
  files->Walk([&](const std::string& path, bool directory) {
    if (!path.starts_with(prefix) && prefix.rfind(path + "/", 0) != 0) return context::ContextFiles::Step::kSkip;
    if (std::count(path.begin(), path.end(), '/') > std::count(prefix.begin(), prefix.end(), '/') + 3)
      return context::ContextFiles::Step::kSkip;
    if (!directory && path.starts_with(prefix) && is_manifest(path.substr(path.rfind('/') + 1))) {
      found = true;
      return context::ContextFiles::Step::kStop;
    }
    return context::ContextFiles::Step::kContinue;
  });
  return found;
}

// True when the build `command` of the RUN at `run` works in the folder the COPY at `copy` filled: the
// RUN's WORKDIR is that destination or below it and no cd comes first, or the command names a path in it
// (`dotnet build /app/Plugins/X`, `mvn -f /app/pom.xml`).
bool BuildsInCopiedFolder(const ir::Dockerfile& df, size_t copy, size_t run, const shell::Script& script,
                          const shell::Command& command) {
  const std::optional<analysis::CopyArgs> args = analysis::ReadCopyArgs(df.instructions[copy]);
  const std::optional<std::string> copy_cwd = WorkdirAt(df, copy);
  const std::optional<std::string> run_cwd = WorkdirAt(df, run);
  if (!args || !copy_cwd || !run_cwd || args->destination.find('$') != std::string::npos) return false;
  const std::string dest = ResolvePath(copy_cwd->empty() ? "/" : *copy_cwd, args->destination);
  auto inside = [&](const std::string& path) { return path == dest || path.starts_with(dest == "/" ? dest : dest + "/"); };
  for (const shell::Word& word : command.words)
    if (word.literal && word.value.starts_with("/") && inside(ResolvePath("/", word.value))) return true;
  for (const shell::Command& c : script.commands) {
    if (&c == &command) break;
    if (StateChange(c) != ShellState::kNone) return false;
  }
  return !run_cwd->empty() && inside(*run_cwd);
}

}  // namespace

void ReportSourceFoldersBeforeInstall(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  for (const ir::Stage& stage : df.stages) {
    std::vector<std::string> folders;
    size_t first_folder_copy = 0;
    bool context_copy_before = false;  // a COPY/ADD from the context came before the first source folder
    std::vector<analysis::Ecosystem> fetched;  // ecosystems an earlier RUN of the stage installed or fetched
    // RUNs before two source folders came, classified only once a later RUN needs `fetched`: most stages
    // never copy two folders, and classifying every command of every RUN was most of this rule's cost.
    std::vector<const shell::Script*> unread;
    auto read_fetched = [&] {
      for (const shell::Script* earlier : unread)
        for (const shell::Command& command : earlier->commands) {
          const DepsCommand deps = ClassifyDepsCommand(command, *earlier);
          if ((deps.role == DepsRole::kInstall || deps.role == DepsRole::kBuild) && deps.ecosystem)
            fetched.push_back(*deps.ecosystem);
        }
      unread.clear();
    };
    for (size_t i : stage.instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (CopiesWholeContext(inst)) break;  // DF120's own planner reads that one
      if (std::string folder = SourceFolderOf(inst); !folder.empty()) {
        if (folders.empty()) first_folder_copy = i;
        if (folders.empty()) context_copy_before = std::any_of(
            stage.instructions.begin(), std::find(stage.instructions.begin(), stage.instructions.end(), i),
            [&](size_t earlier) {
              const ir::Instruction& e = df.instructions[earlier];
              return (e.kind == ir::InstructionKind::kCopy || e.kind == ir::InstructionKind::kAdd) &&
                     !analysis::HasFromFlag(e);
            });
        if (std::find(folders.begin(), folders.end(), "./" + folder) == folders.end()) folders.push_back("./" + folder);
        continue;
      }
      if (inst.kind != ir::InstructionKind::kRun) continue;
      if (inst.is_exec()) {  // `RUN ["lein", "deps"]`: a fetch in exec form counts as one
        if (std::optional<analysis::Ecosystem> ecosystem = ExecFormFetch(inst)) fetched.push_back(*ecosystem);
        continue;
      }
      const shell::Script* script = context.ScriptOf(inst);
      if (script == nullptr) continue;
      if (folders.size() == 1) {
        // One source folder before the project's own install: its dependencies can still come first,
        // when the folder planner does not already work inside that folder.
        if (std::string local = LocalProjectInstall(context, *script, i, first_folder_copy); !local.empty()) {
          read_fetched();
          const bool pip_before = std::any_of(fetched.begin(), fetched.end(), [](analysis::Ecosystem e) {
            return e == analysis::Ecosystem::kPip || e == analysis::Ecosystem::kSetuptools;
          });
          if (!pip_before && !ProjectFolderOfCopy(context, first_folder_copy))
            context.Report(inst.keyword,
                           fmt::format("'{}' installs the project itself after the COPY of the source folder '{}': a "
                                       "change in it resolves and reinstalls every dependency the project names; "
                                       "install the requirements first (from a requirements file or the manifest), "
                                       "then the project with '--no-deps' after the sources (not applied: which "
                                       "files the build reads, such as a README for the long description, is the "
                                       "author's to say)",
                                       Shown(local), folders.front()));
          break;
        }
      }
      if (folders.size() == 1 && !context_copy_before && !ProjectFolderOfCopy(context, first_folder_copy)) {
        // One source folder whose manifests lie deeper in it (`COPY ./src /app`, then `dotnet build
        // /app/Plugins/X`): no planner moves the fetch, but every change in the folder still repeats it.
        // Not when files of the context came before it (`COPY go.* *.go ./` then `COPY cmd cmd`): the
        // author chose what comes first, and the manifests may be among them.
        read_fetched();
        std::string build, prefetch;
        for (const shell::Command& command : script->commands) {
          const DepsCommand deps = ClassifyDepsCommand(command, *script);
          if (deps.ecosystem && std::find(fetched.begin(), fetched.end(), *deps.ecosystem) != fetched.end()) continue;
          if (deps.role == DepsRole::kBuild && deps.ecosystem && !deps.prefetch.empty()) {
            if (BuildsInCopiedFolder(df, first_folder_copy, i, *script, command) &&
                FolderHoldsManifest(context, folders.front(), *deps.ecosystem)) {
              build = Shown(std::string(context.Text(command.span)));
              prefetch = deps.prefetch;
            }
            break;
          }
        }
        if (!build.empty()) {
          context.Report(inst.keyword,
                         fmt::format("'{}' runs after the COPY of the source folder '{}': a change in it downloads "
                                     "the dependencies again; copy only the manifests and fetch the dependencies "
                                     "('{}') before it (not applied: the manifests lie in folders of it dockopt "
                                     "does not plan)",
                                     build, folders.front(), prefetch));
          break;
        }
      }
      if (folders.size() < 2) {
        unread.push_back(script);
        continue;
      }
      read_fetched();
      std::string install;
      std::string prefetch;
      std::string why;  // what of the sources the install reads (composer's scripts and autoloader)
      for (const shell::Command& command : script->commands) {
        const DepsCommand deps = ClassifyDepsCommand(command, *script);
        // The stage fetched these dependencies before the sources came: this one only adds to them.
        if (deps.ecosystem && std::find(fetched.begin(), fetched.end(), *deps.ecosystem) != fetched.end()) continue;
        if (deps.role == DepsRole::kInstall) {
          install = std::string(context.Text(command.span));
          if (deps.needs_sources) why = deps.why;
          // A folder that holds what the install names (`pip install -r requirements/base.txt`) is its manifests.
          for (const std::string& manifest : deps.named) {
            std::string_view named = manifest;
            while (named.starts_with("./")) named.remove_prefix(2);
            std::erase_if(folders, [&](const std::string& folder) {
              return named.starts_with(std::string_view(folder).substr(2)) &&
                     named.size() > folder.size() - 2 && named[folder.size() - 2] == '/';
            });
          }
          break;
        }
        if (deps.role == DepsRole::kBuild && !deps.prefetch.empty()) {
          install = std::string(context.Text(command.span));
          prefetch = deps.prefetch;
          break;
        }
      }
      if (install.empty() || folders.size() < 2) continue;
      install = Shown(install);
      const size_t shown = std::min<size_t>(folders.size(), 3);
      std::vector<std::string> named(folders.begin(), folders.begin() + static_cast<std::ptrdiff_t>(shown));
      context.Report(inst.keyword,
                     fmt::format("'{}' runs after {} COPYs of source folders ({}{}): a change in any of them "
                                 "reinstalls the dependencies; copy only the manifests and {} before them{} (not "
                                 "applied: with the sources in several COPYs, which files the install reads is "
                                 "the author's to say)",
                                 install, folders.size(), split::QuoteList(named), folders.size() > shown ? ", ..." : "",
                                 prefetch.empty() ? "install" : fmt::format("fetch the dependencies ('{}')", prefetch),
                                 why.empty() ? "" : fmt::format(" ({})", why)));
      break;  // one finding a stage: the first install the folders come before
    }
  }
}

}  // namespace dockopt
