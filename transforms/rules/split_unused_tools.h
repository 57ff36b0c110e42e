// Whether a stage that installs build tools ever builds with them. A stage that only installs `git`
// or `gcc` next to a program copied from another stage keeps them for the container (gitleaks and
// gocity run git; a -dev package there is wanted for its library, which DF201 swaps): splitting them
// away would break the program, not shrink a build.
#pragma once

#include <string>
#include <vector>

#include "analysis/flow.h"

namespace dockopt::split {

/// True when no command of the stage builds, installs dependencies, compiles, has unknown effects, or
/// runs one of `tools` or a toolchain command (slim-lacks.tsv): the tools are not for the build.
bool BuildToolsUnused(const analysis::StageFlow& flow, const std::vector<std::string>& tools);

}  // namespace dockopt::split
