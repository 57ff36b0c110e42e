// The install lifecycle scripts an npm install skips with `--ignore-scripts`, and the commands that
// run them later (after `COPY . .`), so the install itself can go before the sources (DF120).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/manifests.h"

namespace dockopt::analysis {

/// The root package's scripts that `npm install`/`npm ci` run after installing the dependencies, in
/// npm's order (npm 7 and later): preinstall, install, postinstall, prepublish, preprepare, prepare,
/// postprepare.
inline constexpr std::string_view kNpmInstallLifecycle[] = {"preinstall", "install",    "postinstall", "prepublish",
                                                             "preprepare", "prepare", "postprepare"};

/// How the scripts skipped by `--ignore-scripts` run after the sources.
struct DeferredScripts {
  std::string command;               // "npm rebuild && npm run prepare"; empty when blocked
  std::vector<std::string> scripts;  // the root's lifecycle scripts that now run after the sources
  // `npm rebuild` runs the root's install-phase scripts (preinstall, install, postinstall) before the
  // dependencies' own in each phase, where the install ran them after: named in the finding (DF120 clears it
  // when the lock shows no dependency with install scripts).
  bool root_runs_first = false;
  std::string blocker;  // why it cannot be deferred
};

/// Plans the deferral for an install of `ecosystem` whose root package.json is `facts`: `npm rebuild`
/// (the dependencies' install scripts, node-gyp builds and, in npm 7+, the root's preinstall,
/// install and postinstall), then `npm run` for the root's prepublish and prepare scripts.
/// Blocked for yarn and pnpm (their `--ignore-scripts` has no certain counterpart), for a root
/// `preinstall` (npm 6 and yarn run it before the dependencies), and for workspaces.
DeferredScripts DeferInstallScripts(const PackageJsonFacts& facts, Ecosystem ecosystem);

/// Whether any dependency in a package-lock.json (lockfileVersion 2 or later) has install scripts
/// (`"hasInstallScript": true`, node-gyp builds included); nullopt when the lock cannot tell.
std::optional<bool> LockedDependenciesHaveInstallScripts(std::string_view lock);

/// True for a Node.js image whose tag names a release that ships npm 6 (`node:14`, `mhart/alpine-node:12`):
/// its `npm rebuild` does not run the root's scripts, and it runs `preinstall` before the dependencies.
bool ShipsNpm6(std::string_view image);

}  // namespace dockopt::analysis
