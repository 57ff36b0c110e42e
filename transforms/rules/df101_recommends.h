// What DF101's --no-install-recommends would take away that the stage uses: the C compiler and the CA
// certificates an install brought in only as recommendations.
#pragma once

#include <optional>
#include <string>

#include "shell/tool_call.h"
#include "transforms/rule_context.h"

namespace dockopt {

/// Debian's -dev packages depend on libc6-dev, which recommends gcc: an `apt-get install` of -dev packages
/// that names no compiler, in a stage whose base has none and whose other installs name none, brings gcc
/// in only as a recommendation. When a build follows (this RUN at `index` or a later one of its stage:
/// `./configure && make`, a pip install of an sdist), it compiles with that gcc, so --no-install-recommends
/// must name gcc. Returns the build step ("make") then; nullopt otherwise.
std::optional<std::string> BuildUsesRecommendedCompiler(RuleContext& context, size_t index,
                                                        const shell::ToolCall& install);

/// An `apt-get install` naming a package that only recommends ca-certificates (curl through libcurl4, wget,
/// git, python3.N), on a base image without them, in a stage where no earlier install names them: without
/// recommendations, https fetches (the build's `git clone`, the container's requests) find no CA
/// certificates. Returns that package ("curl"); nullopt otherwise.
std::optional<std::string> NeedsRecommendedCertificates(RuleContext& context, size_t index,
                                                        const shell::ToolCall& install);

}  // namespace dockopt
