// Bloat: well-known things that should not be in a build context (venvs, node_modules, caches...).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "context/walker.h"

namespace dockopt::context {

/// Files larger than this are flagged as "large-file" (1 MiB).
inline constexpr uint64_t kLargeFileBytes = 1024 * 1024;

struct Bloat {
  std::string path;  // relative to the context root
  std::string kind;  // "venv", "node_modules", "git", "pycache", "pytest-cache", "mypy-cache", "tox",
                     // "build-output", "log", "database", "large-file"
  uint64_t bytes = 0;  // bytes that would be sent from it
  bool is_dir = false;
};

/// Flags what the walk would send: directories holding `pyvenv.cfg` (whatever their name), and
/// `node_modules`, `.git`, `__pycache__`, `.pytest_cache`, `.mypy_cache`, `.tox`, `dist`, `build`,
/// `target`, `.next`; then files `*.log`, `*.sqlite*`, `*.db` and files over 1 MiB outside those.
/// Nothing inside a flagged directory is flagged again. Sorted by bytes, largest first.
std::vector<Bloat> FindBloat(const WalkResult& walk);

/// The base name of a relative path.
std::string BaseName(const std::string& path);

}  // namespace dockopt::context
