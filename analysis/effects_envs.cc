// Version managers, SDK managers and language package tools whose homes are fixed by an environment
// variable or a default under HOME: rbenv, pyenv, swiftenv, rustup, julia, helm, mix, cabal, lein,
// the Android SDK tools, wp-cli.
#include <algorithm>

#include "analysis/effect_args.h"
#include "analysis/effects.h"
#include "analysis/paths.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

Effect Writes(EffectKind kind, std::string tool, std::vector<std::string> writes) {
  Effect effect = MakeEffect(kind, std::move(tool));
  effect.writes = std::move(writes);
  return effect;
}

// rbenv/pyenv/swiftenv: `install V` into ROOT/versions/V; `global` and `rehash` write ROOT;
// `local V` writes .VERSION-FILE in the folder it runs in.
std::optional<Effect> VersionManager(std::string_view tool, const std::vector<std::string>& words, const ShellState& state) {
  struct Manager { std::string_view tool, root_var, home_dir, local_file; };
  constexpr Manager kManagers[] = {{"rbenv", "RBENV_ROOT", ".rbenv", ".ruby-version"},
                                   {"pyenv", "PYENV_ROOT", ".pyenv", ".python-version"},
                                   {"swiftenv", "SWIFTENV_ROOT", ".swiftenv", ".swift-version"}};
  const Manager* manager = nullptr;
  for (const Manager& m : kManagers)
    if (m.tool == tool) manager = &m;
  if (!manager || words.size() < 2) return std::nullopt;
  std::string root = Var(state, std::string(manager->root_var), Join(state.home, manager->home_dir));
  std::vector<std::string> operands = ReadArgs(words, 2, {}).operands;
  const std::string& sub = words[1];
  if (sub == "install" && operands.size() == 1) {
    Effect effect = Writes(EffectKind::kDeps, std::string(tool) + " install", {Join(root, "versions/" + operands[0])});
    effect.manager = std::string(tool);
    effect.compiles = tool != "swiftenv";  // rbenv and pyenv build the interpreter from source
    return effect;
  }
  if (sub == "global" || sub == "rehash") return Writes(EffectKind::kFiles, std::string(tool) + " " + sub, {root});
  if (sub == "local" && operands.size() == 1)
    return Writes(EffectKind::kFiles, std::string(tool) + " local", {Join(state.cwd, manager->local_file)});
  if (sub == "versions" || sub == "version" || sub == "which") return MakeEffect(EffectKind::kNone, std::string(tool) + " " + sub);
  return std::nullopt;
}

// `julia -e CODE` that only adds, builds or loads packages: they go to the first depot (~/.julia).
std::optional<Effect> Julia(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() != 3 || words[1] != "-e") return std::nullopt;
  std::string code = words[2];
  for (std::string_view risky : {"run(", "open(", "write(", "download(", "cp(", "mv(", "rm(", "mkdir", "cd(", "`", "include("})
    if (code.find(risky) != std::string::npos) return std::nullopt;
  if (code.find("Pkg.") == std::string::npos) return std::nullopt;
  std::string depot = Var(state, "JULIA_DEPOT_PATH", Var(state, "JULIA_PKGDIR", Join(state.home, ".julia")));
  depot = depot.substr(0, depot.find(':'));
  Effect effect = Writes(EffectKind::kDeps, "julia Pkg", {depot});
  effect.manager = "julia";
  effect.compiles = code.find("Pkg.build") != std::string::npos;
  return effect;
}

// Elixir's mix: archives and hex in MIX_HOME, dependencies in deps/, builds in _build/.
std::optional<Effect> Mix(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() < 2) return std::nullopt;
  const std::string& task = words[1];
  std::string mix_home = Var(state, "MIX_HOME", Join(state.home, ".mix"));
  if (task.starts_with("local.") || task.starts_with("archive.install"))
    return Writes(EffectKind::kDeps, "mix " + task, {mix_home});
  if (task == "deps.get") {
    Effect effect = Writes(EffectKind::kDeps, "mix deps.get", {Join(state.cwd, "deps")});
    effect.manager = "mix";
    effect.caches = {Join(state.home, ".hex")};
    return effect;
  }
  if (task == "deps.compile" || task == "compile" || task == "release" || task == "phx.digest") {
    Effect effect = Writes(EffectKind::kBuild, "mix " + task, {Join(state.cwd, "_build")});
    if (task == "phx.digest") effect.writes = {Join(state.cwd, "priv/static")};
    effect.compiles = true;
    return effect;
  }
  return std::nullopt;
}

// The Android SDK tools write into the SDK they belong to: --sdk_root, ANDROID_HOME/ANDROID_SDK_ROOT,
// or the folder above their own tools/ (bin/) folder.
std::optional<Effect> AndroidSdk(std::string_view tool, const std::vector<std::string>& words, const ShellState& state) {
  std::string root;
  for (const std::string& word : words)
    if (word.starts_with("--sdk_root=")) root = word.substr(11);
  if (root.empty()) root = Var(state, "ANDROID_SDK_ROOT", Var(state, "ANDROID_HOME", ""));
  if (root.empty() && words[0].find("/tools/") != std::string::npos) root = words[0].substr(0, words[0].find("/tools/"));
  if (root.empty() || root.find('$') != std::string::npos) return std::nullopt;
  bool update = tool == "sdkmanager" || (words.size() >= 3 && words[1] == "update" && words[2] == "sdk");
  if (!update) return std::nullopt;
  Effect effect = Writes(EffectKind::kDeps, std::string(tool), {Join(state.cwd, root)});
  effect.manager = "android";
  return effect;
}

// rustup: toolchains, targets, components and overrides all live in RUSTUP_HOME; `self update`
// replaces the proxies in CARGO_HOME/bin.
std::optional<Effect> Rustup(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() < 2) return std::nullopt;
  const std::string& sub = words[1];
  if (sub == "show" || sub == "which" || sub == "--version" || sub == "-V" || (sub == "toolchain" && words.size() >= 3 && words[2] == "list") ||
      ((sub == "target" || sub == "component") && words.size() >= 3 && words[2] == "list"))
    return MakeEffect(EffectKind::kNone, "rustup " + sub);
  if (sub == "self" && words.size() >= 3 && words[2] == "update")
    return Writes(EffectKind::kDeps, "rustup self update", {Join(Var(state, "CARGO_HOME", Join(state.home, ".cargo")), "bin")});
  bool changes = sub == "default" || sub == "install" || sub == "update" || sub == "set" ||
                 ((sub == "target" || sub == "component") && words.size() >= 4 && (words[2] == "add" || words[2] == "remove")) ||
                 (sub == "toolchain" && words.size() >= 4 && (words[2] == "install" || words[2] == "add" || words[2] == "uninstall")) ||
                 (sub == "override" && words.size() >= 3 && (words[2] == "set" || words[2] == "add" || words[2] == "unset"));
  if (!changes) return std::nullopt;
  Effect effect = Writes(EffectKind::kDeps, "rustup " + sub, {Var(state, "RUSTUP_HOME", Join(state.home, ".rustup"))});
  effect.manager = "rustup";
  effect.compiles = true;
  return effect;
}

std::optional<Effect> EnvironmentTool(const std::vector<std::string>& words, const ShellState& state) {
  std::string_view tool = shell::CanonicalTool(words[0]);
  if (std::optional<Effect> effect = VersionManager(tool, words, state)) return effect;
  if (tool == "julia") return Julia(words, state);
  if (tool == "mix") return Mix(words, state);
  if (tool == "android" || tool == "sdkmanager") return AndroidSdk(tool, words, state);
  if (tool == "rustup") return Rustup(words, state);
  if (tool == "stack" && words.size() == 2 && words[1] == "upgrade")
    return Writes(EffectKind::kDeps, "stack upgrade", {Join(state.home, ".local/bin/stack")});
  if (tool == "helm" && words.size() >= 2 && (words[1] == "init" || (words[1] == "plugin" && words.size() >= 3 && words[2] == "install"))) {
    Effect effect = MakeEffect(EffectKind::kFiles, "helm " + words[1]);
    effect.writes = {Var(state, "HELM_HOME", Join(state.home, ".helm"))};  // helm 2, the one with `init`
    return effect;
  }
  if (tool == "cabal" && words.size() == 2 && words[1] == "update") {
    Effect effect = MakeEffect(EffectKind::kDeps, "cabal update");
    effect.caches = {Join(state.home, ".cabal/packages")};
    return effect;
  }
  if (tool == "lein" && words.size() >= 2 && (words[1] == "uberjar" || words[1] == "jar" || words[1] == "compile")) {
    Effect effect = Writes(EffectKind::kBuild, "lein " + words[1], {Join(state.cwd, "target")});
    effect.compiles = true;
    effect.caches = {Join(state.home, ".m2"), Join(state.home, ".lein")};
    return effect;
  }
  // `lein deps` only resolves: the jars go to the local repository (~/.m2, as for uberjar) and lein's own
  // jar to ~/.lein; `lein clean` deletes the target folder uberjar writes (lein refuses to clean outside the
  // project). Any other argument (:tree, a plugin task) stays unknown.
  if (tool == "lein" && words.size() == 2 && words[1] == "deps") {
    Effect effect = MakeEffect(EffectKind::kDeps, "lein deps");
    effect.caches = {Join(state.home, ".m2"), Join(state.home, ".lein")};
    return effect;
  }
  if (tool == "lein" && words.size() == 2 && words[1] == "clean") {
    Effect effect = MakeEffect(EffectKind::kFiles, "lein clean");
    effect.removes = {Join(state.cwd, "target")};
    return effect;
  }
  if (tool == "wp" && words.size() >= 3 && words[1] == "core" && words[2] == "download") {
    Args args = ReadArgs(words, 3, {"--path", "--version", "--locale"});
    return Writes(EffectKind::kFiles, "wp core download", {Join(state.cwd, args.Value({"--path"}).value_or("."))});
  }
  return std::nullopt;
}

}  // namespace

std::optional<Effect> EnvironmentToolEffect(const std::vector<std::string>& words, const ShellState& state) {
  std::optional<Effect> effect = EnvironmentTool(words, state);
  if (!effect) return effect;
  for (const std::string& path : effect->writes)
    if (path.find('$') != std::string::npos) return std::nullopt;
  return effect;
}

}  // namespace dockopt::analysis
