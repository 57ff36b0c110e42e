// What DF301 leaves to root: programs that start as root on purpose, daemons a stage installs that
// do (sshd, cron, runit, supervisor...), and build tools that make a stage a development environment.
#pragma once

#include <optional>
#include <string>

#include "shell/tool_call.h"

namespace dockopt {

/// The first package of a system package install (apt, apk, dnf/yum, zypper) that is a daemon that
/// starts as root, or nullopt.
std::optional<std::string> RootDaemonInstalled(const shell::ToolCall& call);

/// True for a package RootDaemonInstalled names that configures the network (iptables, wireguard-tools)
/// rather than starting a daemon.
bool ConfiguresNetwork(std::string_view package);

/// True for a package RootDaemonInstalled names whose programs open hardware devices (rtl-sdr, bluez,
/// i2c-tools): a device passed to the container stays root's.
bool OpensDevices(std::string_view package);

/// True for a system package install (apt, apk, dnf/yum, zypper).
bool IsSystemInstall(const shell::ToolCall& call);

/// The first package of a system package install that only a build needs (gcc, make, git, -dev
/// headers without a runtime twin), or nullopt.
std::optional<std::string> BuildToolInstalled(const shell::ToolCall& call);

/// True when `text` (a COPY, ADD or RUN) configures services for an init that starts as root and
/// starts them: s6-overlay, runit, phusion's my_init, supervisor.
bool ConfiguresRootInit(std::string_view text);

/// True for the name of a base image whose ENTRYPOINT is an init that starts as root
/// (`jlesage/baseimage-gui`, `linuxserver/*`, `phusion/baseimage`).
bool InitBaseImage(std::string_view name);

/// True when the container's program starts as root on purpose: a server whose master drops
/// privileges (nginx, httpd), an init, a privilege-dropping wrapper (gosu), or a daemon that needs
/// root (sshd, cron, supervisord) or a starter named after one ("runsvdir-start").
bool StartsAsRoot(std::string_view program);

/// For a program that starts as root and stays root as the container's main process while it hosts an
/// application (a web server's master, a process supervisor or init), what keeps it there and what a
/// reviewer would change, as a clause of DF301's message; nullopt for the wrappers that drop
/// privileges (gosu, su-exec), for daemons that are the image's purpose (sshd, cron), and for programs
/// that do not start as root.
std::optional<std::string> RootMasterAdvice(std::string_view program);

}  // namespace dockopt
