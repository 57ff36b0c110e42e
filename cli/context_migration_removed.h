// Context paths a Dockerfile deletes as soon as it has copied the whole context: sending them is
// wasted, so the one-shot migration leaves them out of the context instead.
#pragma once

#include <string>
#include <vector>

#include "ir/dockerfile.h"

namespace dockopt::cli {

/// The paths (relative to the context root) named by the leading `rm -r`/`rm -f` commands of the
/// RUN that directly follows a `COPY . DEST` (or `ADD .`) from the context, when each names a plain
/// path under DEST: `COPY . /opt/hc/` then `RUN rm -rf /opt/hc/.git && rm -rf /opt/hc/stuff` gives
/// {".git", "stuff"}. Nothing runs before those removals, so nothing can read the paths first.
std::vector<std::string> RemovedRightAfterCopy(const ir::Dockerfile& dockerfile);

}  // namespace dockopt::cli
