// FindDockerfiles: the Dockerfiles under a directory, for `dockopt optimize -r`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dockopt::cli {

/// True for the names Dockerfiles go by: `Dockerfile`, `Dockerfile.*` (not `*.dockerignore`),
/// `*.Dockerfile`, `*.dockerfile`, and `dockerfile`.
bool IsDockerfileName(std::string_view name);

/// Appends the Dockerfiles under `dir` to `out` (paths start with `dir`; sorted per directory).
/// Skips `.git` and what `.gitignore` files exclude (context::GitIgnoreStack says how they are read).
/// Symbolic links to directories are not followed.
/// Returns false and sets `error` when `dir` cannot be read; unreadable subdirectories are skipped.
bool FindDockerfiles(const std::string& dir, std::vector<std::string>& out, std::string& error);

}  // namespace dockopt::cli
