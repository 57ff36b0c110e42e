// The owner production's COPY --from gives a folder, as the stage's own commands left it.
#pragma once

#include <string>
#include <string_view>

#include "analysis/flow.h"
#include "ir/dockerfile.h"

namespace dockopt::split {

/// `user` (a USER value without a group, as a RUN wrote files under it) with the primary group the stage's
/// `useradd -g G` / `adduser -G G` gave that user: "1001:0" for `USER $UID` (UID=1001) after
/// `useradd -u "$UID" -g 0 ...`. A RUN's files take the user's primary group from /etc/passwd; so does
/// `COPY --chown=NAME`, but `COPY --chown=NUMBER` takes the group of the same number (BuildKit's
/// solver/llbsolver/file readUser), so only a number needs the group written. `user` unchanged when it
/// is a name, has a group already, or no such command names it. The command may name the user as the
/// USER instruction wrote it (`-u "$UID"` for `USER $UID`), before the expansion that gave `user`.
std::string WithPrimaryGroup(const ir::Dockerfile& df, const analysis::StageFlow& flow, std::string_view user);

}  // namespace dockopt::split
