// Programs and packages that start as root, and build tools installed.
#include "transforms/rules/df301_root_daemons.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "analysis/packages.h"

namespace dockopt {
namespace {

// Packages (Debian, Alpine, Red Hat names) whose daemon needs root to start: it binds a low port,
// switches users per session or per job, or supervises services that do. (Debian's `ssh` is the
// metapackage of openssh-server and its client.)
constexpr std::string_view kRootDaemonPackages[] = {
    "openssh-server", "ssh", "cron", "cronie", "dcron", "busybox-initscripts", "supervisor", "runit", "s6",
    "postfix", "exim4", "sendmail", "dovecot-core", "rsyslog", "syslog-ng", "xinetd", "vsftpd", "proftpd",
    "samba", "openvpn", "squid", "bind9", "systemd",
    // Database servers a start script launches (`service mysql start`, mysqld_safe): they start as root
    // and switch to their own user, who owns their data folder.
    "mysql-server", "default-mysql-server", "mariadb-server", "mariadb", "postgresql", "mongodb-server",
    "mongodb-org", "mongodb-org-server", "mongodb",
    // Web servers a start script launches beside the application (conductor's startup.sh runs nginx):
    // the master writes its pid and logs under /run and /var, which root owns.
    "nginx", "nginx-full", "nginx-light", "apache2", "httpd", "lighttpd"};

// Packages that configure the network (a transparent proxy's iptables rules, a VPN's routes): only
// root with NET_ADMIN can.
constexpr std::string_view kNetworkPackages[] = {
    "iptables", "ip6tables", "nftables", "ebtables", "arptables", "ipset", "redsocks", "wireguard-tools",
    "openconnect", "vpnc", "strongswan", "libreswan", "tinc", "keepalived", "frr", "quagga", "bird", "bird2",
    "pritunl",
    // Wireless and capture tools: they put interfaces in monitor mode or open raw sockets (NET_RAW).
    "aircrack-ng", "reaver", "macchanger", "hostapd", "mdk3", "mdk4", "tcpdump", "tshark", "bettercap",
    "ettercap-text-only", "arp-scan"};

// Packages whose programs open hardware passed in with `--device` (a USB radio, Bluetooth, GPIO, I2C):
// the device node keeps the host's owner and mode, root's, so another user can open it only through a
// group the file cannot know. (Not motion: Debian's package adds its own user, which DF301 reuses, to
// the video group.)
constexpr std::string_view kDevicePackages[] = {
    "rtl-sdr", "rtl-433", "rtl_433", "hackrf", "airspy", "bladerf", "uhd-host", "soapysdr-tools", "dump1090-mutability",
    "dump1090-fa", "bluez", "i2c-tools", "wiringpi", "pigpio", "gpiod"};

// Programs that start as root on purpose: servers whose master drops privileges, init systems, and
// privilege-dropping wrappers; and JupyterHub, whose default authenticator (PAM) and spawner start each
// user's server as that user (exact names: jupyterhub-singleuser runs as its user).
constexpr std::string_view kRootPrograms[] = {
    "nginx", "httpd",   "httpd-foreground", "apache2", "apache2-foreground", "apachectl", "apache2ctl", "systemd",
    "init",  "my_init", "gosu",             "su-exec", "openresty",          "jupyterhub"};

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
        ConfiguresNetwork(operand.name) || OpensDevices(operand.name))
      return operand.name;
  return std::nullopt;
}

bool ConfiguresNetwork(std::string_view package) {
  return std::ranges::find(kNetworkPackages, package) != std::end(kNetworkPackages);
}

bool OpensDevices(std::string_view package) {
  return std::ranges::find(kDevicePackages, package) != std::end(kDevicePackages);
}

bool ConfiguresRootInit(std::string_view text) {
  // s6-overlay (/etc/services.d, /etc/cont-init.d, /etc/s6-overlay), runit (/etc/service, /etc/sv),
  // phusion's my_init (/etc/my_init.d) and supervisor: each init starts as root and starts the services.
  static constexpr std::string_view kFolders[] = {"/etc/my_init.d", "/etc/s6",       "/etc/services.d",
                                                  "/etc/cont-init.d", "/etc/cont-finish.d", "/etc/fix-attrs.d",
                                                  "/etc/service/", "/etc/sv/",       "/etc/supervisor"};
  // Every folder starts with "/etc/": one scan for that, then each candidate compared where it stands
  // (nine scans of every RUN, every round, were DF301's largest cost).
  static constexpr std::string_view kEtc = "/etc/";
  static_assert(std::ranges::all_of(kFolders, [](std::string_view folder) { return folder.starts_with(kEtc); }));
  for (size_t at = text.find(kEtc); at != std::string_view::npos; at = text.find(kEtc, at + 1)) {
    const std::string_view rest = text.substr(at);
    if (std::ranges::any_of(kFolders, [&](std::string_view folder) { return rest.starts_with(folder); })) return true;
  }
  return false;
}

bool InitBaseImage(std::string_view name) {
  // Bases whose ENTRYPOINT is an init that starts as root: s6-overlay (jlesage's, linuxserver's,
  // justcontainers', hotio's) and phusion's my_init.
  static constexpr std::string_view kPrefixes[] = {"jlesage/baseimage", "linuxserver/", "lsiobase/",
                                                   "ghcr.io/linuxserver/", "lscr.io/linuxserver/",
                                                   "justcontainers/", "quay.io/justcontainers/", "hotio/",
                                                   "phusion/baseimage"};
  return std::ranges::any_of(kPrefixes, [&](std::string_view prefix) { return name.starts_with(prefix); });
}

bool StartsAsRoot(std::string_view program) {
  if (std::ranges::find(kRootPrograms, program) != std::end(kRootPrograms)) return true;
  for (std::string_view daemon : kRootDaemons)
    if (program == daemon || (program.starts_with(daemon) && program.size() > daemon.size() && program[daemon.size()] == '-'))
      return true;
  return false;
}

std::optional<std::string> RootMasterAdvice(std::string_view program) {
  if (!StartsAsRoot(program) || program == "gosu" || program == "su-exec") return std::nullopt;
  std::string name(program);
  if (program.starts_with("apache") || program.starts_with("httpd") || program == "nginx" || program == "openresty")
    return "'" + name + "' starts its master process as root, which binds the ports and runs the workers as the "
           "configured user: to run it wholly as a non-root user, move it to a port from 1024 up and give that "
           "user its pid, log and temp folders, then add 'USER'";
  if (program == "jupyterhub")
    return "'jupyterhub' authenticates with PAM and starts each user's notebook server as that user by default, "
           "which needs root (and images built FROM this one would run their RUNs as another user): keep root, "
           "or configure an authenticator and spawner that need none (DockerSpawner, KubeSpawner) before adding "
           "'USER'";
  // How each supervisor's configuration names the user a program runs as.
  std::string_view how = program.starts_with("supervisord")                          ? "supervisor's 'user='"
                         : program == "systemd" || program == "init"                  ? "'User=' in each unit"
                         : program.starts_with("s6-svscan")                           ? "'s6-setuidgid' in each run script"
                         : program.starts_with("runsvdir") || program.starts_with("runit") || program == "my_init"
                             ? "'chpst -u' or phusion's 'setuser' in each run script"
                             : "";
  if (!how.empty())
    return "'" + name + "' is a process supervisor that starts as root and runs each program as root unless "
           "its configuration names a user: give the programs a non-root user there (" + std::string(how) +
           ") or run the supervisor itself as one";
  // sshd, cron, postfix as the command: the image is that daemon's, which needs root; nothing to advise.
  return std::nullopt;
}

}  // namespace dockopt
