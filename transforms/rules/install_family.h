// Which distribution family's packages an install command names, and which release's names they are.
#pragma once

#include <optional>

#include "analysis/os_release.h"
#include "shell/tool_call.h"

namespace dockopt {

/// kDebian for apt installs, kAlpine for `apk add`, kRedHat for dnf, yum and microdnf installs; kUnknown
/// for anything else. `apk add --virtual .deps` is kUnknown too: it names a group meant to be deleted again.
analysis::Distro InstallFamily(const shell::ToolCall& call);

/// The release whose names an install by `family`'s tool means: the image's, when the image runs that
/// family (Ubuntu counts for apt), else the family's default release; nullopt for an install of another
/// family than the image's (apt in an Alpine image).
std::optional<analysis::OsRelease> ReleaseFor(analysis::Distro family, const analysis::OsRelease& image_os);

}  // namespace dockopt
