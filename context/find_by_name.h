// Finding a context file by its name alone: a script a RUN moved out of the copied context
// (`COPY . .` then `cp ./.docker/entrypoint.sh /usr/local/bin/`) is named by the command that starts
// it with its new path, which no COPY maps back to the context.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "context/context_files.h"

namespace dockopt::context {

/// The relative path of the one regular file named `name` below the context root, nullopt when there is
/// none or more than one (then which one the image holds is unknown). Dependency and VCS folders
/// (node_modules, vendor, .git) are not searched; the walk stops after `max_entries` entries, and then
/// nothing is found.
std::optional<std::string> UniqueFileNamed(const ContextFiles& files, std::string_view name, size_t max_entries = 20000);

}  // namespace dockopt::context
