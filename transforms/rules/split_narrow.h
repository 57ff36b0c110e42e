// DF202 on a final stage that copies an earlier stage whole (`COPY --from=build / /`): the copy
// brings the builder's toolchain along. Narrowed to what the runtime needs when the flow model of
// that stage proves it, else a suggestion naming why not.
#pragma once

#include "transforms/rule_context.h"

namespace dockopt::split {

/// Reports (and, when proven, rewrites) each `COPY --from=STAGE / /` of the final stage; true when it
/// reported one.
bool NarrowWholeStageCopies(RuleContext& context);

}  // namespace dockopt::split
