// Walker: lists the build context exactly as BuildKit's fsutil sender would, without following links.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "context/matcher.h"

namespace dockopt::context {

/// Whose read permission to check. Unset: the real effective user (root reads everything).
/// Tests set it to check the mode bits as an unprivileged user would, even when run as root.
struct Identity {
  uid_t uid = 0;
  gid_t gid = 0;
};

struct WalkOptions {
  const PatternMatcher* matcher = nullptr;  // null: nothing is excluded
  std::optional<Identity> identity;
};

struct WalkedFile {
  std::string path;  // relative, '/'-separated
  uint64_t bytes = 0;  // st_size for regular files and symlinks (the link itself), else 0
};

struct WalkedDir {
  std::string path;        // relative; "" is the context root
  uint64_t bytes = 0;      // bytes of the kept files below it
  uint64_t files = 0;      // kept non-directory entries below it
  bool excluded = false;   // excluded itself, entered only because an exception may re-include a child
  bool has_pyvenv_cfg = false;
};

struct WalkResult {
  uint64_t total_bytes = 0;
  uint64_t file_count = 0;    // non-directory entries sent: files, symlinks, others
  uint64_t dir_count = 0;     // directories sent (the root excluded)
  uint64_t pruned_dirs = 0;   // excluded directories never opened
  std::vector<WalkedFile> files;  // every file sent
  std::vector<WalkedDir> dirs;    // every directory opened, root first
  std::vector<std::string> errors;  // "cannot read directory 'x': Permission denied"
};

/// Walks `root`. Excluded directories are skipped unopened unless an exception pattern could
/// re-include something inside (fsutil's rule); a permission error inside an excluded directory is
/// ignored, as fsutil does. Returns false if anything that would be sent cannot be read; `errors`
/// then says what (up to 20 entries).
bool WalkContext(const std::string& root, const WalkOptions& options, WalkResult& out);

}  // namespace dockopt::context
