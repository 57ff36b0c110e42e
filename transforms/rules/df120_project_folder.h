// DF120 on `COPY DIR/ DEST`: one folder of the build context that holds the project (its manifests)
// copied before the project's install or build. The deps-first planner then works inside that folder
// as it does for `COPY . .` over the whole context.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "transforms/rule_context.h"

namespace dockopt {

/// The context folder ("src", "backend") that the COPY/ADD at `index` copies alone, when it holds the
/// manifests of an install or build that a later RUN of the stage runs in the copy's destination, and
/// no earlier RUN of the stage installs that ecosystem's dependencies; nullopt otherwise. Needs the
/// build context.
std::optional<std::string> ProjectFolderOfCopy(RuleContext& context, size_t index);

}  // namespace dockopt
