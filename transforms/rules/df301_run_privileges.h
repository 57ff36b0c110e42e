// What a stage sets up for its program that only root can use at run time, read from the
// Dockerfile itself: a pid file under /run, several users to switch between.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ir/dockerfile.h"

namespace dockopt {

/// Why the program of the stage chain `stages` (from the base up) needs root to run: a pid file under
/// /run that a RUN, ENTRYPOINT or CMD of any stage names (a split configures the program in its
/// builder) and no RUN gives away, or two or more users the chain's RUNs make; nullopt when none shows.
std::optional<std::string> RunNeedsRoot(const ir::Dockerfile& df, const std::vector<int>& stages);

/// A comment in the stages of `chain` that says the program needs root (`# TODO not run as root.
/// Instead, use capabilities.`, `# must run as root`, `# needs privileges for chroot`), quoted for a
/// message; nullopt when none does. A comment about a non-root user (a wish, not a need) does not count.
std::optional<std::string> CommentSaysRoot(const ir::Dockerfile& df, const std::vector<int>& chain);

}  // namespace dockopt
