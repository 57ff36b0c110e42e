// PlanSplit: reads the flow model of the final stage and decides production's base, packages, users
// and artifacts; a blocker says why not when the model cannot be sure.
#include "transforms/rules/split_plan.h"
#include "transforms/rules/java_app.h"

#include <fmt/core.h>

#include <algorithm>
#include <functional>
#include <regex>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "analysis/base_images.h"
#include "analysis/image_commands.h"
#include "analysis/copy_sources.h"
#include "analysis/go_mod.h"
#include "analysis/packages.h"
#include "analysis/paths.h"
#include "context/context_files.h"
#include "shell/recognize.h"
#include "transforms/rules/base_image.h"
#include "transforms/rules/quoted_names.h"
#include "transforms/rules/runtime_lib_lookup.h"
#include "transforms/rules/runtime_needs.h"
#include "transforms/rules/split_context_copy.h"
#include "transforms/rules/split_path_env.h"
#include "transforms/rules/split_search_path.h"
#include "transforms/rules/split_guards.h"
#include "transforms/rules/split_node_build.h"
#include "transforms/rules/split_node_prune.h"
#include "transforms/rules/split_tmp_files.h"
#include "transforms/rules/split_release_pin.h"
#include "transforms/rules/split_owner.h"
#include "transforms/rules/split_replay.h"
#include "transforms/rules/split_sources.h"
#include "transforms/rules/split_command_tools.h"
#include "transforms/rules/split_conditional.h"
#include "transforms/rules/split_links.h"
#include "transforms/rules/toolbox.h"
#include "transforms/rules/split_unknown.h"
#include "transforms/rules/split_unknown_base.h"

namespace dockopt::split {
namespace {

// A command's text with its line continuations joined, for a one-line message.
std::string OneLine(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '\n') {
      for (i += 2; i < text.size() && (text[i] == ' ' || text[i] == '\t');) ++i;
      if (!out.ends_with(' ')) out += ' ';
      --i;  // the loop's ++i lands on the next word
      continue;
    }
    out += text[i];
  }
  return out;
}

using analysis::Effect;
using analysis::EffectKind;
using analysis::IsUnder;

// Directories the OS and its packages own: a write of unknown files into one cannot be copied alone.
constexpr std::string_view kSystemDirs[] = {"/bin", "/sbin", "/lib", "/lib64", "/usr", "/usr/bin", "/usr/sbin",
                                            "/usr/lib", "/usr/lib64", "/usr/share", "/etc", "/var", "/var/lib",
                                            "/usr/include", "/root", "/home"};
// Servers whose content the image's own files configure: production needs only what the stage wrote
// under these places (the rest of what it wrote, e.g. a front-end's sources, was for the build).
struct Server { std::string_view program; std::initializer_list<std::string_view> reads; };
const Server kServers[] = {
    {"nginx", {"/usr/share/nginx", "/etc/nginx", "/var/www"}},
    {"httpd", {"/usr/local/apache2", "/var/www"}},
    {"httpd-foreground", {"/usr/local/apache2", "/var/www"}},
    // The php images' apache runs PHP, which loads the extensions docker-php-ext-install built.
    {"apache2-foreground", {"/var/www", "/etc/apache2", "/usr/local/etc/php", "/usr/local/lib/php"}},
    {"caddy", {"/usr/share/caddy", "/etc/caddy", "/srv"}},
};
// Packages a front-end build needs that a server without node does not.
constexpr std::string_view kFrontEndBuildPackages[] = {"nodejs", "npm", "yarn", "yarnpkg"};
constexpr std::string_view kDistrolessStatic = "gcr.io/distroless/static-debian12";
// Dependency managers installed as distribution packages, by the manager name the flow model gives
// their installs: once the build ran them, production needs them only when its command runs them.
constexpr std::pair<std::string_view, std::string_view> kManagerPackages[] = {
    {"composer", "composer"}, {"bundle", "ruby-bundler"}, {"bundle", "bundler"}};
// Packages only the build needed whose runtime part is another package.
// python3-pip pulls in python3-setuptools and with it pkg_resources, which packages pip installed
// may import at run time (gunicorn 20 does; the console scripts `setup.py install` writes all do):
// production keeps that much of it, for Python 2's python-pip too.
// Build packages that depend on an interpreter (Debian's python-dev, python3-dev and ruby-dev
// Depend on python, python3 and ruby): production keeps the interpreter the stage got through them.
constexpr std::pair<std::string_view, std::string_view> kRuntimeSwaps[] = {
    {"python3-pip", "python3"}, {"python3-pip", "python3-pkg-resources"}, {"python-pip", "python"},
    {"python-pip", "python-pkg-resources"},
    {"py3-pip", "python3"},     {"python-dev", "python"},                 {"python3-dev", "python3"},
    {"python2-dev", "python2"}, {"python2.7-dev", "python2.7"},           {"ruby-dev", "ruby"},
};
// `python3-dev`, `libpython3.11-dev`, also pinned (`python-dev=2.7.12-1~16.04`) or for an architecture
// (`python3-dev:amd64`); the regex is compiled on the first call, not in every process.
bool IsPythonHeaders(const std::string& package) {
  static const std::regex kPythonHeaders(R"((lib)?python[\d.]*-dev)");
  return std::regex_match(package.substr(0, package.find_first_of("=:")), kPythonHeaders);
}

// True when `text` holds "wsgi" in any case (ASCII, as the icase regexes below read it).
bool ContainsWsgi(std::string_view text) {
  for (size_t i = 0; i + 4 <= text.size(); ++i)
    if ((text[i] | 0x20) == 'w' && (text[i + 1] | 0x20) == 's' && (text[i + 2] | 0x20) == 'g' &&
        (text[i + 3] | 0x20) == 'i')
      return true;
  return false;
}

// The interpreter a versioned headers package builds against: Debian's `ruby1.9.1-dev` -> `ruby1.9.1`,
// `python3.6-dev` -> `python3.6`. The headers depend on it, so the stage had it; production needs it to
// run what it built (gems under /var/lib/gems, modules under /usr/local/lib/python3.6).
std::string VersionedInterpreterOf(std::string_view package) {
  // Asked for every kept package: the regex only for a name it can match.
  if (!package.ends_with("-dev") || !(package.starts_with("ruby") || package.starts_with("python"))) return "";
  static const std::regex kHeaders(R"((ruby|python)(\d+(?:\.\d+)*)-dev)");
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_match(package.begin(), package.end(), m, kHeaders)) return "";
  return m[1].str() + m[2].str();
}
// Parts of image names that mark a conda distribution whose pip installs under /opt/conda.
constexpr std::string_view kCondaImageMarks[] = {"conda", "jupyter/", "mamba", "pytorch/pytorch", "rapidsai/"};
// Places only package managers and builds use: never copied into production.
constexpr std::string_view kBuildOnlyDirs[] = {"/tmp", "/var/tmp", "/var/cache", "/var/lib/apt", "/var/lib/dpkg",
                                               "/etc/apt", "/usr/share/keyrings", "/etc/apk", "/root/.cache",
                                               "/var/lib/apk", "/var/log", "/dev", "/proc"};

bool Contains(const std::vector<std::string>& items, std::string_view item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}
bool Contains(const std::vector<size_t>& items, size_t item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}
void AddUnique(std::vector<std::string>& items, std::string item) {
  if (!Contains(items, item)) items.push_back(std::move(item));
}

std::string Line(const analysis::StageFlow&, const ir::Dockerfile& df, size_t index) {
  return fmt::format("{} at line {}", ir::KindName(df.instructions[index].kind), df.instructions[index].start_line);
}

bool RootUser(std::string_view user) {
  std::string_view name = user.substr(0, user.find(':'));
  return name.empty() || name == "root" || name == "0";
}

bool DistrolessUser(std::string_view user) {
  std::string_view name = user.substr(0, user.find(':'));
  return RootUser(user) || name == "nonroot" || name == "nobody" || name.find_first_not_of("0123456789") == std::string_view::npos;
}

// "3.11" from "3.11-slim-bookworm"; "" when the tag does not start with MAJOR.MINOR.
std::string MajorMinor(std::string_view tag) {
  size_t dot = tag.find('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  size_t end = tag.find_first_not_of("0123456789", dot + 1);
  std::string_view out = tag.substr(0, end);
  if (out.size() == dot + 1 || out.substr(0, dot).find_first_not_of("0123456789") != std::string_view::npos) return "";
  return std::string(out);
}

// True when `kept` holds every package of one release's runtime names for `dev_package` (the image names
// no release, so no one row is known to hold): the stage's own install of that name succeeds, so it is
// the release's, and production keeps it.
bool InstallsOneReleasesRuntime(std::string_view dev_package, const analysis::OsRelease& os,
                                const std::vector<std::string>& kept) {
  for (const std::vector<std::string>& names : analysis::RuntimeNamesOfEachRelease(dev_package, os))
    if (std::all_of(names.begin(), names.end(), [&](const std::string& name) { return Contains(kept, name); }))
      return true;
  return false;
}

struct Packages {
  std::string manager;
  std::vector<std::string> kept;  // installed and not removed later, in order
  std::vector<std::string> purged;  // installed, then removed by the stage itself (`apt-get purge $buildDeps`)
  std::map<std::string, std::vector<std::string>> sources;  // a kept package -> its install's Effect::sources
  // The first `apt-get build-dep SRC`: the instruction and SRC. What it installs is unknown, so the
  // runtime libraries of what the build linked against cannot be named.
  std::optional<std::pair<size_t, std::string>> build_dep;
};

// NodeSource's nodejs declares `Conflicts: nodejs-dev, nodejs-legacy, npm` and provides all three (its
// Packages stanza, e.g. node_6.x for jessie, quoted in cotech/website#29): installing it removes Debian's,
// and naming `npm` beside it fails (nodesource/distributions#182, #1197).
constexpr std::string_view kNodeSourceReplaces[] = {"npm", "nodejs-legacy", "nodejs-dev"};

Packages InstalledPackages(const analysis::StageFlow& flow) {
  Packages out;
  std::map<std::string, std::vector<std::string>> groups;  // apk --virtual NAME -> its packages
  bool nodesource_apt = false;  // NodeSource's apt repository was added
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    for (const analysis::CommandFlow& command : inst.commands) {
      const Effect& e = command.effect;
      if (e.tool == "nodesource setup" && e.manager == "apt") nodesource_apt = true;
      if (e.kind != EffectKind::kPackages) continue;
      auto names = [&](std::string_view name) { return std::find(e.packages.begin(), e.packages.end(), name) != e.packages.end(); };
      if (nodesource_apt && !e.removal && e.manager == "apt" && names("nodejs"))
        for (std::string_view replaced : kNodeSourceReplaces)
          if (!names(replaced)) std::erase(out.kept, std::string(replaced));
      if (e.note == "build-dep") {
        if (!out.build_dep) out.build_dep = {inst.index, e.packages.empty() ? std::string("?") : e.packages.front()};
        continue;
      }
      if (out.manager.empty() && !e.packages.empty())
        out.manager = e.manager == "rpm" ? e.tool.substr(0, e.tool.find(' ')) : e.manager;
      if (e.removal) {
        for (const std::string& name : e.packages) {
          std::vector<std::string> drop = groups.contains(name) ? groups[name] : std::vector<std::string>{name};
          for (const std::string& d : drop)
            if (std::erase(out.kept, d) > 0) AddUnique(out.purged, d);
        }
      } else {
        for (const std::string& name : e.packages) {
          if (name.starts_with("-")) continue;
          AddUnique(out.kept, name);
          out.sources[name] = e.sources;
          if (e.note.starts_with("virtual:")) groups[e.note.substr(8)].push_back(name);
        }
      }
    }
  }
  return out;
}

analysis::Distro DistroOf(const std::optional<analysis::BaseImageFacts>& facts, std::string_view manager) {
  if (facts && facts->os.distro != analysis::Distro::kUnknown) return facts->os.distro;
  if (manager == "apk") return analysis::Distro::kAlpine;
  if (!manager.empty() && manager != "apt") return analysis::Distro::kRedHat;
  return analysis::Distro::kDebian;
}

// A write that the runtime may read, with where it happened (to drop it when removed later).
struct Write {
  std::string path;
  size_t instruction, command;
  std::string user;
  bool side = false;  // written by a file command (not COPY/ADD, not a build or an install)
};

std::vector<Write> RuntimeWrites(const ir::Dockerfile& df, const analysis::StageFlow& flow, bool* any_build) {
  std::vector<Write> out;
  for (size_t i = 0; i < flow.instructions.size(); ++i) {
    const analysis::InstructionFlow& inst = flow.instructions[i];
    if (inst.kind == ir::InstructionKind::kCopy || inst.kind == ir::InstructionKind::kAdd) {
      // COPY and ADD write as root unless --chown says otherwise: USER does not apply to them.
      std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(df.instructions[inst.index]);
      std::string owner = copy && copy->chown ? *copy->chown : "";
      for (const std::string& path : inst.writes) out.push_back({path, i, 0, owner});
      continue;
    }
    for (size_t c = 0; c < inst.commands.size(); ++c) {
      const Effect& e = inst.commands[c].effect;
      *any_build |= e.kind == EffectKind::kBuild;
      if (e.kind != EffectKind::kDeps && e.kind != EffectKind::kBuild && e.kind != EffectKind::kFiles) continue;
      // A mode change of the user database is replayed on production's own (split_replay.h).
      bool replayed = !inst.commands[c].conditional && !UserDatabaseModeReplay(inst.commands[c].text).empty();
      for (const std::string& path : e.writes)
        if (!(replayed && IsUserDatabase(path))) out.push_back({path, i, c, inst.user, e.kind == EffectKind::kFiles});
    }
  }
  return out;
}

// Where the stage removes each path last, so "is this write removed later?" costs one lookup per
// directory of the write's path instead of a walk over every later command (quadratic on large files).
class LaterRemovals {
 public:
  explicit LaterRemovals(const analysis::StageFlow& flow) {
    for (size_t i = 0; i < flow.instructions.size(); ++i) {
      const analysis::InstructionFlow& inst = flow.instructions[i];
      for (size_t c = 0; c < inst.commands.size(); ++c) {
        for (std::string removed : inst.commands[c].effect.removes) {
          if (analysis::HasGlob(removed)) removed = removed.substr(0, removed.find_last_of('/', removed.find_first_of("*?[")));
          last_[removed.empty() ? "/" : removed] = {i, c};  // visited in order: the last one wins
        }
      }
    }
  }

  /// True when a command after the one that wrote `write` removes its path or a directory holding it
  /// (analysis::IsUnder(write.path, removed)).
  bool RemovedLater(const Write& write) const {
    if (last_.empty()) return false;
    std::pair<size_t, size_t> wrote{write.instruction, write.command};
    auto after = [&](std::string_view dir) {
      auto it = last_.find(std::string(dir));
      return it != last_.end() && it->second > wrote;
    };
    std::string_view path = write.path;
    if (after(path) || (path.starts_with('/') && after("/"))) return true;
    for (size_t slash = path.find('/', 1); slash != std::string_view::npos; slash = path.find('/', slash + 1))
      if (after(path.substr(0, slash))) return true;
    return false;
  }

 private:
  std::unordered_map<std::string, std::pair<size_t, size_t>> last_;
};

// Sorted, and without paths inside another kept path.
std::vector<Artifact> Outermost(std::vector<Artifact> artifacts) {
  std::sort(artifacts.begin(), artifacts.end(), [](const Artifact& a, const Artifact& b) { return a.path < b.path; });
  std::vector<Artifact> out;
  for (Artifact& a : artifacts) {
    bool inside = std::any_of(out.begin(), out.end(), [&](const Artifact& o) { return IsUnder(a.path, o.path); });
    if (!inside) out.push_back(std::move(a));
  }
  return out;
}

std::optional<std::string> ReadContextFile(const RuleContext& context, std::string_view relative) {
  if (!context.options().context_dir) return std::nullopt;
  return context::ContextFiles(*context.options().context_dir).Read(relative);
}

// `go build`, or `go install` of the project's own packages (the one that carries a cgo note).
bool CompilesGoProject(const Effect& effect) {
  return effect.tool == "go build" || (effect.tool == "go install" && effect.note.find("cgo ") != std::string::npos);
}

bool CgoOff(const analysis::StageFlow& flow) {
  bool off = false, on = false;
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands) {
      if (!CompilesGoProject(command.effect)) continue;
      off |= command.effect.note.find("cgo off") != std::string::npos;
      on |= command.effect.note.find("cgo on") != std::string::npos;
    }
  return off && !on;
}

// The go.mod of the folder a build ran in (`cd /src/app && go build`: app/go.mod of the context) requires
// no module from outside the context: none, or only modules its `replace` puts in folders of the
// context whose own go.mod requires nothing else.
bool GoModuleLocal(const context::ContextFiles& files, const std::string& dir) {
  std::optional<std::string> mod = files.Read(analysis::Join("/", dir + "/go.mod").substr(1));
  if (!mod) return false;
  analysis::GoModModules modules = analysis::ReadGoModModules(*mod);
  auto local = [&](const std::string& module) { return modules.local_replacements.contains(module); };
  for (const std::string& module : modules.required) {
    if (!local(module)) return false;
    // SourcesMention reads every Go file of the context but vendor/, testdata/ and hidden folders.
    // Resolved under a stand-in root, so a `../lib` that leaves the context shows.
    constexpr std::string_view kRoot = "/context";
    const std::string path = analysis::Join(std::string(kRoot) + "/" + dir, modules.local_replacements[module]);
    if (!analysis::IsUnder(path, kRoot) || path == kRoot) return false;
    const std::string folder = path.substr(kRoot.size() + 1);
    if (folder.starts_with(".") || folder.find("/.") != std::string::npos ||
        ("/" + folder + "/").find("/vendor/") != std::string::npos || ("/" + folder + "/").find("/testdata/") != std::string::npos)
      return false;
    std::optional<std::string> theirs = files.Read(folder + "/go.mod");
    if (!theirs) return false;
    for (const std::string& required : analysis::ReadGoModModules(*theirs).required)
      if (!local(required)) return false;
  }
  return true;
}

// cgo is left at its default (on), but the build context proves no package needs it: go.mod requires
// no module from outside the context, and no Go file imports "C", net (its resolver uses cgo), os/user
// or plugin. Go's linker then writes a static binary even with cgo on, so it runs on a static image unchanged.
bool StaticGoSources(const RuleContext& context, const analysis::StageFlow& flow) {
  const std::optional<std::string>& dir = context.options().context_dir;
  if (!dir) return false;
  const context::ContextFiles files(*dir);
  bool unset = false;
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands)
      if (CompilesGoProject(command.effect)) {
        if (command.effect.note.find("unset") == std::string::npos) return false;  // set explicitly
        unset = true;
        // Where the build ran, in the context: its folder when the context went to `context_root`.
        std::string folder;
        if (!flow.context_root.empty() && analysis::IsUnder(command.cwd, flow.context_root))
          folder = command.cwd.substr(flow.context_root.size());
        if (!GoModuleLocal(files, folder)) return false;
      }
  if (!unset) return false;
  std::optional<bool> needs_cgo = SourcesMention(*dir, {".go"}, {"\"C\"", "\"net\"", "\"net/", "\"os/user\"", "\"plugin\""});
  return needs_cgo.has_value() && !*needs_cgo;
}

// Where the stage configured its package manager (a repository command, or a file written under the
// package manager's configuration), to copy into production before its install.
std::vector<std::string> RepositoryPaths(const analysis::StageFlow& flow, std::string_view manager) {
  std::vector<std::string_view> dirs = manager == "apt"   ? std::vector<std::string_view>{"/etc/apt", "/usr/share/keyrings"}
                                       : manager == "apk" ? std::vector<std::string_view>{"/etc/apk"}
                                                          : std::vector<std::string_view>{"/etc/yum.repos.d", "/etc/pki/rpm-gpg"};
  std::vector<std::string> out;
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    for (const analysis::CommandFlow& command : inst.commands) {
      // A setup script (nodesource's, packagecloud's) names its repository under /etc/apt and its key in
      // /usr/share/keyrings (`signed-by=`) on the releases that have one: both go, or apt-get update fails.
      if (command.effect.note == "repository") AddUnique(out, std::string(dirs.front()));
      if (command.effect.tool == "nodesource setup" || command.effect.tool == "packagecloud setup")
        for (std::string_view dir : dirs) AddUnique(out, std::string(dir));
      for (const std::string& w : command.effect.writes)
        for (std::string_view dir : dirs)
          if (IsUnder(w, dir)) AddUnique(out, std::string(dir));
    }
    if (inst.kind == ir::InstructionKind::kCopy || inst.kind == ir::InstructionKind::kAdd)
      for (const std::string& w : inst.writes)
        for (std::string_view dir : dirs)
          if (IsUnder(w, dir)) AddUnique(out, std::string(dir));
  }
  return out;
}


// The first command that adds an apt repository served over https: a setup script (nodesource's,
// packagecloud's) or a `deb https://...` line written under /etc/apt. {flow instruction, command};
// nullopt when none.
std::optional<std::pair<size_t, size_t>> HttpsAptRepository(const ir::Dockerfile& df, const analysis::StageFlow& flow) {
  for (size_t i = 0; i < flow.instructions.size(); ++i)
    for (size_t c = 0; c < flow.instructions[i].commands.size(); ++c) {
      const Effect& e = flow.instructions[i].commands[c].effect;
      if (e.tool == "nodesource setup" || e.tool == "packagecloud setup") return std::pair{i, c};
      bool repository = e.note == "repository" ||
                        std::any_of(e.writes.begin(), e.writes.end(), [](const std::string& w) { return IsUnder(w, "/etc/apt"); });
      std::string_view text = df.instructions[flow.instructions[i].index].logical;
      if (!repository || text.find("https://") == std::string_view::npos) continue;  // no regex walk, nor its compile
      // A one-line source, a deb822 `URIs:` field, or a sources file rewritten to https (`sed 's|http://|https://|'`).
      static const std::regex kHttpsLine(R"((deb\s+(\[[^\]]*\]\s+)?|URIs:\s*|http://[^\s'"]*[|#,@])https://)");
      if (std::regex_search(text.begin(), text.end(), kHttpsLine)) return std::pair{i, c};
    }
  return std::nullopt;
}

// Whether the stage, up to the command `until`, installed what apt needs to fetch https (CA certificates,
// apt-transport-https, or curl/wget, which recommend the certificates) or ran a setup script that does.
bool StageInstallsHttpsTools(const analysis::StageFlow& flow, std::pair<size_t, size_t> until) {
  constexpr std::string_view kTools[] = {"ca-certificates", "apt-transport-https", "curl", "wget"};
  for (size_t i = 0; i <= until.first; ++i) {
    for (size_t c = 0; c < flow.instructions[i].commands.size() && (i < until.first || c <= until.second); ++c) {
      const Effect& e = flow.instructions[i].commands[c].effect;
      if (e.tool == "nodesource setup" || e.tool == "packagecloud setup") return true;
      if (e.kind == EffectKind::kPackages && !e.removal)
        for (const std::string& package : e.packages)
          if (std::find(std::begin(kTools), std::end(kTools), package) != std::end(kTools)) return true;
    }
  }
  return false;
}

// apt fetches https itself from Debian 10 and Ubuntu 18.04 on; before, it needs apt-transport-https.
bool AptFetchesHttps(const analysis::OsRelease& os) {
  constexpr std::string_view kDebian[] = {"buster", "bullseye", "bookworm", "trixie"};
  if (os.distro == analysis::Distro::kDebian) return Contains(std::vector<std::string>(std::begin(kDebian), std::end(kDebian)), os.release);
  if (os.distro != analysis::Distro::kUbuntu || os.release.size() < 5) return false;
  return os.release.substr(0, 2) >= "18" && std::isdigit(static_cast<unsigned char>(os.release[0]));
}

// A runtime library or tool that may open TLS connections checked against the system's CA store.
bool MayUseTls(std::string_view package) {
  for (std::string_view marker : {"ssl", "tls", "curl", "pq", "ldap", "mysql", "mariadb", "ssh", "grpc", "krb", "http",
                                  "nss", "git", "wget"})
    if (package.find(marker) != std::string_view::npos) return true;
  return false;
}

// The RUNs whose `go build` sets no linker flags, when no GOFLAGS is set anywhere: -ldflags="-s -w"
// drops the symbol table and DWARF, which only debuggers read; Go's own stack traces and panics use
// the pclntab, which stays.
std::vector<size_t> GoBuildsToStrip(const ir::Dockerfile& df, const analysis::StageFlow& flow) {
  if (df.source->text().find("GOFLAGS") != std::string_view::npos) return {};
  std::vector<size_t> out;
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    bool build = false, flags = false;
    for (const analysis::CommandFlow& command : inst.commands) {
      if (!CompilesGoProject(command.effect)) continue;
      build = true;
      flags |= command.text.find("ldflags") != std::string::npos;
    }
    if (build && !flags) out.push_back(inst.index);
  }
  return out;
}

// The official nginx image of the version a distribution release ships as its nginx package (Debian's
// and Ubuntu's package trackers): a site served by the distribution's nginx is served the same by it.
std::string OfficialNginxImage(const analysis::OsRelease& os) {
  constexpr std::pair<std::string_view, std::string_view> kVersions[] = {
      {"buster", "1.14"}, {"bullseye", "1.18"}, {"bookworm", "1.22"}, {"trixie", "1.26"},
      {"20.04", "1.18"}, {"22.04", "1.18"}, {"24.04", "1.24"}};
  if (os.distro != analysis::Distro::kDebian && os.distro != analysis::Distro::kUbuntu) return "";
  for (const auto& [release, version] : kVersions)
    if (os.release == release) return fmt::format("nginx:{}", version);
  return "";
}

// True when the stage's nginx site runs the same on the official nginx image: the packages are only
// nginx (and what that image has), Debian's default site is removed, and nothing is configured in the
// Debian-only include folders (sites-*, modules-*), which the official nginx.conf does not read.
bool OfficialNginxServes(const analysis::StageFlow& flow, const std::vector<std::string>& packages,
                         const std::vector<Write>& writes) {
  bool nginx = false;
  for (const std::string& package : packages) {
    bool ours = package == "nginx" || package == "nginx-light" || package == "nginx-core" || package == "nginx-full";
    nginx |= ours;
    if (!ours && package != "ca-certificates" && package != "curl" && package != "gettext-base" && package != "tzdata")
      return false;
  }
  bool default_site_removed = false;
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands)
      for (const std::string& removed : command.effect.removes)
        default_site_removed |= IsUnder("/etc/nginx/sites-enabled/default", removed) || removed == "/etc/nginx/sites-enabled/*";
  for (const Write& w : writes)
    for (std::string_view dir : {"/etc/nginx/sites-enabled", "/etc/nginx/sites-available", "/etc/nginx/modules-enabled"})
      if (IsUnder(w.path, dir)) return false;
  return nginx && default_site_removed;
}

// `rm` commands of the stage that production must run too: what they removed came with the base image
// or the packages (under /etc, or inside a folder production copies over, as COPY merges), not from
// the stage's own earlier writes.
std::vector<std::string> ReplayedRemovals(const analysis::StageFlow& flow, const std::vector<Write>& writes,
                                          const std::vector<Artifact>& artifacts) {
  std::vector<std::string> out;
  for (size_t i = 0; i < flow.instructions.size(); ++i)
    for (size_t c = 0; c < flow.instructions[i].commands.size(); ++c) {
      const analysis::CommandFlow& command = flow.instructions[i].commands[c];
      if (command.effect.tool != "rm" || command.effect.removes.empty()) continue;
      std::string paths;
      for (const std::string& removed : command.effect.removes) {
        bool written_before = std::any_of(writes.begin(), writes.end(), [&](const Write& w) {
          return (w.instruction < i || (w.instruction == i && w.command < c)) && IsUnder(removed, w.path);
        });
        bool merged = std::any_of(artifacts.begin(), artifacts.end(), [&](const Artifact& a) {
          return IsUnder(removed, a.path) && removed != a.path;
        });
        if (written_before || (!IsUnder(removed, "/etc") && !merged) || removed.find_first_of(" \t\"'$") != std::string::npos)
          continue;
        paths += " " + removed;
      }
      if (paths.empty()) continue;
      bool recursive = command.text.find(" -r") != std::string::npos || command.text.find(" -R") != std::string::npos ||
                       command.text.find("-fr") != std::string::npos || command.text.find("--recursive") != std::string::npos;
      out.push_back((recursive ? "rm -rf" : "rm -f") + paths);
    }
  return out;
}
// Why production would get nothing from the builder, in the words of what the image is for.
std::string NothingToCopy(const analysis::StageFlow& flow, const analysis::RuntimeNeeds& needs) {
  bool built = false;
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands) built |= command.effect.kind == EffectKind::kBuild;
  // A command that runs a build tool or a bare shell is refused before this (CommandRunsBuildTool, IsToolbox).
  if (!built && needs.argv.empty())
    return "the stage builds nothing and sets no command of its own: the toolchain it installs is the image's purpose "
           "(a development or CI image)";
  if (!built) return "the stage builds nothing that production could take instead of the toolchain";
  return "the stage writes nothing dockopt can copy into production";
}

// /var/log and /var/cache hold the package managers' logs and caches, but a folder below them that a
// file command of the stage made (`mkdir -p /var/log/app && chown app /var/log/app`) is the program's:
// without it the program finds no log folder, or one its user may not write.
bool AppFolderInSharedPlace(const Write& w) {
  constexpr std::string_view kManagers[] = {"/var/cache/apt", "/var/cache/apk", "/var/cache/yum", "/var/cache/dnf",
                                            "/var/cache/debconf", "/var/log/apt"};
  if (!w.side || !(IsUnder(w.path, "/var/log") || IsUnder(w.path, "/var/cache"))) return false;
  return w.path != "/var/log" && w.path != "/var/cache" &&
         std::none_of(std::begin(kManagers), std::end(kManagers), [&](std::string_view d) { return IsUnder(w.path, d); });
}

// `pip install -e .` in a clone under /tmp: site-packages only points at the project (an egg-link or a
// .pth file), so the project's folder is what the program imports, wherever the stage put it.
bool EditableProject(const analysis::StageFlow& flow, const Write& w) {
  const analysis::InstructionFlow& inst = flow.instructions[w.instruction];
  if (w.command >= inst.commands.size() || inst.commands[w.command].effect.tool != "pip install") return false;
  if (w.path == "/usr/local/bin" || w.path == "/usr/local/lib") return false;
  static const std::regex kEditable(R"((^|\s)(-e|--editable)(\s|=|$))");
  return std::regex_search(inst.commands[w.command].text, kEditable);
}

// An install whose target lies in a cache folder (`poetry install` makes the project's virtualenv under
// ~/.cache/pypoetry/virtualenvs): what `poetry run` runs with, not a download cache (those are caches).
bool InstallIntoCacheFolder(const analysis::StageFlow& flow, const Write& w) {
  const analysis::InstructionFlow& inst = flow.instructions[w.instruction];
  return w.command < inst.commands.size() && inst.commands[w.command].effect.kind == EffectKind::kDeps &&
         w.path.find("/.cache/") != std::string::npos;
}

// Gems installed into a build-only place (`bundle install --path $BUNDLE_DIR` with BUNDLE_DIR=/tmp): what
// `bundle exec` loads at start, in a place production never copies.
bool GemsIntoBuildOnlyPlace(const analysis::StageFlow& flow, const Write& w) {
  const analysis::InstructionFlow& inst = flow.instructions[w.instruction];
  if (w.command >= inst.commands.size()) return false;
  const std::string& tool = inst.commands[w.command].effect.tool;
  return tool == "bundle install" || tool == "gem install";
}

// A file the stage writes into root's home with echo, tee or cp (`echo rpcpassword=... >>
// /root/.photon/photon.conf`): the program's configuration, which it reads at start; not a cache, not
// something a tool of the build left there.
bool RootConfigFile(const analysis::StageFlow& flow, const Write& w) {
  const analysis::InstructionFlow& inst = flow.instructions[w.instruction];
  if (w.command >= inst.commands.size() || IsUnder(w.path, "/root/.cache")) return false;
  // (A shell's start-up files serve interactive logins, not the program.)
  for (std::string_view rc : {"/root/.bashrc", "/root/.profile", "/root/.bash_profile", "/root/.zshrc"})
    if (w.path == rc) return false;
  const std::string& tool = inst.commands[w.command].effect.tool;
  return tool == "redirect" || tool == "echo" || tool == "tee" || tool == "printf" || tool == "cp";
}

// A folder in a build-only place (/tmp/app) that the stage gives to a user (`chown -R www-data
// $temp_dir`) is the program's, whatever the place: not the build's scratch space.
bool GivenToUser(const std::vector<std::pair<std::string, std::string>>& chowned, std::string_view path) {
  return std::any_of(chowned.begin(), chowned.end(), [&](const auto& c) {
    return IsUnder(path, c.first) &&
           std::none_of(std::begin(kBuildOnlyDirs), std::end(kBuildOnlyDirs), [&](std::string_view d) { return c.first == d; });
  });
}

// `npm run build`, `yarn run build:prod`: a front-end build (analysis/effects_build.cc JsBuild).
bool IsJsBuild(std::string_view tool) {
  return (tool.starts_with("npm ") || tool.starts_with("yarn ") || tool.starts_with("pnpm ") || tool.starts_with("bun ")) &&
         tool.find(" run ") != std::string_view::npos;
}


}  // namespace

bool BuildOnlyPath(std::string_view path) {
  return std::any_of(std::begin(kBuildOnlyDirs), std::end(kBuildOnlyDirs), [&](std::string_view d) { return IsUnder(path, d); });
}

analysis::StageFlow StageFlowOf(RuleContext& context, int stage, const ir::Stage* model) {
  analysis::FlowOptions options;
  options.stage = model;
  if (context.options().context_dir)
    options.context = [&context](std::string_view relative) { return ReadContextFile(context, relative); };
  options.script_of = [&context](const ir::Instruction& inst) { return context.ScriptOf(inst); };
  options.run_flows = context.RunFlows();
  return analysis::AnalyzeStage(context.dockerfile(), stage, options);
}

std::shared_ptr<const analysis::StageFlow> SharedStageFlowOf(RuleContext& context, int stage) {
  if (std::shared_ptr<const analysis::StageFlow> kept = context.KeptStageFlow(stage)) return kept;
  auto flow = std::make_shared<const analysis::StageFlow>(StageFlowOf(context, stage));
  context.KeepStageFlow(stage, flow);
  return flow;
}

// An npm install then `npm run build` in the same folder, for a node runtime: the build needed the
// devDependencies, the runtime does not, so the builder prunes them before production copies the
// folder (what an expert's `npm ci --omit=dev` stage gives). `prune` is the command the image's npm
// reads (NodePruneCommand); "" when it has none.
static std::vector<std::string> NodeBuilderFinish(const analysis::StageFlow& flow, const analysis::RuntimeNeeds& needs,
                                                  std::string_view prune) {
  if (needs.interpreter != "node" || prune.empty()) return {};
  // A command that loads code through a devDependency (`node -r ts-node/register`, `node --import tsx`,
  // `node node_modules/.bin/nest start`, a .ts entry) still needs them. node's own options come before
  // its script; what follows the script is the app's.
  auto node = std::find_if(needs.argv.begin(), needs.argv.end(), [](const std::string& w) {
    std::string_view tool = shell::CanonicalTool(w);
    return tool == "node" || tool == "nodejs";
  });
  for (auto word = node == needs.argv.end() ? node : node + 1; word != needs.argv.end(); ++word) {
    if (*word == "-r" || word->starts_with("--require") || word->starts_with("--loader") || word->starts_with("--import") ||
        word->starts_with("--experimental-loader"))
      return {};
    if (word->starts_with("-")) continue;
    if (word->find("node_modules") != std::string::npos || word->ends_with(".ts") || word->ends_with(".mts") ||
        word->ends_with(".cts"))
      return {};
    break;
  }
  // The prune runs after the builder's last RUN/COPY/ADD (split_emit.cc), in the WORKDIR there: a
  // WORKDIR after the last build step goes to production, not to the builder.
  std::string install_cwd, last_cwd;
  bool built = false;
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    const bool writes = inst.kind == ir::InstructionKind::kRun || inst.kind == ir::InstructionKind::kCopy ||
                        inst.kind == ir::InstructionKind::kAdd;
    if (writes) last_cwd = inst.cwd.empty() ? "/" : inst.cwd;
    for (const analysis::CommandFlow& command : inst.commands) {
      const Effect& e = command.effect;
      if (e.kind == EffectKind::kDeps && e.manager == "npm" && command.text.find("--omit=dev") == std::string::npos &&
          command.text.find("--production") == std::string::npos)
        install_cwd = command.cwd;
      if (e.kind == EffectKind::kBuild && e.tool.starts_with("npm") && command.cwd == install_cwd && !install_cwd.empty())
        built = true;
    }
  }
  if (!built) return {};
  return {last_cwd == install_cwd ? std::string(prune) : fmt::format("cd {} && {}", install_cwd, prune)};
}

// The compiler toolchain a stage copies in from another stage or image (`COPY --from=build /usr/local/go
// /usr/local/go`: caldera's server compiles its agents when they are asked for); "" when none.
static std::string CopiedToolchain(const ir::Dockerfile& df, const ir::Stage& stage) {
  static constexpr std::string_view kToolchainRoots[] = {"/usr/local/go", "/usr/lib/go", "/usr/local/cargo",
                                                         "/usr/local/rustup"};
  for (size_t index : stage.instructions) {
    if (!analysis::HasFromFlag(df.instructions[index])) continue;
    std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(df.instructions[index]);
    if (!copy) continue;
    for (const analysis::CopySourceArg& source : copy->sources) {
      std::string_view path = source.path;
      while (path.size() > 1 && path.ends_with('/')) path.remove_suffix(1);
      if (std::ranges::find(kToolchainRoots, path) != std::end(kToolchainRoots)) return std::string(path);
    }
  }
  return "";
}

// Why the image is a build environment, a notebook server or a workstation whose tools are what it is
// for; "" when it is none. Checked before the RUNs are read: a command dockopt cannot read is no reason
// to give when the image would keep its tools anyway.
static std::string BuildEnvironmentBlocker(RuleContext& context, const ir::Stage& stage, const ImageRef& ref,
                                           const analysis::StageFlow& flow, const std::vector<std::string>& tools,
                                           const std::function<const RuntimeNeeds&()>& stage_needs) {
  const ir::Dockerfile& df = context.dockerfile();
  const analysis::RuntimeNeeds& needs = flow.runtime;
  if (std::string tool = CommandRunsBuildTool(needs, tools); !tool.empty())
    return fmt::format("the container's command runs '{}', a build tool: the image is a build environment", tool);
  // The stage carries a toolchain on purpose: the compilers and git it installs beside it are its own.
  if (std::string root = CopiedToolchain(df, stage); !root.empty())
    return fmt::format("the stage copies the toolchain '{}' in from another stage or image: the image builds "
                       "when it runs, and the tools it installs beside it go with it",
                       root);
  if (std::string task = MixReadiedForRunTime(flow); !task.empty())
    return fmt::format("the stage runs '{}' but builds nothing with Mix: the container uses Mix when it runs "
                       "(Mix.install fetches and compiles dependencies), with the tools the stage installs",
                       task);
  // The scripts it starts, read from the context (`ENTRYPOINT ["./entry.sh"]` running `make migrate`). git
  // that the stage configures (`git config --global`) is kept for the container, not a build tool here.
  const bool git_configured = std::any_of(flow.instructions.begin(), flow.instructions.end(), [](const analysis::InstructionFlow& i) {
    return std::any_of(i.commands.begin(), i.commands.end(), [](const analysis::CommandFlow& c) { return c.effect.tool == "git config"; });
  });
  std::vector<std::string> dropped = tools;
  if (git_configured) std::erase(dropped, std::string("git"));
  if (std::string tool = CommandsRunBuildTool(stage_needs().runtime_commands, dropped); !tool.empty())
    return fmt::format("the container's command (or a script it starts) runs '{}', a build tool: the image is a "
                       "build environment", tool);
  // A notebook server runs its users' code, `!pip install` and `%%cython` included: the compilers the
  // stage installs are for them.
  if (std::string notebook = NotebookServer(needs); !notebook.empty())
    return fmt::format("the container runs '{}', a notebook server whose users run code with the image's tools", notebook);
  if (size_t line = SshLogin(df, flow); line != 0)
    return fmt::format("the stage lets people log in over SSH (openssh-server, and a password or key at line {}): "
                       "its users run the image's tools, which are what it is for", line);
  if (std::string own; IsToolbox(df, stage, ref, &own))
    return own.empty() ? "the image is a build environment: its command is a shell or a build tool, so its "
                         "tools are what it is for"
                       : fmt::format("the image is a build environment: the stage sets no command, so it runs "
                                     "that of '{}' ({}), and its tools are what it is for",
                                     ref.Reference(), own);
  return "";
}

std::optional<SplitPlan> PlanSplit(RuleContext& context, const ir::Stage& stage, const analysis::StageFlow& flow) {
  const ir::Dockerfile& df = context.dockerfile();
  ImageRef ref = BaseImageOf(df, flow.stage);
  std::string image = ref.known ? (ref.tag.empty() ? ref.name : ref.name + ":" + ref.tag) : "";
  std::optional<analysis::BaseImageFacts> facts = image.empty() ? std::nullopt : analysis::LookupBaseImage(image);
  Packages installed = InstalledPackages(flow);
  analysis::Distro distro = DistroOf(facts, installed.manager);
  analysis::OsRelease os = facts ? facts->os : analysis::OsRelease{distro, ""};
  // What the container's commands and the scripts they start run: read once, when first asked.
  std::optional<RuntimeNeeds> read_needs;
  const std::function<const RuntimeNeeds&()> stage_needs = [&]() -> const RuntimeNeeds& {
    if (!read_needs) read_needs = ReadRuntimeNeeds(context, flow.stage);
    return *read_needs;
  };
  SplitPlan plan;
  plan.manager = installed.manager.empty() ? (distro == analysis::Distro::kAlpine ? "apk" : "apt") : installed.manager;
  std::vector<std::string> runtime_packages;
  // Debian and Ubuntu: a -dev package whose runtime libraries no table names for this release gets them
  // named by apt in production (`apt-cache depends`), where the release is at hand.
  const bool apt_lookup = plan.manager == "apt" && (distro == analysis::Distro::kDebian || distro == analysis::Distro::kUbuntu);
  std::vector<std::string> unmapped;  // -dev packages production keeps: no table names their libraries on `os`
  // The same, where the table names them per release and `os` names none: noted on a split, not reported
  // alone (DF201 names them).
  std::vector<std::string> unnamed_by_release;
  std::vector<std::string> programs;  // build tools without runtime twins: git, gcc, make (not libpq-dev)
  // uWSGI and mod_wsgi embed python: pip links them against libpythonX.Y, which the distribution's
  // python-dev pulls in and its python does not (Debian, Ubuntu; Alpine's python3 holds it; the python
  // images' pip links their own, under /usr/local/lib); the library's package is named by release.
  const bool embeds_python = std::any_of(flow.instructions.begin(), flow.instructions.end(), [](const analysis::InstructionFlow& i) {
    return std::any_of(i.commands.begin(), i.commands.end(), [](const analysis::CommandFlow& c) {
      // Both names hold "wsgi": the regex walks (and is compiled for) only a command that does (most pip
      // installs don't; an icase regex costs ~0.5 M instructions to build, a whole small file's optimize).
      if (c.effect.tool != "pip install" || !ContainsWsgi(c.text)) return false;
      static const std::regex kEmbedsPython(R"((^|\s)(uwsgi|mod_wsgi)([=<>~!\[\s]|$))", std::regex::icase);
      return std::regex_search(c.text, kEmbedsPython);
    });
  });
  std::string embed_blocker;
  std::vector<std::vector<std::string>> sources_of_runtime;  // per kept package production installs or swaps
  // The official php images name their compilers in ENV PHPIZE_DEPS (autoconf g++ gcc make re2c ...); the
  // Alpine ones do not keep them installed, so `apk add $PHPIZE_DEPS` in the stage is the build's toolchain
  // (unless an ENV or ARG of the stage sets it itself).
  const bool phpize_deps_are_tools = facts && facts->family == "php" && distro == analysis::Distro::kAlpine &&
                                     !df.stages[static_cast<size_t>(flow.stage)].assignments.contains("PHPIZE_DEPS");
  for (const std::string& package : installed.kept) {
    if (phpize_deps_are_tools && (package == "$PHPIZE_DEPS" || package == "${PHPIZE_DEPS}")) {
      plan.tools.push_back(package);
      programs.push_back("gcc");  // a command that runs the compilers keeps the stage whole
      programs.push_back("make");
      continue;
    }
    if (embeds_python && distro != analysis::Distro::kAlpine && !(facts && facts->family == "python") && IsPythonHeaders(package)) {
      // On Debian and Ubuntu apt names that library at build time: python3-dev -> libpython3-dev ->
      // libpython3.X-dev -> libpython3.X, the same -dev chain the lookup follows for any headers.
      if (apt_lookup && LookupableDevPackage(package)) {
        AddUnique(plan.looked_up_dev, package);
        AddUnique(runtime_packages, std::string(kRuntimeLibrariesReference));
      } else if (embed_blocker.empty()) {
        embed_blocker = fmt::format("pip builds uWSGI or mod_wsgi, which links the libpython that '{}' brought: "
                                    "dockopt cannot name the package that holds it", package);
      }
    }
    std::vector<std::string> twins = analysis::RuntimePackagesFor(package, os);
    if (analysis::IsJdkPackage(package, distro) && !BuildsOrRunsJava(df)) twins.clear();  // a judge's JDK: kept whole
    bool look_up = false;  // apt names its runtime libraries at build time (runtime_lib_lookup.h)
    if (!twins.empty() && !analysis::RuntimeNamesKnown(package, os)) {
      twins.clear();
      look_up = apt_lookup && !analysis::IsBuildTool(package, distro) && LookupableDevPackage(package);
      if (!analysis::IsBuildTool(package, distro) && !look_up) unmapped.push_back(package);
    } else if (twins.empty() && analysis::RuntimeNamesNeedRelease(package, os)) {
      // Its runtime is named per release, and the image names none; unless the stage installs one
      // release's name itself (python:alpine's `apk add postgresql-dev libpq`): that is the release's own.
      if (InstallsOneReleasesRuntime(package, os, installed.kept)) {
        plan.tools.push_back(package);
        continue;
      }
      unnamed_by_release.push_back(package);
    }
    bool swapped = false;
    for (const auto& [build, runtime] : kRuntimeSwaps) {
      if (package != build) continue;
      AddUnique(runtime_packages, std::string(runtime));
      swapped = true;
    }
    if (std::string interpreter = VersionedInterpreterOf(package); !interpreter.empty()) {
      AddUnique(runtime_packages, std::move(interpreter));
      swapped = true;
    }
    if (analysis::IsBuildTool(package, distro) || !twins.empty() || swapped) {
      // pip is a program the container may run (`pip install` at start), though its package swaps for python.
      if (twins.empty() && (!swapped || package.find("pip") != std::string::npos)) programs.push_back(package);
      plan.tools.push_back(package);
      if (!twins.empty() || swapped) sources_of_runtime.push_back(installed.sources[package]);
      for (std::string& twin : twins) AddUnique(runtime_packages, std::move(twin));
    } else if (look_up) {
      plan.tools.push_back(package);
      AddUnique(plan.looked_up_dev, package);
      AddUnique(runtime_packages, std::string(kRuntimeLibrariesReference));
      sources_of_runtime.push_back(installed.sources[package]);
    } else if (!swapped) {
      AddUnique(runtime_packages, package);
      sources_of_runtime.push_back(installed.sources[package]);
    }
  }
  // Production installs its packages in one command, which repeats the options that chose where they came
  // from (`apk add --repository URL`) when every install that brought them gave the same ones.
  std::string sources_blocker;
  if (!sources_of_runtime.empty()) plan.package_sources = sources_of_runtime.front();
  for (const std::vector<std::string>& sources : sources_of_runtime)
    if (sources != plan.package_sources && sources_blocker.empty()) {
      const std::vector<std::string>& named = sources.empty() ? plan.package_sources : sources;
      sources_blocker = fmt::format("the stage installs packages with '{}' and others without it: production's one "
                                    "install cannot repeat both", named.front());
    }
  // -dev packages the stage purged after building against them: what it built still links their runtime
  // libraries, which the purge left in the image (python-ldap against libldap2-dev on python:3), and a
  // slimmer base may not have.
  const bool stage_compiles = std::any_of(flow.instructions.begin(), flow.instructions.end(), [](const analysis::InstructionFlow& i) {
    return std::any_of(i.commands.begin(), i.commands.end(), [](const analysis::CommandFlow& c) { return c.effect.compiles; });
  });
  std::string purged_blocker;  // a purged -dev package whose runtime library production cannot name
  for (const std::string& package : installed.purged) {
    if (!stage_compiles) continue;
    if (analysis::RuntimeNamesKnown(package, os)) {
      for (std::string& twin : analysis::RuntimePackagesFor(package, os)) AddUnique(runtime_packages, std::move(twin));
    } else if (apt_lookup && LookupableDevPackage(package) && !analysis::RuntimePackagesFor(package, os).empty()) {
      AddUnique(plan.looked_up_dev, package);
      AddUnique(runtime_packages, std::string(kRuntimeLibrariesReference));
    } else if (os.assumed && purged_blocker.empty() && !analysis::RuntimePackagesFor(package, os).empty())
      purged_blocker = fmt::format("the stage built against '{}' and purged it, and no package table names its "
                                   "runtime library on {}", package, analysis::Describe(os));
  }
  std::vector<std::string> local_repository_dirs;  // what package files may have configured (split_localpkg.h)
  std::string local_blocker = PlanLocalPackages(df, flow, distro, plan.local_packages, plan.tools, local_repository_dirs);
  bool toolchain_base = facts && facts->toolchain;
  // An official node image's tag says which npm it has; on other images npm's version is unknown, and
  // an npm older than 7 ignores --omit=dev (the folder keeps its devDependencies, as before).
  const std::string_view node_prune =
      facts && facts->family == "node" ? NodePruneCommand(ref.tag) : std::string_view("npm prune --omit=dev");
  // On a node runtime image (node:X-slim, node:X-alpine) an `npm install` then `npm run build` leaves the
  // build's devDependencies in the image: they are its toolchain, and production is the same image with
  // the folder pruned (NodeBuilderFinish).
  const bool node_dev_dependencies = !toolchain_base && facts && facts->family == "node" &&
                                     !NodeBuilderFinish(flow, flow.runtime, node_prune).empty();
  // Such a build the split cannot prune (yarn's or pnpm's node_modules, an npm too old for --omit=dev, a
  // command other than `node FILE`): reported, with why.
  if (plan.tools.empty() && !toolchain_base && !node_dev_dependencies && facts && facts->family == "node" && unmapped.empty())
    if (std::optional<NodeDevBuild> build = NodeBuildWithDevDependencies(df, flow)) {
      plan.node_build_manager = build->manager;
      plan.blocker = build->manager != "npm" ? fmt::format("dockopt prunes only npm's node_modules, and {} installed these", build->manager)
                     : !NodeTagPrunesDevDependencies(ref.tag) ? fmt::format("the npm of '{}' is older than 6 and cannot prune them", image)
                     : flow.runtime.interpreter != "node"
                         ? fmt::format("the container's command runs '{}', which may use them", flow.runtime.argv.empty() ? "" : flow.runtime.argv.front())
                         : "dockopt cannot tell that the container's command does without them";
      return plan;
    }
  if (plan.tools.empty() && !toolchain_base && !node_dev_dependencies) {
    if (unmapped.empty()) return std::nullopt;
    // Only -dev packages whose runtime libraries no table names on this release: still worth a report.
    plan.tools = unmapped;
    plan.blocker = fmt::format("no package table names the runtime library of '{}' on {}", unmapped.front(),
                               analysis::Describe(os));
    return plan;
  }

  if (toolchain_base) plan.toolchain_image = image;
  auto block = [&](std::string why) {
    if (plan.blocker.empty()) plan.blocker = std::move(why);
    return plan;
  };
  if (!embed_blocker.empty()) return block(std::move(embed_blocker));
  // `yum install x.rpm` of a file the build downloaded or copied: production does not have the file
  for (const std::string& package : runtime_packages)
    if (package.find("://") == std::string::npos &&
        (package.starts_with("/") || package.starts_with(".") || package.ends_with(".rpm") || package.ends_with(".deb") || package.ends_with(".apk")))
      return block(fmt::format("the package '{}' is a file, which production would not have", package));
  if (df.FindStage(stage.base) >= 0) return block(fmt::format("the stage starts from the earlier stage '{}'", stage.base));
  if (installed.build_dep)
    return block(fmt::format("the {} installs the build dependencies of '{}', whose runtime libraries dockopt "
                             "cannot name", Line(flow, df, installed.build_dep->first), installed.build_dep->second));
  if (!ref.known) return block(fmt::format("the base image '{}' holds a variable dockopt cannot resolve", stage.base));
  // golang:onbuild, node:onbuild, python:onbuild: the build is the base image's ONBUILD triggers (COPY .
  // and an install), which run in this stage but are not written in it.
  if (ref.tag.find("onbuild") != std::string::npos)
    return block(fmt::format("the build runs in the ONBUILD triggers of '{}', which are not written in the file", image));
  if (std::string why = BuildEnvironmentBlocker(context, stage, ref, flow, plan.tools, stage_needs); !why.empty()) return block(std::move(why));
  std::vector<std::string> context_dirs;  // where the stage put the project: build-context files, a git clone
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    if (inst.from_context) context_dirs.insert(context_dirs.end(), inst.writes.begin(), inst.writes.end());
    for (const analysis::CommandFlow& command : inst.commands)
      if (command.effect.tool == "git clone") context_dirs.insert(context_dirs.end(), command.effect.writes.begin(), command.effect.writes.end());
  }
  std::vector<std::string> assumed;  // unknown commands left to the builder, with why (split_unknown.h)
  const std::string database = LocalDatabaseServer(flow);
  std::vector<std::string> unless_compiled;  // blockers unless production takes only a built program
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    const ir::Instruction& ins = df.instructions[inst.index];
    if (inst.kind == ir::InstructionKind::kOnbuild) return block(fmt::format("the {} cannot be split", Line(flow, df, inst.index)));
    if (inst.kind == ir::InstructionKind::kShell && ins.rest.find("sh") == std::string_view::npos)
      return block(fmt::format("the {} is not a POSIX shell", Line(flow, df, inst.index)));
    if (!inst.unknown) continue;
    bool unknown_command = false;
    for (const analysis::CommandFlow& command : inst.commands) {
      if (command.effect.kind != EffectKind::kUnknown) continue;
      unknown_command = true;
      std::string unknown = fmt::format("the {} runs '{}', whose effects dockopt does not know", Line(flow, df, inst.index),
                                        command.effect.tool);
      if (command.effect.note.ends_with("holds a variable dockopt cannot resolve")) unknown += ": " + command.effect.note;
      if (!database.empty() && !BuilderOnlyReason(command, context_dirs, false).empty() &&
          BuilderOnlyReason(command, context_dirs, false, database).empty())
        unknown += fmt::format(" (a project script, and the stage installs the database server '{}', whose data it may write)", database);
      std::string why = BuilderOnlyReason(command, context_dirs, /*compiled=*/false, database);
      if (why.empty() && !(why = BuilderOnlyReason(command, context_dirs, /*compiled=*/true, database)).empty())
        unless_compiled.push_back(unknown);
      if (why.empty()) return block(unknown);
      assumed.push_back(fmt::format("'{}' {}", OneLine(command.text), why));
    }
    if (!unknown_command) return block(fmt::format("dockopt cannot read the {}", Line(flow, df, inst.index)));
  }
  if (std::string why = InstallOutsidePrefix(df, flow); !why.empty()) return block(std::move(why));
  if (std::string why = ConditionalBlocker(df, flow); !why.empty()) return block(std::move(why));
  if (!local_blocker.empty()) return block(std::move(local_blocker));

  const analysis::RuntimeNeeds& needs = flow.runtime;  // no CMD: the base image's command, on the slim variant
  // A command whose program the model cannot read (`ENTRYPOINT (cd $DIR && ./app)`) is no command-less
  // stage: the empty name's loose match (any PATH folder a build wrote) would stand for a program
  // that is not there.
  const bool own_command = std::any_of(stage.instructions.begin(), stage.instructions.end(), [&](size_t i) {
    return df.instructions[i].kind == ir::InstructionKind::kCmd || df.instructions[i].kind == ir::InstructionKind::kEntrypoint;
  });
  std::string program = needs.program.starts_with("/")               ? needs.program
                        : needs.program.empty() && own_command ? ""
                                                               : analysis::ProgramWrittenBy(flow, needs.program);
  if (std::string why = ProgramFromVolume(flow); !why.empty()) return block(std::move(why));
  if (std::string why = UnknownBaseWithoutCommand(df, flow, image); !why.empty()) return block(std::move(why));
  // The stage removes its own build dependencies (`apt-get purge -y $buildDeps`) yet leaves a compiler or
  // another build program installed: its author kept that one for the container (a judge compiling
  // submissions with gcc), whatever the model can see of the command.
  // (Headers such as libc6-dev, which DF101 adds beside a compiler, are no program the container runs.)
  auto kept_program = std::find_if(programs.begin(), programs.end(), [](const std::string& p) {
    return !p.ends_with("-dev") && !p.ends_with("-devel");
  });
  if (std::string removed = RemovedBuildTool(flow, distro); !removed.empty() && kept_program != programs.end())
    return block(fmt::format("the stage removes its own build tools ('{}') but keeps '{}': it is kept for the "
                             "container to use", removed, *kept_program));
  if (!programs.empty() && BuildToolsUnused(flow, plan.tools))
    return block(fmt::format("nothing in the stage builds with '{}': it is installed for the container to use",
                             programs.front()));
  bool any_build = false;
  std::vector<Write> writes = RuntimeWrites(df, flow, &any_build);
  const std::vector<std::pair<std::string, std::string>> chowned_dirs = ChownedPaths(flow);
  // A path a build wrote, or a copy of build output (`cp bin/* /usr/bin/`).
  std::vector<std::string> build_outputs;
  std::map<std::string, std::string> link_targets;  // a link the stage made to a build output -> its target
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands) {
      const Effect& e = command.effect;
      bool copies_output = (e.tool == "cp" || e.tool == "mv") && !e.reads.empty() &&
                           std::all_of(e.reads.begin(), e.reads.end(), [&](const std::string& r) {
                             return std::any_of(build_outputs.begin(), build_outputs.end(),
                                                [&](const std::string& o) { return IsUnder(r, o); });
                           });
      // `ln -s /src/target/release/app /src/app`: a link to a build output stands for it.
      std::string target = e.tool == "ln" && e.writes.size() == 1 ? PlainSymlinkTarget(command.text) : "";
      if (!target.empty() && std::any_of(build_outputs.begin(), build_outputs.end(), [&](const std::string& o) { return IsUnder(target, o); }))
        link_targets[e.writes.front()] = target;
      if (e.kind == EffectKind::kBuild || copies_output) build_outputs.insert(build_outputs.end(), e.writes.begin(), e.writes.end());
    }
  auto built = [&](std::string_view path) {
    if (link_targets.count(std::string(path))) return true;
    for (std::string w : build_outputs) {
      if (w.ends_with("/*")) w.resize(w.size() - 2);
      if (IsUnder(path, w)) return true;
    }
    return false;
  };
  bool jar = needs.interpreter == "java" && !needs.scripts.empty() &&
             std::all_of(needs.scripts.begin(), needs.scripts.end(), built);
  // No command of its own on an interpreter's or a server's image (python, node, php:fpm, nginx): the
  // container runs the base's REPL or server, which the stage did not build, even when a `make install`
  // (a PHP extension's) wrote the folder it lies in.
  std::optional<analysis::ImageCommand> base_command = analysis::LookupImageCommand(image);
  bool runs_base_repl = needs.argv.empty() && base_command && base_command->kind == analysis::DefaultCommandKind::kRepl;
  // Likewise its server (php:fpm's php-fpm): a `make install` of an extension did not build it.
  bool runs_base_server = needs.argv.empty() && base_command && base_command->kind == analysis::DefaultCommandKind::kServer;
  // `tini -- gosu user app`: where the stage put each init or switcher; none when the base or a package has it.
  std::vector<std::string> inits;
  for (const std::string& wrapper : needs.inits) {
    std::string init = wrapper.starts_with("/") ? wrapper : analysis::ProgramWrittenBy(flow, wrapper);
    if (!init.empty() && std::any_of(writes.begin(), writes.end(), [&](const Write& w) { return IsUnder(init, w.path); }))
      inits.push_back(std::move(init));
  }
  // bundle, npm, pip: the language image's own program, not one a `make install` into /usr/local built.
  bool image_program = facts && program.starts_with("/usr/local/bin/") &&
                       analysis::IsImageProgram(facts->family, program.substr(program.rfind('/') + 1)) &&
                       std::none_of(flow.instructions.begin(), flow.instructions.end(), [&](const analysis::InstructionFlow& inst) {
                         return Contains(inst.writes, program);
                       });
  plan.compiled = jar || (needs.interpreter.empty() && !program.empty() && built(program) && !runs_base_repl && !runs_base_server && !image_program);
  if (!plan.compiled && !unless_compiled.empty()) return block(unless_compiled.front());

  // The production base: same release as the build, without the toolchain.
  std::string same = stage.base;
  if (plan.compiled && !jar) {
    bool static_go = !CgoOff(flow) && StaticGoSources(context, flow);
    bool distroless = (CgoOff(flow) || static_go) && os == analysis::OsRelease{analysis::Distro::kDebian, "bookworm"} &&
                      !needs.shell_form && needs.healthcheck_program.empty() && needs.inits.empty() && DistrolessUser(needs.user);
    for (const std::string& package : runtime_packages)
      distroless &= package == "ca-certificates" || package == "tzdata";
    for (const analysis::InstructionFlow& inst : flow.instructions)
      for (const analysis::CommandFlow& command : inst.commands) distroless &= command.effect.kind != EffectKind::kUsers;
    // A folder the stage gave to a user goes back to that user in production with a shell (OwnerCommand).
    std::vector<std::pair<std::string, std::string>> chowned = ChownedPaths(flow);
    bool chowned_only = distroless && !chowned.empty();
    distroless &= chowned.empty();
    if (distroless) {
      plan.production_base = kDistrolessStatic;
      plan.base_note = static_go ? "cgo is on, but no package of the build uses it (go.mod requires no module from outside the build context; no Go file "
                                   "imports C, net, os/user or plugin), so the binary links statically"
                                 : "cgo is off (CGO_ENABLED=0), so the binary is static";
      runtime_packages.clear();
    } else if (facts && !facts->runtime_base.empty()) {
      plan.production_base = facts->runtime_base;
      // The plain OS image itself (`FROM ubuntu`): production keeps the reference as written, so a
      // rolling tag goes on naming the release the builder runs on.
      std::optional<analysis::BaseImageFacts> runtime = analysis::LookupBaseImage(plan.production_base);
      std::string_view runtime_name = std::string_view(plan.production_base).substr(0, plan.production_base.find(':'));
      if (runtime_name == ref.name && runtime && runtime->size_mb >= facts->size_mb) plan.production_base = same;
      plan.base_note = "the plain OS of the build's release";
      bool tls = !context.options().context_dir || std::any_of(runtime_packages.begin(), runtime_packages.end(), MayUseTls) ||
                 !ContextRulesOutTls(*context.options().context_dir, flow);
      if ((CgoOff(flow) || any_build) && tls) AddUnique(runtime_packages, "ca-certificates");
      if ((CgoOff(flow) || any_build) && !tls) plan.base_note += "; no CA certificates: the sources make no TLS calls";
      if (chowned_only)
        plan.base_note += fmt::format("; not distroless: the stage gives '{}' to '{}', which needs a shell to repeat",
                                      chowned.front().first, chowned.front().second);
    } else if (!toolchain_base) {
      plan.production_base = same;
    } else if (facts && facts->family == "golang" && facts->os.distro == analysis::Distro::kDebian && facts->os.release.empty() &&
               std::all_of(runtime_packages.begin(), runtime_packages.end(),
                           [](const std::string& p) { return p == "ca-certificates" || p == "tzdata"; })) {
      // An old golang image whose Debian release is not recorded (golang:1.6: jessie or stretch). Its
      // base has no -dev libraries (buildpack-deps' scm layer), so a Go program links only the C
      // library, whose older symbol versions bookworm's glibc still provides; no package names a
      // release here, so none would be missing.
      plan.production_base = "debian:bookworm-slim";
      plan.base_note = "built on an older Debian release (not recorded) than bookworm, whose C library runs its programs";
      AddUnique(runtime_packages, "ca-certificates");
    } else if (facts && facts->os.release.empty() && !runtime_packages.empty()) {
      return block(fmt::format("the Debian release '{}' is built on is not recorded, and production would install "
                               "packages named for it ('{}')", image, runtime_packages.front()));
    } else {
      return block(fmt::format("no runtime image of the release '{}' is built on is known", image));
    }
    bool go = std::any_of(flow.instructions.begin(), flow.instructions.end(), [](const analysis::InstructionFlow& i) {
      return std::any_of(i.commands.begin(), i.commands.end(), [](const analysis::CommandFlow& c) { return CompilesGoProject(c.effect); });
    });
    if (go && !CgoOff(flow) && !static_go)
      plan.base_note = "cgo stays on (CGO_ENABLED is not 0), so the binary needs a C library" +
                       plan.base_note.substr(std::min(plan.base_note.size(), plan.base_note.find(';')));
    if (go) plan.strip_go_builds = GoBuildsToStrip(df, flow);
    if (!plan.strip_go_builds.empty()) plan.base_note += "; the Go build is stripped: -ldflags=\"-s -w\"";
  } else if (toolchain_base) {
    std::optional<analysis::BaseImageFacts> slim =
        facts->slim_variant.empty() ? std::nullopt : analysis::LookupBaseImage(facts->slim_variant);
    // A runtime on another OS or release (maven's openjdk on Debian -> eclipse-temurin's JRE on Ubuntu)
    // cannot install the packages named for the build's release.
    bool other_os = slim && !runtime_packages.empty() && !(slim->os == os);
    if (!facts->slim_variant.empty() && !other_os) {
      plan.production_base = facts->slim_variant;
      plan.base_note = fmt::format("the runtime of '{}' without its toolchain", image);
    } else if (other_os) {
      plan.production_base = same;
      plan.base_note = fmt::format("'{}' runs on {}, not on the build's {}, whose packages production installs: "
                                   "production keeps '{}'", facts->slim_variant, analysis::Describe(slim->os),
                                   analysis::Describe(os), image);
    } else {
      // No slimmer image of the same release is known (php:X-cli keeps PHPIZE_DEPS in every
      // variant): production is the same image, without the packages only the build needed.
      plan.production_base = same;
      plan.base_note = fmt::format("no slimmer variant of '{}' is known, so production keeps it", image);
    }
  } else {
    plan.production_base = same;
    // A plain Debian image (`debian:bookworm`, `debian:12`, `debian:stable`): production runs on the same
    // tag's -slim image, which leaves out only docs, man pages and translations (debuerreotype's dpkg path
    // excludes); a rolling tag stays rolling (`stable-slim`). `latest` has no -slim tag.
    static const std::regex kReleaseTag(R"([a-z]+|\d+(\.\d+)*)");
    if (ref.name == "debian" && ref.tag != "latest" && std::regex_match(ref.tag, kReleaseTag)) {
      plan.production_base = "debian:" + ref.tag + "-slim";
      plan.base_note = "the -slim image of the build's Debian release, without docs, man pages or translations";
    }
  }
  // `FROM python:$PYTHON_VERSION`: production's base and its paths (python3.6/site-packages) are those of
  // the ARG's default, and a build given another value would copy paths the builder does not have.
  // When the slim variant is the tag plus `-slim` (python:3.10 -> python:3.10-slim, node:22-bullseye ->
  // node:22-bullseye-slim), production names it the same way and follows the ARG: the official images
  // publish that variant for every tag of theirs.
  bool follows_arg = false;
  if (plan.production_base != same && stage.base.find('$') != std::string::npos && facts &&
      plan.production_base == fmt::format("{}-slim", image) && stage.base.find('@') == std::string::npos) {
    plan.production_base = fmt::format("{}-slim", stage.base);
    follows_arg = true;
  }
  if (plan.production_base != same && stage.base.find('$') != std::string::npos && !follows_arg)
    return block(fmt::format("the base image '{}' takes its tag from an ARG a build may set, which production's "
                             "base '{}' would not follow", stage.base, plan.production_base));
  // Production may start from another image, without the builder's ENV (golang's GOPATH): a WORKDIR
  // that reads a variable is written out as the path it resolved to in the builder.
  if (plan.production_base != same)
    for (const analysis::InstructionFlow& inst : flow.instructions)
      if (inst.kind == ir::InstructionKind::kWorkdir && df.instructions[inst.index].rest.find('$') != std::string_view::npos &&
          inst.writes.size() == 1 && inst.writes.front().find('$') == std::string::npos)
        plan.resolved_workdirs[inst.index] = inst.writes.front();
  // No WORKDIR at all: the container started in the builder base's own (golang's /go), which production's
  // base may not share.
  if (plan.production_base != same &&
      std::none_of(flow.instructions.begin(), flow.instructions.end(),
                   [](const analysis::InstructionFlow& i) { return i.kind == ir::InstructionKind::kWorkdir; }) &&
      !flow.runtime.workdir.empty() && flow.runtime.workdir != analysis::BaseImageWorkdir(plan.production_base))
    plan.inherited_workdir = flow.runtime.workdir;
  bool distroless = plan.production_base.find("distroless") != std::string::npos;
  if (std::string java = JavaPathMissingOn(plan.production_base, {needs.program, needs.argv.empty() ? "" : needs.argv.front()});
      plan.production_base != same && !java.empty())
    return block(fmt::format("the command runs '{}', which '{}' does not have (its java is /opt/java/openjdk/bin/java, "
                             "on PATH)", java, plan.production_base));
  // `git config --global user.name ...`: the stage sets git up for the container's own commits and pulls,
  // so git stays (installed again where production's base lacks it).
  const bool git_configured = std::any_of(flow.instructions.begin(), flow.instructions.end(), [](const analysis::InstructionFlow& i) {
    return std::any_of(i.commands.begin(), i.commands.end(), [](const analysis::CommandFlow& c) { return c.effect.tool == "git config"; });
  });
  if (git_configured && Contains(plan.tools, "git")) {
    // git the only build tool: the finding names it as what stays (with no tool left it read "the
    // devDependencies of the npm build", held18's ocaml.org).
    if (plan.tools.size() == 1 && !toolchain_base)
      return block("the stage sets git up for the container ('git config'), and git is the only build tool it installs");
    std::erase(plan.tools, std::string("git"));
    AddUnique(runtime_packages, "git");
  }
  // The scripts it starts, read from the context (`ENTRYPOINT ["./entry.sh"]` running `make migrate`).
  if (std::string tool = CommandsRunBuildTool(stage_needs().runtime_commands, plan.tools); !tool.empty())
    return block(fmt::format("the container's command (or a script it starts) runs '{}', a build tool: the image is a "
                             "build environment", tool));
  if (plan.production_base != same && facts) {
    for (const std::string& lack : facts->slim_lacks)
      if (lack == needs.program || lack == needs.healthcheck_program || (git_configured && lack == "git"))
        AddUnique(runtime_packages, lack);
    // git fetches over https: the certificates come along (slim-lacks.tsv adds them to git).
    if (git_configured && Contains(runtime_packages, "git") && Contains(facts->slim_lacks, "ca-certificates"))
      AddUnique(runtime_packages, "ca-certificates");
    // What the container's own commands run, an entrypoint script's included (`git config --global
    // safe.directory /app` before `exec "$@"`): the full image had it, the slim base may not.
    if (!distroless)  // distroless: a static program and no shell, so no script; nothing installs there
      for (std::string& package : SlimLacksUsed(*facts, stage_needs().runtime_commands, runtime_packages))
        AddUnique(runtime_packages, std::move(package));
    // Libraries of the full image that what the stage installs loads at run time, which the slim base
    // lacks: psycopg2 built against the image's libpq-dev needs libpq5.
    if (!plan.compiled) {
      for (std::string& package : SlimLacksUsed(*facts, stage_needs().library_uses, runtime_packages))
        AddUnique(runtime_packages, std::move(package));
      if (stage_needs().unknown)
        plan.base_note += fmt::format("{}{}: a library it links that '{}' lacks is not added", plan.base_note.empty() ? "" : "; ",
                                      *stage_needs().unknown, plan.production_base);
    }
  }
  if (plan.compiled && !distroless && plan.production_base != same) {
    std::optional<std::string> lock = ReadContextFile(context, "Cargo.lock");
    if (lock && lock->find("name = \"openssl-sys\"") != std::string::npos)
      for (std::string& lib : analysis::RuntimePackagesFor("libssl-dev", os)) AddUnique(runtime_packages, std::move(lib));
  }
  const Server* server = nullptr;
  for (const Server& candidate : kServers)
    if (std::string_view(needs.argv.empty() ? "" : needs.argv.front()).ends_with(candidate.program)) server = &candidate;
  if (server) {
    for (std::string_view package : kFrontEndBuildPackages)
      if (Contains(runtime_packages, package)) {
        std::erase(runtime_packages, std::string(package));
        plan.tools.emplace_back(package);
      }
  }
  std::string official_nginx = server && server->program == "nginx" ? OfficialNginxImage(os) : "";
  if (!official_nginx.empty() && OfficialNginxServes(flow, runtime_packages, writes)) {
    plan.production_base = official_nginx;
    plan.base_note = fmt::format("the official image of the nginx version {} {} ships", analysis::DistroName(os.distro), os.release);
    runtime_packages.clear();
    if (std::none_of(writes.begin(), writes.end(), [](const Write& w) { return IsUnder("/etc/nginx/conf.d/default.conf", w.path); }))
      plan.production_commands.push_back("rm -f /etc/nginx/conf.d/default.conf");  // Debian's conf.d is empty
  }
  for (const auto& [manager, package] : kManagerPackages) {
    bool ran = false;
    for (const analysis::InstructionFlow& inst : flow.instructions)
      for (const analysis::CommandFlow& command : inst.commands)
        ran |= command.effect.kind == EffectKind::kDeps && command.effect.manager == manager;
    std::string runs = needs.argv.empty() ? "" : needs.argv.front().substr(needs.argv.front().rfind('/') + 1);
    if (!ran || runs == manager || !Contains(runtime_packages, package)) continue;
    std::erase(runtime_packages, std::string(package));
    plan.tools.emplace_back(package);
  }
  // On Alpine the compiler brought libstdc++ and libgcc, which the plain image lacks: a C++ program
  // built in the stage needs them (as DF201 keeps them when it drops the compiler), and so may what a
  // C++ compiler built for another command (a pip package's extension, a tool `make install`ed into an
  // image whose command is python): which libraries that links is not known, so they stay.
  bool compiles = std::any_of(flow.instructions.begin(), flow.instructions.end(), [](const analysis::InstructionFlow& inst) {
    return std::any_of(inst.commands.begin(), inst.commands.end(), [](const analysis::CommandFlow& c) { return c.effect.compiles; });
  });
  if (distro == analysis::Distro::kAlpine && !distroless)
    for (std::string_view compiler : {"gcc", "g++", "build-base", "alpine-sdk", "$PHPIZE_DEPS", "${PHPIZE_DEPS}"})
      if (Contains(plan.tools, compiler) && (plan.compiled || (compiles && compiler != "gcc"))) {
        AddUnique(runtime_packages, "libstdc++");
        AddUnique(runtime_packages, "libgcc");
      }
  // An untagged-release golang or rust builder (trixie in the registry today) under a bookworm production:
  // the builder is pinned to its bookworm variant (split_release_pin.h).
  if (facts && facts->os.assumed && facts->os.release == "bookworm" && stage.base.find_first_of("$@") == std::string::npos &&
      (plan.production_base.find("bookworm") != std::string::npos ||
       (plan.production_base.find("debian12") != std::string::npos && plan.production_base.find("static") == std::string::npos)))
    if (std::string pinned = BookwormPinnedTag(facts->family, ref.tag); !pinned.empty()) {
      const size_t colon = stage.base.rfind(':');
      const bool tagged = colon != std::string::npos && stage.base.find('/', colon) == std::string::npos;
      plan.builder_base = (tagged ? stage.base.substr(0, colon) : stage.base) + ":" + pinned;
      plan.base_note += fmt::format("{}the builder is pinned to '{}', the Debian release production runs on ('{}' names "
                                    "none, and the registry's newer tags are trixie)",
                                    plan.base_note.empty() ? "" : "; ", plan.builder_base, stage.base);
    }
  // A production that installs no packages (distroless, nginx) asks apt nothing.
  if (!Contains(runtime_packages, std::string(kRuntimeLibrariesReference))) plan.looked_up_dev.clear();
  // Production on an image of a recorded release (debian:bookworm-slim for gcc:latest): its table names
  // the libraries, and apt need not be asked.
  if (!plan.looked_up_dev.empty())
    if (std::optional<analysis::BaseImageFacts> production = analysis::LookupBaseImage(plan.production_base);
        production && !production->os.assumed && !production->os.release.empty() &&
        std::all_of(plan.looked_up_dev.begin(), plan.looked_up_dev.end(), [&](const std::string& dev) {
          return analysis::RuntimeNamesKnown(dev, production->os) && !analysis::RuntimePackagesFor(dev, production->os).empty();
        })) {
      auto at = std::find(runtime_packages.begin(), runtime_packages.end(), std::string(kRuntimeLibrariesReference));
      std::vector<std::string> named;
      for (const std::string& dev : plan.looked_up_dev)
        for (std::string& lib : analysis::RuntimePackagesFor(dev, production->os))
          if (!Contains(runtime_packages, lib) && !Contains(named, lib)) named.push_back(std::move(lib));
      at = runtime_packages.erase(at);
      runtime_packages.insert(at, named.begin(), named.end());
      plan.looked_up_dev.clear();
    }
  plan.packages = runtime_packages;
  if (!plan.packages.empty() || !plan.local_packages.empty()) {
    bool rpm = plan.manager != "apt" && plan.manager != "apk";
    std::string family = plan.packages.empty() ? plan.local_packages.front().manager : rpm ? "rpm" : plan.manager;
    plan.repository_paths = RepositoryPaths(flow, family);
    for (std::string& dir : local_repository_dirs) AddUnique(plan.repository_paths, std::move(dir));
  }
  // The builder's apt configuration names the builder's release; where that release is only assumed (golang
  // names none: bookworm or trixie), production on an image named for one release could be handed another's
  // sources, and its install would mix the two. A builder pinned to bookworm above names production's release.
  const auto production_facts = plan.production_base == same ? facts : analysis::LookupBaseImage(plan.production_base);
  const bool builder_pinned_to_bookworm = plan.builder_base.ends_with("bookworm");
  if (Contains(plan.repository_paths, "/etc/apt") && os.assumed && os.release == "bookworm" && production_facts &&
      !production_facts->os.assumed && !(builder_pinned_to_bookworm && production_facts->os.release == "bookworm"))
    return block(fmt::format("the stage adds apt repositories, and '{}' names no release: its /etc/apt may name "
                             "another release than production's '{}'", image, plan.production_base));
  // Production's `apt-get update` reads the repositories the stage added before it installs anything: one
  // served over https needs CA certificates (and, before Debian 10 / Ubuntu 18.04, apt-transport-https)
  // already in production's base, or the update fails. When the stage installed them itself (or its
  // setup script did), production would install them only after; on the stage's own image otherwise,
  // the base had them.
  if (auto https = HttpsAptRepository(df, flow); https && Contains(plan.repository_paths, "/etc/apt") &&
                                                 !(plan.production_base == same && !StageInstallsHttpsTools(flow, *https))) {
    // The toolchain, python and ruby images have CA certificates (buildpack-deps' curl layer), and their slim
    // variants unless the table says they lack them; a plain Debian or Ubuntu image has none.
    // Ruby's own rubylang/ruby installs them too (github.com/ruby/docker-images, its ruby stage).
    const bool base_certs = facts && (facts->toolchain || facts->family == "python" || facts->family == "ruby" ||
                                      facts->family == "rubylang/ruby");
    bool certs = base_certs && (plan.production_base == same ||
                                (plan.production_base == facts->slim_variant && !Contains(facts->slim_lacks, "ca-certificates")));
    // With certificates but no known release, the blocker is the release: Debian 10 and Ubuntu 18.04 on fetch https.
    if (certs && !AptFetchesHttps(os) && os.release.empty())
      return block(fmt::format("the {} adds an apt repository served over https, and the {} release of '{}' is not "
                               "recorded: on a release before Debian 10 or Ubuntu 18.04, production's base '{}' needs "
                               "apt-transport-https to reach it, and its `apt-get update` runs first",
                               Line(flow, df, flow.instructions[https->first].index),
                               os.distro == analysis::Distro::kUbuntu ? "Ubuntu" : "Debian", image, plan.production_base));
    if ((!certs || !AptFetchesHttps(os)) && os.release.empty())
      return block(fmt::format("the {} adds an apt repository served over https, which production's base '{}' may not "
                               "reach before it has {} (its `apt-get update` runs first)", Line(flow, df, flow.instructions[https->first].index),
                               plan.production_base, certs ? "apt-transport-https" : "CA certificates"));
    // On a known release production installs them from the base's own repositories first, before the
    // added repository's configuration is copied in.
    // apt-transport-https verifies against the CA store too, which a plain Debian image lacks as well.
    if (!certs || !AptFetchesHttps(os)) plan.repository_prerequisites.push_back("ca-certificates");
    if (!AptFetchesHttps(os)) plan.repository_prerequisites.push_back("apt-transport-https");
  }
  if (!sources_blocker.empty()) return block(std::move(sources_blocker));
  if (!purged_blocker.empty()) return block(std::move(purged_blocker));
  // `echo .../edge/testing >> /etc/apk/repositories` after the stage's first `apk add`: those packages
  // came from the release's repositories, but production installs them all with the added one present,
  // and apk takes the highest version it sees (edge's x264 with another soname than the build linked).
  if (plan.manager == "apk" && Contains(plan.repository_paths, "/etc/apk")) {
    bool installed_before = false;
    for (const analysis::InstructionFlow& inst : flow.instructions)
      for (const analysis::CommandFlow& command : inst.commands) {
        const Effect& e = command.effect;
        bool repository = std::any_of(e.writes.begin(), e.writes.end(), [](const std::string& w) { return IsUnder(w, "/etc/apk"); });
        if (repository && installed_before)
          return block(fmt::format("the {} adds an apk repository after the stage installed packages from the release's "
                                   "own: production's one install with it present may pick other versions than the "
                                   "build linked", Line(flow, df, inst.index)));
        installed_before |= e.kind == EffectKind::kPackages && !e.removal && e.manager == "apk" && !e.packages.empty();
      }
  }
  // Answers preseeded for production's install: asked of its packages, they must be there first.
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (size_t c = 0; c < inst.commands.size(); ++c) {
      if (inst.commands[c].effect.tool != "debconf-set-selections" || plan.packages.empty()) continue;
      std::string replay = inst.commands[c].conditional ? "" : FedCommandReplay(df, inst, c);
      if (replay.empty())
        return block(fmt::format("the {} preseeds debconf answers from input production would not repeat",
                                 Line(flow, df, inst.index)));
      plan.preseed_commands.push_back(std::move(replay));
    }
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (size_t c = 0; c < inst.commands.size(); ++c) {
      if (inst.commands[c].effect.kind != EffectKind::kUsers) {
        if (std::string mode = UserDatabaseModeReplay(inst.commands[c].text); !mode.empty() && !inst.commands[c].conditional)
          plan.user_commands.push_back(std::move(mode));
        continue;
      }
      std::string replay = UserCommandReplay(df, inst, c);
      if (replay.empty())
        return block(fmt::format("the {} feeds '{}' input production would not repeat", Line(flow, df, inst.index),
                                 inst.commands[c].effect.tool));
      plan.user_commands.push_back(std::move(replay));
    }

  // What production copies from the builder.
  std::vector<Artifact> artifacts;
  std::vector<analysis::LinkSet> link_sets;  // links the stage made in OS folders (split_links.h)
  std::vector<size_t> context_copies;  // indexes into flow.instructions: repeated from the context
  const LaterRemovals removals(flow);
  // A RUN's files take its user's primary group; a COPY's keep what --chown said (split_owner.h). Looked
  // up once per user: each lookup reads the whole stage.
  std::map<std::string, std::string, std::less<>> primary_groups;
  auto write_owner = [&](const Write& w) {
    if (RootUser(w.user)) return std::string();
    const ir::InstructionKind kind = flow.instructions[w.instruction].kind;
    if (kind == ir::InstructionKind::kCopy || kind == ir::InstructionKind::kAdd) return w.user;
    auto known = primary_groups.find(w.user);
    if (known == primary_groups.end()) known = primary_groups.emplace(w.user, WithPrimaryGroup(df, flow, w.user)).first;
    return known->second;
  };
  auto owner_of = [&](std::string_view path) {
    const Write* last = nullptr;
    for (const Write& w : writes)
      if (IsUnder(path, w.path) || IsUnder(w.path, path)) last = &w;
    return last ? write_owner(*last) : std::string();
  };

  if (plan.compiled) {
    if (toolchain_base && !jar)
      if (std::string why = LibrariesBesideToolchain(df, flow, image); !why.empty()) return block(std::move(why));
    std::vector<std::string> paths = jar ? needs.scripts : std::vector<std::string>{program};
    // On a plain OS image an install prefix held nothing before: copy it whole (libraries, data). Every
    // install goes along, not only the program's: nginx's configuration may run the ffmpeg that
    // another `make install` of the stage put in /usr/local.
    std::vector<std::string> prefixes;
    bool program_installed = false;
    for (const analysis::InstructionFlow& inst : flow.instructions)
      for (const analysis::CommandFlow& command : inst.commands)
        if (!toolchain_base && !jar && (command.effect.tool == "make install" || command.effect.tool == "cmake --install" ||
                                         command.effect.tool == "cmake --build" || command.effect.tool == "ninja" ||
                                         command.effect.tool == "meson install"))
          for (const std::string& w : command.effect.writes) {
            // An install among the OS's own files (`./configure --prefix=/usr && make install` of a library
            // the program links): production cannot name what it needs from there.
            if (w != program && (w == "/" || std::find(std::begin(kSystemDirs), std::end(kSystemDirs), w) != std::end(kSystemDirs)))
              return block(fmt::format("the {} installs into '{}', among the OS's own files, which production cannot "
                                       "name", Line(flow, df, inst.index), w));
            // A prefix of its own that holds the program (`./configure --prefix=/nginx`): the program reads
            // its tree there at run time (conf/, html/), so it goes whole, as under /usr/local or /opt.
            bool install = command.effect.tool == "make install" || command.effect.tool == "cmake --install" ||
                           command.effect.tool == "meson install";
            bool own_prefix = install && IsUnder(program, w) && w != command.cwd;
            if (w == program || !(IsUnder(w, "/usr/local") || IsUnder(w, "/opt") || own_prefix)) continue;
            program_installed |= IsUnder(program, w);
            AddUnique(prefixes, w);
          }
    if (program_installed) paths.clear();
    paths.insert(paths.end(), prefixes.begin(), prefixes.end());
    // Several `go install`s of the project (`go install .` and `go install ./cmd/ctl`, or `./...`) into the
    // program's folder: the other binaries are CLIs the image gives its users, so the folder goes whole.
    std::map<std::string, int> go_installs;  // folder -> project installs into it (`./...` counts twice)
    for (const analysis::InstructionFlow& inst : flow.instructions)
      for (const analysis::CommandFlow& command : inst.commands)
        if (command.effect.tool == "go install" && CompilesGoProject(command.effect))
          for (const std::string& w : command.effect.writes) {
            // A binary named in the words (`go install ./cmd/ctl` -> /go/bin/ctl) counts for its folder.
            bool folder = command.effect.note.find(fmt::format("in {}", w)) != std::string::npos;
            go_installs[folder ? w : w.substr(0, std::max<size_t>(1, w.rfind('/')))] +=
                command.text.find("...") != std::string::npos ? 2 : 1;
          }
    for (const auto& [dir, count] : go_installs)
      if (count > 1 && !jar && IsUnder(program, dir)) paths.push_back(dir);
    // `cp build/release/bin/* /usr/local/bin/`: the build's other programs copied beside the command (a
    // wallet CLI beside the daemon) are commands the image gives its users: their folder goes whole.
    // (For a jar, the folder of the jar `java -jar` runs.)
    const std::string& anchor = jar && !needs.scripts.empty() ? needs.scripts.front() : program;
    const std::string program_dir = anchor.substr(0, anchor.rfind('/'));
    for (const Write& w : writes)
      if (w.side && analysis::HasGlob(w.path) && w.path.substr(0, w.path.rfind('/')) == program_dir &&
          !program_dir.empty() && std::find(std::begin(kSystemDirs), std::end(kSystemDirs), program_dir) == std::end(kSystemDirs))
        AddUnique(paths, program_dir);
    for (const std::string& file : needs.files)
      if (std::any_of(writes.begin(), writes.end(), [&](const Write& w) { return IsUnder(file, w.path); })) paths.push_back(file);
    paths.insert(paths.end(), inits.begin(), inits.end());  // `dumb-init app`: the init the stage put there runs the program
    // `CMD ./app` next to the project's sources (COPY . /app, go build -o app), or in a folder of them a
    // Go build wrote it to (`go build -o bin/app`, `CMD ./bin/app`): a program run from its tree may read
    // it at run time (./public, ./templates, config files), so the tree goes along.
    std::string_view run = needs.argv.empty() ? std::string_view() : std::string_view(needs.argv.front());
    const std::string& tree = needs.workdir;
    const bool go_output = std::any_of(flow.instructions.begin(), flow.instructions.end(), [&](const analysis::InstructionFlow& i) {
      return std::any_of(i.commands.begin(), i.commands.end(), [&](const analysis::CommandFlow& c) {
        return CompilesGoProject(c.effect) && Contains(c.effect.writes, program);
      });
    });
    // (Not for a link to a build output such as cargo's target/release/app, nor for a program in the
    // output folder of cargo (target/) or cmake (build/): they keep the build's objects there, which the
    // tree would bring back into production; Go keeps its in the build cache, outside the tree.)
    // Swift's server frameworks read Public/, Resources/ and Config/ from the working directory, beside
    // the `.build/release/App` that `swift build` left in it (https://docs.vapor.codes: its Dockerfile
    // template copies them next to the program).
    const bool swift_output = IsUnder(program, tree + "/.build");
    bool from_tree = !jar && !run.empty() && !run.starts_with("/") && run.find('/') != std::string::npos &&
                     !link_targets.contains(program) && tree != "/" &&
                     (program.substr(0, program.rfind('/')) == tree || (IsUnder(program, tree) && (go_output || swift_output))) &&
                     std::any_of(context_dirs.begin(), context_dirs.end(), [&](const std::string& d) { return d == tree; });
    if (from_tree) paths.push_back(tree);
    // `cp -r /data/tank /data/build`: the program copied into a folder of the project's tree, beside what the
    // context put there (tank's html/ and conf/ under build/), which it reads next to itself.
    bool copied_into_tree = !jar && !program_dir.empty() && !BuildOnlyPath(program_dir) &&
                            std::find(std::begin(kSystemDirs), std::end(kSystemDirs), program_dir) == std::end(kSystemDirs) &&
                            !Contains(context_dirs, program_dir) &&
                            std::any_of(context_dirs.begin(), context_dirs.end(), [&](const std::string& d) { return IsUnder(program_dir, d); });
    for (const analysis::InstructionFlow& inst : flow.instructions)
      for (const analysis::CommandFlow& command : inst.commands)
        if (copied_into_tree && (command.effect.tool == "cp" || command.effect.tool == "mv") &&
            (Contains(command.effect.writes, program_dir) || Contains(command.effect.writes, program)))
          AddUnique(paths, program_dir);
    // A script from the context that the command runs inside a build's tree (`git clone h2o && cd h2o &&
    // make`, then `COPY start.sh /h2o/start.sh`): it runs what was built beside it, so the tree goes whole.
    bool script_from_context = std::any_of(flow.instructions.begin(), flow.instructions.end(), [&](const analysis::InstructionFlow& inst) {
      return inst.from_context && Contains(inst.writes, program);
    });
    for (const analysis::InstructionFlow& inst : flow.instructions)
      for (const analysis::CommandFlow& command : inst.commands)
        if (script_from_context && !jar && command.effect.kind == EffectKind::kBuild)
          for (const std::string& w : command.effect.writes)
            if (w != program && IsUnder(program, w) && !BuildOnlyPath(w) && !analysis::HasGlob(w) && w != "/" &&
                std::find(std::begin(kSystemDirs), std::end(kSystemDirs), w) == std::end(kSystemDirs))
              AddUnique(paths, w);
    // The link production copies (or makes again, split_replay.h) needs what it points to.
    if (auto link = link_targets.find(program); link != link_targets.end() && !jar) paths.push_back(link->second);
    for (const std::string& path : paths) {
      if (analysis::HasGlob(path) && !jar) return block(fmt::format("the program path '{}' holds a glob", path));
      artifacts.push_back({path, owner_of(path)});
    }
    // A front-end the stage built next to the program (`npm run build` in its public/ folder) is what the
    // program serves: it goes along (the whole folder when the script's output is unknown).
    for (const analysis::InstructionFlow& inst : flow.instructions)
      for (const analysis::CommandFlow& command : inst.commands)
        if (command.effect.kind == EffectKind::kBuild && IsJsBuild(command.effect.tool))
          for (const std::string& w : command.effect.writes)
            if (!BuildOnlyPath(w) && !IsUnder(program, w) && !analysis::HasGlob(w)) artifacts.push_back({w, owner_of(w)});
    // The build's sources: the folders its commands ran in, and what lies under them.
    std::vector<std::string> build_dirs;
    for (const analysis::InstructionFlow& inst : flow.instructions)
      for (const analysis::CommandFlow& command : inst.commands)
        if (command.effect.kind == EffectKind::kBuild) AddUnique(build_dirs, command.cwd);
    auto build_source = [&](const std::string& path) {
      return std::any_of(build_dirs.begin(), build_dirs.end(), [&](const std::string& d) { return IsUnder(path, d) || IsUnder(d, path); });
    };
    // What file commands put next to the build (a cloned data repository, a config under /etc), and
    // context files copied where no build reads them (`COPY configs /config`), may be read at run time:
    // they go along, unless they lie in the build's own trees.
    // A context copy a later command reads (a package file `dpkg -i` installs) is the build's input.
    auto read_later = [&](const Write& w) {
      for (size_t i = w.instruction + 1; i < flow.instructions.size(); ++i)
        for (const analysis::CommandFlow& command : flow.instructions[i].commands)
          for (const std::string& r : command.effect.reads)
            if (IsUnder(r, w.path) || IsUnder(w.path, r)) return true;
      return false;
    };
    // An archive a later command of the stage unpacked (`curl -O go1.2.tar.gz && tar -C /usr/local -xzf
    // go1.2.tar.gz`) was the build's input: what it held is the tar's write, the archive stays behind.
    auto unpacked_later = [&](const Write& w) {
      if (std::find(needs.files.begin(), needs.files.end(), w.path) != needs.files.end()) return false;
      for (size_t i = w.instruction; i < flow.instructions.size(); ++i)
        for (size_t c = i == w.instruction ? w.command + 1 : 0; c < flow.instructions[i].commands.size(); ++c) {
          const Effect& e = flow.instructions[i].commands[c].effect;
          if ((e.tool == "tar" || e.tool == "bsdtar" || e.tool == "unzip") && Contains(e.reads, w.path)) return true;
        }
      return false;
    };
    // A context copy into the build's tree that holds no source or build file (`COPY config ./config` next
    // to the Go sources) is the program's data, read from its working directory: the context shows it.
    auto data_in_tree = [&](const Write& w) {
      const std::optional<std::string>& dir = context.options().context_dir;
      if (!dir) return false;
      std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(df.instructions[flow.instructions[w.instruction].index]);
      if (!copy || copy->from) return false;
      std::vector<std::string> sources;
      for (const analysis::CopySourceArg& source : copy->sources) sources.push_back(source.path);
      return CopyHoldsNoSources(*dir, sources);
    };
    // What file commands put beside the program, in the folder it runs from (`cp conf.yaml ../bin/`
    // next to `cp app ../bin/app`, WORKDIR /srv/bin): its own files, read at run time, even when they
    // came out of the build's tree (a `go build` in the checkout counts the whole checkout as output).
    auto beside_program = [&](const Write& w) {
      if (!w.side || build_source(w.path) || analysis::HasGlob(w.path)) return false;
      return (!program_dir.empty() && IsUnder(w.path, program_dir)) || (needs.workdir != "/" && IsUnder(w.path, needs.workdir));
    };
    for (const Write& w : writes) {
      bool context_data = flow.instructions[w.instruction].from_context && !read_later(w) &&
                          (!build_source(w.path) || data_in_tree(w));
      if (!(w.side || context_data) || analysis::HasGlob(w.path) || removals.RemovedLater(w) || (IsUnder(w.path, "/root") && !RootConfigFile(flow, w)) || unpacked_later(w) ||
          (BuildOnlyPath(w.path) && !AppFolderInSharedPlace(w) && !GivenToUser(chowned_dirs, w.path)) ||
          std::find(std::begin(kSystemDirs), std::end(kSystemDirs), w.path) != std::end(kSystemDirs) ||
          std::any_of(writes.begin(), writes.end(), [&](const Write& o) { return &o != &w && !o.side && IsUnder(w.path, o.path); }) ||
          (!beside_program(w) &&
           std::any_of(build_outputs.begin(), build_outputs.end(), [&](const std::string& o) { return IsUnder(w.path, o) || IsUnder(o, w.path); })))
        continue;
      artifacts.push_back({w.path, write_owner(w)});
    }
  } else {
    std::string python = facts && facts->family == "python" ? MajorMinor(ref.tag) : "";
    // Alpine's own python (apk's) has pip put packages under /usr/lib/pythonX.Y and scripts in /usr/bin,
    // not under /usr/local as Debian's python and the official images do.
    for (const analysis::InstructionFlow& inst : flow.instructions)
      for (const analysis::CommandFlow& command : inst.commands)
        if (distro == analysis::Distro::kAlpine && !(facts && facts->family == "python") && command.effect.note == "site-packages of the image's python")
          return block(fmt::format("the {} has pip install into Alpine's own python under '/usr/lib', whose files dockopt cannot name",
                                   Line(flow, df, inst.index)));
        // CentOS 7's pip (EPEL's python-pip) installs under /usr/lib/python2.7 and /usr/lib64, scripts in
        // /usr/bin; later releases' under /usr/local: which one, the table does not say.
        else if (distro == analysis::Distro::kRedHat && !(facts && facts->family == "python") &&
                 command.effect.note == "site-packages of the image's python")
          return block(fmt::format("the {} has pip install into the distribution's python, which puts packages under "
                                   "'/usr/lib' or '/usr/local' by release: dockopt cannot name its files",
                                   Line(flow, df, inst.index)));
    // Conda images (jupyter/*, continuumio/*) put conda's pip first on PATH: it installs under /opt/conda,
    // among the image's own files, which production would copy all over again.
    // pytorch/pytorch, rapidsai/* and the mamba images are conda installs under /opt/conda too.
    bool conda_image = !facts && std::any_of(std::begin(kCondaImageMarks), std::end(kCondaImageMarks), [&](std::string_view mark) {
                         return stage.base.find(mark) != std::string::npos;
                       });
    for (const analysis::InstructionFlow& inst : flow.instructions)
      for (const analysis::CommandFlow& command : inst.commands) {
        const bool into_conda = std::any_of(command.effect.writes.begin(), command.effect.writes.end(),
                                            [](const std::string& w) {
                                              return IsUnder(w, "/opt/conda") && !IsUnder(w, "/opt/conda/envs");  // a new env is the stage's own
                                            });
        if (conda_image && (into_conda || command.effect.note == "site-packages of the image's python"))
          return block(fmt::format("the {} installs into the image's own conda under '/opt/conda', which production would "
                                   "copy again whole", Line(flow, df, inst.index)));
      }
    // A base image that runs as a user of its own (the stage needs `sudo` for apt-get, before any USER of
    // its own) has pip install into that user's python (a conda under their home, as anibali/pytorch's),
    // not into /usr/local, which the user could not write.
    if (!facts) {
      bool own_user = false, sudo = false;
      for (const analysis::InstructionFlow& inst : flow.instructions) {
        own_user |= inst.kind == ir::InstructionKind::kUser;
        for (const analysis::CommandFlow& command : inst.commands) {
          sudo |= !own_user && command.text.starts_with("sudo ");
          if (sudo && command.effect.note == "site-packages of the image's python")
            return block(fmt::format("the {} has pip install into the python of the user '{}' runs as (the stage uses "
                                     "sudo), whose files dockopt cannot name", Line(flow, df, inst.index), stage.base));
        }
      }
    }
    // Context files copied where the OS keeps its own: production copies them from the context again.
    for (const Write& w : writes) {
      const analysis::InstructionFlow& inst = flow.instructions[w.instruction];
      bool os_folder = w.path == "/" || std::find(std::begin(kSystemDirs), std::end(kSystemDirs), w.path) != std::end(kSystemDirs);
      if (!inst.from_context || !os_folder || Contains(context_copies, w.instruction)) continue;
      std::string line = ContextCopyLine(context, flow, w.instruction);
      if (line.empty())
        return block(fmt::format("the {} copies the build context into '{}' in a form production cannot repeat",
                                 Line(flow, df, inst.index), w.path));
      context_copies.push_back(w.instruction);
      plan.context_copies.push_back(std::move(line));
    }
    if (std::string why = ContextCopyBlocker(df, flow, context_copies); !why.empty()) return block(std::move(why));
    for (const Write& w : writes) {
      if (removals.RemovedLater(w) || Contains(context_copies, w.instruction)) continue;
      if (BuildOnlyPath(w.path) && !AppFolderInSharedPlace(w) && !EditableProject(flow, w) && !InstallIntoCacheFolder(flow, w) &&
          !GivenToUser(chowned_dirs, w.path) && !(w.side && DeliberateTmpFile(flow, w.path))) {
        if (GemsIntoBuildOnlyPlace(flow, w))
          return block(fmt::format("the {} installs gems into '{}', build scratch space that production does not copy",
                                   Line(flow, df, flow.instructions[w.instruction].index), w.path));
        // Only what the command runs from there (`ENTRYPOINT ["/tmp/entrypoint.sh"]`) goes along.
        std::vector<std::string> named = needs.scripts;
        named.insert(named.end(), needs.files.begin(), needs.files.end());
        if (program.starts_with("/")) named.push_back(program);
        for (const std::string& need : named)
          if (IsUnder(need, w.path) && !analysis::HasGlob(need)) artifacts.push_back({need, write_owner(w)});
        continue;
      }
      std::vector<analysis::LinkSet> links_here = LinksWrittenInto(flow, w.instruction, w.command, w.path);
      if (!links_here.empty()) {
        link_sets.insert(link_sets.end(), links_here.begin(), links_here.end());
        continue;
      }
      if (w.path == "/" || std::find(std::begin(kSystemDirs), std::end(kSystemDirs), w.path) != std::end(kSystemDirs))
        return block(fmt::format("the {} writes files dockopt cannot name into '{}'",
                                 Line(flow, df, flow.instructions[w.instruction].index), w.path));
      std::string path = w.path;
      if (path == "/usr/local/lib" && !python.empty()) path = "/usr/local/lib/python" + python + "/site-packages";
      if (server && std::none_of(server->reads.begin(), server->reads.end(), [&](std::string_view d) { return IsUnder(path, d); }))
        continue;
      artifacts.push_back({path, write_owner(w)});
    }
  }
  // No command of its own: the container starts in the last WORKDIR (`docker run img ./citeExtract.pl`
  // in /ParsCit/bin), so the project tree that holds it goes along.
  if (!own_command && needs.workdir != "/")
    for (const std::string& dir : context_dirs)
      if (IsUnder(needs.workdir, dir) && dir != "/" && !BuildOnlyPath(dir) &&
          std::find(std::begin(kSystemDirs), std::end(kSystemDirs), dir) == std::end(kSystemDirs))
        artifacts.push_back({dir, owner_of(dir)});
  for (const Artifact& a : artifacts) {
    if (a.path.find_first_of("$ \t\"'") != std::string::npos)
      return block(fmt::format("the path '{}' cannot be copied as written", a.path));
  }
  // `chown -R app /app` gave the folder to a user: COPY --from keeps the owners of what it copies but
  // makes the destination folder itself root's, so the copy names the owner again.
  for (const auto& [dir, owner] : ChownedPaths(flow))
    for (Artifact& a : artifacts)
      if (a.owner.empty() && IsUnder(a.path, dir)) a.owner = owner;
  // A copy narrower than the chowned folder (the binary out of /app) leaves the folder, and the
  // folders between, as production's WORKDIR, RUN or COPY made them: root's. The stage gave them to
  // the user, who may write there (`mkdir /app/data`), so production gives them back.
  for (const auto& [dir, owner] : ChownedPaths(flow)) {
    std::string command = OwnerCommand(dir, owner, artifacts);
    if (command.empty()) continue;
    if (dir.find_first_of("$ \t\"'") != std::string::npos)
      return block(fmt::format("the path '{}' cannot be given to '{}' as written", dir, owner));
    AddUnique(plan.owner_commands, std::move(command));
  }
  if (NeedsLibraryCache(flow, artifacts, distro != analysis::Distro::kAlpine && !distroless))
    artifacts.push_back({"/etc/ld.so.cache", ""});
  // musl keeps no /etc/ld.so.cache: Alpine's ldconfig (and libtool --finish) only links sonames.
  if (distro == analysis::Distro::kAlpine)
    std::erase_if(artifacts, [](const Artifact& a) { return a.path == "/etc/ld.so.cache"; });
  // `FROM python:$V`: site-packages lies under a folder named for V's default (python3.10); the whole
  // /usr/local/lib holds it for any V (with the interpreter's own library, the same on both images).
  if (std::string version = MajorMinor(ref.tag); stage.base.find('$') != std::string::npos && !version.empty())
    for (Artifact& a : artifacts)
      if (a.path.find(fmt::format("/python{}/", version)) != std::string::npos) {
        if (!IsUnder(a.path, "/usr/local/lib"))
          return block(fmt::format("the base image '{}' takes its tag from an ARG a build may set, and the copy of '{}' "
                                   "names its default's version", stage.base, a.path));
        a.path = "/usr/local/lib";
      }
  plan.artifacts = Outermost(std::move(artifacts));
  if (std::string why = UserDatabaseCopied(plan.artifacts); !why.empty()) return block(std::move(why));
  // `COPY --from=builder /x/*.sh /x/*.sh` fails with several matches and names one '*.sh'; into the
  // folder, matched folders would lose their own level (COPY copies a folder's contents).
  for (const Artifact& a : plan.artifacts)
    if (analysis::HasGlob(a.path))
      return block(fmt::format("the path '{}' holds a glob, whose matches COPY cannot put back where they were", a.path));
  std::vector<Artifact> before_replay = plan.artifacts;
  std::vector<std::string> links = ReplaySymlinks(flow, plan.artifacts);
  if (before_replay.empty()) return block(NothingToCopy(flow, needs));
  for (std::string& command : ReplayedRemovals(flow, writes, plan.artifacts)) {
    // The official nginx image has no Debian sites-* folders: nothing there to remove.
    if (plan.production_base == official_nginx && command.find("/etc/nginx/sites-") != std::string::npos) continue;
    AddUnique(plan.production_commands, std::move(command));
  }
  for (const std::string& link : links) AddUnique(plan.production_commands, link);

  // The model's own check: every needed path the stage wrote is copied (or made again).
  std::vector<std::string> supplied;
  for (const Artifact& a : before_replay) supplied.push_back(a.path);
  for (const analysis::LinkSet& set : link_sets) supplied.push_back(set.dir);
  analysis::RuntimeNeeds written_needs = needs;
  written_needs.program = program;
  written_needs.files.insert(written_needs.files.end(), inits.begin(), inits.end());
  // What only a repeated context copy wrote, production gets from the context.
  auto stage_wrote = [&](const std::string& path) {
    return std::any_of(writes.begin(), writes.end(),
                       [&](const Write& w) { return IsUnder(path, w.path) && !Contains(context_copies, w.instruction); });
  };
  std::erase_if(written_needs.scripts, [&](const std::string& p) { return !stage_wrote(p); });
  std::erase_if(written_needs.files, [&](const std::string& p) { return !stage_wrote(p); });
  if (!stage_wrote(written_needs.program)) written_needs.program.clear();
  std::vector<std::string> missing = analysis::UnsuppliedNeeds(written_needs, supplied);
  if (!missing.empty()) return block(fmt::format("the runtime needs '{}', which production would not get", missing.front()));
  if (std::string why = SearchPathIntoStageTree(df, stage, flow, supplied); !why.empty()) return block(std::move(why));
  if (distroless && !plan.user_commands.empty()) return block("users are created with a shell the static image lacks");
  if (distroless && !plan.owner_commands.empty())
    return block(fmt::format("folders are given to their user ('{}') with a shell the static image lacks", plan.owner_commands.front()));
  plan.builder_finish = NodeBuilderFinish(flow, needs, node_prune);
  plan.production_path_dirs = PathDirsToRestore(context, stage, image, plan.production_base, plan.artifacts);
  if (!link_sets.empty()) {  // after every check that reads the artifacts: these hold only the links
    plan.builder_finish.push_back(StageLinksCommand(link_sets));
    for (const analysis::LinkSet& set : link_sets)
      if (std::none_of(plan.artifacts.begin(), plan.artifacts.end(), [&](const Artifact& a) { return a.path == set.dir; }))
        plan.artifacts.push_back({set.dir, "", LinkStagingFolder(set.dir)});
  }
  if (!assumed.empty())
    plan.base_note += fmt::format("{}left to the builder: {}", plan.base_note.empty() ? "" : "; ", assumed.front());
  if (!plan.looked_up_dev.empty())
    plan.base_note += fmt::format("{}production asks apt for the runtime libraries of {}: no package table names them on {}",
                                  plan.base_note.empty() ? "" : "; ", Quoted(plan.looked_up_dev), analysis::Describe(os));
  if (!unmapped.empty() || !unnamed_by_release.empty())
    plan.base_note += fmt::format("{}'{}' stays: no package table names its runtime library on {}",
                                  plan.base_note.empty() ? "" : "; ",
                                  unmapped.empty() ? unnamed_by_release.front() : unmapped.front(), analysis::Describe(os));
  if (!links.empty())
    plan.base_note += fmt::format("{}made again in production: '{}'", plan.base_note.empty() ? "" : "; ", links.front());
  return plan;
}

}  // namespace dockopt::split
