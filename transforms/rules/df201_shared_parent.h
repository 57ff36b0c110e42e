// DF201 on a parent of the final stage that other stages build on too.
#pragma once

#include <vector>

#include "analysis/os_release.h"
#include "transforms/rule_context.h"

namespace dockopt {

/// Reports, as a suggestion, the -dev packages and build tools that a stage above the final stage's
/// chain installs (`FROM base AS final`, where `build-python` is `FROM base` too): they are in the final
/// image, but changing `base` would change the other stage, which may build with them. `chain` is the
/// final stage's own chain (FinalChain); `image_os` the release the final image runs (unknown: each
/// install's family's default names).
void ReportSharedParentBuildPackages(RuleContext& context, const std::vector<int>& chain,
                                     const analysis::OsRelease& image_os);

}  // namespace dockopt
