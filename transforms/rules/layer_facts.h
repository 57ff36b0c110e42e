// Layer facts shared by the layer-structure rules (DF110, DF111, DF120): shell state, removal spans, paths.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ir/dockerfile.h"
#include "shell/script.h"

namespace dockopt {

/// How a top-level command changes the state of the shell that runs the commands after it.
enum class ShellState : uint8_t {
  kNone,       // no lasting change
  kDirectory,  // cd, pushd, popd: only relative paths notice
  kOther,      // export, set, source, ., ulimit, umask, unset, alias, shopt, trap, eval, exec, exit, ...
};
ShellState StateChange(const shell::Command& command);

/// The worst state change among the script's top-level commands (opaque commands count as kOther).
ShellState StateChange(const shell::Script& script);

/// True when RUN instructions at `index` run under a POSIX shell: no SHELL in the stage before it,
/// or a SHELL whose program is sh, bash, dash, ash or zsh.
bool PosixShellAt(const ir::Dockerfile& df, size_t index);

/// The bytes to delete to remove `inst` with its leading comments, plus one blank line around it
/// when it sat between two blank lines (so no double blank line is left behind).
Span RemovalSpan(const ir::Dockerfile& df, const ir::Instruction& inst);

/// The WORKDIR in effect at instruction `index` as an absolute, normalized path ("/app"), "" when
/// the stage sets none (the base image's), nullopt when a WORKDIR holds a variable.
std::optional<std::string> WorkdirAt(const ir::Dockerfile& df, size_t index);

/// `path` resolved against `cwd` (either may be relative: "" means the unknown base directory),
/// with "." and ".." and repeated slashes removed; a trailing slash is dropped.
std::string ResolvePath(std::string_view cwd, std::string_view path);

/// True when one of the two resolved paths lies inside the other (or they are equal). A path holding a
/// glob (`*`, `?`, `[`) is cut at its last slash before the glob.
bool PathsOverlap(std::string_view a, std::string_view b);

}  // namespace dockopt
