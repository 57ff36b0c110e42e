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

/// The folders the chain's `ENV XDG_CONFIG_HOME/XDG_DATA_HOME/XDG_CACHE_HOME/XDG_STATE_HOME` name,
/// literal and absolute (the last value of each): programs keep their settings and data there and
/// create the folder at first use, which a non-root user cannot do under a folder root owns (rclone's
/// `XDG_CONFIG_HOME=/config`).
std::vector<std::string> EnvXdgDirs(const ir::Dockerfile& df, const std::vector<int>& chain);

/// True when a RUN of the chain gives `home` to a user: it chowns it (or a folder above it), or makes a
/// user whose home it is (`useradd -d /app -m`, `adduser -h /app`).
bool StageGivesHome(const ir::Dockerfile& df, const std::vector<int>& chain, const std::string& home);

/// The name of an installer a stage copies from the build context that no later RUN names
/// (`auto-install.j2`, `install.sh`): the start runs it, and it installs into folders root owns.
/// nullopt when none.
std::optional<std::string> InstallerLeftForStart(const ir::Dockerfile& df);

/// A template the chain's stages copy into a folder root owns (under /etc or /usr) that no later RUN
/// names (`haproxy.cfg.erb` into /usr/local/etc): the start renders it there, as only root can.
/// "NAME' into 'DIR" for messages; nullopt when none.
std::optional<std::string> TemplateLeftForStart(const ir::Dockerfile& df);

/// What in `command` (the image's ENTRYPOINT and CMD words) only root can do: a service start
/// (`service X start`, `/etc/init.d/X start`, `invoke-rc.d`, `rc-service`, `systemctl`: init scripts
/// start daemons as root), or a system change (`mount`, `sysctl -w`, `modprobe`, `iptables`, `setcap`).
/// nullopt when none.
std::optional<std::string> RootOnlyInCommand(const std::vector<std::string>& command);

/// The daemon in `command` that starts with a configuration file under /etc (`redis-server
/// /etc/redis/redis.conf`, `mosquitto -c /etc/mosquitto/mosquitto.conf`), as "PROGRAM' with 'FILE": the
/// distribution's configuration names a log file, a pid file and a data folder that root or the daemon's
/// own system user owns, which another user cannot write (redis exits at start on its log file); or a
/// daemon whose starter refuses every user but root and its own (`rabbitmq-server`). nullopt when none.
std::optional<std::string> PackagedDaemonConfig(const std::vector<std::string>& command);

/// True when a LABEL of the chain tells how to run the image with `--privileged` (Project Atomic's
/// `LABEL RUN="docker run --privileged ..."`): a system container, meant to run as root.
bool LabelRunsPrivileged(const ir::Dockerfile& df, const std::vector<int>& chain);

/// The server `command` runs when it keeps its data in its working directory unless told otherwise
/// (`redis-server` writes dump.rdb there), and no argument moves it (`--dir`, a config file); "" else.
std::string KeepsDataInWorkdir(const std::vector<std::string>& command);

/// The option of `command` that names a relative output path (`--outdir results`, `--output=report.html`,
/// `-o out`), as "OPTION PATH": the program writes there, under its working directory. "" when none.
std::string RelativeOutputArgument(const std::vector<std::string>& command);

/// The application server `command` runs when it writes its logs and work files into the folder it is
/// installed in (`asadmin start-domain`, `catalina.sh run`, WildFly's `standalone.sh`, Kafka's
/// `kafka-server-start.sh`); "" otherwise.
std::string WritesIntoItsInstall(const std::vector<std::string>& command);

/// The program in `command` that writes into HOME as it starts, "" when none is known to: the Erlang VM
/// (its `.erlang.cookie`: `erl`, `iex`, `elixir`, `mix`, a release's `bin/NAME foreground|console`), a
/// browser's profile (`firefox`, `chromium`, `google-chrome`), Jupyter's runtime files.
std::string WritesIntoHomeAtStart(const std::vector<std::string>& command);

/// What a RUN of the chain sets up in root's home for the image to use: a tool that installs into HOME
/// run while HOME is /root (`mix local.hex`, `pip install --user`, `avdmanager create avd`), or a
/// folder or file it makes there (`mkdir -p ~/.gnuradio`, `ln -s ... /root/.bsvd/x`), or data a
/// downloader keeps in HOME (`nltk.download('punkt')`, `playwright install`) unless a variable or option
/// moves it; shell settings (.bashrc, .profile) left out. Described for messages; nullopt when none.
std::optional<std::string> RootHomeSetUpByRun(const ir::Dockerfile& df, const std::vector<int>& chain);

}  // namespace dockopt
