// DF202 on node kept for a front-end build: a PHP, Python or Ruby image that installs nodejs (npm,
// yarn) to build its assets in a RUN and never runs node afterwards keeps the whole JavaScript
// toolchain in production. No build package is left for the split planner to find, so it is said here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/flow.h"
#include "transforms/rule_context.h"

namespace dockopt {

/// Node installed with the system's packages that only a RUN's front-end build used.
struct AssetToolchain {
  std::vector<std::string> packages;  // "nodejs", "npm", "yarn": installed and not removed, in order
  std::string build;                  // the first node build a RUN runs, shortened: "yarn build"
  std::string build_at;               // where it runs: "RUN at line 12"
};

/// The node packages of the final stage (`flow`) when it installs them with the system package manager,
/// runs a node build (`npm run build`, `yarn build`) in a RUN, installs no named node package (a program
/// or module the container may run), and the container's command and the scripts it starts (all read)
/// run no node: the toolchain only built the assets. nullopt otherwise.
std::optional<AssetToolchain> NodeOnlyForAssets(RuleContext& context, const analysis::StageFlow& flow);

/// The advice for NodeOnlyForAssets' finding, when the stage has one; nullopt otherwise.
std::optional<std::string> AssetToolchainKept(RuleContext& context, const analysis::StageFlow& flow);

}  // namespace dockopt
