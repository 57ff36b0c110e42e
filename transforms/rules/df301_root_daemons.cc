// Programs and packages that start as root, and build tools installed.
#include "transforms/rules/df301_root_daemons.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "analysis/packages.h"

namespace dockopt {
namespace {

// Packages (Debian, Alpine, Red Hat names) whose daemon needs root to start: it binds a low port,
// switches users per session or per job, or supervises services that do.
constexpr std::string_view kRootDaemonPackages[] = {
    "openssh-server", "cron", "cronie", "dcron", "busybox-initscripts", "supervisor", "runit", "s6",
    "postfix", "exim4", "sendmail", "dovecot-core", "rsyslog", "syslog-ng", "xinetd", "vsftpd", "proftpd",
    "samba", "openvpn", "squid", "bind9", "systemd",
    // Web servers a start script launches beside the application (conductor's startup.sh runs nginx):
    // the master writes its pid and logs under /run and /var, which root owns.
    "nginx", "nginx-full", "nginx-light", "apache2", "httpd", "lighttpd"};

// Packages that configure the network (a transparent proxy's iptables rules, a VPN's routes): only
// root with NET_ADMIN can.
constexpr std::string_view kNetworkPackages[] = {
    "iptables", "ip6tables", "nftables", "ebtables", "arptables", "ipset", "redsocks", "wireguard-tools",
    "openconnect", "vpnc", "strongswan", "libreswan", "tinc", "keepalived", "frr", "quagga", "bird", "bird2"};

// Programs that start as root on purpose: servers whose master drops privileges, init systems, and
// privilege-dropping wrappers.
constexpr std::string_view kRootPrograms[] = {
    "nginx", "httpd",   "httpd-foreground", "apache2", "apache2-foreground", "apachectl", "apache2ctl", "systemd",
    "init",  "my_init", "gosu",             "su-exec", "openresty"};

// Daemons that need root to start, and whose starters carry their name ("runsvdir-start").
constexpr std::string_view kRootDaemons[] = {"sshd",     "cron",    "crond", "runsvdir", "runit",
                                              "supervisord", "s6-svscan", "postfix", "rsyslogd", "xinetd",
                                              "vsftpd",  "smbd",    "openvpn", "squid", "named"};

}  // namespace

bool IsSystemInstall(const shell::ToolCall& call) {
  return ((call.tool == "apt-get" || call.tool == "apt" || call.tool == "aptitude") && call.subcommand == "install") ||
         (call.tool == "apk" && call.subcommand == "add") ||
         ((call.tool == "yum" || call.tool == "dnf" || call.tool == "microdnf" || call.tool == "zypper") &&
          call.subcommand == "install");
}

std::optional<std::string> BuildToolInstalled(const shell::ToolCall& call) {
  if (!IsSystemInstall(call)) return std::nullopt;
  for (const shell::Operand& operand : call.packages())
    for (analysis::Distro distro : {analysis::Distro::kDebian, analysis::Distro::kAlpine, analysis::Distro::kRedHat})
      if (analysis::IsBuildTool(operand.name, distro)) return operand.name;
  return std::nullopt;
}

std::optional<std::string> RootDaemonInstalled(const shell::ToolCall& call) {
  if (!IsSystemInstall(call)) return std::nullopt;
  for (const shell::Operand& operand : call.packages())
    if (std::ranges::find(kRootDaemonPackages, operand.name) != std::end(kRootDaemonPackages) ||
        ConfiguresNetwork(operand.name))
      return operand.name;
  return std::nullopt;
}

bool ConfiguresNetwork(std::string_view package) {
  return std::ranges::find(kNetworkPackages, package) != std::end(kNetworkPackages);
}

bool StartsAsRoot(std::string_view program) {
  if (std::ranges::find(kRootPrograms, program) != std::end(kRootPrograms)) return true;
  for (std::string_view daemon : kRootDaemons)
    if (program == daemon || (program.starts_with(daemon) && program.size() > daemon.size() && program[daemon.size()] == '-'))
      return true;
  return false;
}

}  // namespace dockopt
