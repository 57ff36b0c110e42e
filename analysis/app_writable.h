// The folders of an application tree that its framework's server writes at run time, as data
// (analysis/data/app-writable-dirs.tsv): a rule that switches the container to a non-root user hands
// them over, as the framework's own container recipe does.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "context/context_files.h"

namespace dockopt::analysis {

struct AppWritable {
  std::string framework;          // "rails"
  std::vector<std::string> dirs;  // relative to the application root: "db", "log", "storage", "tmp"
};

/// The framework the container's command (`argv`: ENTRYPOINT then CMD, or a shell-form command split
/// on blanks) runs and the folders it writes; nullopt when no row matches. `files` (the build context,
/// may be null) lets a marker file name the framework when the command runs only its server (`puma`).
std::optional<AppWritable> AppWritableDirs(const std::vector<std::string>& argv, const context::ContextFiles* files);

}  // namespace dockopt::analysis
