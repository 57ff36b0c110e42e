// Installer scripts piped from a download into a shell (`curl -sL URL | bash -`): what the well-known
// ones write, keyed by their URL. Any other piped script stays unknown.
#include <algorithm>

#include "analysis/effect_args.h"
#include "analysis/effects.h"
#include "analysis/paths.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

// Whether a shell reads its script from the pipe: no -c, and either -s (what follows are the script's
// own arguments: `sh -s -- -y`) or no operand at all (`bash`, `sh -`).
bool ShellReadsPipe(const std::vector<std::string>& words) {
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word == "-" || word == "--") return i + 1 == words.size();
    if (!word.starts_with("-")) return false;  // `bash script.sh` does not read the download
    if (word.starts_with("--")) continue;
    if (word.find('c') != std::string::npos) return false;
    if (word.find('s') != std::string::npos) return true;
  }
  return true;
}

std::optional<Effect> KnownInstaller(std::string_view url, const std::vector<std::string>& words, const ShellState& state) {
  if (words.empty()) return std::nullopt;
  std::string_view consumer = shell::CanonicalTool(words[0]);
  bool shell = consumer == "sh" || consumer == "bash";
  if (shell && !ShellReadsPipe(words)) return std::nullopt;
  if (shell && (url.find("deb.nodesource.com/setup") != std::string_view::npos ||
                url.find("rpm.nodesource.com/setup") != std::string_view::npos)) {
    Effect effect = MakeEffect(EffectKind::kPackages, "nodesource setup", "repository");
    effect.manager = url.find("rpm.") != std::string_view::npos ? "rpm" : "apt";
    return effect;
  }
  if (shell && url.find("packagecloud.io/install/repositories/") != std::string_view::npos &&
      (url.ends_with("/script.deb.sh") || url.ends_with("/script.rpm.sh"))) {
    // Adds the repository and its key under /etc/apt (or /etc/yum.repos.d) and refreshes the index.
    Effect effect = MakeEffect(EffectKind::kPackages, "packagecloud setup", "repository");
    effect.manager = url.ends_with("rpm.sh") ? "rpm" : "apt";
    return effect;
  }
  if (shell && (url.find("yarnpkg.com/install.sh") != std::string_view::npos)) {
    // Unpacks yarn into ~/.yarn; the PATH line it appends to a profile only reaches interactive shells.
    Effect effect = MakeEffect(EffectKind::kDeps, "yarn installer");
    effect.writes = {Join(state.home, ".yarn")};
    return effect;
  }
  if (shell && url.find("sh.rustup.rs") != std::string_view::npos) {
    Effect effect = MakeEffect(EffectKind::kDeps, "rustup installer");
    effect.compiles = true;
    effect.writes = {Var(state, "CARGO_HOME", Join(state.home, ".cargo")), Var(state, "RUSTUP_HOME", Join(state.home, ".rustup"))};
    return effect;
  }
  if (shell && url.find("nvm") != std::string_view::npos && url.find("install.sh") != std::string_view::npos) {
    Effect effect = MakeEffect(EffectKind::kDeps, "nvm installer");
    effect.writes = {Var(state, "NVM_DIR", Join(state.home, ".nvm"))};
    return effect;
  }
  if (shell && url.find("golang/dep/") != std::string_view::npos && url.ends_with("/install.sh")) {
    // dep's installer: INSTALL_DIRECTORY, else GOBIN, else the first GOPATH entry's bin (go env's ~/go).
    std::string gopath = Var(state, "GOPATH", Join(state.home, "go"));
    std::string dir = Var(state, "INSTALL_DIRECTORY", Var(state, "GOBIN", Join(gopath.substr(0, gopath.find(':')), "bin")));
    Effect effect = MakeEffect(EffectKind::kDeps, "dep installer");
    effect.writes = {Join(dir, "dep")};
    return effect;
  }
  if (shell && url.find("get.sdkman.io") != std::string_view::npos) {
    // Unpacks sdkman into SDKMAN_DIR; the lines it appends to ~/.bashrc and ~/.zshrc only source its init.
    Effect effect = MakeEffect(EffectKind::kDeps, "sdkman installer");
    effect.writes = {Var(state, "SDKMAN_DIR", Join(state.home, ".sdkman"))};
    return effect;
  }
  if (url.find("get-poetry.py") != std::string_view::npos) {
    // The installer before 1.2 puts poetry and its bin/ under POETRY_HOME, else ~/.poetry.
    Effect effect = MakeEffect(EffectKind::kDeps, "poetry installer");
    effect.writes = {Var(state, "POETRY_HOME", Join(state.home, ".poetry"))};
    return effect;
  }
  if (url.find("install.python-poetry.org") != std::string_view::npos) {
    Effect effect = MakeEffect(EffectKind::kDeps, "poetry installer");
    effect.writes = {Var(state, "POETRY_HOME", Join(state.home, ".local/share/pypoetry")), Join(state.home, ".local/bin")};
    if (state.vars.contains("POETRY_HOME")) effect.writes.back() = Join(state.vars.at("POETRY_HOME"), "bin");
    return effect;
  }
  if (shell::CanonicalTool(consumer) == "python" && url.ends_with("get-pip.py") &&
      std::none_of(words.begin() + 1, words.end(), [](const std::string& w) { return !w.starts_with("-"); })) {
    Effect effect = MakeEffect(EffectKind::kDeps, "get-pip.py");  // pip, setuptools and wheel, as `pip install` puts them
    std::optional<Effect> pip = DepsEffect({"pip", "install", "pip"}, state);
    effect.manager = "pip";
    if (pip) effect.writes = pip->writes;
    if (pip) effect.note = pip->note;  // "site-packages of the image's python" when that is where it goes
    return effect;
  }
  // getcomposer.org serves /installer from web/installer of its repository, which some fetch directly.
  if (consumer == "php" && (url.find("getcomposer.org/installer") != std::string_view::npos ||
                            (url.find("composer/getcomposer.org/") != std::string_view::npos && url.ends_with("/web/installer")))) {
    size_t first = words.size() > 1 && words[1] == "--" ? 2 : 1;  // `php -- ARGS` hands ARGS to the installer
    Args args = ReadArgs(words, first, {"--install-dir", "--filename", "--version"});
    Effect effect = MakeEffect(EffectKind::kFiles, "composer installer");
    effect.writes = {Join(Join(state.cwd, args.Value({"--install-dir"}).value_or(".")),
                          args.Value({"--filename"}).value_or("composer.phar"))};
    return effect;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Effect> PipedInstallerEffect(std::string_view url, const std::vector<std::string>& words,
                                           const ShellState& state) {
  std::optional<Effect> effect = KnownInstaller(url, words, state);
  if (effect && std::any_of(effect->writes.begin(), effect->writes.end(),
                            [](const std::string& path) { return path.find('$') != std::string::npos; }))
    return std::nullopt;  // a home or prefix variable dockopt does not know
  return effect;
}

}  // namespace dockopt::analysis
