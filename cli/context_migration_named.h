// Whether a command of the Dockerfile names a file inside a directory that looks like build output.
#pragma once

#include <optional>
#include <string>

#include "ir/dockerfile.h"

namespace dockopt::cli {

/// The first relative path a RUN, CMD or ENTRYPOINT names under `dir` (a context directory) that is
/// a file of the context: `go run build/ci.go` (go-ethereum's build/ holds its build script),
/// `RUN script/build/cleanup.sh`. nullopt when none does. Such a directory is source the build runs,
/// whatever its name says; without a .gitignore nothing else tells it from a leftover build output.
std::optional<std::string> CommandNamesFileUnder(const ir::Dockerfile& dockerfile, const std::string& context_dir,
                                                 const std::string& dir);

}  // namespace dockopt::cli
