// DF120's test for the instructions between `COPY . <dest>` and the install: those that neither read
// nor write <dest> (a COPY --from into /usr/local, `ln -s` of a tool) may move above the COPY along
// with the install, instead of blocking the move.
#pragma once

#include <cstddef>
#include <string_view>

#include "ir/dockerfile.h"
#include "shell/script.h"

namespace dockopt {

/// True when the COPY/ADD at `index` writes outside `dest` (absolute) and reads no whole-context source.
bool CopyIndependentOfSources(const ir::Dockerfile& df, size_t index, std::string_view text, std::string_view dest);

/// True when every command of `script` (the RUN at `index`) is a helper that reads no project file,
/// or `ln`/`mkdir`/`chmod`/`chown`/`touch` on absolute paths outside `dest`; redirections only to
/// absolute paths outside `dest`.
bool RunIndependentOfSources(const ir::Dockerfile& df, size_t index, const shell::Script& script, std::string_view dest);

/// True when the command names an absolute path inside `dest` or above it: a cleanup helper (`rm`,
/// `find` under /root, /tmp or /var) that reaches the sources, as `find /root/app -name id_rsa -exec
/// chmod 600 {} \;` after `COPY . /root/app` does, needs them and cannot move above the COPY.
bool ReachesSources(const shell::Command& command, std::string_view dest);

/// One command of such a RUN (see RunIndependentOfSources).
bool CommandIndependentOfSources(const shell::Command& command, std::string_view dest);

}  // namespace dockopt
