// What DF301 reads to keep the application able to write where it did as root: the folders it should
// own, the owner a stage already gives its files, and whether the application sits in '/'.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/dockerfile.h"

namespace dockopt {

/// The WORKDIR in effect at byte `before` along the chain, absolute; "" when none is set.
std::string WorkdirAt(const ir::Dockerfile& df, const std::vector<int>& chain, uint32_t before);

/// Folders the new user must own to write where root could: the WORKDIR in effect at byte `before`
/// and the folders the chain's RUNs make with `mkdir` (absolute, literal), leaving out system folders
/// and what a RUN already chowns. Owned non-recursively: the user can create files there (a SQLite
/// database, uploads), as root could, and the image's layers stay the same size.
std::vector<std::string> FoldersToOwn(const ir::Dockerfile& df, const std::vector<int>& chain, uint32_t before);

/// The folder the container's start moves into before it runs the program (`cd /trans` in the entrypoint
/// script, `start_text` as StartText reads it), when a COPY of the chain (before byte `before`) puts files
/// there and no RUN gives it away: the program writes what it names relatively there, as it does in a
/// WORKDIR. nullopt when none.
std::optional<std::string> StartFolderToOwn(const ir::Dockerfile& df, const std::vector<int>& chain,
                                            std::string_view start_text, uint32_t before);

/// The COPY/ADD instructions of stage `stage` (before byte `before`) that put files into `workdir` or
/// below it with no --chown of their own: given to the new user with `--chown`, the application can
/// write its own files (logs/, uploads/ in the tree it ships) as root could, at no cost in size.
std::vector<size_t> CopiesIntoFolder(const ir::Dockerfile& df, int stage, const std::string& workdir, uint32_t before);

/// True when no COPY/ADD of stage `stage` puts anything into `folder` or below it (one whose destination
/// holds a variable may: it counts as copying there).
bool NothingCopiedInto(const ir::Dockerfile& df, int stage, const std::string& folder);

/// The owner a RUN of the chain gives the application's files (`chown -R 1000:2000 /code/media`), when
/// it is not root and names no variable: the user the project meant to run as. nullopt when none.
std::optional<std::string> OwnerTheStageChowns(const ir::Dockerfile& df, const std::vector<int>& chain);

/// The unpacking (`tar -C '/home'`, `unzip -d '/opt'`) by which a RUN of the chain puts an archive's
/// tree into a folder above the final WORKDIR (the archive's top folder is the WORKDIR; not '/' or
/// /usr), when no RUN gives that tree to another owner
/// (`chown -R`): the application's own folders (nacos' logs/, conf/, data/) stay root's, and owning
/// the WORKDIR alone does not let the user write in them. nullopt when none.
std::optional<std::string> ArchiveUnpackedAboveWorkdir(const ir::Dockerfile& df, const std::vector<int>& chain);

/// True when a RUN of the chain hands folders to the root group for an arbitrary user (OpenShift's
/// pattern: `chgrp -R 0 /usr/local/tomcat && chmod -R g+rw /usr/local/tomcat`, or `chmod g=u`): the
/// user must then be in group 0, as a numeric USER with no passwd entry is, to write there.
bool WritableForRootGroup(const ir::Dockerfile& df, const std::vector<int>& chain);

/// True when the chain sets no WORKDIR (or WORKDIR /) and copies files from the context to a relative
/// destination, or a database file straight under '/' (`/SALESMANAGER.h2.db`): the application lives
/// in '/', where only root can create files.
bool ApplicationInRoot(const ir::Dockerfile& df, const std::vector<int>& chain);

}  // namespace dockopt
