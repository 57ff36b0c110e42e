// Manifest knowledge per ecosystem: which files a dependency install reads (manifests, lock files,
// rc files, wrappers), and what it reads beyond them as the build context shows (requirement
// includes, local path packages, workspaces, install hooks). Used by DF120 (deps-first) and the
// stage split; it reads the context through context/ so .dockerignore exclusions count.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "context/context_files.h"

namespace dockopt::analysis {

/// The build context as the builder sees it (the one reader of context files, in context/).
using ContextFiles = context::ContextFiles;

enum class Ecosystem : uint8_t {
  kPip, kPipenv, kPoetry, kUv, kPdm, kSetuptools,  // python
  kNpm, kYarn, kPnpm,                              // node
  kGo, kCargo, kMaven, kGradle, kBundler, kComposer, kDotnet,
  kMix,  // elixir
  kLein, kSbt, kStack, kPub,  // clojure, scala, haskell, dart
  kShards,                    // crystal
};

/// "pip", "npm", "go", ...
std::string_view EcosystemName(Ecosystem ecosystem);
/// "python", "node", "go", "rust", "java", "ruby", "php", "dotnet", "elixir", "clojure", "scala", "haskell",
/// "dart", "crystal": the corpus' language column.
std::string_view LanguageOf(Ecosystem ecosystem);

/// The files an install reads, by name, relative to its working directory.
struct ManifestNames {
  std::vector<std::string> required;  // must exist: package.json, go.mod, pom.xml (globs: "*.csproj")
  std::vector<std::string> optional;  // lock files, rc files, wrappers: copied when present
};
ManifestNames ManifestNamesOf(Ecosystem ecosystem);

/// Something an install reads beyond its manifests (copied only under --unsafe).
struct Extra {
  std::string path;     // relative to the install's directory; "libs/acme" or "scripts/postinstall.js"
  bool directory = false;
  std::string why;      // "local path requirement on line 3 of 'requirements.txt'"
};

/// What an install reads, resolved in the context.
struct InstallInputs {
  std::vector<std::string> files;  // manifests, includes and companions present, in copy order
  std::vector<std::string> directories;  // companion directories present (.mvn, gradle, .yarn/releases)
  std::vector<Extra> extras;       // local packages, hook scripts, workspace manifests
  std::vector<std::string> placeholders;  // source files the tool insists on (cargo's targets): stubbed, then removed
  std::string blocker;             // non-empty: the install needs the whole sources (or a manifest is missing)
};

/// Resolves what an install of `ecosystem` running in `cwd` (a directory of the context, "" for
/// the root) reads. `named` are the manifests the command names (pip's -r/-c files); empty means
/// the ecosystem's defaults. `local_operands` are local paths on the command line (`pip install ./libs/x`).
/// `ignore_scripts`: the install runs no package.json hooks (`npm ci --ignore-scripts`).
InstallInputs ResolveInstallInputs(const ContextFiles& context, std::string_view cwd, Ecosystem ecosystem,
                                   const std::vector<std::string>& named = {},
                                   const std::vector<std::string>& local_operands = {}, bool ignore_scripts = false);

/// How one requirement (a requirements line or a pip operand) reads the local disk.
enum class LocalRequirement : uint8_t {
  kNone,     // from the index or a URL
  kProject,  // "." or "-e .": the project itself, i.e. the whole sources
  kPath,     // another local directory or archive: "./libs/x", "-e libs/x", "x @ file:./libs/x"
};
/// Classifies `requirement` and sets `path` to the local path it reads (without "./", "-e ", "file:").
LocalRequirement ClassifyRequirement(std::string_view requirement, std::string& path);

/// The facts of a package.json that decide whether `npm ci` reads more than the manifests.
struct PackageJsonFacts {
  bool parsed = false;
  std::vector<std::string> workspaces;  // patterns: "packages/*"
  std::vector<std::pair<std::string, std::string>> hooks;  // {"postinstall", "node scripts/x.js"}, npm's order
  std::vector<std::string> local_dependencies;            // "file:./libs/x" and "link:" targets
  std::vector<std::string> pnpm_patches;                  // "pnpm.patchedDependencies" files: "patches/x.patch"
};
PackageJsonFacts ReadPackageJson(std::string_view text);

/// Whether `go build` reads vendor/ (when vendor/modules.txt exists) without `-mod=vendor`: Go does
/// from `go 1.14` in go.mod on (and when go.mod names no version); before, it downloads the modules.
bool GoUsesVendorByDefault(std::string_view gomod);

/// The directories of pnpm-workspace.yaml's `packages:` list ("packages/*").
std::vector<std::string> ReadPnpmWorkspaces(std::string_view text);

/// The patch files of pnpm-workspace.yaml's `patchedDependencies:` map ("patches/x@1.0.patch"):
/// `pnpm install` applies them, so it fails without them.
std::vector<std::string> ReadPnpmPatchedDependencies(std::string_view text);

}  // namespace dockopt::analysis
