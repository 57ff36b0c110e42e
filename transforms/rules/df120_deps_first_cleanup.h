// DF120's test for a RUN that installs, builds and then removes what it installed (`npm ci && npm run
// build && rm -rf node_modules && apk del nodejs`): the install is there for the build alone, and the
// RUN keeps it out of the image by removing it in the same layer. Moved into a layer of its own, the
// install would stay in the image whatever the later removal does.
#pragma once

#include <cstddef>
#include <string>

#include "shell/script.h"

namespace dockopt {

/// The first command of `script` from `moved` on that removes what the commands before `moved` installed:
/// an `rm` of a dependency folder (node_modules, vendor, .venv, venv) or a package removal (`apk del`,
/// `apt-get purge`, `yum remove`, ...) of a package or virtual name those commands name; "" when none does.
std::string RemovesWhatMoves(const shell::Script& script, size_t moved);

}  // namespace dockopt
