// Language tools of the long tail with known output places: python -m helpers, bare `bundle`,
// composer's global and config commands, the `n` node installer, conda and its installer, stack,
// swift, sbt, shards/crystal, cpanm, luarocks, node-gyp, qmake, gem and npm odds and ends.
#include <algorithm>

#include "analysis/base_images.h"
#include "analysis/effect_args.h"
#include "analysis/effects.h"
#include "analysis/paths.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

bool Evaluated(const Effect& effect) {
  for (const std::vector<std::string>* paths : {&effect.writes, &effect.caches, &effect.removes})
    for (const std::string& p : *paths)
      if (p.find('$') != std::string::npos || p.find('`') != std::string::npos) return false;
  return true;
}

Effect Deps(std::string tool, std::string manager, std::vector<std::string> writes) {
  Effect effect = MakeEffect(EffectKind::kDeps, std::move(tool));
  effect.manager = std::move(manager);
  effect.writes = std::move(writes);
  return effect;
}

Effect Built(std::string tool, std::vector<std::string> writes) {
  Effect effect = MakeEffect(EffectKind::kBuild, std::move(tool));
  effect.compiles = true;
  effect.writes = std::move(writes);
  return effect;
}

// `python -m MODULE ...` helpers that install like pip or into a named folder.
std::optional<Effect> PythonModule(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() < 3 || words[1] != "-m") return std::nullopt;
  const std::string& module = words[2];
  std::string pip = words[0].find("/bin/") != std::string::npos ? words[0].substr(0, words[0].rfind('/')) + "/pip" : "pip";
  if (module == "ensurepip") return DepsEffect({pip, "install", "pip"}, state);
  if (module == "spacy" && words.size() >= 5 && words[3] == "download") {
    // A spaCy model is a pip package: it lands where `pip install` puts packages.
    std::optional<Effect> effect = DepsEffect({pip, "install", words[4]}, state);
    if (effect) effect->tool = "spacy download";
    return effect;
  }
  if (module == "ipykernel" && words.size() >= 4 && words[3] == "install") {
    Args args = ReadArgs(words, 4, {"--prefix", "--name", "--display-name"});
    std::string prefix = args.Has("--user") ? Join(state.home, ".local") : args.Value({"--prefix"}).value_or("/usr/local");
    if (args.Has("--sys-prefix")) return std::nullopt;
    return Deps("ipykernel install", "jupyter", {Join(prefix, "share/jupyter/kernels")});
  }
  return std::nullopt;
}

// `composer self-update` replaces composer's own file with the new release and keeps the old one as a
// backup in its data folder. The file is the program run: a path, or the one composer the stage put in
// place (NoteComposerWrites) on an image the table knows, none of which ships one but composer's own.
std::optional<Effect> ComposerSelfUpdate(std::string_view program, const ShellState& state) {
  std::string file = program.starts_with("/") ? std::string(program) : Var(state, std::string(kComposerFileKey), "");
  if (!program.starts_with("/")) {
    std::optional<BaseImageFacts> facts = LookupBaseImage(state.image);
    if (!facts || facts->family == "composer") return std::nullopt;  // another composer may come first on PATH
  }
  if (!file.starts_with("/") || file.find_first_of("$`") != std::string::npos) return std::nullopt;
  Effect effect = Deps("composer self-update", "composer", {file});
  effect.compiles = false;
  // The backup: COMPOSER_HOME, else ~/.composer or, for composer 2 under XDG, ~/.config/composer and
  // ~/.local/share/composer. Only a rollback reads it.
  effect.caches = state.vars.contains("COMPOSER_HOME")
                      ? std::vector<std::string>{Var(state, "COMPOSER_HOME", "")}
                      : std::vector<std::string>{Join(state.home, ".composer"), Join(state.home, ".config/composer"),
                                                 Join(state.home, ".local/share/composer")};
  return effect;
}

std::optional<Effect> Composer(const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"-d", "--working-dir"});
  std::string home = Var(state, "COMPOSER_HOME", Join(state.home, ".composer"));
  std::string dir = Join(state.cwd, args.Value({"-d", "--working-dir"}).value_or("."));
  const std::vector<std::string>& ops = args.operands;
  std::string sub = ops.empty() ? "" : ops.front();
  if (sub.empty() || sub == "diagnose" || sub == "show" || sub == "validate" || sub == "check-platform-reqs")
    return MakeEffect(EffectKind::kNone, "composer " + sub);
  if (sub == "global" && ops.size() >= 2 && (ops[1] == "require" || ops[1] == "install" || ops[1] == "update")) {
    Effect effect = Deps("composer global " + ops[1], "composer", {home});
    effect.compiles = false;
    return effect;
  }
  if (sub == "config") {
    if (ops.size() == 2 && !args.Has("--unset")) return MakeEffect(EffectKind::kNone, "composer config");  // reads a key
    bool global = args.Has("-g") || args.Has("--global");
    Effect effect = MakeEffect(EffectKind::kFiles, "composer config");
    // The global file holds settings of the build's installs (mirrors, tokens): the build's alone.
    // An if, not `(global ? caches : writes) = {global ? A : B}`: built with GCC 12 (Debug, ASan), that
    // init list copied a string of garbage size.
    if (global) effect.caches.push_back(Join(home, "config.json"));
    else effect.writes.push_back(Join(dir, "composer.json"));
    return effect;
  }
  if (sub == "dump-autoload" || sub == "dumpautoload") return Deps("composer dump-autoload", "composer", {Join(dir, "vendor")});
  if (sub == "self-update" || sub == "selfupdate") return ComposerSelfUpdate(words[0], state);
  return std::nullopt;
}

// `n VERSION`: node into N_PREFIX (/usr/local), with npm; the downloads stay in N_PREFIX/n.
std::optional<Effect> NodeN(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() != 2 || words[1].starts_with("-")) return std::nullopt;
  const std::string& version = words[1];
  bool named = version == "stable" || version == "lts" || version == "latest" || version == "current";
  if (!named && version.find_first_not_of("0123456789.v") != std::string::npos) return std::nullopt;
  std::string prefix = Var(state, "N_PREFIX", "/usr/local");
  Effect effect = Deps("n " + version, "n", {Join(prefix, "bin"), Join(prefix, "lib/node_modules"), Join(prefix, "include/node")});
  effect.caches = {Join(prefix, "n")};
  return effect;
}

// The conda installation a bare `conda` belongs to: the tool's own folder, or a PATH entry. PATH is
// searched in order, so an entry that cannot be expanded (`$PATH` of an unknown base) ends the search:
// `ENV PATH $CONDA_DIR/bin:$PATH` finds $CONDA_DIR/bin before anything unknown.
}  // namespace

void NoteComposerWrites(const std::vector<std::string>& writes, ShellState& state) {
  for (const std::string& path : writes) {
    if (std::string_view(path).substr(path.rfind('/') + 1) != "composer") continue;
    std::string key(kComposerFileKey);
    auto known = state.vars.find(key);
    // A second composer elsewhere: which one PATH finds first is not followed.
    state.vars.insert_or_assign(key, known == state.vars.end() || known->second == path ? path : std::string("?"));
  }
}

std::string CondaRoot(std::string_view program, const ShellState& state) {
  if (program.find("/bin/") != std::string_view::npos) return std::string(program.substr(0, program.rfind("/bin/")));
  std::string path = Var(state, "PATH", "");
  for (size_t at = 0; at < path.size();) {
    size_t end = std::min(path.find(':', at), path.size());
    std::optional<std::string> entry = ExpandShell(std::string_view(path).substr(at, end - at), state);
    if (!entry || entry->find('$') != std::string::npos) return "";
    if (entry->find("conda") != std::string::npos && entry->ends_with("/bin") && entry->find("/envs/") == std::string::npos)
      return entry->substr(0, entry->size() - 4);
    at = end + 1;
  }
  return "";
}

namespace {

// Where `conda env create|update` without -n or -p installs: the environment the file's `name:` names
// (its `prefix:` key is ignored: github.com/conda/conda/issues/13061), which dockopt does not read. Create
// makes ROOT/envs/NAME, in the root's envs folder unless CONDA_ENVS_PATH/CONDA_ENVS_DIRS move it; update
// changes that environment, the root itself when the name is base, or the active one when the file has
// no name: `target` becomes the folder holding every one of them. False when it may lie elsewhere.
bool EnvFileEnvironment(std::string_view sub, const ShellState& state, std::string& target) {
  if (!Var(state, "CONDA_ENVS_PATH", "").empty() || !Var(state, "CONDA_ENVS_DIRS", "").empty()) return false;
  if (sub == "create") {
    target = Join(target, "envs");
    return true;
  }
  // update: the root's tree holds ROOT/envs/NAME and the root; an environment activated by its path
  // (CONDA_PREFIX outside the root) is not in it.
  std::string active = Var(state, "CONDA_PREFIX", target);
  return active.find('$') == std::string::npos && IsUnder(active, target);
}

std::optional<Effect> Conda(const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"-n", "--name", "-p", "--prefix", "-c", "--channel", "-f", "--file", "--add",
                                  "--set", "--remove", "--append", "--prepend"});
  std::string sub = args.operands.empty() ? "" : args.operands.front();
  if (sub == "info" || sub == "list" || sub == "search" || args.Has("--version") || args.Has("-V"))
    return MakeEffect(EffectKind::kNone, "conda " + sub);
  if (sub == "config") {
    Effect effect = MakeEffect(EffectKind::kFiles, "conda config");
    effect.caches = {Join(state.home, ".condarc")};  // channels and switches of the build's installs
    return args.Has("--system") ? std::nullopt : std::optional<Effect>(effect);
  }
  std::string prefix = CondaRoot(words[0], state);
  if (prefix.empty()) return std::nullopt;
  if (sub == "clean") {
    Effect effect = MakeEffect(EffectKind::kFiles, "conda clean");
    effect.removes = {Join(prefix, "pkgs")};
    return effect;
  }
  bool env = sub == "env" && args.operands.size() >= 2 && (args.operands[1] == "create" || args.operands[1] == "update");
  if (!env && sub != "install" && sub != "update" && sub != "upgrade" && sub != "remove" && sub != "uninstall" && sub != "create")
    return std::nullopt;
  std::string target = prefix;
  if (std::optional<std::string> p = args.Value({"-p", "--prefix"})) target = Join(state.cwd, *p);
  else if (std::optional<std::string> n = args.Value({"-n", "--name"})) target = n == "base" ? prefix : Join(prefix, "envs/" + *n);
  else if (sub == "create") return std::nullopt;  // `conda create` needs -n or -p: an error, or a form not read here
  else if (env && !EnvFileEnvironment(args.operands[1], state, target)) return std::nullopt;
  Effect effect = Deps("conda " + (env ? "env " + args.operands[1] : sub), "conda", {target});
  effect.compiles = false;
  effect.caches = {Join(prefix, "pkgs")};
  return effect;
}

// Miniconda/Anaconda installers in batch mode: the whole installation goes to -p PREFIX.
std::optional<Effect> CondaInstaller(const std::vector<std::string>& words, const ShellState& state) {
  size_t script = shell::CanonicalTool(words[0]) == "bash" || shell::CanonicalTool(words[0]) == "sh" ? 1 : 0;
  if (script >= words.size()) return std::nullopt;
  std::string_view name = shell::CanonicalTool(words[script]);
  if (!name.ends_with(".sh") || (name.find("conda") == std::string_view::npos && name.find("Miniforge") == std::string_view::npos &&
                                 name.find("Mambaforge") == std::string_view::npos))
    return std::nullopt;
  Args args = ReadArgs(words, script + 1, {"-p"});
  std::optional<std::string> prefix = args.Value({"-p"});
  // Without -p the installers put it in ~/NAME, their name lowercased (constructor's default_prefix):
  // only known while the file keeps its release name (Miniconda3-latest-Linux-x86_64.sh -> ~/miniconda3).
  std::string release = std::string(name.substr(0, name.find('-')));
  for (std::string_view known : {"Miniconda3", "Miniconda2", "Miniconda", "Anaconda3", "Anaconda2", "Miniforge3", "Mambaforge"})
    if (!prefix && release == known && name.find('-') != std::string_view::npos) {
      std::transform(release.begin(), release.end(), release.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      prefix = Join(state.home, release);
    }
  if (!args.Has("-b") || !prefix) return std::nullopt;  // interactive, or a renamed installer without -p
  Effect effect = Deps("conda installer", "conda", {Join(state.cwd, *prefix)});
  effect.reads = {Join(state.cwd, words[script])};
  return effect;
}

// gom (github.com/mattn/gom), the Gomfile bundler of early Go: `gom install` fetches and builds the
// Gomfile's packages into the project's _vendor; `gom build ARGS` is `go build ARGS` with _vendor on
// GOPATH, so its output lands where go build's would.
std::optional<Effect> Gom(const std::vector<std::string>& words, const ShellState& state) {
  if (words[1] == "install" && words.size() == 2) {
    Effect effect = Deps("gom install", "gom", {Join(state.cwd, "_vendor")});
    effect.compiles = true;  // go get builds what it fetches
    effect.reads = {Join(state.cwd, "Gomfile")};
    return effect;
  }
  if (words[1] != "build") return std::nullopt;
  std::vector<std::string> go = {"go"};
  go.insert(go.end(), words.begin() + 1, words.end());
  ShellState as_go = state;
  std::optional<Effect> effect = BuildEffect(go, as_go, {});
  if (effect) effect->tool = "gom build";
  return effect;
}

std::optional<Effect> Stack(const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"--local-bin-path", "--stack-yaml", "--resolver", "-j", "--jobs"});
  std::string sub = args.operands.empty() ? "" : args.operands.front();
  std::string stack_root = Var(state, "STACK_ROOT", Join(state.home, ".stack"));
  if (sub == "setup" || sub == "update" || (sub == "build" && args.Has("--only-dependencies"))) {
    // The compiler and the snapshot's packages, in STACK_ROOT: read again only by the build.
    Effect effect = Deps("stack " + sub, "stack", {});
    effect.caches = {stack_root};
    return effect;
  }
  if (sub != "build" && sub != "install") return std::nullopt;
  // .stack-work sits in the project folder stack finds by its stack.yaml (up from here, or the global
  // project in STACK_ROOT): here when the context shows stack.yaml, or, without --context, when this
  // is the folder the build context was copied to (a project stack builds has its stack.yaml).
  bool project_here = ReadProjectFile(state, state.cwd, "stack.yaml").has_value() ||
                      (!state.context && !state.context_root.empty() && state.cwd == state.context_root);
  Effect effect = Built("stack " + sub, {});
  if (project_here) effect.writes.push_back(Join(state.cwd, ".stack-work"));
  if (sub == "install" || args.Has("--copy-bins"))
    effect.writes.push_back(Join(state.cwd, args.Value({"--local-bin-path"}).value_or(Join(state.home, ".local/bin"))));
  if (effect.writes.empty()) return std::nullopt;  // `stack build` of a project dockopt cannot see
  effect.caches = {stack_root};
  return effect;
}

// The autotools regenerate a source tree's build files in place: `autoreconf -fi [DIR...]` writes
// configure, aclocal.m4, Makefile.in, config.h.in, autom4te.cache and the aux files (install-sh,
// ltmain.sh, m4/) of each DIR, else of the folder it runs in; aclocal, autoconf, autoheader, automake and
// libtoolize do their part of that in the folder. Only switches that change no output place: `--make`
// (which runs ./configure and make), an output file (-o), a macro folder outside the tree (-I /x, which
// --install copies into) or another option is unknown.
std::optional<Effect> Autotools(std::string_view tool, const std::vector<std::string>& words, const ShellState& state) {
  std::vector<std::string> dirs;
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& word = words[i];
    bool in_tree = i + 1 < words.size() && !words[i + 1].starts_with("/") && words[i + 1].find("..") == std::string::npos &&
                   words[i + 1].find('$') == std::string::npos;
    if ((word == "-I" || word == "-W" || word == "--warnings") && in_tree) {
      ++i;
    } else if (word.starts_with("--")) {
      constexpr std::string_view kSwitches[] = {"--install", "--force", "--verbose", "--symlink", "--copy",
                                                "--add-missing", "--foreign", "--quiet", "--no-recursive"};
      if (std::find(std::begin(kSwitches), std::end(kSwitches), word) == std::end(kSwitches)) return std::nullopt;
    } else if (word.starts_with("-")) {
      if (word.size() < 2 || word.find_first_not_of("ifvscaq", 1) != std::string::npos) return std::nullopt;
    } else if (tool == "autoreconf" && word.find('$') == std::string::npos) {
      dirs.push_back(Join(state.cwd, word));
    } else {
      return std::nullopt;
    }
  }
  if (dirs.empty()) dirs = {state.cwd};
  Effect effect = MakeEffect(EffectKind::kBuild, std::string(tool));
  effect.writes = std::move(dirs);
  return effect;
}

}  // namespace

std::optional<Effect> LanguageToolEffect(const std::vector<std::string>& words, const ShellState& state) {
  std::string_view tool = shell::CanonicalTool(words[0]);
  std::optional<Effect> effect;
  if (tool == "pypy" || tool == "pypy3") tool = "python";
  if (tool.starts_with("pyvenv")) {  // the venv script of Python 3.3 to 3.7
    effect = Deps("pyvenv", "venv", {});
    for (const std::string& dir : ReadArgs(words, 1, {"--prompt"}).operands) effect->writes.push_back(Join(state.cwd, dir));
  }
  if (tool == "python" && words.size() == 2 && (words[1].ends_with("ez_setup.py") || words[1].ends_with("pipstrap.py"))) {
    effect = DepsEffect({"pip", "install", "setuptools"}, state);  // they install setuptools (and pip) as pip would
    if (effect) effect->tool = words[1].substr(words[1].rfind('/') + 1);
  }
  if (tool == "phpize" && words.size() == 1) effect = Built("phpize", {state.cwd});  // writes ./configure
  if (tool == "phpize" && words.size() == 2 && words[1] == "--clean") {  // deletes what phpize wrote here
    effect = MakeEffect(EffectKind::kFiles, "phpize --clean");
    effect->removes = {state.cwd};
  }
  if (tool == "gom" && words.size() >= 2) effect = Gom(words, state);
  if (tool == "autoreconf" || tool == "aclocal" || tool == "autoconf" || tool == "autoheader" || tool == "automake" ||
      tool == "libtoolize")
    effect = Autotools(tool, words, state);
  if (tool == "python" && !effect) effect = PythonModule(words, state);
  if (tool == "bundle" && (words.size() == 1 || words[1].starts_with("-"))) {  // bare `bundle` is `bundle install`
    std::vector<std::string> install = words;
    install.insert(install.begin() + 1, "install");
    effect = DepsEffect(install, state);
  }
  if (tool == "composer") effect = Composer(words, state);
  if (tool == "n") effect = NodeN(words, state);
  if (tool == "conda" || tool == "mamba") effect = Conda(words, state);
  if (!effect) effect = CondaInstaller(words, state);
  if (tool == "stack") effect = Stack(words, state);
  if (tool == "swift" && words.size() >= 2 && words[1] == "build") effect = Built("swift build", {Join(state.cwd, ".build")});
  if (tool == "sbt" && words.size() >= 2) {
    effect = Built("sbt", {Join(state.cwd, "target")});
    effect->caches = {Join(state.home, ".ivy2"), Join(state.home, ".sbt"), Join(state.home, ".cache/coursier")};
  }
  if (tool == "shards" && words.size() >= 2 && (words[1] == "install" || words[1] == "update"))
    effect = Deps("shards " + words[1], "shards", {Join(state.cwd, "lib")});
  if (tool == "shards" && words.size() >= 2 && words[1] == "build") effect = Built("shards build", {Join(state.cwd, "bin")});
  if (tool == "crystal" && words.size() >= 2 && words[1] == "build") {
    Args args = ReadArgs(words, 2, {"-o", "--output", "-D", "--define", "--link-flags", "--target"});
    std::optional<std::string> out = args.Value({"-o", "--output"});
    std::string source = args.operands.empty() ? "" : args.operands.front();
    if (!out && source.ends_with(".cr")) out = source.substr(source.rfind('/') + 1, source.size() - source.rfind('/') - 4);
    if (out) effect = Built("crystal build", {Join(state.cwd, *out)});
  }
  if (tool == "cpanm" || (tool == "cpan" && words.size() >= 2 && (words[1] == "-i" || words[1] == "install"))) {
    Args args = ReadArgs(words, 1, {"-l", "--local-lib", "-L", "--local-lib-contained", "--mirror"});
    // Perl's site folders: /usr/local/share/perl and /usr/local/lib/.../perl (Debian), or
    // /usr/local/lib/perl5/site_perl (the official perl image); scripts in /usr/local/bin.
    effect = Deps(std::string(tool), "cpan", {Join(state.cwd, args.Value({"-l", "--local-lib", "-L", "--local-lib-contained"}).value_or("/usr/local"))});
    effect->compiles = true;
    effect->caches = {Join(state.home, ".cpanm")};
  }
  if (tool == "luarocks" && words.size() >= 2 && (words[1] == "install" || words[1] == "make")) {
    Args args = ReadArgs(words, 2, {"--tree"});
    std::string tree = args.Has("--local") ? Join(state.home, ".luarocks") : args.Value({"--tree"}).value_or("/usr/local");
    effect = Deps("luarocks " + words[1], "luarocks", {Join(state.cwd, tree)});
    effect->compiles = true;
  }
  if (tool == "node-gyp" && words.size() >= 2 && (words[1] == "rebuild" || words[1] == "build" || words[1] == "configure"))
    effect = Built("node-gyp " + words[1], {Join(state.cwd, "build")});
  if (tool == "qmake" || tool == "qmake-qt5") effect = Built("qmake", {state.cwd});  // writes the Makefile
  if (tool == "gem" && words.size() >= 2 && words[1] == "sources") {
    effect = MakeEffect(EffectKind::kFiles, "gem sources");
    effect->caches = {Join(state.home, ".gemrc")};
  }
  if (tool == "gem" && words.size() >= 3 && words[1] == "build") effect = Built("gem build", {state.cwd});
  if (tool == "npm" && words.size() >= 3 && words[1] == "set") {
    effect = MakeEffect(EffectKind::kFiles, "npm set");
    effect->caches = {Join(state.home, ".npmrc")};
  }
  if (tool == "npm" && words.size() == 2 && words[1] == "shrinkwrap")
    effect = Deps("npm shrinkwrap", "npm", {Join(state.cwd, "npm-shrinkwrap.json")});
  if (tool == "npm" && words.size() >= 3 && (words[1] == "uninstall" || words[1] == "remove" || words[1] == "rm")) {
    effect = Deps("npm " + words[1], "npm", {Join(state.cwd, "node_modules")});
    if (std::find(words.begin(), words.end(), "-g") != words.end()) return std::nullopt;
  }
  if (tool == "jupyter" && words.size() >= 3 && words[1] == "notebook" &&
      std::find(words.begin(), words.end(), "--generate-config") != words.end()) {
    effect = MakeEffect(EffectKind::kFiles, "jupyter notebook --generate-config");
    effect->writes = {Var(state, "JUPYTER_CONFIG_DIR", Join(state.home, ".jupyter"))};
  }
  if (tool == "ipython" && words.size() >= 3 && words[1] == "profile" && words[2] == "create") {
    effect = MakeEffect(EffectKind::kFiles, "ipython profile create");
    effect->writes = {Var(state, "IPYTHONDIR", Join(state.home, ".ipython"))};
  }
  if (effect && !Evaluated(*effect)) return std::nullopt;
  return effect;
}

}  // namespace dockopt::analysis
