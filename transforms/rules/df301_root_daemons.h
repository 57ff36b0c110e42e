// DF301's check for daemons a stage installs that start as root (sshd, cron, runit, supervisor...):
// when the image's command is a script that may start one, switching to a non-root user breaks it.
#pragma once

#include <optional>
#include <string>

#include "shell/tool_call.h"

namespace dockopt {

/// The first package of a system package install (apt, apk, dnf/yum, zypper) that is a daemon that
/// starts as root, or nullopt.
std::optional<std::string> RootDaemonInstalled(const shell::ToolCall& call);

/// True for a system package install (apt, apk, dnf/yum, zypper).
bool IsSystemInstall(const shell::ToolCall& call);

/// The first package of a system package install that only a build needs (gcc, make, git, -dev
/// headers without a runtime twin), or nullopt.
std::optional<std::string> BuildToolInstalled(const shell::ToolCall& call);

/// True when the container's program is itself such a daemon or a starter of one ("runsvdir-start").
bool IsRootDaemonProgram(std::string_view program);

}  // namespace dockopt
