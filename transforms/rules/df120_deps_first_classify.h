// DF120's reading of one shell command: a dependency install, a build that downloads dependencies,
// a helper that needs no sources, or other work.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/manifests.h"
#include "ir/instruction.h"
#include "shell/script.h"

namespace dockopt {

enum class DepsRole : uint8_t {
  kInstall,  // reads only manifests (when `needs_sources` is false): moves above `COPY . .`
  kBuild,    // builds from the sources and downloads dependencies on the way: a prefetch can go first
  kHelper,   // needs no sources: moves along with an install
  kOther,
};

struct DepsCommand {
  DepsRole role = DepsRole::kOther;
  std::optional<analysis::Ecosystem> ecosystem;  // unset for `make` (the context decides)
  std::vector<std::string> named;           // manifests the command names (pip -r/-c files)
  std::vector<std::string> local_operands;  // local paths on the command line (`pip install ./libs/x`)
  bool ignore_scripts = false;              // `--ignore-scripts`: no package.json hooks run
  bool needs_sources = false;               // the install reads the project itself
  std::string why;                          // why it needs the sources
  // The command that fetches the dependencies without the sources, for a build or an install that
  // needs the sources: "go mod download", or the install itself plus flags ("poetry install --no-root").
  // For the latter, `prefetch_flags` is appended to the command's own text; `prefetch` is empty.
  std::string prefetch;
  std::string prefetch_flags;
  bool compound = false;  // an `if` or `{ }` of installs and helpers, judged by its inner commands
};

/// The command that fetches an ecosystem's dependencies from its manifests alone (go, cargo, maven,
/// gradle, dotnet): "go mod download"; cargo gets a placeholder main so that it reads the manifest.
std::string DefaultPrefetch(analysis::Ecosystem ecosystem);

/// The ecosystem an exec-form RUN (`RUN ["lein", "deps"]`, `RUN ["mvn", "dependency:go-offline"]`) installs
/// or fetches: its argv read as one command; nullopt for a shell-form RUN or any other command.
std::optional<analysis::Ecosystem> ExecFormFetch(const ir::Instruction& run);

/// Classifies one simple command of a RUN.
DepsCommand ClassifyDepsCommand(const shell::Command& command);
/// Classifies one top-level command of `script`, looking inside `if` and `{ }` constructs: a build
/// anywhere inside is a build; installs of one ecosystem with helpers are an install.
DepsCommand ClassifyDepsCommand(const shell::Command& command, const shell::Script& script);

/// The ecosystem `make` (or another generic build driver) most likely fetches for, from the context.
std::optional<analysis::Ecosystem> EcosystemFromContext(const analysis::ContextFiles& context, std::string_view cwd);

/// Whether the `make` commands of `script`, run in `cwd` of the context, drive `ecosystem`'s tool: false
/// when the Makefile's recipes for the targets they name never run it (`make ui` running pnpm beside a
/// go.mod); true when one does or cannot be read (-C, -f, no Makefile, a target without a rule).
bool MakeRunsEcosystemTool(const analysis::ContextFiles& context, std::string_view cwd, const shell::Script& script,
                           analysis::Ecosystem ecosystem);

}  // namespace dockopt
