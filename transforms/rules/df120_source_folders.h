// DF120 on sources copied folder by folder: `COPY ./app /app/app`, `COPY ./config /app/config`, ...
// before the dependency install, which the whole-context planner does not see.
#pragma once

#include "transforms/rule_context.h"

namespace dockopt {

/// Reports, as a suggestion, a dependency install (a manifest-only install DF120 knows) that runs after
/// two or more COPYs of source folders from the build context into the stage: each source change then
/// reinstalls the dependencies. The planner that moves installs reads only a whole-context COPY (or one
/// project folder); with the sources in several COPYs, which of them the install reads is the author's
/// to say, so nothing is moved.
void ReportSourceFoldersBeforeInstall(RuleContext& context);

}  // namespace dockopt
