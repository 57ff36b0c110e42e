// Whether a command of the Dockerfile names a file inside a directory that looks like build output.
#pragma once

#include <optional>
#include <string>

#include "context/walker.h"
#include "ir/dockerfile.h"

namespace dockopt::cli {

/// The first relative path a RUN, CMD or ENTRYPOINT names under `dir` (a context directory) that is
/// a file of the context: `go run build/ci.go` (go-ethereum's build/ holds its build script),
/// `RUN script/build/cleanup.sh`. nullopt when none does. Such a directory is source the build runs,
/// whatever its name says; without a .gitignore nothing else tells it from a leftover build output.
std::optional<std::string> CommandNamesFileUnder(const ir::Dockerfile& dockerfile, const std::string& context_dir,
                                                 const std::string& dir);

/// A source file of the context (a template, script, style or configuration outside `dir`) that names a
/// file of `dir` by its path from the directory's name on: DocsGPT's templates/index.html serves
/// static/dist/css/output.css as `url_for('static', filename='dist/css/output.css')`. Such a "dist" is
/// committed content the app serves, not a leftover build output.
struct NamedBySource {
  std::string source;  // "templates/index.html"
  std::string named;   // "dist/css/output.css"
};
std::optional<NamedBySource> SourceNamesFileUnder(const context::WalkResult& walk, const std::string& context_dir,
                                                  const std::string& dir);

}  // namespace dockopt::cli
