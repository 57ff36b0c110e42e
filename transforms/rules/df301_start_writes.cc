// DF301's reading of what the start writes: see df301_start_writes.h.
#include "transforms/rules/df301_start_writes.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <regex>

#include "analysis/copy_sources.h"
#include "analysis/paths.h"
#include "transforms/rules/build_steps.h"

namespace dockopt {
namespace {

std::string Unquoted(std::string value) {
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
    value = value.substr(1, value.size() - 2);
  return value;
}

std::string_view Basename(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// The RUN texts of the chain (logical line and heredoc bodies), each with its instruction.
template <typename F>
void ForEachRun(const ir::Dockerfile& df, const std::vector<int>& chain, F f) {
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kRun) continue;
      std::string text(inst.rest);
      for (const ir::Heredoc& h : inst.heredocs) text += "\n" + h.content;
      f(i, text);
    }
}

// An installer, or a script or answer file for an unattended install (`auto-install.j2`, `install.sh`,
// `logicaldoc-installer.jar`); not a document (`INSTALL`, `install.md`) or a folder of installed things.
bool NamedForInstalling(std::string_view name) {
  const bool says_install = std::search(name.begin(), name.end(), std::string_view("install").begin(),
                                        std::string_view("install").end(), [](char a, char b) {
                                          return std::tolower(static_cast<unsigned char>(a)) == b;
                                        }) != name.end();  // most names: no regex walk
  if (!says_install || name.find_first_of("*?$") != std::string_view::npos) return false;
  // Compiled the first time a name gets here, not in every process (an icase regex is costly to build).
  static const std::regex kInstall(
      R"((^|[-_.])(auto-?|silent-?|unattended-?)?install(er)?([-_.][^.]*)?)"
      R"(\.(sh|j2|xml|properties|cfg|conf|ini|ya?ml|jar|run|bin|zip|tar|gz|tgz)$)",
      std::regex::icase);
  return std::regex_search(name.begin(), name.end(), kInstall);
}

// The folder the chain's last `ENV name=...` sets, when literal and absolute; nullopt otherwise.
std::optional<std::string> EnvPath(const ir::Dockerfile& df, const std::vector<int>& chain, std::string_view name) {
  std::optional<std::string> path;
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kEnv) continue;
      for (size_t a = 0; a + 1 < inst.node_args.size(); a += 3) {
        if (inst.node_args[a] != name) continue;
        std::string value = Unquoted(inst.node_args[a + 1]);
        path = value.starts_with("/") && value.find_first_of("$ ") == std::string::npos
                   ? std::optional<std::string>(analysis::Join("/", value))
                   : std::nullopt;
      }
    }
  return path;
}

}  // namespace

std::optional<std::string> EnvHome(const ir::Dockerfile& df, const std::vector<int>& chain) {
  return EnvPath(df, chain, "HOME");
}

std::vector<std::string> EnvXdgDirs(const ir::Dockerfile& df, const std::vector<int>& chain) {
  std::vector<std::string> dirs;
  for (std::string_view name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
    if (std::optional<std::string> dir = EnvPath(df, chain, name); dir && std::find(dirs.begin(), dirs.end(), *dir) == dirs.end())
      dirs.push_back(std::move(*dir));
  return dirs;
}

bool StageGivesHome(const ir::Dockerfile& df, const std::vector<int>& chain, const std::string& home) {
  bool given = false;
  ForEachRun(df, chain, [&](size_t, const std::string& text) {
    for (const std::vector<std::string>& words : CommandSegments(text)) {
      const size_t at = CommandWord(words);
      if (at >= words.size()) continue;
      const std::string& tool = words[at];
      if (tool != "chown" && tool != "useradd" && tool != "adduser") continue;
      for (size_t w = at + 1; w < words.size(); ++w)
        if (words[w].starts_with("/") && (tool == "chown" ? analysis::IsUnder(home, analysis::Join("/", words[w]))
                                                          : analysis::Join("/", words[w]) == home))
          given = true;
    }
  });
  return given;
}

std::optional<std::string> InstallerLeftForStart(const ir::Dockerfile& df) {
  // Every stage: a split copies what its builder shipped into the final stage.
  std::vector<int> stages(df.stages.size());
  for (size_t s = 0; s < stages.size(); ++s) stages[s] = static_cast<int>(s);
  std::vector<std::pair<size_t, std::string>> shipped;  // (instruction, basename)
  for (size_t i = 0; i < df.instructions.size(); ++i) {
    std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(df.instructions[i]);
    if (!copy || copy->from || df.instructions[i].stage < 0) continue;
    for (const analysis::CopySourceArg& source : copy->sources) {
      const std::string name(Basename(source.path));
      if (NamedForInstalling(name)) shipped.emplace_back(i, name);
    }
  }
  std::optional<std::string> left;
  for (const auto& shipped_file : shipped) {
    // Named copies, not the structured binding: clang before 16 cannot capture those in a lambda.
    const size_t copied_at = shipped_file.first;
    const std::string& name = shipped_file.second;
    bool run = false;
    ForEachRun(df, stages, [&](size_t i, const std::string& text) {
      run |= i > copied_at && text.find(name) != std::string::npos;
    });
    if (!run && !left) left = name;
  }
  return left;
}

std::optional<std::string> TemplateLeftForStart(const ir::Dockerfile& df) {
  static constexpr std::string_view kTemplate[] = {".erb", ".j2", ".jinja", ".jinja2", ".tmpl", ".tpl",
                                                   ".template", ".mustache", ".ctmpl"};
  std::vector<int> stages(df.stages.size());
  for (size_t s = 0; s < stages.size(); ++s) stages[s] = static_cast<int>(s);
  for (size_t i = 0; i < df.instructions.size(); ++i) {
    std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(df.instructions[i]);
    if (!copy || df.instructions[i].stage < 0 || !copy->destination.starts_with("/")) continue;
    const std::string& dest = copy->destination;
    if (!dest.starts_with("/etc/") && !dest.starts_with("/usr/")) continue;
    for (const analysis::CopySourceArg& source : copy->sources) {
      const std::string name(Basename(source.path));
      if (name.find_first_of("*?$") != std::string::npos ||
          std::none_of(std::begin(kTemplate), std::end(kTemplate), [&](std::string_view ext) { return name.ends_with(ext); }))
        continue;
      bool rendered = false;
      ForEachRun(df, stages, [&](size_t at, const std::string& text) {
        rendered |= at > i && text.find(name) != std::string::npos;
      });
      if (!rendered) {
        const std::string dir = dest.ends_with("/") || copy->sources.size() > 1 ? analysis::Join("/", dest)
                                : dest.substr(0, dest.rfind('/'));
        return fmt::format("{}' into '{}", name, dir.empty() ? "/" : dir);
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> RootOnlyInCommand(const std::vector<std::string>& command) {
  std::string text;
  for (const std::string& word : command) text += word + " ";
  for (const std::vector<std::string>& words : CommandSegments(text)) {
    const size_t at = CommandWord(words);
    if (at >= words.size()) continue;
    const std::string& tool = words[at];
    // What only root may do to the system: mount, kernel settings and modules, firewall rules.
    if (tool == "mount" || tool == "umount" || tool == "modprobe" || tool == "insmod" || tool == "iptables" ||
        tool == "ip6tables" || tool == "setcap" || (tool == "sysctl" && at + 1 < words.size() && words[at + 1] == "-w"))
      return tool;
    const bool init_script = tool.starts_with("/etc/init.d/") && at + 1 < words.size();
    if (init_script || ((tool == "service" || tool == "invoke-rc.d" || tool == "rc-service" || tool == "systemctl") &&
                        at + 2 < words.size())) {
      std::string said;
      for (size_t w = at; w < words.size() && w < at + 3; ++w) said += (said.empty() ? "" : " ") + words[w];
      return said;
    }
  }
  return std::nullopt;
}

std::optional<std::string> PackagedDaemonConfig(const std::vector<std::string>& command) {
  // Debian's and Alpine's configurations: redis logs to /var/log/redis and keeps /var/lib/redis; mosquitto
  // writes /run/mosquitto and /var/log/mosquitto; clamd's socket is in /run/clamav, freshclam's database in
  // /var/lib/clamav; privoxy logs to /var/log/privoxy. Each folder is root's or the daemon's user's.
  static constexpr std::string_view kDaemons[] = {"redis-server", "mosquitto", "clamd", "freshclam", "privoxy"};
  std::string text;
  for (const std::string& word : command) text += word + " ";
  for (const std::vector<std::string>& words : CommandSegments(text)) {
    const size_t at = CommandWord(words);
    if (at >= words.size()) continue;
    const std::string_view name = Basename(words[at]);
    // Debian's rabbitmq-server wrapper: "Only root or rabbitmq should run rabbitmq-server".
    if (name == "rabbitmq-server") return std::string(name);
    if (std::find(std::begin(kDaemons), std::end(kDaemons), name) == std::end(kDaemons)) continue;
    for (size_t w = at + 1; w < words.size(); ++w) {
      std::string_view arg = words[w];
      if (const size_t eq = arg.find('='); arg.starts_with("--") && eq != std::string_view::npos) arg.remove_prefix(eq + 1);
      if (arg.starts_with("/etc/")) return fmt::format("{}' with '{}", name, arg);
    }
  }
  return std::nullopt;
}

bool LabelRunsPrivileged(const ir::Dockerfile& df, const std::vector<int>& chain) {
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions)
      if (df.instructions[i].kind == ir::InstructionKind::kLabel &&
          df.instructions[i].rest.find("--privileged") != std::string_view::npos)
        return true;
  return false;
}

std::string KeepsDataInWorkdir(const std::vector<std::string>& command) {
  // Each writes into its working directory by default: redis's dump.rdb, rethinkdb_data/, default.etcd/.
  static constexpr std::string_view kServers[] = {"redis-server", "rethinkdb", "etcd"};
  for (const std::string& word : command) {
    const std::string_view name = Basename(word);
    if (std::find(std::begin(kServers), std::end(kServers), name) == std::end(kServers)) continue;
    for (const std::string& arg : command)
      if (arg.starts_with("--dir") || arg.starts_with("--directory") || arg.starts_with("--data-dir") ||
          arg.ends_with(".conf") || arg.ends_with(".yml") || arg.ends_with(".yaml") || arg.starts_with("-d"))
        return "";
    return std::string(name);
  }
  return "";
}

std::string RelativeOutputArgument(const std::vector<std::string>& command) {
  for (size_t i = 0; i < command.size(); ++i) {
    const std::string& word = command[i];
    const bool long_option = word.starts_with("--out");  // --out, --outdir, --output, --output-dir
    if (!long_option && word != "-o") continue;
    std::string option = word, path;
    if (size_t eq = word.find('='); long_option && eq != std::string::npos) {
      option = word.substr(0, eq);
      path = word.substr(eq + 1);
    } else if (word.find('=') == std::string::npos && i + 1 < command.size()) {
      path = command[i + 1];
    }
    // Absolute, a variable, stdout (`-o -`), another option, or a URL: not a file under the working directory.
    if (path.empty() || path.starts_with('/') || path.starts_with('$') || path.starts_with('-') ||
        path.starts_with('~') || path.find("://") != std::string::npos)
      continue;
    return option + " " + path;
  }
  return "";
}

std::string WritesIntoItsInstall(const std::vector<std::string>& command) {
  // GlassFish's domains/, Tomcat's logs/ work/ temp/, WildFly's standalone/{data,log,tmp}, Kafka's and
  // ZooKeeper's logs/, ActiveMQ's data/, Jetty's logs/.
  static constexpr std::string_view kServers[] = {"asadmin", "catalina.sh", "standalone.sh", "domain.sh",
                                                  "kafka-server-start.sh", "zookeeper-server-start.sh",
                                                  "zkServer.sh", "activemq", "jetty.sh"};
  if (command.empty()) return "";
  // The program, or the script a shell runs (`sh -c "catalina.sh run"` splits into words too).
  for (const std::string& word : command) {
    const std::string_view name = Basename(word);
    if (std::find(std::begin(kServers), std::end(kServers), name) != std::end(kServers)) return std::string(name);
  }
  return "";
}

std::string WritesIntoHomeAtStart(const std::vector<std::string>& command) {
  static constexpr std::string_view kWriters[] = {"erl", "iex", "elixir", "mix", "rebar3", "firefox", "chromium",
                                                  "chromium-browser", "google-chrome", "jupyter", "jupyter-notebook",
                                                  "jupyter-lab"};
  for (size_t i = 0; i < command.size(); ++i) {
    const std::string_view name = Basename(command[i]);
    if (std::find(std::begin(kWriters), std::end(kWriters), name) != std::end(kWriters)) return std::string(name);
    // An Erlang release's start script (rebar3/relx, mix release) run in the foreground.
    if (i + 1 < command.size() && command[i].find("/bin/") != std::string::npos &&
        (command[i + 1] == "foreground" || command[i + 1] == "console" || command[i + 1] == "start_iex"))
      return command[i] + " " + command[i + 1];
  }
  return "";
}

namespace {

// Downloaders that keep what they fetch in the running user's HOME unless a variable or an option points
// them elsewhere: what a RUN fetched as root is then in /root, which the image's program needs at run
// time. https://www.nltk.org/data.html (the default is the first folder of nltk.data.path that exists,
// else ~/nltk_data: NLTK_DATA moves it only once its folder exists, so only download_dir= and -d count),
// https://playwright.dev/docs/browsers (~/.cache/ms-playwright; PLAYWRIGHT_BROWSERS_PATH), 2026-12-07.
// Prisma's Python client (prisma-client-py) keeps its CLI and query engine in
// ~/.cache/prisma-python/binaries and the generated client names them by that path; PRISMA_HOME_DIR or
// PRISMA_BINARY_CACHE_DIR move them (https://prisma-client-py.readthedocs.io/en/stable/reference/binaries/,
// 2026-12-07). Node's client keeps its engine in node_modules, so `prisma generate` counts only in a chain
// with no Node (no npm, npx, yarn, pnpm or bun; no node image), or as `python -m prisma`.
struct HomeDownloader {
  std::string_view marker;     // in the RUN's text
  std::string_view variables;  // each, set by ENV or inline, moves the data out of HOME (space-separated)
  std::string_view option;     // in the RUN's text, it does too
  std::string_view described;  // for the message
  bool without_node = false;   // counts only in a chain with no Node (a Python client of a Node tool)
};
constexpr HomeDownloader kHomeDownloaders[] = {
    {"nltk.download", "", "download_dir", "'nltk.download' puts its data in root's home (/root/nltk_data)"},
    {"playwright install", "PLAYWRIGHT_BROWSERS_PATH", "", "'playwright install' puts the browsers in root's home "
                                                           "(/root/.cache/ms-playwright)"},
    {"python -m prisma", "PRISMA_HOME_DIR PRISMA_BINARY_CACHE_DIR", "",
     "Prisma's Python client keeps its engines in root's home (/root/.cache/prisma-python)"},
    {"prisma generate", "PRISMA_HOME_DIR PRISMA_BINARY_CACHE_DIR", "",
     "'prisma generate' (Prisma's Python client) keeps its engines in root's home (/root/.cache/prisma-python)", true},
    {"prisma py fetch", "PRISMA_HOME_DIR PRISMA_BINARY_CACHE_DIR", "",
     "'prisma py fetch' keeps Prisma's engines in root's home (/root/.cache/prisma-python)", true},
};

// True when one of the space-separated `variables` is set inline in `text` or by the chain's ENVs.
bool AnySet(std::string_view variables, std::string_view text, const std::vector<std::string>& env_set) {
  while (!variables.empty()) {
    const std::string_view name = variables.substr(0, variables.find(' '));
    variables.remove_prefix(std::min(variables.size(), name.size() + 1));
    if (text.find(std::string(name) + "=") != std::string_view::npos ||  // inline
        std::find(env_set.begin(), env_set.end(), name) != env_set.end())
      return true;
  }
  return false;
}

// The downloader a RUN's `text` runs into HOME, given the variables the chain's ENVs set and whether
// the chain has Node, or "".
std::string_view HomeDownloadIn(std::string_view text, const std::vector<std::string>& env_set, bool has_node) {
  for (const HomeDownloader& d : kHomeDownloaders) {
    if (text.find(d.marker) == std::string_view::npos) continue;
    if (d.without_node && has_node) continue;
    if (!d.option.empty() && text.find(d.option) != std::string_view::npos) continue;
    if (AnySet(d.variables, text, env_set)) continue;
    // nltk's downloader module takes the folder with -d
    if (d.marker == "nltk.download" && text.find("nltk.downloader") != std::string_view::npos &&
        text.find(" -d") != std::string_view::npos)
      continue;
    return d.described;
  }
  return "";
}

}  // namespace

namespace {

// True when the chain's image or any of its RUNs brings Node: a node image, or npm, npx, yarn, pnpm or bun run.
bool ChainHasNode(const ir::Dockerfile& df, const std::vector<int>& chain) {
  for (int stage : chain) {
    const ir::Stage& s = df.stages[static_cast<size_t>(stage)];
    if (s.base.find("node") != std::string::npos) return true;
    for (size_t i : s.instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kRun) continue;
      for (const std::vector<std::string>& words : CommandSegments(inst.rest)) {
        const size_t at = CommandWord(words);
        if (at >= words.size()) continue;
        const std::string_view tool = Basename(words[at]);
        if (tool == "npm" || tool == "npx" || tool == "yarn" || tool == "pnpm" || tool == "bun" || tool == "bunx" ||
            tool == "node" || tool == "corepack")
          return true;
      }
    }
  }
  return false;
}

}  // namespace

std::optional<std::string> RootHomeSetUpByRun(const ir::Dockerfile& df, const std::vector<int>& chain) {
  std::optional<std::string> found;
  const bool has_node = ChainHasNode(df, chain);
  bool home_is_root = true;  // until an ENV HOME moves it
  std::vector<std::string> env_set;  // the variables the chain's ENVs set so far
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind == ir::InstructionKind::kEnv)
        for (size_t a = 0; a + 1 < inst.node_args.size(); a += 3) {
          if (inst.node_args[a] == "HOME") home_is_root = Unquoted(inst.node_args[a + 1]) == "/root";
          env_set.push_back(inst.node_args[a]);
        }
      if (inst.kind == ir::InstructionKind::kUser && !inst.node_args.empty()) {
        const std::string_view user = std::string_view(inst.node_args[0]).substr(0, inst.node_args[0].find(':'));
        home_is_root = user == "root" || user == "0";
      }
      if (inst.kind != ir::InstructionKind::kRun || found) continue;
      std::string text(inst.rest);
      for (const ir::Heredoc& h : inst.heredocs) text += "\n" + h.content;
      if (home_is_root)
        if (std::string_view download = HomeDownloadIn(text, env_set, has_node); !download.empty()) {
          found = std::string(download);
          continue;
        }
      for (const std::vector<std::string>& words : CommandSegments(text)) {
        const size_t at = CommandWord(words);
        if (at >= words.size() || found) continue;
        const std::string& tool = words[at];
        auto has = [&](std::string_view word) { return std::find(words.begin() + at, words.end(), word) != words.end(); };
        const std::string second = at + 1 < words.size() ? words[at + 1] : "";
        // Tools that install into the running user's HOME.
        if (home_is_root) {
          if (tool == "mix" && (second == "local.hex" || second == "local.rebar" || second == "archive.install"))
            found = fmt::format("'mix {}' installs into root's home (/root/.mix)", second);
          else if ((tool.starts_with("pip") || tool.starts_with("python")) && has("--user"))
            found = fmt::format("'{}' with '--user' installs into root's home (/root/.local)", tool);
          else if (tool == "avdmanager" && second == "create")
            found = "'avdmanager create' makes its virtual device in root's home (/root/.android)";
          else if (tool == "gem" && has("--user-install"))
            found = "'gem install --user-install' installs into root's home (/root/.gem)";
        }
        // Folders and files made there by name.
        if (!found && (tool == "mkdir" || tool == "touch" || tool == "ln" || tool == "cp" || tool == "mv")) {
          const std::string& target = words.back();
          const bool in_home = target.starts_with("/root/") || (home_is_root && target.starts_with("~/"));
          const std::string_view file = Basename(target);
          const bool shell_setting = file == ".bashrc" || file == ".profile" || file == ".bash_profile" ||
                                     file == ".zshrc" || file == ".vimrc" || file == ".inputrc";
          if (in_home && !shell_setting && !target.starts_with("/root/.cache") && !target.starts_with("~/.cache"))
            found = fmt::format("'{}' makes '{}' in root's home", tool, target);
        }
      }
    }
  return found;
}

}  // namespace dockopt
