// Checks the split planner runs on a stage and on the copies it chose: what production could not take
// from the builder as written, or would lose. Each blocker is the finding's reason, "" when none.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/flow.h"
#include "ir/dockerfile.h"
#include "transforms/rules/split_plan.h"

namespace dockopt::split {

/// `ENTRYPOINT ["./scripts/entry"]` in a WORKDIR nothing was copied into: the program comes with a
/// volume at run time (a dapper or CI image), and what it runs of the toolchain is unknown.
std::string ProgramFromVolume(const analysis::StageFlow& flow);

/// A `make install` whose ./configure named destinations outside its prefix (nginx's
/// --conf-path=/etc/nginx/nginx.conf, --error-log-path=/var/log/nginx/...): folders production would
/// have to make and fill as the install does.
std::string InstallOutsidePrefix(const ir::Dockerfile& df, const analysis::StageFlow& flow);

/// A user database written as a file (`echo "dev:x:2133:..." >> /etc/passwd`) among the copies: it would
/// replace production's own, which its packages and replayed useradd commands write too.
std::string UserDatabaseCopied(const std::vector<Artifact>& artifacts);

/// Whether production needs the builder's /etc/ld.so.cache: a native install (make install, cmake
/// --install, ninja, meson install) put shared libraries where only glibc's cache finds them
/// (/usr/local/lib, /opt), and the builder's cache, refreshed by its ldconfig or a later package
/// install's trigger, resolves them. `glibc` is false for Alpine (musl has no cache) and static images.
bool NeedsLibraryCache(const analysis::StageFlow& flow, const std::vector<Artifact>& artifacts, bool glibc);

/// Why a native install on a toolchain image cannot be split, or "": the install put files into a prefix
/// the image's own toolchain shares (the official gcc image's /usr/local), and a later ldconfig indexed
/// libraries there. Production gets only the program, and dockopt cannot tell the libraries it loads
/// from the toolchain's.
std::string LibrariesBesideToolchain(const ir::Dockerfile& df, const analysis::StageFlow& flow, std::string_view image);

/// The paths `chown [-R] OWNER PATH...` commands of the stage gave to a user other than root, with the
/// owner as written ("app:app"); owners with variables or numeric root are left out.
std::vector<std::pair<std::string, std::string>> ChownedPaths(const analysis::StageFlow& flow);

/// The command that gives a folder the stage chowned to `owner`, and the folders between it and the
/// artifacts inside it, back to that owner in production ("mkdir -p /app && chown app:app /app"):
/// production's WORKDIR or COPY makes them root's. "" when no artifact lies inside the folder, or when
/// the folder is copied whole (the copy's --chown names the owner).
std::string OwnerCommand(const std::string& dir, const std::string& owner, const std::vector<Artifact>& artifacts);

}  // namespace dockopt::split
