// Version managers, self-extracting installers and environment activation: nvm, sdkman, conda
// environments, Software Collections (scl), cmake's .sh installer, and the startup files
// (~/.bashrc, /etc/profile) that installers append their activation lines to. Activation changes only
// the shell's environment, but it moves where later python tools write: that is what they record.
#include <algorithm>

#include "analysis/effect_args.h"
#include "analysis/effects.h"
#include "analysis/paths.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

constexpr std::string_view kStartupWritten = "dockopt.startup-written:";  // + path: the stage wrote it

// Appends, not `string + path`: GCC 12's -O3 reports a false -Wrestrict inside operator+.
std::string StartupWrittenKey(std::string_view path) {
  std::string key(kStartupWritten);
  key += path;
  return key;
}

std::string Basename(std::string_view path) { return std::string(path.substr(path.rfind('/') + 1)); }
std::string Dirname(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == 0 || slash == std::string_view::npos ? "/" : std::string(path.substr(0, slash));
}
bool Evaluated(std::string_view path) { return !path.empty() && path.find('$') == std::string_view::npos; }

Effect Writes(EffectKind kind, std::string tool, std::vector<std::string> writes) {
  Effect effect = MakeEffect(kind, std::move(tool));
  effect.writes = std::move(writes);
  return effect;
}

void PrependPath(ShellState& state, const std::string& bin) {
  auto path = state.vars.find("PATH");
  state.vars["PATH"] = bin + ":" + (path == state.vars.end() ? "$PATH" : path->second);
}

// The first PATH entry, expanded; "" when unknown.
std::string FirstPathEntry(const ShellState& state) {
  std::string path = Var(state, "PATH", "");
  std::optional<std::string> entry = ExpandShell(path.substr(0, path.find(':')), state);
  return entry && Evaluated(*entry) ? *entry : "";
}

// nvm: node versions under $NVM_DIR/versions, aliases (`default`) under $NVM_DIR/alias, downloads in
// $NVM_DIR/.cache. `nvm use` only changes PATH.
std::optional<Effect> Nvm(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() < 2) return std::nullopt;
  std::string dir = Var(state, "NVM_DIR", Join(state.home, ".nvm"));
  if (!Evaluated(dir)) return std::nullopt;
  const std::string& sub = words[1];
  if (sub == "use" || sub == "ls" || sub == "list" || sub == "ls-remote" || sub == "current" || sub == "version" ||
      sub == "which" || sub == "--version" || sub == "deactivate" || sub == "version-remote")
    return MakeEffect(EffectKind::kNone, "nvm " + sub);
  if (sub == "install" || sub == "i" || sub == "install-latest-npm" || sub == "reinstall-packages" || sub == "uninstall") {
    Effect effect = Writes(EffectKind::kDeps, "nvm " + sub, {Join(dir, "versions")});
    if (sub == "install" || sub == "i") effect.writes.push_back(Join(dir, "alias"));  // the first install becomes `default`
    effect.manager = "nvm";
    effect.caches = {Join(dir, ".cache")};
    effect.compiles = std::find(words.begin(), words.end(), "-s") != words.end();  // -s builds node from source
    return effect;
  }
  if (sub == "alias" || sub == "unalias") {
    if (sub == "alias" && words.size() < 4) return MakeEffect(EffectKind::kNone, "nvm alias");  // lists
    return Writes(EffectKind::kFiles, "nvm " + sub, {Join(dir, "alias")});
  }
  if (sub == "cache" && words.size() == 3 && words[2] == "clear") {
    Effect effect = MakeEffect(EffectKind::kFiles, "nvm cache clear");
    effect.removes = {Join(dir, ".cache")};
    return effect;
  }
  return std::nullopt;
}

// sdkman: candidates under $SDKMAN_DIR/candidates/NAME (`current` is the default's link), downloads in
// archives/ and tmp/.
std::optional<Effect> Sdk(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() < 2) return std::nullopt;
  std::string dir = Var(state, "SDKMAN_DIR", Join(state.home, ".sdkman"));
  if (!Evaluated(dir)) return std::nullopt;
  const std::string& sub = words[1];
  if (sub == "list" || sub == "ls" || sub == "current" || sub == "c" || sub == "version" || sub == "v" ||
      sub == "help" || sub == "use" || sub == "u" || (sub == "env" && words.size() == 2))
    return MakeEffect(EffectKind::kNone, "sdk " + sub);
  bool candidate = words.size() >= 3 && Evaluated(words[2]) && !words[2].starts_with("-");
  if ((sub == "install" || sub == "i" || sub == "uninstall" || sub == "rm") && candidate) {
    Effect effect = Writes(EffectKind::kDeps, "sdk " + sub, {Join(dir, "candidates/" + words[2])});
    effect.manager = "sdkman";
    effect.caches = {Join(dir, "archives"), Join(dir, "tmp")};
    return effect;
  }
  if ((sub == "default" || sub == "d") && candidate)
    return Writes(EffectKind::kFiles, "sdk default", {Join(dir, "candidates/" + words[2] + "/current")});
  if (sub == "flush") {
    Effect effect = MakeEffect(EffectKind::kFiles, "sdk flush");
    std::string what = words.size() >= 3 ? words[2] : "";
    if (what.empty() || what == "archives") effect.removes.push_back(Join(dir, "archives"));
    if (what.empty() || what == "temp" || what == "tmp") effect.removes.push_back(Join(dir, "tmp"));
    if (what.empty() || what == "broadcast" || what == "version") effect.removes.push_back(Join(dir, "var"));
    if (effect.removes.empty()) return std::nullopt;
    return effect;
  }
  if (sub == "selfupdate" || sub == "update") return Writes(EffectKind::kDeps, "sdk " + sub, {dir});
  return std::nullopt;
}

// The conda environment `activate NAME` names: the root's own (base), a path, or ROOT/envs/NAME.
std::string CondaEnvironment(const std::string& root, const std::vector<std::string>& operands, const ShellState& state) {
  if (operands.empty() || operands.front() == "base" || operands.front() == "root") return root;
  if (operands.front().find('/') != std::string::npos) return Join(state.cwd, operands.front());
  return Join(root, "envs/" + operands.front());
}

// `conda activate [ENV]`, `source activate [ENV]`, `source ROOT/bin/activate ENV`, and their
// deactivate: the environment and PATH change; nothing is written (the env's activate.d scripts set
// variables). CONDA_EXE is what conda itself sets: later python tools find the root by it.
std::optional<Effect> CondaActivation(std::string_view program, const std::vector<std::string>& args, ShellState& state) {
  std::string root = CondaRoot(program, state);
  if (!Evaluated(root)) return std::nullopt;
  std::string name = Basename(program) == "conda" ? args.front() : Basename(program);
  std::vector<std::string> operands = ReadArgs(args, Basename(program) == "conda" ? 1 : 0, {}).operands;
  if (!operands.empty() && !Evaluated(operands.front())) return std::nullopt;
  if (name == "deactivate") {
    for (const char* var : {"CONDA_PREFIX", "CONDA_DEFAULT_ENV"}) state.vars.erase(var);
    state.vars.erase("PATH");  // what it was before activation is not kept
    return MakeEffect(EffectKind::kNone, "conda deactivate");
  }
  std::string env = CondaEnvironment(root, operands, state);
  state.vars["CONDA_PREFIX"] = env;
  state.vars["CONDA_DEFAULT_ENV"] = operands.empty() ? "base" : operands.front();
  state.vars["CONDA_EXE"] = Join(root, "bin/conda");
  PrependPath(state, Join(env, "bin"));
  return MakeEffect(EffectKind::kNone, "conda activate", "activates the conda environment " + env);
}

// Software Collections: `source scl_source enable COLL...` and `source /opt/rh/COLL/enable` put the
// collections first on PATH; X_SCLS lists them, as scl itself does.
std::optional<Effect> SclActivation(const std::vector<std::string>& words, ShellState& state) {
  std::vector<std::string> collections;
  if (Basename(words[1]) == "scl_source" && words.size() >= 4 && words[2] == "enable")
    collections.assign(words.begin() + 3, words.end());
  else if (words.size() == 2 && words[1].starts_with("/opt/rh/") && Basename(words[1]) == "enable" &&
           std::count(words[1].begin(), words[1].end(), '/') == 4)
    collections = {Basename(Dirname(words[1]))};
  if (collections.empty()) return std::nullopt;
  for (const std::string& collection : collections) {
    if (!Evaluated(collection) || collection.find('/') != std::string::npos) return std::nullopt;
    state.vars["X_SCLS"] = Var(state, "X_SCLS", "") + collection + " ";
  }
  return MakeEffect(EffectKind::kNone, "scl_source enable", "puts the software collections first on PATH");
}

// emsdk (github.com/emscripten-core/emsdk), run by its path: `install`/`update`/`activate` keep the
// SDKs, the node and python it fetches, its downloads and its config (.emscripten, the default since
// 2020's "--embedded") inside its own folder; older releases wrote ~/.emscripten* instead, so those are
// named too. `list` only reads.
std::optional<Effect> Emsdk(const std::vector<std::string>& words, const ShellState& state) {
  if (Basename(words[0]) != "emsdk" || words[0].find('/') == std::string::npos || words.size() < 2) return std::nullopt;
  std::string dir = Dirname(Join(state.cwd, words[0]));
  if (!Evaluated(dir)) return std::nullopt;
  const std::string& sub = words[1];
  if (sub == "list" || sub == "help" || sub == "--help") return MakeEffect(EffectKind::kNone, "emsdk " + sub);
  if (sub != "install" && sub != "update" && sub != "update-tags" && sub != "activate" && sub != "uninstall" &&
      sub != "construct_env")
    return std::nullopt;
  Effect effect = Writes(EffectKind::kDeps, "emsdk " + sub,
                         {dir, Join(state.home, ".emscripten"), Join(state.home, ".emscripten_cache"),
                          Join(state.home, ".emscripten_sanity")});
  effect.manager = "emsdk";
  effect.compiles = std::any_of(words.begin() + 2, words.end(), [](const std::string& w) {
    return w.find("source") != std::string::npos || w.find("incoming") != std::string::npos;  // builds the SDK
  });
  return effect;
}

// `source EMSDK/emsdk_env.sh`: puts the active SDK's folders first on PATH (which ones, dockopt does not
// know: later tools found by PATH stay unknown) and writes the env script into the emsdk folder.
Effect EmsdkEnvironment(const std::string& path, ShellState& state) {
  state.vars["EMSDK"] = Dirname(path);
  PrependPath(state, "$EMSDK_ACTIVE_PATHS");
  return Writes(EffectKind::kFiles, "emsdk_env.sh", {Dirname(path)});
}

// `. FILE` / `source FILE` of a script whose whole effect is on the environment.
std::optional<Effect> Sourced(const std::vector<std::string>& words, ShellState& state) {
  const std::string& file = words[1];
  std::string path = Join(state.cwd, file);
  if (Basename(file) == "nvm.sh") {  // defines nvm; with no NVM_DIR it takes the script's folder
    if (!state.vars.contains("NVM_DIR")) state.vars["NVM_DIR"] = Evaluated(file) ? Dirname(path) : "$NVM_DIR";
    return MakeEffect(EffectKind::kNone, "nvm.sh", "defines nvm");
  }
  if (Basename(file) == "emsdk_env.sh" && Evaluated(path)) return EmsdkEnvironment(path, state);
  if (Basename(file) == "sdkman-init.sh") {  // defines sdk; SDKMAN_DIR is two folders up
    if (!state.vars.contains("SDKMAN_DIR")) state.vars["SDKMAN_DIR"] = Evaluated(file) ? Dirname(Dirname(path)) : "$SDKMAN_DIR";
    return MakeEffect(EffectKind::kNone, "sdkman-init.sh", "defines sdk");
  }
  if ((file == "activate" || file == "deactivate") || (Basename(file) == "activate" && words.size() >= 3))
    return CondaActivation(file, std::vector<std::string>(words.begin() + 2, words.end()), state);
  if (std::optional<Effect> scl = SclActivation(words, state)) return scl;
  // ROS's setup scripts (/opt/ros/DISTRO/setup.bash) only export its paths; catkin's helper writes
  // a temporary file that it removes.
  if (path.starts_with("/opt/ros/") && std::count(path.begin(), path.end(), '/') == 4 &&
      (Basename(path) == "setup.bash" || Basename(path) == "setup.sh" || Basename(path) == "setup.zsh"))
    return MakeEffect(EffectKind::kNone, "ros setup", "puts ROS " + Basename(Dirname(path)) + " on the environment");
  if (words.size() == 2 && IsStartupFile(path, state)) {
    if (state.vars.contains(StartupWrittenKey(path))) return std::nullopt;  // the stage wrote it: not read here
    return MakeEffect(EffectKind::kNone, "startup file",
                      "the image's own startup file, which this stage did not change: it sets the environment");
  }
  return std::nullopt;
}

// `scl enable COLL... bash` with no command: an interactive shell on RUN's empty standard input exits
// at once. A command string is walked by ScriptEffects (effects_nested.cc), see SclCommand.
std::optional<Effect> Scl(const std::vector<std::string>& words) {
  if (words.size() < 4 || words[1] != "enable") return std::nullopt;
  std::string_view last = shell::CanonicalTool(words.back());
  if (words[words.size() - 2] != "--" && (last == "bash" || last == "sh"))
    return MakeEffect(EffectKind::kNone, "scl enable", "starts a shell with no input: it exits at once");
  return std::nullopt;
}

// cmake's self-extracting installer (cmake-X-Linux-x86_64.sh, or a file this RUN downloaded from such a
// URL), in batch mode: everything goes under --prefix (the folder it runs in when none is given), in a
// subfolder or not.
std::optional<Effect> CmakeInstaller(const std::vector<std::string>& words, const ShellState& state) {
  std::string_view tool = shell::CanonicalTool(words[0]);
  size_t script = tool == "bash" || tool == "sh" ? 1 : 0;
  if (script >= words.size()) return std::nullopt;
  auto installer_name = [](const std::string& name) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return name.starts_with("cmake-") && name.ends_with(".sh") && lower.find("-linux-") != std::string::npos;
  };
  // Saved under another name (`wget -O /tmp/cmake-install.sh URL`): the download's own name says what it is.
  if (!installer_name(Basename(words[script]))) {
    if (state.downloads.empty()) return std::nullopt;
    auto saved = state.downloads.find(Join(state.cwd, words[script]));
    if (saved == state.downloads.end() || !installer_name(Basename(saved->second))) return std::nullopt;
  }
  Args args = ReadArgs(words, script + 1, {});
  if (!args.Has("--skip-license") || !args.operands.empty()) return std::nullopt;  // else it asks on stdin
  std::string prefix = Join(state.cwd, args.Value({"--prefix"}).value_or("."));
  if (!Evaluated(prefix)) return std::nullopt;
  Effect effect = Writes(EffectKind::kDeps, "cmake installer", {prefix});
  effect.manager = "cmake";
  effect.reads = {Join(state.cwd, words[script])};
  return effect;
}

}  // namespace

bool IsStartupFile(std::string_view path, const ShellState& state) {
  if (path == "/etc/profile" || path == "/etc/bash.bashrc" || path == "/etc/bashrc") return true;
  std::string name = Basename(path);
  return Dirname(path) == state.home && (name == ".bashrc" || name == ".profile" || name == ".bash_profile");
}

void NoteStartupFileWrites(const std::vector<std::string>& writes, ShellState& state) {
  for (const std::string& path : writes)
    if (IsStartupFile(path, state)) {
      state.vars.insert_or_assign(StartupWrittenKey(path), std::string(1, '1'));
    }
}

std::optional<Effect> ManagerEffect(const std::vector<std::string>& words, ShellState& state) {
  std::string_view tool = shell::CanonicalTool(words[0]);
  if ((tool == "." || tool == "source") && words.size() >= 2) return Sourced(words, state);
  if (tool == "nvm") {
    std::optional<Effect> effect = Nvm(words, state);
    // `nvm install 6.14.4` puts that node at $NVM_DIR/versions/node/v6.14.4, where npm's global
    // prefix is while its bin/ leads PATH (effects_node_release.cc). An alias (`lts/*`, `node`) or a
    // partial version names no folder dockopt can write out.
    if (effect && effect->manager == "nvm" && (words[1] == "install" || words[1] == "i") && words.size() == 3) {
      std::string version = words[2].starts_with("v") ? words[2].substr(1) : words[2];
      if (std::count(version.begin(), version.end(), '.') == 2 && version.find_first_not_of("0123456789.") == std::string::npos)
        NoteNodeInstalledAt(Join(Var(state, "NVM_DIR", Join(state.home, ".nvm")), "versions/node/v" + version), state);
    }
    return effect;
  }
  if (tool == "sdk") return Sdk(words, state);
  if (tool == "conda" && words.size() >= 2 && (words[1] == "activate" || words[1] == "deactivate"))
    return CondaActivation(words[0], std::vector<std::string>(words.begin() + 1, words.end()), state);
  if (tool == "scl") return Scl(words);
  if (tool == "emsdk") return Emsdk(words, state);
  return CmakeInstaller(words, state);
}

std::string ActivePythonPrefix(const ShellState& state) {
  std::string first = FirstPathEntry(state);
  if (!first.ends_with("/bin")) return "";
  std::string prefix = first.substr(0, first.size() - 4);
  if (state.vars.contains("CONDA_PREFIX") && prefix == state.vars.at("CONDA_PREFIX") && state.vars.contains("CONDA_EXE"))
    return Dirname(Dirname(state.vars.at("CONDA_EXE")));  // an env without pip falls back to the root's
  if (prefix.find("conda") != std::string::npos) return prefix;
  return "";
}

void RetargetToActiveEnvironment(Effect& effect, const ShellState& state) {
  if (effect.manager == "pip" && std::find(effect.writes.begin(), effect.writes.end(), "/usr/local/lib") != effect.writes.end()) {
    std::string prefix = ActivePythonPrefix(state);
    if (!prefix.empty()) {
      std::erase_if(effect.writes, [](const std::string& w) { return w == "/usr/local/lib" || w == "/usr/local/bin"; });
      effect.writes.push_back(prefix);
      effect.note = "the conda python first on PATH";
    }
  }
  if (effect.kind == EffectKind::kDeps || effect.kind == EffectKind::kBuild) {
    std::string scls = Var(state, "X_SCLS", "");
    for (size_t at = 0; at < scls.size();) {
      size_t end = std::min(scls.find(' ', at), scls.size());
      if (end > at) effect.writes.push_back("/opt/rh/" + scls.substr(at, end - at));  // the collection's own tools write there
      at = end + 1;
    }
  }
}

}  // namespace dockopt::analysis
