// DF301's reading of a start that runs a package script (`npm start`, `yarn dev`): the script, not the
// command, says what the start does, and a build tool there writes next to sources root owns.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ir/dockerfile.h"

namespace dockopt {

/// Why a start that runs a package script (`npm start`, `npm run X`, `yarn X`, `pnpm X`) may fail as
/// a non-root user, described for a message; nullopt when the command runs no package script or its
/// script is read and runs no build tool. The script is unreadable when nothing copies the
/// application into its WORKDIR (a RUN cloned or downloaded it); a build tool (`gulp run:dev`,
/// `webpack`) writes its output next to the sources, which root owns. `context_dir` is the build
/// context, when given.
std::optional<std::string> PackageScriptStartIssue(const ir::Dockerfile& df, const std::vector<int>& chain,
                                                   const std::vector<std::string>& argv,
                                                   const std::optional<std::string>& context_dir);

}  // namespace dockopt
