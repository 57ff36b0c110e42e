// DF301's guard for an image whose compose file keeps its data in root's home: a volume mounted on
// /root/... (`khoj_config:/root/.khoj/`) holds what the program writes under $HOME, and a new user's
// HOME is elsewhere, so what it writes would land in a folder no volume keeps (and /root is private).
#pragma once

#include <optional>
#include <string>

namespace dockopt {

/// The first volume entry ("khoj_config:/root/.khoj/", or a long-syntax "target: /root/...") of a compose
/// file at the root of `context_dir` (docker-compose.yml/.yaml, compose.yml/.yaml) whose target is in
/// root's home, with the file's name: "docker-compose.yml: khoj_config:/root/.khoj/"; nullopt when none.
/// The compose file is read whatever .dockerignore says: it describes how the image runs, not what it holds.
std::optional<std::string> ComposeVolumeInRootHome(const std::string& context_dir);

}  // namespace dockopt
