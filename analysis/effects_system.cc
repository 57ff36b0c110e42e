// System setup commands with fixed output places: package-manager repository setup, locales,
// alternatives, apache modules, git checkouts, tee, gunzip. Asks the long-tail readers last.
#include <algorithm>

#include "analysis/effect_args.h"
#include "analysis/effects.h"
#include "analysis/paths.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

// Commands that only configure where system packages come from (repositories and their keys).
constexpr std::string_view kRepositoryTools[] = {"apt-key", "add-apt-repository", "apt-add-repository",
                                                 "yum-config-manager", "debconf-set-selections", "dnf-config-manager"};

struct FixedWrites {
  std::string_view tool;
  std::initializer_list<std::string_view> writes;
};
const FixedWrites kFixed[] = {
    {"locale-gen", {"/usr/lib/locale"}},
    {"localedef", {"/usr/lib/locale"}},
    {"update-locale", {"/etc/default/locale"}},
    {"update-alternatives", {"/etc/alternatives"}},
    // Debian's java switcher runs update-alternatives for each tool the JDK's .jinfo lists (-l only lists).
    {"update-java-alternatives", {"/etc/alternatives", "/var/lib/dpkg/alternatives"}},
    {"a2enmod", {"/etc/apache2"}},
    {"a2dismod", {"/etc/apache2"}},
    {"a2ensite", {"/etc/apache2"}},
    {"a2dissite", {"/etc/apache2"}},
    {"a2enconf", {"/etc/apache2"}},
    {"phpenmod", {"/etc/php"}},
    {"php5enmod", {"/etc/php5"}},
    {"php5dismod", {"/etc/php5"}},
    {"fc-cache", {"/var/cache/fontconfig"}},
    {"rpmdev-setuptree", {"/root/rpmbuild"}},
};

std::string RepoName(std::string_view url) {
  while (url.ends_with("/")) url.remove_suffix(1);
  std::string_view name = url.substr(url.find_last_of("/:") + 1);
  if (name.ends_with(".git")) name.remove_suffix(4);
  return std::string(name);
}

}  // namespace

std::optional<Effect> SystemEffect(const std::vector<std::string>& words, const ShellState& state) {
  std::string_view tool = shell::CanonicalTool(words[0]);
  if (std::find(std::begin(kRepositoryTools), std::end(kRepositoryTools), tool) != std::end(kRepositoryTools) ||
      (tool == "rpm" && words.size() > 1 && words[1] == "--import")) {
    Effect effect = MakeEffect(EffectKind::kPackages, std::string(tool), "repository");
    effect.manager = tool == "yum-config-manager" || tool == "rpm" || tool == "dnf-config-manager" ? "rpm" : "apt";
    // Preseeded answers (a licence accepted) live in debconf's database, which a later install reads.
    if (tool == "debconf-set-selections") effect.writes = {"/var/cache/debconf"};
    return effect;
  }
  for (const FixedWrites& fixed : kFixed) {
    if (tool != fixed.tool) continue;
    Effect effect = MakeEffect(EffectKind::kFiles, std::string(tool));
    for (std::string_view w : fixed.writes) effect.writes.emplace_back(w);
    return effect;
  }
  if (tool == "git" && words.size() > 1) {
    Args args = ReadArgs(words, 1, {"-C", "-c", "-b", "--branch", "--depth", "--reference", "-o", "--origin", "-j"});
    std::string dir = Join(state.cwd, args.Value({"-C"}).value_or("."));
    std::string sub = args.operands.empty() ? "" : args.operands.front();
    Effect effect = MakeEffect(EffectKind::kFiles, "git " + sub);
    if (sub == "clone" && args.operands.size() >= 2) {
      effect.writes = {Join(dir, args.operands.size() >= 3 ? args.operands[2] : RepoName(args.operands[1]))};
    } else if (sub == "config") {
      effect.writes = {args.Has("--global") ? Join(state.home, ".gitconfig") : Join(dir, ".git")};
    } else if (sub == "checkout" || sub == "submodule" || sub == "fetch" || sub == "pull" || sub == "reset" ||
               sub == "apply" || sub == "am" || sub == "init" || sub == "clean" || sub == "switch" || sub == "lfs" ||
               sub == "remote" || sub == "tag" || sub == "branch" || sub == "merge" || sub == "cherry-pick") {
      effect.writes = {dir};
    } else if (sub == "rev-parse" || sub == "log" || sub == "describe" || sub == "status" || sub == "--version" ||
               sub == "show" || sub == "diff" || sub == "ls-files" || sub == "ls-remote" || sub == "rev-list") {
      effect.kind = EffectKind::kNone;
    } else {
      return std::nullopt;
    }
    if (std::any_of(effect.writes.begin(), effect.writes.end(), [](const std::string& w) { return w.find('$') != std::string::npos; }))
      return std::nullopt;
    return effect;
  }
  if (tool == "svn" && words.size() > 2) {
    // `svn checkout|export URL[@REV] [PATH]`: without PATH, into the URL's last component (svn help
    // checkout). svn keeps its configuration in ~/.subversion, made on first use.
    Args args = ReadArgs(words, 1, {"-r", "--revision", "--depth", "--username", "--password", "--config-dir",
                                    "--config-option", "--set-depth"});
    std::string sub = args.operands.empty() ? "" : args.operands.front();
    if ((sub != "checkout" && sub != "co" && sub != "export") || args.operands.size() < 2 || args.operands.size() > 3)
      return std::nullopt;
    std::string url = args.operands[1].substr(0, args.operands[1].rfind('@') > args.operands[1].rfind('/')
                                                     ? args.operands[1].rfind('@') : std::string::npos);
    while (url.ends_with("/")) url.pop_back();
    std::string name = args.operands.size() == 3 ? args.operands[2] : url.substr(url.rfind('/') + 1);
    if (url.find("://") == std::string::npos || name.empty() || name.find('$') != std::string::npos) return std::nullopt;
    Effect effect = MakeEffect(EffectKind::kFiles, "svn " + sub);
    effect.writes = {Join(state.cwd, name)};
    if (!args.Has("--config-dir")) effect.caches = {Join(state.home, ".subversion")};
    return effect;
  }
  if (tool == "tee") {
    Effect effect = MakeEffect(EffectKind::kFiles, "tee");
    for (const std::string& file : ReadArgs(words, 1, {}).operands) effect.writes.push_back(Join(state.cwd, file));
    return effect;
  }
  if (tool == "gunzip" && words.size() == 2 && words[1].ends_with(".gz")) {
    Effect effect = MakeEffect(EffectKind::kFiles, "gunzip");
    effect.writes = {Join(state.cwd, words[1].substr(0, words[1].size() - 3))};
    effect.removes = {Join(state.cwd, words[1])};
    return effect;
  }
  if (tool == "dpkg-reconfigure" && words.size() >= 2 && (words.back() == "tzdata" || words.back() == "locales")) {
    Effect effect = MakeEffect(EffectKind::kFiles, "dpkg-reconfigure " + words.back());
    effect.writes = words.back() == "tzdata" ? std::vector<std::string>{"/etc/localtime", "/etc/timezone"}
                                             : std::vector<std::string>{"/usr/lib/locale", "/etc/default/locale"};
    return effect;
  }
  if (tool == "dpkg" && words.size() >= 3 && words[1] == "--add-architecture") {
    Effect effect = MakeEffect(EffectKind::kPackages, "dpkg --add-architecture", "repository");
    effect.manager = "apt";
    return effect;
  }
  if (tool == "easy_install") {
    Effect effect = MakeEffect(EffectKind::kDeps, "easy_install");
    effect.manager = "pip";
    effect.compiles = true;
    effect.writes = {"/usr/local/bin", "/usr/local/lib"};
    return effect;
  }
  if (std::optional<Effect> effect = InterpreterEffect(words, state)) return effect;
  if (std::optional<Effect> effect = ToolEffect(words, state)) return effect;
  if (std::optional<Effect> effect = LanguageToolEffect(words, state)) return effect;
  if (std::optional<Effect> effect = NamedOutputEffect(words, state)) return effect;
  return EnvironmentToolEffect(words, state);
}

}  // namespace dockopt::analysis
