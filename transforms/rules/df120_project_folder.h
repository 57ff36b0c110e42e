// DF120 on `COPY DIR/ DEST`: one folder of the build context that holds the project (its manifests)
// copied before the project's install or build, which `COPY . .` rewrites handle only for the whole
// context. Reported as a suggestion naming the manifests to copy first.
#pragma once

#include <cstddef>

#include "transforms/rule_context.h"

namespace dockopt {

/// Reports the COPY/ADD at `index` when it copies one context folder holding the manifests of an
/// install or build that a later RUN of the stage runs in the copy's destination, and no earlier RUN
/// of the stage installs that ecosystem's dependencies. Needs the build context.
void CheckProjectFolderCopy(RuleContext& context, size_t index);

}  // namespace dockopt
