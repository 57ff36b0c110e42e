// What a developer's checkout holds and a clean clone does not: dependency folders, virtualenvs and
// caches that .gitignore ignores. The one-shot migration (--unsafe) leaves them out of the build
// context even when this checkout has none yet, as an expert's .dockerignore does: the next
// `npm install` on the workstation would otherwise send them with every build.
#pragma once

#include <string>
#include <vector>

#include "cli/context_migration_candidates.h"
#include "context/analyze.h"

namespace dockopt::cli {

/// Ignore lines ("**/node_modules", "vendor/bundle") for the leftovers that the context at `report`
/// does not hold, that its root .gitignore ignores (so no clean clone, and no CI build, has them),
/// that no COPY/ADD source names and that the ignore file does not already exclude. A dependency
/// folder counts only when the Dockerfile `text` installs those dependencies itself or names nothing
/// that could use them (node_modules in an image without node); a cache (__pycache__,
/// .pytest_cache) always counts.
std::vector<LeaveOut> AbsentLocalLeftovers(const context::ContextReport& report, const std::string& text);

}  // namespace dockopt::cli
