// DF202's python planner (pip --prefix): kept for slim python images with apt build tools; every
// other shape is planned from the flow model (split_plan.h).
#pragma once

#include <optional>

#include "ir/dockerfile.h"
#include "transforms/rule_context.h"
#include "transforms/rules/stage_split.h"

namespace dockopt::split {

// Each returns nullopt when the stage is not its pattern, else a rewrite or the reason there is none.

/// python image + apt build tools + `pip install`: builder installs with --prefix=/install.
std::optional<Outcome> PlanPython(RuleContext& context, const ir::Stage& stage);

}  // namespace dockopt::split
