// What one recognized shell command does to the filesystem: the paths it reads and writes, the
// packages it installs, the artifacts it builds. A command the model does not know is kUnknown
// ("may write anywhere"); the model never guesses.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shell/script.h"

namespace dockopt::analysis {

enum class EffectKind : uint8_t {
  kNone,      // no lasting filesystem effect: echo, true, test, set, export
  kPackages,  // a system package manager installs or removes packages (apt, apk, dnf/yum)
  kDeps,      // a language package manager installs dependencies (pip, npm, bundle, composer, go mod, ...)
  kBuild,     // a build tool writes artifacts (go build, cargo, mvn, gradle, make, cmake, gcc, npm run build)
  kFiles,     // cp, mv, ln, mkdir, rm, chmod, chown, touch, tar -C, curl -o, redirections
  kUsers,     // useradd, groupadd, adduser, addgroup: the user database
  kChdir,     // cd: later relative paths move
  kUnknown,   // not modelled: may write anywhere
};
std::string_view EffectKindName(EffectKind kind);

/// Symlinks a command made in a folder the OS owns, named by where they point (a `find -lname`
/// pattern relative to `dir`): npm -g's bin links in /usr/bin, whose names only the package knows.
struct LinkSet {
  std::string dir;      // "/usr/bin"
  std::string targets;  // "../lib/node_modules/grunt-cli/*"
  bool operator==(const LinkSet&) const = default;
};

struct Effect;
/// An effect of `kind` by `tool`, with an optional note.
Effect MakeEffect(EffectKind kind, std::string tool = "", std::string note = "");

struct Effect {
  EffectKind kind = EffectKind::kUnknown;
  std::string tool;                    // "apt-get install", "go build", "cp", "./build.sh"
  std::vector<std::string> reads;      // absolute paths
  std::vector<std::string> writes;     // absolute paths the runtime may need (a directory means its tree)
  std::vector<std::string> caches;     // absolute paths only a build reads again (pip cache, go mod cache)
  std::vector<std::string> removes;    // absolute paths deleted
  std::vector<std::string> packages;   // kPackages: installed (or removed, see `removal`) package names
  /// kPackages: package files installed (`dpkg -i x.deb`, `rpm -i URL`): absolute paths, or URLs the
  /// tool downloads itself. Their packages' names are not in `packages` (PackageNameOfFile).
  std::vector<std::string> package_files;
  /// kPackages installs: the options that choose where the packages come from, written as production's
  /// install repeats them: "--repository URL" (apk), "-t RELEASE" (apt), "--enablerepo=R" (yum, dnf).
  std::vector<std::string> sources;
  bool removal = false;                // kPackages: purge/remove/del
  std::vector<LinkSet> links;          // what the writes into an OS folder are (they are links only)
  std::string url;                     // kFiles: the URL a download (curl -o, wget) saved into `writes`
  std::string manager;                 // kPackages/kDeps: "apt", "apk", "dnf", "pip", "npm", "bundle", ...
  bool compiles = false;               // runs a compiler or a build that needs one
  std::string note;                    // a fact worth saying: "cgo on (CGO_ENABLED unset)", why unknown

  bool operator==(const Effect&) const = default;
};

/// Reads a build-context file by its path relative to the context root; nullopt when absent or no
/// context was given.
using ContextReader = std::function<std::optional<std::string>(std::string_view relative)>;

/// The shell state a command sees and may change.
struct ShellState {
  std::string cwd = "/";                      // absolute
  std::string oldpwd;                         // where `cd -` goes back to; "" when unset or unknown
  std::vector<std::string> dirs;              // pushd's stack, top last; popd on an empty one is unknown
  /// Files this RUN downloaded with curl -o/wget -O: image path -> URL. Lets the model run a known
  /// installer saved first (`curl -o setup.sh URL && bash setup.sh`) as if piped.
  std::map<std::string, std::string> downloads;
  std::map<std::string, std::string> vars;    // ENV and ARG values plus `export`s known so far
  std::string home = "/root";
  /// Where the build context's root sits in the image (`COPY . /app` -> "/app"), "" when unknown: lets
  /// the model read package.json or Cargo.toml of the directory a build runs in.
  std::string context_root;
  ContextReader context;
  /// Files COPY put in the image from the build context, one by one: image path -> context path. Lets
  /// the model read a script the stage runs (`COPY install.sh /tmp/` then `sh /tmp/install.sh`).
  std::map<std::string, std::string> context_files;
  /// The stage's base image as its FROM names it ("rocker/r-ver:4.3"): where an interpreter keeps its
  /// packages can depend on whose build of it the image holds.
  std::string image;
};

/// `text` with $VAR, ${VAR}, $HOME, $PWD and $(pwd) replaced from the state; nullopt when something
/// in it is unknown (paths.h Expand).
std::optional<std::string> ExpandShell(std::string_view text, const ShellState& state);

/// The value of variable `name` in the state, or `fallback` when it is unset or empty.
std::string Var(const ShellState& state, const std::string& name, std::string fallback);

/// State variable prefix: + a user's name -> the home a useradd/adduser of the stage gave it.
inline constexpr std::string_view kUserHomeKey = "dockopt.home:";

/// State variable: npm's global prefix as the stage's nodejs package set it ("/usr"), carried across RUNs.
inline constexpr std::string_view kNpmPrefixKey = "dockopt.npm-prefix";
/// State variable: set when npm is NodeSource's (its nodejs package after its setup script), whose
/// global prefix is /usr and whose bin links can be told apart by their targets.
inline constexpr std::string_view kNodeSourceNpmKey = "dockopt.nodesource-npm";
/// State variable: "apt" or "rpm" once NodeSource's setup script added its repository.
inline constexpr std::string_view kNodeSourceRepoKey = "dockopt.nodesource-repo";

/// A command's words after wrappers (sudo, exec, `env A=B`), expanded where the model can (an unquoted
/// leading `~` is HOME); its
/// command-local assignments go to `env`.
std::vector<std::string> CommandWords(const shell::Command& command, const ShellState& state,
                                      std::map<std::string, std::string>& env);

/// The effect of one simple command. A compound is kUnknown here: ScriptEffects (effects_nested.h)
/// walks inside it.
Effect EffectOf(const shell::Command& command, ShellState& state);
/// EffectOf, given what CommandWords read from `state` for `command` (a caller that has them already).
Effect EffectOf(const shell::Command& command, ShellState& state, const std::vector<std::string>& words,
                const std::map<std::string, std::string>& env);

/// EffectOf (given the words), for a command that reads the download of `url` from a pipe (a known
/// installer script).
Effect PipedEffectOf(const shell::Command& command, std::string_view url, ShellState& state,
                     const std::vector<std::string>& words, const std::map<std::string, std::string>& env);

/// The URL a curl or wget command fetches, "" for other commands.
std::string DownloadUrl(const shell::Command& command, const ShellState& state);

// Per-family readers, each returning nullopt when the command is not theirs (effects_*.cc).
std::optional<Effect> PackageEffect(const std::vector<std::string>& words, const ShellState& state);
std::optional<Effect> DepsEffect(const std::vector<std::string>& words, const ShellState& state);
std::optional<Effect> BuildEffect(const std::vector<std::string>& words, ShellState& state,
                                  const std::map<std::string, std::string>& command_env);
std::optional<Effect> FileEffect(const std::vector<std::string>& words, const ShellState& state);
/// For a `tar -x` that unpacks a whole archive with --strip-components=1: the folder it unpacks into;
/// "" for any other command, or when the folder holds a variable dockopt cannot evaluate.
std::string TarStripOneInto(const std::vector<std::string>& words, const ShellState& state);
/// Notes in `state` where the official node release tarball (`archive`: a path or URL) was unpacked by
/// `words` (effects_node_release.cc): npm's global prefix follows from it.
void NoteNodeRelease(const std::vector<std::string>& words, std::string_view archive, ShellState& state);
/// Notes that a node release tree (bin/node, bin/npm, lib/node_modules) sits at `dir` (`nvm install V`).
void NoteNodeInstalledAt(const std::string& dir, ShellState& state);
/// npm's global prefix when the node that runs npm is one NoteNodeRelease saw unpacked; nullopt otherwise.
std::optional<std::string> NodeReleasePrefix(const ShellState& state);
/// Notes NodeSource's setup script (`effect` of a piped installer) in `state` (effects_npm_prefix.cc).
void NoteNodeSourceSetup(const Effect& effect, ShellState& state);
/// Notes npm's global prefix after a package install that brings node or npm (effects_npm_prefix.cc).
void NoteNpmPackage(const Effect& effect, ShellState& state);
/// Forgets npm's global prefix after Debian's npm installed npm itself (effects_npm_prefix.cc).
void NoteNpmSelfInstall(const Effect& effect, ShellState& state);
/// A well-known installer piped from `url` into `words` (`curl -sL URL | bash -`).
std::optional<Effect> PipedInstallerEffect(std::string_view url, const std::vector<std::string>& words,
                                           const ShellState& state);
std::optional<Effect> SystemEffect(const std::vector<std::string>& words, const ShellState& state);
/// The long tail, asked by SystemEffect last: package-state and text tools (effects_tools.cc) and
/// language tools with known output places (effects_langs.cc).
std::optional<Effect> ToolEffect(const std::vector<std::string>& words, const ShellState& state);
std::optional<Effect> LanguageToolEffect(const std::vector<std::string>& words, const ShellState& state);
/// Small tools whose outputs their arguments name (patchelf, pyrcc -o, hmmpress, openssl -out,
/// salt-key --gen-keys, a local rsync, dep ensure, godep restore) and standard-output filters
/// (effects_named_outputs.cc).
std::optional<Effect> NamedOutputEffect(const std::vector<std::string>& words, const ShellState& state);
/// Interpreters running inline code, well-known modules or project commands: python -c/-m/setup.py,
/// php -r, R/Rscript, pear, xargs over an install (effects_interp.cc).
std::optional<Effect> InterpreterEffect(const std::vector<std::string>& words, const ShellState& state);
/// The URL `php -r "readfile('URL');"` prints or its copy('URL', FILE) saves, "" for other commands.
std::string InlineDownloadUrl(const std::vector<std::string>& words);

/// Installs of package files, not repository names: dpkg -i, gdebi, `apt-get install ./x.deb`, rpm -i/-U,
/// `yum install URL.rpm`, yum localinstall, alien -i (effects_localpkg.cc). Asked before PackageEffect.
std::optional<Effect> LocalPackageEffect(const std::vector<std::string>& words, const ShellState& state);
/// The package name a package file's name states (Debian's NAME_VERSION_ARCH.deb, RPM's
/// NAME-VERSION-RELEASE.ARCH.rpm), "" when it does not follow the convention (`tini.deb`).
std::string PackageNameOfFile(std::string_view file);
/// True for a package file that only configures a repository (epel-release, *-release-*, *-repo-*).
bool IsRepositoryPackage(std::string_view file);
/// Version and SDK managers whose homes an environment variable fixes (effects_envs.cc).
std::optional<Effect> EnvironmentToolEffect(const std::vector<std::string>& words, const ShellState& state);

/// Version managers, self-extracting installers and environment activation (nvm, sdk, conda activate,
/// scl, `. ~/.bashrc`): asked first, since activation changes the state (effects_managers.cc).
std::optional<Effect> ManagerEffect(const std::vector<std::string>& words, ShellState& state);
/// Moves what a python tool writes into the conda python first on PATH, and adds the folders of the
/// software collections enabled (scl) to what a build or an install writes.
void RetargetToActiveEnvironment(Effect& effect, const ShellState& state);
/// ~/.bashrc, ~/.profile, ~/.bash_profile, /etc/profile, /etc/bash.bashrc.
bool IsStartupFile(std::string_view path, const ShellState& state);
/// Remembers (for the rest of the stage) which startup files the stage wrote: sourcing one of them is
/// then not taken to only set the environment.
void NoteStartupFileWrites(const std::vector<std::string>& writes, ShellState& state);
/// State variable: the file of the one `composer` the stage wrote (a COPY, `mv composer.phar
/// /usr/local/bin/composer`, the installer's --filename), "?" after a second one; read by self-update.
inline constexpr std::string_view kComposerFileKey = "dockopt.composer-file";
/// Remembers, in `state`, a composer among `writes` (effects_langs.cc).
void NoteComposerWrites(const std::vector<std::string>& writes, ShellState& state);
/// The conda installation `program` (conda, activate, or a path to them) belongs to, "" when unknown
/// (effects_langs.cc).
std::string CondaRoot(std::string_view program, const ShellState& state);

/// A context file of the directory `dir` in the image, when `dir` lies under the context root.
std::optional<std::string> ReadProjectFile(const ShellState& state, std::string_view dir, std::string_view name);

}  // namespace dockopt::analysis
