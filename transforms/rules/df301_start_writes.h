// What DF301 reads of where the container writes once it starts, beyond its folders: the HOME the
// file sets, and an installer the image ships for its start to run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ir/dockerfile.h"

namespace dockopt {

/// The HOME the chain's last `ENV HOME` sets, literal and absolute; nullopt when none does (the
/// user's own home then, which useradd/adduser make).
std::optional<std::string> EnvHome(const ir::Dockerfile& df, const std::vector<int>& chain);

/// True when a RUN of the chain gives `home` to a user: it chowns it (or a folder above it), or makes a
/// user whose home it is (`useradd -d /app -m`, `adduser -h /app`).
bool StageGivesHome(const ir::Dockerfile& df, const std::vector<int>& chain, const std::string& home);

/// The name of an installer a stage copies from the build context that no later RUN names
/// (`auto-install.j2`, `install.sh`): the start runs it, and it installs into folders root owns.
/// nullopt when none.
std::optional<std::string> InstallerLeftForStart(const ir::Dockerfile& df);

}  // namespace dockopt
