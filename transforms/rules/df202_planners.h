// DF202's per-ecosystem planners: each recognizes one single-stage pattern and plans its split.
#pragma once

#include <optional>

#include "ir/dockerfile.h"
#include "transforms/rule_context.h"
#include "transforms/rules/stage_split.h"

namespace dockopt::split {

// Each returns nullopt when the stage is not its pattern, else a rewrite or the reason there is none.

/// python image + apt build tools + `pip install`: builder installs with --prefix=/install.
std::optional<Outcome> PlanPython(RuleContext& context, const ir::Stage& stage);
/// golang image + `go build -o BIN` + CMD/ENTRYPOINT running BIN: distroless (or debian slim) production.
std::optional<Outcome> PlanGo(RuleContext& context, const ir::Stage& stage);
/// gcc image (or apt build tools) + `make` + CMD/ENTRYPOINT running a binary it built: debian slim production.
std::optional<Outcome> PlanMake(RuleContext& context, const ir::Stage& stage);
/// node image + `npm ci|install` + `npm run build` + CMD running a file under the build output dir.
std::optional<Outcome> PlanNode(RuleContext& context, const ir::Stage& stage);

}  // namespace dockopt::split
