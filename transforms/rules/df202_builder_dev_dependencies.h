// DF202 on a multi-stage file whose final stage copies a node builder's app folder whole
// (`COPY --from=build /app .`) after the builder installed every dependency and built: the copy
// brings the devDependencies (the build's toolchain) into the final image. Pruned in the builder
// after its last step when nothing at run time needs them, else a suggestion naming why not.
#pragma once

#include "transforms/rule_context.h"

namespace dockopt {

/// Reports (and, when the command is proven to run plain node, prunes) the first such copy; true
/// when it reported one.
bool BuilderDevDependenciesCopied(RuleContext& context);

}  // namespace dockopt
