// ReadsGitMetadata (see context_migration_git.h).
#include "cli/context_migration_git.h"

#include <fmt/core.h>

#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "context/context_files.h"

namespace dockopt::cli {
namespace {

// git subcommands that need the repository's .git: its history and refs (describe, log), its work
// tree state (status, diff), or that change the work tree from it (checkout, reset, submodule
// update: gitea's `git checkout "${GITEA_VERSION}"`). Not clone, config or init, except a config that
// marks a directory safe for git to run in. Global options may stand between `git` and the
// subcommand (`git -C src rev-parse HEAD`).
std::optional<std::string> GitRead(std::string_view text) {
  static const std::regex kRead(
      R"((^|[^A-Za-z0-9_.-])git((\s+(-C|-c)\s+\S+)|(\s+--[a-z-]+(=\S+)?))*\s+)"
      R"((describe|rev-parse|log|rev-list|show|symbolic-ref|status|tag|checkout|switch|reset|diff|branch|)"
      R"(submodule|stash|ls-files|ls-tree|fetch|pull|merge|cherry-pick|restore|worktree)\b)");
  std::match_results<std::string_view::const_iterator> m;
  if (std::regex_search(text.begin(), text.end(), m, kRead)) {
    std::string command = "git ";  // appended, not `"git " + m[7].str()`: GCC 12 -O3 warns wrongly on that
    command += m[7].str();
    return command;
  }
  // `git config --add safe.directory /app` (quipucords) declares that git will run on the checkout
  // copied there: at run time, where no RUN shows it.
  static const std::regex kSafeDirectory(R"((^|[^A-Za-z0-9_.-])git\s+([^&;|\n]*\s)?config\s[^&;|\n]*safe\.directory)");
  if (std::regex_search(text.begin(), text.end(), m, kSafeDirectory)) return "git config safe.directory";
  return std::nullopt;
}

// Gradle plugins and Maven plugins that read the repository for the version they build in (and most
// fail the build without it: nebula.release, git-commit-id's failOnNoGitDirectory).
std::optional<std::string> GitVersionPlugin(const std::string& text) {
  static const std::regex kPlugin(
      R"((nebula\.netflixoss|nebula\.release|org\.ajoberstar\.(grgit|reckon)|com\.palantir\.git-version|)"
      R"(pl\.allegro\.tech\.build\.axion-release|net\.nemerosa\.versioning|com\.gorylenko\.gradle-git-properties|)"
      R"(me\.qoomon\.git-versioning|jgitver|git-commit-id(-maven)?-plugin))");
  std::smatch m;
  if (std::regex_search(text, m, kPlugin)) return m[1].str();
  return std::nullopt;
}

// Shell scripts a RUN starts (`bash build.sh release docker`, `./scripts/build.sh`): the context paths
// to read, the one named and, when that is not at the top, its name at the top (after `COPY . .` the
// WORKDIR is the context's root).
std::vector<std::string> ScriptsRun(std::string_view text) {
  static const std::regex kScript(R"((^|[\s;&|(])(\.?/?[A-Za-z0-9_][A-Za-z0-9_./-]*\.sh)(?=[\s;&|)]|$))");
  std::vector<std::string> paths;
  for (std::regex_iterator<std::string_view::const_iterator> it(text.begin(), text.end(), kScript), end; it != end; ++it) {
    std::string path = (*it)[2].str();
    if (path.starts_with("./")) path.erase(0, 2);
    if (path.starts_with("/")) path = path.substr(path.rfind('/') + 1);
    paths.push_back(path);
  }
  return paths;
}

// Node libraries whose one job is reading the repository (elk's config/env.ts runs simple-git's
// `revparse HEAD` in its Nuxt build and fails without .git).
std::optional<std::string> GitLibrary(const std::string& package_json) {
  static const std::regex kLibrary(R"re("(simple-git|git-rev-sync|git-repo-info|git-describe|git-last-commit|isomorphic-git)"\s*:)re");
  std::smatch m;
  if (std::regex_search(package_json, m, kLibrary)) return m[1].str();
  return std::nullopt;
}

// A build or install script of package.json that runs git (`"build": "REACT_APP_SHA=$(git rev-parse
// HEAD) react-scripts build"`); a release script's `git tag` is not the image's build.
std::optional<std::string> GitInBuildScript(const std::string& package_json) {
  static const std::regex kScript(R"re("((pre|post)?(build|install|prepare)[^"]*)"\s*:\s*"((\\.|[^"\\])*)")re");
  for (std::sregex_iterator it(package_json.begin(), package_json.end(), kScript), end; it != end; ++it)
    if (std::optional<std::string> read = GitRead((*it)[4].str())) return fmt::format("script '{}' runs '{}'", (*it)[1].str(), *read);
  return std::nullopt;
}

// A RUN that builds the Python project of the context (not a named package): `pip install .`,
// `pip3 install -e ".[all]"`, `uv build`, `uv sync`, `poetry install`, `python -m build`, `setup.py`.
bool BuildsPythonProject(std::string_view text) {
  static const std::regex kBuild(
      R"(pip[0-9.]*\s+install\b[^;&|\n]*\s["']?\.(["'\s/\[]|$))"
      R"(|(^|[^A-Za-z0-9_-])(uv\s+(build|sync)|poetry\s+(install|build)|hatch\s+build|pdm\s+(install|build|sync)|)"
      R"(flit\s+(build|install)|python[0-9.]*\s+-m\s+build)\b|setup\.py)");
  return std::regex_search(text.begin(), text.end(), kBuild);
}

// Python build plugins that take the package's version from git (setuptools-scm fails without a
// repository unless given a fallback; versioningit and hatch-vcs fall back to 0.0.0): the plugin
// a manifest names, nullopt when none does.
std::optional<std::string> PythonGitVersionPlugin(const std::string& text) {
  static const std::regex kPlugin(
      R"((setuptools[_-]scm|use_scm_version|versioningit|hatch[_-]vcs|poetry[_-]dynamic[_-]versioning|)"
      R"(uv[_-]dynamic[_-]versioning|dunamai|versioneer))");
  std::smatch m;
  if (std::regex_search(text, m, kPlugin)) return m[1].str();
  return std::nullopt;
}

}  // namespace

std::optional<std::string> ReadsGitMetadata(const ir::Dockerfile& dockerfile, const std::string& context_dir) {
  // Ant's word as a command (`RUN ant compile`), not inside another word (`want`, `ant-contrib`).
  static const std::regex kAnt(R"((^|[\s;&|(])ant(\s|$))");
  // Gradle or Maven as a command or an image (`./gradlew build`, `FROM maven:3-jdk-8` whose RUN runs a
  // build script), not inside another word.
  static const std::regex kGradle(R"((^|[^A-Za-z0-9_-])gradlew?($|[^A-Za-z0-9_-]))");
  static const std::regex kMaven(R"((^|[^A-Za-z0-9_-])(mvnw?|maven)($|[^A-Za-z0-9_-]))");
  static const std::regex kCmake(R"((^|[^A-Za-z0-9_-])cmake($|[^A-Za-z0-9_-]))");
  bool runs_make = false;
  bool runs_ant = false;
  bool runs_gradle = false;
  bool runs_maven = false;
  bool runs_cmake = false;
  bool runs_node = false;
  std::vector<std::string> scripts;
  static const std::regex kNode(R"((^|[^A-Za-z0-9_-])(npm|yarn|pnpm|npx|bun)\s)");
  bool builds_python = false;
  bool pretend_version = false;  // SETUPTOOLS_SCM_PRETEND_VERSION and the like give the version instead
  for (const ir::Instruction& inst : dockerfile.instructions) {
    pretend_version |= inst.logical.find("PRETEND_VERSION") != std::string_view::npos;
    if (inst.kind != ir::InstructionKind::kRun) continue;
    if (std::optional<std::string> read = GitRead(inst.logical))
      return fmt::format("a RUN runs '{}'", *read);
    builds_python |= BuildsPythonProject(inst.logical);
    runs_make |= inst.logical.find("make") != std::string_view::npos;
    runs_ant |= std::regex_search(inst.logical.begin(), inst.logical.end(), kAnt);
    runs_node |= std::regex_search(inst.logical.begin(), inst.logical.end(), kNode);
    for (std::string& script : ScriptsRun(inst.logical)) scripts.push_back(std::move(script));
  }
  // alist's `bash build.sh release docker` takes the version from `git describe --tags`.
  if (!scripts.empty()) {
    const context::ContextFiles files(context_dir);
    for (const std::string& script : scripts) {
      std::optional<std::string> text = files.Read(script, 1 << 20);
      if (!text && script.find('/') != std::string::npos) text = files.Read(script.substr(script.rfind('/') + 1), 1 << 20);
      if (!text) continue;
      if (std::optional<std::string> read = GitRead(*text))
        return fmt::format("'{}', which a RUN runs, runs '{}'", script, *read);
    }
  }
  if (runs_node)
    if (std::optional<std::string> manifest = context::ContextFiles(context_dir).Read("package.json", 1 << 20)) {
      if (std::optional<std::string> library = GitLibrary(*manifest))
        return fmt::format("'package.json', whose build a RUN runs, depends on '{}', which reads the repository", *library);
      if (std::optional<std::string> read = GitInBuildScript(*manifest))
        return fmt::format("'package.json', whose build a RUN runs: its {}", *read);
    }
  // Prefect's `uv build --sdist` versions the package with versioningit, from the repository's tags.
  if (builds_python && !pretend_version) {
    const context::ContextFiles files(context_dir);
    for (const char* manifest : {"pyproject.toml", "setup.cfg", "setup.py"})
      if (std::optional<std::string> text = files.Read(manifest, 1 << 20))
        if (std::optional<std::string> plugin = PythonGitVersionPlugin(*text))
          return fmt::format("'{}', whose project a RUN builds, versions it with '{}' from the repository", manifest,
                             *plugin);
  }
  for (const ir::Instruction& inst : dockerfile.instructions) {
    if (inst.kind != ir::InstructionKind::kRun && inst.kind != ir::InstructionKind::kFrom) continue;
    runs_gradle |= std::regex_search(inst.logical.begin(), inst.logical.end(), kGradle);
    runs_maven |= std::regex_search(inst.logical.begin(), inst.logical.end(), kMaven);
    runs_cmake |= inst.kind == ir::InstructionKind::kRun &&
                  std::regex_search(inst.logical.begin(), inst.logical.end(), kCmake);
  }
  if (!runs_make && !runs_ant && !runs_gradle && !runs_maven && !runs_cmake) return std::nullopt;
  const context::ContextFiles files(context_dir);
  if (runs_make)
    for (const char* makefile : {"Makefile", "GNUmakefile", "makefile"})
      if (std::optional<std::string> text = files.Read(makefile, 1 << 20))
        if (std::optional<std::string> read = GitRead(*text))
          return fmt::format("'{}', which a RUN's make runs, runs '{}'", makefile, *read);
  // YaCy's build.xml takes the revision it builds into the program from `<exec executable="git">`.
  static const std::regex kAntExecGit(R"(<exec\s[^>]*executable\s*=\s*["']git["'])");
  if (runs_ant)
    if (std::optional<std::string> text = files.Read("build.xml", 1 << 20))
      if (std::regex_search(*text, kAntExecGit)) return "'build.xml', which a RUN's ant runs, runs git";
  // ZLMediaKit's CMakeLists.txt runs `${GIT_EXECUTABLE} rev-parse --short=7 HEAD` (found by
  // find_package(Git)) for the version it compiles in.
  if (runs_cmake)
    if (std::optional<std::string> text = files.Read("CMakeLists.txt", 1 << 20)) {
      static const std::regex kGitExecutable(R"(\$\{GIT_EXECUTABLE\})");
      if (std::optional<std::string> read = GitRead(std::regex_replace(*text, kGitExecutable, "git")))
        return fmt::format("'CMakeLists.txt', which a RUN's cmake reads, runs '{}'", *read);
    }
  // Netflix's builds apply nebula.netflixoss, whose release plugin takes the version from git and
  // fails without a repository; a Gradle script may also run git itself (`'git rev-parse HEAD'.execute()`).
  std::vector<const char*> build_files;
  if (runs_gradle)
    build_files.insert(build_files.end(), {"build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"});
  if (runs_maven) build_files.insert(build_files.end(), {"pom.xml", ".mvn/extensions.xml"});
  for (const char* file : build_files) {
    std::optional<std::string> text = files.Read(file, 1 << 20);
    if (!text) continue;
    if (std::optional<std::string> plugin = GitVersionPlugin(*text))
      return fmt::format("'{}' applies '{}', which reads the repository for the version", file, *plugin);
    if (std::optional<std::string> read = GitRead(*text)) return fmt::format("'{}' runs '{}'", file, *read);
    // cruise-control's determineCommitId reads `file("$rootDir/.git/HEAD")` and the ref it names.
    static const std::regex kGitFile(R"(\.git/(HEAD|refs/|packed-refs))");
    std::smatch m;
    if (std::regex_search(*text, m, kGitFile)) return fmt::format("'{}' reads '.git/{}'", file, m[1].str());
  }
  return std::nullopt;
}

}  // namespace dockopt::cli
