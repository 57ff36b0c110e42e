// DF202 on a multi-stage file whose final stage installs a build CLI globally (`npm install -g
// typescript`, `yarn global add @nestjs/cli`): a compiler in the runtime image that the container's
// command does not name. Always a suggestion: a package script or entrypoint may still run it.
#pragma once

#include "transforms/rule_context.h"

namespace dockopt {

/// Reports each global install of the final stage that holds such a CLI; true when it reported one.
bool GlobalBuildCliInFinal(RuleContext& context);

}  // namespace dockopt
