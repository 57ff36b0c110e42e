// DF110's second finding: packages an earlier RUN installed and a later RUN removes.
#pragma once

#include "transforms/rule_context.h"

namespace dockopt {

/// Reports each RUN of the final stage that removes packages (`apt-get purge`, `apk del`, `dnf remove`)
/// which an earlier RUN of the stage installed: the removal only hides them in a later layer, so their
/// bytes stay in the image. A suggestion: the RUNs in between use them (`pip install` with gcc), so
/// moving the removal up is not an edit dockopt can prove; installing, using and removing in one RUN,
/// or a builder stage (DF202), is.
void CheckLatePackageRemoval(RuleContext& context);

}  // namespace dockopt
