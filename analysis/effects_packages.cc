// Package installs: system package managers (apt, apk, dnf/yum) and language dependency managers
// (pip, venv, poetry, pipenv, uv, npm/yarn/pnpm, gem/bundle, composer, go, cargo, mvn, gradle).
#include <algorithm>

#include <fmt/format.h>

#include "analysis/base_images.h"
#include "analysis/effect_args.h"
#include "analysis/effects.h"
#include "analysis/image_os.h"
#include "analysis/npm_prefix.h"
#include "analysis/paths.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

std::string ToolName(std::string_view tool, std::string_view sub) {
  return sub.empty() ? std::string(tool) : std::string(tool) + " " + std::string(sub);
}

Effect Make(EffectKind kind, std::string tool, std::string manager) {
  Effect effect = MakeEffect(kind, std::move(tool));
  effect.manager = std::move(manager);
  return effect;
}

// The options of an install that choose where its packages come from, in the order given: a repository
// named on the command line (apk), a target release (apt), repositories enabled or disabled (yum, dnf).
std::vector<std::string> PackageSources(const Args& args, bool apt, bool apk) {
  std::vector<std::string> out;
  auto add = [&](std::initializer_list<std::string_view> names, std::string_view written, std::string_view joiner) {
    for (std::string_view name : names) {
      auto [b, e] = args.options.equal_range(std::string(name));
      for (auto it = b; it != e; ++it) out.push_back(fmt::format("{}{}{}", written, joiner, it->second));
    }
  };
  if (apk) add({"--repository", "-X"}, "--repository", " ");
  else if (apt) add({"-t", "--target-release", "--default-release"}, "-t", " ");
  else {
    add({"--enablerepo"}, "--enablerepo", "=");
    add({"--disablerepo"}, "--disablerepo", "=");
  }
  return out;
}

std::optional<Effect> SystemPackages(std::string_view tool, const std::vector<std::string>& words) {
  if (words.size() < 2) return std::nullopt;
  bool apt = tool == "apt-get" || tool == "apt" || tool == "aptitude";
  bool apk = tool == "apk";
  bool rpm = tool == "dnf" || tool == "yum" || tool == "microdnf" || tool == "zypper";
  if (!apt && !apk && !rpm) return std::nullopt;
  Args args = ReadArgs(words, 1, {"-o", "--option", "--config-file", "-t", "--virtual", "-X", "--repository", "--setopt", "--enablerepo",
                                  "--disablerepo", "-c", "--target-release", "--default-release"});
  if (args.operands.empty()) return MakeEffect(EffectKind::kNone, std::string(tool));
  std::string sub = args.operands.front();
  Effect effect = Make(EffectKind::kPackages, std::string(tool) + " " + sub, apt ? "apt" : apk ? "apk" : "rpm");
  bool install = sub == "install" || sub == "add" || sub == "groupinstall";
  effect.removal = sub == "remove" || sub == "purge" || sub == "del" || sub == "autoremove" || sub == "erase";
  // `apt-get build-dep SRC`, `dnf builddep SPEC`: installs what SRC needs to build, which no table here
  // lists. The operands name source packages, not installed ones: marked so.
  if (sub == "build-dep" || sub == "builddep") {
    effect.packages.assign(args.operands.begin() + 1, args.operands.end());
    effect.note = "build-dep";
    return effect;
  }
  if (!install && !effect.removal) {
    // `dnf copr enable owner/project`, `dnf config-manager --add-repo URL`: a repository file under
    // /etc/yum.repos.d that later installs come from.
    if (rpm && (sub == "copr" || sub == "config-manager")) {
      effect.note = "repository";
      return effect;
    }
    if (sub == "update" || sub == "clean" || sub == "upgrade" || sub == "dist-upgrade" || sub == "makecache" ||
        sub == "autoclean" || sub == "cache")
      effect.kind = sub == "upgrade" || sub == "dist-upgrade" ? EffectKind::kPackages : EffectKind::kNone;
    return effect;
  }
  effect.packages.assign(args.operands.begin() + 1, args.operands.end());
  if (std::optional<std::string> group = args.Value({"--virtual", "-t"}); apk && group) effect.note = "virtual:" + *group;
  if (install) effect.sources = PackageSources(args, apt, apk);
  return effect;
}

std::optional<Effect> Pip(const std::vector<std::string>& words, size_t begin, const ShellState& state,
                          std::string_view program) {
  Args args = ReadArgs(words, begin, {"-r", "--requirement", "-c", "--constraint", "-t", "--target", "--prefix",
                                      "--root", "-i", "--index-url", "--extra-index-url", "-f", "--find-links",
                                      "--cache-dir", "--trusted-host", "-e", "--editable", "--src"});
  if (args.operands.empty() || args.operands.front() != "install") return MakeEffect(EffectKind::kNone, "pip");
  Effect effect = Make(EffectKind::kDeps, "pip install", "pip");
  effect.compiles = true;  // an sdist may build native code
  for (const char* option : {"-r", "--requirement", "-c", "--constraint"}) {
    auto [b, e] = args.options.equal_range(option);
    for (auto it = b; it != e; ++it) effect.reads.push_back(Join(state.cwd, it->second));
  }
  for (size_t i = 1; i < args.operands.size(); ++i)
    if (args.operands[i].starts_with(".") || args.operands[i].starts_with("/")) effect.reads.push_back(Join(state.cwd, args.operands[i]));
  if (!args.Has("--no-cache-dir") && Var(state, "PIP_NO_CACHE_DIR", "").empty())
    effect.caches.push_back(Join(state.home, ".cache/pip"));
  std::string venv = program.find("/bin/") != std::string_view::npos
                         ? Join(state.cwd, program.substr(0, program.rfind("/bin/")))
                         : Var(state, "VIRTUAL_ENV", "");
  if (std::optional<std::string> target = args.Value({"-t", "--target"})) {
    effect.writes.push_back(Join(state.cwd, *target));
  } else if (std::optional<std::string> prefix = args.Value({"--prefix"})) {
    effect.writes.push_back(Join(state.cwd, *prefix));
  } else if (std::optional<std::string> root = args.Value({"--root"})) {
    effect.writes.push_back(Join(state.cwd, *root));
  } else if (args.Has("--user") || Var(state, "PIP_USER", "") == "1") {
    effect.writes.push_back(Join(state.home, ".local"));
  } else if (!venv.empty()) {
    effect.writes.push_back(venv);
  } else if (std::string env_target = Var(state, "PIP_TARGET", Var(state, "PIP_PREFIX", "")); !env_target.empty()) {
    effect.writes.push_back(Join(state.cwd, env_target));
  } else {
    // The interpreter's site-packages (official images) or dist-packages (distro python), and scripts.
    effect.writes = {"/usr/local/bin", "/usr/local/lib"};
    effect.note = "site-packages of the image's python";
  }
  // An editable install leaves its metadata (*.egg-info, build/) in the project it names, which need
  // not be the working directory (`pip install -e /src[tests]`); a VCS one clones into ./src.
  for (const char* option : {"-e", "--editable"}) {
    auto [b, e] = args.options.equal_range(option);
    for (auto it = b; it != e; ++it) {
      std::string project = it->second.substr(0, it->second.find('['));
      bool local = project.find("://") == std::string::npos && project.find('+') == std::string::npos;
      effect.writes.push_back(local && !project.empty() ? Join(state.cwd, project) : state.cwd);
    }
  }
  return effect;
}

std::optional<Effect> Python(const std::vector<std::string>& words, const ShellState& state) {
  size_t m = 1;
  while (m < words.size() && words[m] != "-m" && words[m].starts_with("-")) ++m;
  if (m + 1 >= words.size() || words[m] != "-m") return std::nullopt;
  std::string_view module = words[m + 1];
  if (shell::CanonicalTool(module) == "pip") return Pip(words, m + 2, state, words[0]);
  if (module == "venv" || module == "virtualenv") {
    Effect effect = Make(EffectKind::kDeps, "python -m venv", "venv");
    Args args = ReadArgs(words, m + 2, {"--prompt"});
    for (const std::string& dir : args.operands) effect.writes.push_back(Join(state.cwd, dir));
    return effect;
  }
  if (module == "compileall") return MakeEffect(EffectKind::kFiles, "python -m compileall", "writes __pycache__ next to sources");
  return std::nullopt;
}

// The registry packages `npm install -g` names (`grunt-cli@1.2`, `@angular/cli@8` -> `@angular/cli`);
// empty when one is not a plain registry name (a folder, tarball, URL or git spec, whose installed name
// is in its package.json), or is npm or corepack, which production's nodejs package brings itself (a
// COPY over them would mix two versions' files).
// An option given without a value (`--loglevel warn`) may take the next word: only flags known to take
// none are read past.
constexpr std::string_view kNpmFlags[] = {"-g", "--global", "-q", "--quiet", "-s", "--silent", "--unsafe-perm",
                                          "--production", "--no-optional", "--no-audit", "--no-fund", "--force", "-f",
                                          "--no-progress", "--no-save", "--save", "-S", "--verbose", "-d", "--ignore-scripts",
                                          "--no-update-notifier", "--no-package-lock", "--no-shrinkwrap", "-y", "--yes"};

std::vector<std::string> GlobalPackageNames(const Args& args, bool npm_too = false) {
  for (const auto& [option, value] : args.options)
    if (value.empty() && std::find(std::begin(kNpmFlags), std::end(kNpmFlags), option) == std::end(kNpmFlags)) return {};
  std::vector<std::string> names;
  for (size_t i = 1; i < args.operands.size(); ++i) {
    std::string spec = args.operands[i];
    size_t at = spec.find('@', spec.starts_with("@") ? 1 : 0);
    std::string name = spec.substr(0, at);
    bool scoped = name.starts_with("@");
    size_t slash = name.find('/');
    bool plain = !name.empty() && name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-._@/") == std::string::npos &&
                 !name.starts_with(".") && !name.starts_with("_") &&
                 (scoped ? slash != std::string::npos && slash > 1 && slash + 1 < name.size() &&
                               name.find('/', slash + 1) == std::string::npos && name.find('@', 1) == std::string::npos
                         : slash == std::string::npos && name.find('@') == std::string::npos);
    if (!plain || (name == "npm" && !npm_too) || name == "corepack" || spec.find_first_of(":#") != std::string::npos) return {};
    names.push_back(name);
  }
  return names;
}

std::optional<Effect> Js(std::string_view tool, const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"--prefix", "--cache", "--registry", "--cache-folder", "--modules-folder",
                                  "--store-dir", "-C", "--dir"});
  std::string sub = args.operands.empty() ? (tool == "yarn" ? "install" : "") : args.operands.front();
  bool global = args.Has("-g") || args.Has("--global") || (tool == "yarn" && sub == "global");
  bool install = sub == "install" || sub == "i" || sub == "ci" || sub == "add" || (tool == "yarn" && sub == "global");
  if (sub == "cache") return MakeEffect(EffectKind::kNone, ToolName(tool, sub));
  if (sub == "config") {
    Effect effect = MakeEffect(EffectKind::kFiles, ToolName(tool, sub));
    effect.writes = {Join(state.home, tool == "yarn" ? ".yarnrc" : ".npmrc")};
    return effect;
  }
  if (sub == "prune" || sub == "dedupe" || sub == "rebuild" || sub == "update" || sub == "upgrade") {
    Effect effect = MakeEffect(EffectKind::kDeps, ToolName(tool, sub));
    effect.manager = std::string(tool);
    effect.writes = {Join(state.cwd, "node_modules")};
    return effect;
  }
  if (!install) return std::nullopt;
  Effect effect = Make(EffectKind::kDeps, ToolName(tool, sub), std::string(tool));
  effect.compiles = true;  // node-gyp addons
  bool self_install = false;  // a global install of npm itself under Debian's npm
  if (global) {
    // npm's global prefix is node's own: /usr/local on the node images, but /usr for a distribution's
    // or NodeSource's nodejs, ~/.nvm/... under nvm. Named only on the node images or when set.
    std::optional<std::string> prefix_set = args.Value({"--prefix"});
    if (!prefix_set && !Var(state, "NPM_CONFIG_PREFIX", "").empty()) prefix_set = Var(state, "NPM_CONFIG_PREFIX", "");
    if (!prefix_set) prefix_set = NodeReleasePrefix(state);  // a node release tarball the stage unpacked
    if (!prefix_set && !Var(state, std::string(kNpmPrefixKey), "").empty()) {
      // Debian's npm: only its own global installs of packages named in the registry, none of them npm
      // (a new npm has node's prefix); yarn's and pnpm's global folders are their own.
      // `npm install -g npm@2` itself still goes to Debian's prefix: only the installs after it do not
      // (NoteNpmSelfInstall).
      std::vector<std::string> with_npm = tool == "npm" ? GlobalPackageNames(args, true) : std::vector<std::string>{};
      self_install = std::find(with_npm.begin(), with_npm.end(), "npm") != with_npm.end();
      if (!Var(state, std::string(kDebianNpmKey), "").empty() && (tool != "npm" || (GlobalPackageNames(args).empty() && !self_install)))
        return std::nullopt;
      prefix_set = Var(state, std::string(kNpmPrefixKey), "");
    }
    std::optional<BaseImageFacts> facts = prefix_set ? std::nullopt : LookupBaseImage(state.image);
    if (!prefix_set && !(facts && facts->family == "node")) return std::nullopt;
    std::string prefix = prefix_set.value_or("/usr/local");
    effect.writes = {Join(prefix, "lib/node_modules"), Join(prefix, "bin")};
    // NodeSource's /usr: the packages by name, and their bin links in /usr/bin by what they point to.
    std::vector<std::string> names = tool == "npm" ? GlobalPackageNames(args) : std::vector<std::string>{};
    if (prefix == "/usr" && !args.Has("--prefix") && !Var(state, std::string(kNodeSourceNpmKey), "").empty() && !names.empty()) {
      effect.writes = {"/usr/bin"};
      for (const std::string& name : names) {
        effect.writes.push_back("/usr/lib/node_modules/" + name);
        effect.links.push_back({"/usr/bin", "../lib/node_modules/" + name + "/*"});
      }
    }
    if (tool == "yarn") effect.writes.push_back("/usr/local/share/.config/yarn");
    if (self_install && !Var(state, std::string(kDebianNpmKey), "").empty()) effect.note = std::string(kNpmSelfInstallNote);
  } else {
    std::string dir = args.Value({"--prefix", "-C", "--dir"}).value_or(state.cwd);
    effect.writes.push_back(Join(Join(state.cwd, dir), args.Value({"--modules-folder"}).value_or("node_modules")));
    effect.reads = {Join(Join(state.cwd, dir), "package.json")};
  }
  effect.caches.push_back(tool == "npm" ? Join(state.home, ".npm")
                          : tool == "yarn" ? "/usr/local/share/.cache/yarn" : Join(state.home, ".local/share/pnpm"));
  return effect;
}

// "ruby" from "docker.io/library/ruby:3.2"; "alpine" from "alpine@sha256:...".
std::string_view ImageName(std::string_view image) {
  std::string_view name = image.substr(0, image.find_first_of(":@"));
  for (std::string_view prefix : {"docker.io/", "library/"})
    if (name.starts_with(prefix)) name.remove_prefix(prefix.size());
  return name;
}

// Official images of the base-image table (BaseImageFacts::family) that add a language or a toolchain
// to a Debian, Ubuntu or Alpine image and no ruby of their own (their Dockerfiles, read 2026-12-06:
// buildpack-deps installs -dev libraries and VCS tools; the others build their own language into
// /usr/local or /opt): the only ruby a stage on them can run `gem` with is the distribution's.
// Not "ruby" (its own in /usr/local, GEM_HOME set), and not an image the table does not know.
constexpr std::string_view kFamiliesWithoutRuby[] = {
    "debian", "ubuntu", "alpine", "buildpack-deps", "node", "python", "golang", "gcc", "rust", "openjdk",
    "eclipse-temurin", "maven", "gradle", "php", "nvidia/cuda",
};

// Whether the stage's image holds no ruby but the distribution's: the distribution's own image, or an
// official image that adds no ruby to it.
bool DistributionRubyOnly(const ShellState& state) {
  std::string_view name = ImageName(state.image);
  if (name == "debian" || name == "ubuntu" || name == "alpine") return true;
  // The same plain OS images under their first names: the official images were pushed as stackbrew/*
  // until 2014, and gliderlabs/alpine is the Alpine image that became the official one
  // (github.com/gliderlabs/docker-alpine).
  if (name == "stackbrew/debian" || name == "stackbrew/ubuntu" || name == "gliderlabs/alpine") return true;
  std::optional<BaseImageFacts> facts = LookupBaseImage(state.image);
  return facts && std::find(std::begin(kFamiliesWithoutRuby), std::end(kFamiliesWithoutRuby), facts->family) !=
                      std::end(kFamiliesWithoutRuby);
}

// Where gems go when no GEM_HOME is set: the distribution's own ruby keeps them in its gem folder and
// their programs in its bindir (Debian's rubygems: /var/lib/gems and /usr/local/bin; Alpine's:
// /usr/lib/ruby/gems and /usr/bin). Elsewhere (a RHEL ruby, an image that may have built its own)
// dockopt does not know.
std::optional<std::vector<std::string>> DefaultGemPlaces(const ShellState& state) {
  if (state.vars.contains("GEM_HOME")) return std::vector<std::string>{state.vars.at("GEM_HOME")};
  // An enabled software collection's ruby keeps all under /opt/rh/NAME, which the caller adds.
  if (Var(state, "X_SCLS", "").find("ruby") != std::string::npos) return std::vector<std::string>{};
  // Ruby's own images (rubylang/ruby, github.com/ruby/docker-images) hold a ruby built with the default
  // prefix and set no GEM_HOME: gems go under its /usr/local/lib/ruby and their programs into /usr/local/bin.
  if (ImageName(state.image) == "rubylang/ruby") return std::vector<std::string>{"/usr/local/lib/ruby/gems", "/usr/local/bin"};
  // Only where no other ruby can be: another image may hold a ruby built into /usr/local.
  if (!DistributionRubyOnly(state)) return std::nullopt;
  Distro distro = ImageOs(state.image).distro;
  if (distro == Distro::kDebian || distro == Distro::kUbuntu) return std::vector<std::string>{"/var/lib/gems", "/usr/local/bin"};
  if (distro == Distro::kAlpine) return std::vector<std::string>{"/usr/lib/ruby/gems", "/usr/bin"};
  return std::nullopt;
}

// `gem update --system` replaces RubyGems itself: its library goes into ruby's site_ruby and `gem` into
// ruby's bindir, not where gems go. Known on the official ruby images and Ruby's own rubylang/ruby
// (ruby in /usr/local in both); Debian's and Alpine's rubies refuse or differ, and elsewhere dockopt
// does not know.
std::optional<Effect> RubygemsUpdate(const ShellState& state) {
  std::string_view name = ImageName(state.image);
  if (name != "ruby" && name != "rubylang/ruby") return std::nullopt;
  Effect effect = Make(EffectKind::kDeps, "gem update --system", "gem");
  effect.writes = {"/usr/local/lib/ruby", "/usr/local/bin"};
  return effect;
}

std::optional<Effect> Ruby(std::string_view tool, const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"--path", "-i", "--install-dir", "--jobs", "-j", "--without", "--with",
                                  "--gemfile", "--retry", "-n", "--bindir"});
  if (!args.operands.empty() && args.operands.front() == "config" && tool == "bundle") {
    Effect effect = MakeEffect(EffectKind::kFiles, "bundle config");
    effect.writes = {Var(state, "BUNDLE_APP_CONFIG", Join(state.home, ".bundle"))};
    if (args.Has("--local")) effect.writes = {Join(state.cwd, ".bundle")};
    return effect;
  }
  // `gem cleanup` and `gem uninstall` delete gems (and their programs) from where gems go: they change
  // the same folders an install writes, and nothing elsewhere.
  if (tool == "gem" && !args.operands.empty() &&
      (args.operands.front() == "cleanup" || args.operands.front() == "uninstall")) {
    std::optional<std::vector<std::string>> places = DefaultGemPlaces(state);
    Effect effect = Make(EffectKind::kDeps, "gem " + args.operands.front(), "gem");
    if (std::optional<std::string> dir = args.Value({"-i", "--install-dir"})) effect.writes = {Join(state.cwd, *dir)};
    else if (places) effect.writes = *places;
    else return std::nullopt;
    if (std::optional<std::string> bindir = args.Value({"-n", "--bindir"})) effect.writes.push_back(Join(state.cwd, *bindir));
    return effect;
  }
  if (args.operands.empty() || (args.operands.front() != "install" && args.operands.front() != "update"))
    return std::nullopt;
  if (tool == "gem" && args.operands.front() == "update" && args.Has("--system")) return RubygemsUpdate(state);
  Effect effect = Make(EffectKind::kDeps, std::string(tool) + " install", std::string(tool));
  effect.compiles = true;  // native extensions
  std::optional<std::vector<std::string>> gem_places = DefaultGemPlaces(state);
  if (tool == "gem") {
    std::optional<std::string> dir = args.Value({"-i", "--install-dir"});
    std::optional<std::string> bindir = args.Value({"-n", "--bindir"});
    if (dir) effect.writes.push_back(Join(state.cwd, *dir));
    else if (gem_places) effect.writes.insert(effect.writes.end(), gem_places->begin(), gem_places->end());
    else return std::nullopt;
    if (bindir) effect.writes.push_back(Join(state.cwd, *bindir));
    return effect;
  }
  effect.reads = {Join(state.cwd, "Gemfile"), Join(state.cwd, "Gemfile.lock")};
  if (std::optional<std::string> path = args.Value({"--path"})) {
    effect.writes.push_back(Join(state.cwd, *path));
  } else if (args.Has("--deployment") || Var(state, "BUNDLE_DEPLOYMENT", "") == "1" ||
             Var(state, "BUNDLE_DEPLOYMENT", "") == "true") {
    effect.writes.push_back(Join(state.cwd, Var(state, "BUNDLE_PATH", "vendor/bundle")));
  } else if (std::string path = Var(state, "BUNDLE_PATH", ""); !path.empty()) {
    effect.writes.push_back(Join(state.cwd, path));
  } else if (gem_places) {
    effect.writes.insert(effect.writes.end(), gem_places->begin(), gem_places->end());
  } else {
    return std::nullopt;
  }
  if (std::string bin = Var(state, "BUNDLE_BIN", ""); !bin.empty()) effect.writes.push_back(Join(state.cwd, bin));
  return effect;
}

}  // namespace

std::optional<Effect> PackageEffect(const std::vector<std::string>& words, const ShellState&) {
  return SystemPackages(shell::CanonicalTool(words[0]), words);
}

std::optional<Effect> DepsEffect(const std::vector<std::string>& words, const ShellState& state) {
  std::string_view tool = shell::CanonicalTool(words[0]);
  if (tool == "pip") return Pip(words, 1, state, words[0]);
  if (tool == "python") return Python(words, state);
  if (tool == "virtualenv") {
    Effect effect = Make(EffectKind::kDeps, "virtualenv", "venv");
    for (const std::string& dir : ReadArgs(words, 1, {"-p", "--python"}).operands) effect.writes.push_back(Join(state.cwd, dir));
    return effect;
  }
  if (tool == "npm" || tool == "yarn" || tool == "pnpm") return Js(tool, words, state);
  if (tool == "gem" || tool == "bundle") return Ruby(tool, words, state);
  if (tool == "bundler") return Ruby("bundle", words, state);  // the same program under its gem's name
  if (tool == "php" && words.size() > 2 && words[1].find("composer") != std::string::npos) {
    std::vector<std::string> rest(words.begin() + 1, words.end());
    rest[0] = "composer";
    return DepsEffect(rest, state);
  }
  // Only these tools are read below: the others leave before reading their arguments and variables.
  static constexpr std::string_view kReadBelow[] = {"composer", "poetry", "pipenv", "uv",    "go",
                                                     "go-wrapper", "cargo", "mvn",   "gradle"};
  if (std::find(std::begin(kReadBelow), std::end(kReadBelow), tool) == std::end(kReadBelow)) return std::nullopt;
  Args args = ReadArgs(words, 1, {"-d", "--working-dir", "--root", "-f", "--file"});
  std::string sub = args.operands.empty() ? "" : args.operands.front();
  if (tool == "composer" && (sub == "install" || sub == "require" || sub == "update")) {
    Effect effect = Make(EffectKind::kDeps, "composer " + sub, "composer");
    std::string dir = Join(state.cwd, args.Value({"-d", "--working-dir"}).value_or("."));
    effect.reads = {Join(dir, "composer.json"), Join(dir, "composer.lock")};
    effect.writes = {Join(dir, "vendor")};
    effect.caches = {Join(Var(state, "COMPOSER_HOME", Join(state.home, ".composer")), "cache")};
    return effect;
  }
  if (tool == "poetry" && sub == "install") {
    Effect effect = Make(EffectKind::kDeps, "poetry install", "poetry");
    effect.compiles = true;
    std::string create = Var(state, "POETRY_VIRTUALENVS_CREATE", "true");
    if (create == "false" || create == "0") {
      effect.writes = {"/usr/local/bin", "/usr/local/lib"};
    } else if (Var(state, "POETRY_VIRTUALENVS_IN_PROJECT", "") == "true" || Var(state, "POETRY_VIRTUALENVS_IN_PROJECT", "") == "1") {
      effect.writes = {Join(state.cwd, ".venv")};
    } else {
      effect.writes = {Join(Var(state, "POETRY_CACHE_DIR", Join(state.home, ".cache/pypoetry")), "virtualenvs")};
    }
    return effect;
  }
  if (tool == "pipenv" && (sub == "install" || sub == "sync")) {
    Effect effect = Make(EffectKind::kDeps, "pipenv " + sub, "pipenv");
    effect.compiles = true;
    effect.writes = args.Has("--system") ? std::vector<std::string>{"/usr/local/bin", "/usr/local/lib"}
                    : Var(state, "PIPENV_VENV_IN_PROJECT", "").empty()
                        ? std::vector<std::string>{Join(state.home, ".local/share/virtualenvs")}
                        : std::vector<std::string>{Join(state.cwd, ".venv")};
    return effect;
  }
  if (tool == "uv" && (sub == "sync" || sub == "pip")) {
    Effect effect = Make(EffectKind::kDeps, "uv " + sub, "uv");
    effect.compiles = true;
    effect.writes = sub == "sync" ? std::vector<std::string>{Join(state.cwd, Var(state, "UV_PROJECT_ENVIRONMENT", ".venv"))}
                    : args.Has("--system") ? std::vector<std::string>{"/usr/local/bin", "/usr/local/lib"}
                    : std::vector<std::string>{Var(state, "VIRTUAL_ENV", Join(state.cwd, ".venv"))};
    return effect;
  }
  std::string gopath = Var(state, "GOPATH", Join(state.home, "go"));
  if (tool == "go" && (sub == "mod" || sub == "get")) {
    Effect effect = Make(EffectKind::kDeps, "go " + sub, "go");
    effect.reads = {Join(state.cwd, "go.mod"), Join(state.cwd, "go.sum")};
    effect.caches = {Join(gopath, "pkg/mod")};
    return effect;
  }
  if (tool == "go-wrapper" && sub == "download") return Effect(MakeEffect(EffectKind::kDeps, "go-wrapper download"));
  if (tool == "go" && (sub == "test" || sub == "vet" || sub == "clean" || sub == "version" || sub == "env") && !args.Has("-w"))
    return MakeEffect(EffectKind::kNone, "go " + sub);
  if ((tool == "go" && sub == "install") || (tool == "go-wrapper" && sub == "install")) {
    Effect effect = Make(EffectKind::kBuild, "go install", "go");
    effect.compiles = true;
    std::string bin = Var(state, "GOBIN", Join(gopath, "bin"));
    effect.writes = {bin};
    // `go install example.com/x/cmd/x@v1`: the binary's name is in the words (not for a cross build).
    std::optional<std::vector<std::string>> names = tool == "go" ? GoInstalledNames(args) : std::nullopt;
    if (names && Var(state, "GOOS", "").empty() && Var(state, "GOARCH", "").empty()) {
      effect.writes.clear();
      for (const std::string& name : *names) effect.writes.push_back(Join(bin, name));
    }
    effect.caches = {Join(gopath, "pkg/mod"), Join(state.home, ".cache/go-build")};
    return effect;
  }
  std::string cargo_home = Var(state, "CARGO_HOME", Join(state.home, ".cargo"));
  if (tool == "cargo" && (sub == "fetch" || sub == "install")) {
    Effect effect = Make(sub == "install" ? EffectKind::kBuild : EffectKind::kDeps, "cargo " + sub, "cargo");
    effect.compiles = sub == "install";
    effect.caches = {Join(cargo_home, "registry"), Join(cargo_home, "git")};
    if (sub == "install") effect.writes = {Join(args.Value({"--root"}).value_or(cargo_home), "bin")};
    return effect;
  }
  if ((tool == "mvn" || tool == "gradle") && words.size() > 1 &&
      std::none_of(words.begin() + 1, words.end(), [](const std::string& w) {
        return w == "package" || w == "install" || w == "verify" || w == "build" || w == "assemble" ||
               w.find("Jar") != std::string::npos || w == "installDist" || w == "spring-boot:repackage";
      })) {
    Effect effect = Make(EffectKind::kDeps, std::string(tool) + " " + sub, std::string(tool));
    effect.caches = {Join(state.home, tool == "mvn" ? ".m2" : ".gradle")};
    return effect;
  }
  return std::nullopt;
}

}  // namespace dockopt::analysis
