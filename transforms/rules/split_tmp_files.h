// DF202's exception to "/tmp is the build's scratch space": a file the stage writes there on purpose
// (`mkdir /tmp/version && date > /tmp/version/version.txt`), with no download, install or build
// anywhere in its folder, is part of the image, and production gets it.
#pragma once

#include <string_view>

#include "analysis/flow.h"

namespace dockopt::split {

/// True when `path` lies in a folder under /tmp or /var/tmp (not the scratch root itself) that only
/// file commands write (`mkdir`, `touch`, `echo`/`printf`/`date`/`cat` into a file) and in which no
/// command of `flow` runs: a build tree (`mkdir /tmp/b && cd /tmp/b && make`) or a download target
/// stays scratch.
bool DeliberateTmpFile(const analysis::StageFlow& flow, std::string_view path);

}  // namespace dockopt::split
