// Commands that may not run (an `if` branch, a `case` arm, a loop over items dockopt cannot list, the
// right of `||`): what the split cannot plan around when their effect is known but uncertain.
#pragma once

#include <string>

#include "analysis/flow.h"
#include "ir/dockerfile.h"

namespace dockopt::split {

/// Why the stage's conditional commands keep the split from being planned, "" when they do not.
/// Production replays package installs and user creation as written and copies paths that must exist,
/// so a conditional install or removal of packages, a conditional user, a conditional write outside
/// every path the stage writes for sure, and a conditional removal of a written path or of a file
/// under /etc (production would replay it) all block. Unknown commands are left to the caller.
std::string ConditionalBlocker(const ir::Dockerfile& df, const analysis::StageFlow& flow);

}  // namespace dockopt::split
