// Whether the container's own command runs a build tool: `CMD ["go", "run", "."]` or
// `ENTRYPOINT ["make"]` make the image a build environment, and a production stage without the
// toolchain could not run it.
#pragma once

#include <string>
#include <vector>

#include "analysis/flow.h"

namespace dockopt::split {

/// The build tool the container's command or HEALTHCHECK runs ("go", "make", "mvn"), looked up by
/// the program's name (through `sh -c "..."`) among the toolchain commands of slim-lacks.tsv and
/// the build packages production drops (`removed`: "git", "cmake"); "" when it runs none.
std::string CommandRunsBuildTool(const analysis::RuntimeNeeds& needs, const std::vector<std::string>& removed);

}  // namespace dockopt::split
