// DF120 on the whole build context reaching a stage through `COPY --from=<stage>`: an earlier stage did
// `ADD . /src` and this one copies /src from it, then installs dependencies.
#pragma once

#include "transforms/rule_context.h"

namespace dockopt {

/// Reports, as a suggestion, the first dependency install of a stage that runs after a `COPY --from` of
/// the folder where an earlier stage put the whole build context (directly, or through one more such
/// copy): any source change then reinstalls the dependencies. The whole-context planner reads only
/// copies from the context, and the stages chain through each other, so nothing is moved.
void ReportStageTreeBeforeInstall(RuleContext& context);

}  // namespace dockopt
