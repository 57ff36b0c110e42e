// Small tools whose every output is named on their command line (patchelf, pyrcc/pyuic -o, hmmpress,
// openssl's key and certificate commands, salt-key --gen-keys, a local rsync, dep ensure, godep
// restore, hubot --create, haraka -i, rosdep) and text filters that write only their standard output
// (awk without redirections or commands). Any other form stays unknown.
#include <algorithm>

#include "analysis/effect_args.h"
#include "analysis/effects.h"
#include "analysis/paths.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

bool In(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

bool Named(const std::vector<std::string>& paths) {
  return std::none_of(paths.begin(), paths.end(), [](const std::string& p) {
    return p.empty() || p.find_first_of("$`") != std::string::npos || HasGlob(p);
  });
}

std::optional<Effect> Writing(std::string tool, std::vector<std::string> writes) {
  if (!Named(writes)) return std::nullopt;
  Effect effect = MakeEffect(writes.empty() ? EffectKind::kNone : EffectKind::kFiles, std::move(tool));
  effect.writes = std::move(writes);
  return effect;
}

// patchelf edits each file operand in place, or writes --output instead.
std::optional<Effect> Patchelf(const std::vector<std::string>& words, const ShellState& state) {
  if (std::find(words.begin(), words.end(), "--replace-needed") != words.end()) return std::nullopt;  // two values
  Args args = ReadArgs(words, 1, {"--set-interpreter", "--set-rpath", "--add-rpath", "--add-needed", "--remove-needed",
                                  "--set-soname", "--output", "--page-size", "--set-os-abi"});
  bool edits = std::any_of(args.options.begin(), args.options.end(), [](const auto& o) { return !o.first.starts_with("--print"); });
  if (!edits) return Writing("patchelf", {});
  if (std::optional<std::string> out = args.Value({"--output"})) return Writing("patchelf", {Join(state.cwd, *out)});
  std::vector<std::string> writes;
  for (const std::string& file : args.operands) writes.push_back(Join(state.cwd, file));
  if (writes.empty()) return std::nullopt;
  return Writing("patchelf", std::move(writes));
}

// Qt's resource and form compilers write -o FILE, or their standard output.
std::optional<Effect> QtCompiler(std::string_view tool, const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"-o", "--output", "-name", "-root", "-threshold", "-compress", "-i", "--indent",
                                  "--import-from", "--resource-suffix", "-g", "--generator"});
  std::optional<std::string> out = args.Value({"-o", "--output"});
  return Writing(std::string(tool), out ? std::vector<std::string>{Join(state.cwd, *out)} : std::vector<std::string>{});
}

// hmmpress FILE writes FILE.h3m, .h3i, .h3f and .h3p beside it (HMMER's user guide).
std::optional<Effect> Hmmpress(const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {});
  if (args.operands.size() != 1) return std::nullopt;
  std::string file = Join(state.cwd, args.operands.front());
  return Writing("hmmpress", {file + ".h3m", file + ".h3i", file + ".h3f", file + ".h3p"});
}

// openssl's key, request and certificate commands write -out and -keyout (else standard output); old
// releases also save a random seed to ~/.rnd, which no runtime reads.
std::optional<Effect> Openssl(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() < 2 || !In(words[1], {"genrsa", "genpkey", "req", "x509", "rsa", "ec", "ecparam", "dhparam", "pkcs12",
                                          "pkcs8", "rand", "dgst", "enc", "verify", "version"}))
    return std::nullopt;
  std::vector<std::string> writes;
  for (size_t i = 2; i + 1 < words.size(); ++i)
    if (words[i] == "-out" || words[i] == "-keyout") writes.push_back(Join(state.cwd, words[i + 1]));
  std::optional<Effect> effect = Writing("openssl " + words[1], std::move(writes));
  if (effect) effect->caches = {Join(state.home, ".rnd")};
  return effect;
}

// `salt-key --gen-keys=NAME [--gen-keys-dir=DIR]` writes DIR/NAME.pem and DIR/NAME.pub (DIR: the
// working directory); every other salt-key form manages the master's key store.
std::optional<Effect> SaltKey(const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"--gen-keys", "--gen-keys-dir", "--keysize"});
  std::optional<std::string> name = args.Value({"--gen-keys"});
  if (!name || !args.operands.empty()) return std::nullopt;
  std::string dir = Join(state.cwd, args.Value({"--gen-keys-dir"}).value_or("."));
  return Writing("salt-key", {Join(dir, *name + ".pem"), Join(dir, *name + ".pub")});
}

// A local `rsync SRC... DEST`: everything it writes lies under DEST. A remote side, a log, a backup
// directory or removed sources are other writes: unknown.
std::optional<Effect> Rsync(const std::vector<std::string>& words, const ShellState& state) {
  for (const std::string& word : words)
    if (word.find(':') != std::string::npos || word.starts_with("--log-file") || word.starts_with("--backup") ||
        word == "-b" || word.starts_with("--write-batch") || word.starts_with("--only-write-batch") ||
        word == "--remove-source-files" || word.starts_with("--files-from") || word.starts_with("--partial-dir") ||
        word.starts_with("--temp-dir") || word == "-T")
      return std::nullopt;
  Args args = ReadArgs(words, 1, {"-e", "--rsh", "--exclude", "--include", "--filter", "-f", "--chown", "--chmod",
                                  "--exclude-from", "--include-from", "--port", "--timeout", "--bwlimit",
                                  "--max-size", "--min-size", "--compare-dest", "--copy-dest", "--link-dest"});
  if (args.operands.size() < 2) return std::nullopt;
  std::optional<Effect> effect = Writing("rsync", {Join(state.cwd, args.operands.back())});
  if (!effect) return std::nullopt;
  for (size_t i = 0; i + 1 < args.operands.size(); ++i) effect->reads.push_back(Join(state.cwd, args.operands[i]));
  if (!Named(effect->reads)) return std::nullopt;
  return effect;
}

// `dep ensure` writes the project's vendor/ and Gopkg.lock, caching sources under $GOPATH/pkg/dep.
// dep finds the project by walking up to the first Gopkg.toml: only when the stage copied one into
// the working directory is that the working directory for certain.
std::optional<Effect> Dep(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() < 2 || words[1] != "ensure") return std::nullopt;
  for (size_t i = 2; i < words.size(); ++i)
    if (!In(words[i], {"-vendor-only", "-v", "-no-vendor"})) return std::nullopt;  // -add/-update edit the manifest
  if (!state.context_files.contains(Join(state.cwd, "Gopkg.toml"))) return std::nullopt;
  bool vendor_only = std::find(words.begin(), words.end(), "-vendor-only") != words.end();
  bool no_vendor = std::find(words.begin(), words.end(), "-no-vendor") != words.end();
  Effect effect = MakeEffect(EffectKind::kDeps, "dep ensure");
  effect.manager = "go";
  if (!no_vendor) effect.writes.push_back(Join(state.cwd, "vendor"));
  if (!vendor_only) effect.writes.push_back(Join(state.cwd, "Gopkg.lock"));
  effect.caches = {Join(Var(state, "GOPATH", Join(state.home, "go")), "pkg/dep")};
  if (!Named(effect.writes) || !Named(effect.caches)) return std::nullopt;
  return effect;
}

// `godep restore` checks out the versions Godeps/Godeps.json names into $GOPATH/src.
std::optional<Effect> Godep(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() != 2 || words[1] != "restore") return std::nullopt;
  std::string gopath = Var(state, "GOPATH", Join(state.home, "go"));
  if (gopath.find(':') != std::string::npos) return std::nullopt;  // a list: the first entry, by rules dockopt does not model
  Effect effect = MakeEffect(EffectKind::kDeps, "godep restore");
  effect.manager = "go";
  effect.writes = {Join(gopath, "src")};
  if (!Named(effect.writes)) return std::nullopt;
  return effect;
}

// awk as a filter: a program that can neither redirect (`print > "f"`, `| "cmd"`) nor run commands
// (system, getline from a command) writes only its standard output. `>` may be a comparison: refused
// all the same. gawk's -i inplace edits files: any option but -F and -v is refused.
std::optional<Effect> Awk(std::string_view tool, const std::vector<std::string>& words) {
  size_t i = 1;
  while (i < words.size() && words[i].starts_with("-")) {
    if (words[i] == "-F" || words[i] == "-v") ++i;
    else if (!words[i].starts_with("-F") && !words[i].starts_with("-v")) return std::nullopt;
    ++i;
  }
  if (i >= words.size()) return std::nullopt;
  const std::string& program = words[i];
  if (program.find_first_of(">|") != std::string::npos || program.find("system") != std::string::npos ||
      program.find("getline") != std::string::npos)
    return std::nullopt;
  return MakeEffect(EffectKind::kNone, std::string(tool));
}

// Generators that create one named folder: `hubot --create DIR` (hubot 2's CLI copies its bot
// template there), `haraka -i DIR` (Haraka's default config files).
std::optional<Effect> Scaffold(std::string_view tool, const std::vector<std::string>& words, const ShellState& state) {
  std::string_view option = tool == "hubot" ? "--create" : "-i";
  if (words.size() != 3 || words[1] != option || words[2].starts_with("-")) return std::nullopt;
  return Writing(std::string(tool) + " " + std::string(option), {Join(state.cwd, words[2])});
}

// rosdep's source list (`rosdep init`: /etc/ros/rosdep/sources.list.d/20-default.list) and its index
// of those sources (`rosdep update`: ROS_HOME/rosdep, ~/.ros by default).
std::optional<Effect> Rosdep(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() != 2) return std::nullopt;
  if (words[1] == "init") return Writing("rosdep init", {"/etc/ros/rosdep"});
  if (words[1] == "update") return Writing("rosdep update", {Join(Var(state, "ROS_HOME", Join(state.home, ".ros")), "rosdep")});
  return std::nullopt;
}

}  // namespace

std::optional<Effect> NamedOutputEffect(const std::vector<std::string>& words, const ShellState& state) {
  std::string_view tool = shell::CanonicalTool(words[0]);
  // Filters that write only their standard output (a redirection is read separately).
  if (In(tool, {"cut", "tr", "base64", "basename", "dirname", "realpath", "readlink", "seq", "expr", "tac", "rev"}))
    return MakeEffect(EffectKind::kNone, std::string(tool));
  // net-tools' route prints the table unless told to add or delete a route (the kernel's, not a file).
  if (tool == "route" && std::all_of(words.begin() + 1, words.end(), [](const std::string& w) { return w == "-n" || w == "-e"; }))
    return MakeEffect(EffectKind::kNone, "route");
  if (tool == "patchelf") return Patchelf(words, state);
  if (In(tool, {"pyrcc4", "pyrcc5", "pyside-rcc", "pyside2-rcc", "pyuic4", "pyuic5", "pyside-uic", "pyside2-uic"}))
    return QtCompiler(tool, words, state);
  if (tool == "hmmpress") return Hmmpress(words, state);
  if (tool == "openssl") return Openssl(words, state);
  if (tool == "salt-key") return SaltKey(words, state);
  if (tool == "rsync") return Rsync(words, state);
  if (tool == "dep") return Dep(words, state);
  if (tool == "godep") return Godep(words, state);
  if (tool == "awk" || tool == "gawk" || tool == "mawk") return Awk(tool, words);
  if (tool == "hubot" || tool == "haraka") return Scaffold(tool, words, state);
  if (tool == "rosdep") return Rosdep(words, state);
  return std::nullopt;
}

}  // namespace dockopt::analysis
