// DF202 on node kept for a front-end build: a PHP, Python or Ruby image that installs nodejs (npm,
// yarn) to build its assets in a RUN and never runs node afterwards keeps the whole JavaScript
// toolchain in production. No build package is left for the split planner to find, so it is said here.
#pragma once

#include <optional>
#include <string>

#include "analysis/flow.h"
#include "transforms/rule_context.h"

namespace dockopt {

/// The advice, when the final stage (`flow`) installs node packages with the system package manager,
/// runs node, npm, npx, yarn or pnpm in a RUN, and the container's command and the scripts it starts
/// (all read) run none of them: the toolchain only built the assets. nullopt otherwise.
std::optional<std::string> AssetToolchainKept(RuleContext& context, const analysis::StageFlow& flow);

}  // namespace dockopt
