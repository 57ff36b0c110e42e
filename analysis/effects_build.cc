// Build commands and the artifacts they write: go, cargo, mvn, gradle, make, cmake, configure, cc,
// javac/jar, `npm run build` (output directory from package.json), PHP extension installers.
#include <fmt/core.h>

#include <algorithm>

#include "analysis/dev_run.h"
#include "analysis/effect_args.h"
#include "analysis/effects.h"
#include "analysis/paths.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

// The install prefix ./configure, cmake or meson chose for a build directory, kept in the shell state
// under a name no shell variable can have: a `make install` in another source tree (ffmpeg's after
// nginx's --prefix=/opt/nginx) installs into its own configure's prefix, /usr/local by default.
std::string PrefixKey(std::string_view build_dir) { return fmt::format("dockopt.prefix:{}", build_dir); }
std::string PrefixOf(const ShellState& state, std::string_view build_dir) {
  auto found = state.vars.find(PrefixKey(build_dir));
  return found == state.vars.end() ? "/usr/local" : found->second;
}
void SetPrefix(ShellState& state, std::string_view build_dir, std::string prefix) {
  state.vars[PrefixKey(build_dir)] = std::move(prefix);
}
// Install destinations ./configure was given outside the prefix (nginx's --conf-path=/etc/nginx/nginx.conf,
// --error-log-path=/var/log/nginx/error.log): `make install` writes there too, and the program may
// need folders there that only it creates.
std::string OutsideKey(std::string_view build_dir) { return fmt::format("dockopt.outside:{}", build_dir); }

std::string Var(const ShellState& state, const std::map<std::string, std::string>& env, const std::string& name,
                std::string fallback) {
  if (auto found = env.find(name); found != env.end()) return found->second;
  return analysis::Var(state, name, std::move(fallback));
}

Effect Built(std::string tool) {
  Effect effect = MakeEffect(EffectKind::kBuild, std::move(tool));
  effect.compiles = true;
  return effect;
}

Effect Cargo(const Args& args, const ShellState& state, const std::map<std::string, std::string>& env) {
  Effect effect = Built("cargo build");
  std::string cargo_home = Var(state, env, "CARGO_HOME", Join(state.home, ".cargo"));
  effect.caches = {Join(cargo_home, "registry"), Join(cargo_home, "git")};
  std::string target = Join(state.cwd, args.Value({"--target-dir"}).value_or(Var(state, env, "CARGO_TARGET_DIR", "target")));
  std::string profile = args.Has("--release") || args.Has("-r") ? "release" : args.Value({"--profile"}).value_or("debug");
  if (std::optional<std::string> triple = args.Value({"--target"})) target = Join(target, *triple);
  std::string dir = Join(target, profile);
  std::optional<std::string> name = args.Value({"--bin"});
  if (!name) {
    if (std::optional<std::string> toml = ReadProjectFile(state, state.cwd, "Cargo.toml")) {
      name = CargoBinaryName(*toml);
    }
  }
  if (name) {
    effect.writes = {Join(dir, *name)};
    effect.note = "binary " + Join(dir, *name);
  } else {
    effect.writes = {dir};
    effect.note = "binary in " + dir + " (name from Cargo.toml unknown without --context)";
  }
  effect.caches.push_back(Join(target, "deps"));
  return effect;
}

// The split reads whether the binary links a C library from this note (split_plan.cc CgoOff).
void AddCgoNote(Effect& effect, const ShellState& state, const std::map<std::string, std::string>& env) {
  std::string cgo = Var(state, env, "CGO_ENABLED", "");
  effect.note += std::string(effect.note.empty() ? "" : "; ") +
                 (cgo == "0" ? "cgo off (CGO_ENABLED=0)" : cgo.empty() ? "cgo on (CGO_ENABLED unset)" : "cgo on");
}

Effect Go(const Args& args, const ShellState& state, const std::map<std::string, std::string>& env) {
  Effect effect = Built("go build");
  std::string gopath = Var(state, env, "GOPATH", Join(state.home, "go"));
  effect.caches = {Join(gopath, "pkg/mod"), Join(state.home, ".cache/go-build")};
  std::optional<std::vector<std::string>> names = GoInstalledNames(args);
  if (std::optional<std::string> out = args.Value({"-o"})) {
    effect.writes = {Join(state.cwd, *out)};
  } else if (names && names->size() == 1) {  // several packages: go build only checks that they compile
    effect.writes = {Join(state.cwd, names->front())};
    effect.note = fmt::format("binary {}", effect.writes.front());
  } else {
    effect.writes = {state.cwd};
    effect.note = "binary named after the package, in " + state.cwd;
  }
  AddCgoNote(effect, state, env);
  return effect;
}

// `go install` of the project's own packages (`.`, `./...`, `./cmd/x`): the binaries go to GOBIN or
// GOPATH/bin, named after their packages. A remote `go install x@v` is a download (effects_packages.cc).
Effect GoInstall(const Args& args, const ShellState& state, const std::map<std::string, std::string>& env) {
  Effect effect = Built("go install");
  std::string gopath = Var(state, env, "GOPATH", Join(state.home, "go"));
  std::string bin = Var(state, env, "GOBIN", Join(gopath, "bin"));
  effect.writes = {bin};
  // A cross build (GOOS/GOARCH set) puts them in bin/GOOS_GOARCH instead.
  std::optional<std::vector<std::string>> names = GoInstalledNames(args);
  if (names && Var(state, env, "GOOS", "").empty() && Var(state, env, "GOARCH", "").empty()) {
    effect.writes.clear();
    for (const std::string& name : *names) effect.writes.push_back(Join(bin, name));
  }
  effect.caches = {Join(gopath, "pkg/mod"), Join(state.home, ".cache/go-build")};
  effect.note = fmt::format("binaries named after the packages, in {}", bin);
  AddCgoNote(effect, state, env);
  return effect;
}

bool InstallsProjectPackages(const Args& args) {
  return std::all_of(args.operands.begin() + 1, args.operands.end(),
                     [](const std::string& p) { return p.starts_with(".") && p.find('@') == std::string::npos; });
}

// The output directory of `npm run build` from the build script's framework, or an explicit option.
std::optional<std::string> ScriptOutput(std::string_view script, const ShellState& state) {
  for (std::string_view option : {"--out-dir ", "--outDir ", "--output-path ", "--dist-dir ", "-d ", "--outdir "}) {
    size_t at = script.find(option);
    if (at == std::string_view::npos) continue;
    std::string_view rest = script.substr(at + option.size());
    return std::string(rest.substr(0, rest.find_first_of(" &;|")));
  }
  struct Framework { std::string_view command, output; };
  constexpr Framework kFrameworks[] = {
      {"react-scripts build", "build"}, {"next build", ".next"}, {"vite build", "dist"}, {"ng build", "dist"},
      {"vue-cli-service build", "dist"}, {"parcel build", "dist"}, {"gatsby build", "public"},
      {"nuxt build", ".output"}, {"nuxt generate", ".output"}, {"webpack", "dist"}, {"nest build", "dist"},
      {"svelte-kit build", "build"}, {"astro build", "dist"}, {"ember build", "dist"}, {"remix build", "build"},
  };
  for (const Framework& framework : kFrameworks)
    if (script.find(framework.command) != std::string_view::npos) return std::string(framework.output);
  if (script.starts_with("tsc") || script.find(" tsc") != std::string_view::npos) {
    std::optional<std::string> tsconfig = ReadProjectFile(state, state.cwd, "tsconfig.json");
    size_t at = tsconfig ? tsconfig->find("\"outDir\"") : std::string::npos;
    if (at != std::string::npos) {
      size_t open = tsconfig->find('"', tsconfig->find(':', at));
      size_t close = tsconfig->find('"', open + 1);
      if (open != std::string::npos && close != std::string::npos) return tsconfig->substr(open + 1, close - open - 1);
    }
  }
  return std::nullopt;
}

// "scripts": { "build": "..." } of a package.json, read without a JSON library.
std::optional<std::string> PackageScript(std::string_view json, std::string_view name) {
  size_t scripts = json.find("\"scripts\"");
  if (scripts == std::string_view::npos) return std::nullopt;
  size_t key = json.find(fmt::format("\"{}\"", name), scripts);
  size_t close_block = json.find('}', scripts);
  if (key == std::string_view::npos || key > close_block) return std::nullopt;
  size_t open = json.find('"', json.find(':', key) + 1);
  size_t close = open;
  do close = json.find('"', close + 1); while (close != std::string_view::npos && json[close - 1] == '\\');
  if (open == std::string_view::npos || close == std::string_view::npos) return std::nullopt;
  return std::string(json.substr(open + 1, close - open - 1));
}

std::optional<Effect> JsBuild(std::string_view tool, const Args& args, const ShellState& state) {
  const std::vector<std::string>& ops = args.operands;
  std::string script;
  if (ops.size() >= 2 && (ops[0] == "run" || ops[0] == "run-script")) script = ops[1];
  else if (tool != "npm" && !ops.empty() && (ops[0] == "build" || ops[0].starts_with("build:"))) script = ops[0];
  if (script.empty() || (script != "build" && !script.starts_with("build") && script != "compile" && script != "dist"))
    return std::nullopt;
  Effect effect = Built(std::string(tool) + " run " + script);
  effect.compiles = false;
  effect.reads = {Join(state.cwd, "package.json")};
  std::optional<std::string> json = ReadProjectFile(state, state.cwd, "package.json");
  std::optional<std::string> text = json ? PackageScript(*json, script) : std::nullopt;
  std::optional<std::string> output = text ? ScriptOutput(*text, state) : std::nullopt;
  if (output) {
    effect.writes = {Join(state.cwd, *output)};
  } else {
    effect.writes = {state.cwd};
    effect.note = json ? "output directory not evident from package.json" : "output directory unknown without --context";
  }
  return effect;
}

Effect MakeBuild(const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(WithoutBareCounts(words, {"-j", "-l"}), 1, {"-C", "-f", "-j", "-l", "--directory", "--file"});
  std::string dir = Join(state.cwd, args.Value({"-C", "--directory"}).value_or("."));
  Effect effect = Built("make");
  effect.writes = {dir};
  bool install = false;
  std::string prefix = PrefixOf(state, dir);
  std::string destdir;
  for (const std::string& op : args.operands) {
    if (op.starts_with("PREFIX=") || op.starts_with("prefix=")) prefix = op.substr(7);
    else if (op.starts_with("DESTDIR=")) destdir = op.substr(8);
    else install |= op == "install" || op.starts_with("install-");
  }
  if (install) {
    effect.tool = "make install";
    effect.writes.push_back(destdir.empty() ? Join("/", prefix) : Join(Join(state.cwd, destdir), prefix));
    if (auto outside = state.vars.find(OutsideKey(dir)); outside != state.vars.end() && destdir.empty())
      effect.note = "installs outside its prefix: " + outside->second;
  }
  return effect;
}

Effect CMake(const std::vector<std::string>& words, ShellState& state) {
  Args args = ReadArgs(WithoutBareCounts(words, {"-j", "--parallel"}), 1, {"-D", "-S", "-B", "-G", "--build", "--install", "--prefix", "--config", "-j",
                                  "--parallel", "--target", "-t"});
  if (words.size() == 2 && (words[1] == "--version" || words[1] == "--help"))
    return MakeEffect(EffectKind::kNone, "cmake", "prints its version");
  Effect effect = Built("cmake");
  for (const auto& [name, value] : args.options)
    if (name == "-D" && value.starts_with("CMAKE_INSTALL_PREFIX"))
      SetPrefix(state, Join(state.cwd, args.Value({"-B"}).value_or(".")), value.substr(value.find('=') + 1));
  if (std::optional<std::string> build = args.Value({"--build"})) {
    effect.tool = "cmake --build";
    effect.writes = {Join(state.cwd, *build)};
    if (args.Value({"--target", "-t"}).value_or("") == "install") effect.writes.push_back(PrefixOf(state, Join(state.cwd, *build)));
  } else if (std::optional<std::string> install = args.Value({"--install"})) {
    effect.tool = "cmake --install";
    effect.writes = {args.Value({"--prefix"}).value_or(PrefixOf(state, Join(state.cwd, *install)))};
  } else {
    effect.writes = {Join(state.cwd, args.Value({"-B"}).value_or("."))};
  }
  return effect;
}

Effect Configure(const std::vector<std::string>& words, ShellState& state) {
  Effect effect = Built("configure");
  effect.writes = {state.cwd};
  std::vector<std::string> destinations;
  for (const std::string& word : words) {
    if (word.starts_with("--prefix=")) SetPrefix(state, state.cwd, word.substr(9));
    size_t eq = word.find('=');
    if (!word.starts_with("--") || eq == std::string::npos || word.starts_with("--with") || word.starts_with("--enable") ||
        word.starts_with("--prefix=") || word.starts_with("--exec-prefix="))
      continue;
    std::string_view name = std::string_view(word).substr(2, eq - 2);
    if ((name.ends_with("-path") || name.ends_with("dir")) && word.size() > eq + 1 && word[eq + 1] == '/')
      destinations.push_back(word.substr(eq + 1));
  }
  std::string prefix = PrefixOf(state, state.cwd);
  for (const std::string& destination : destinations)
    if (!IsUnder(destination, prefix)) {
      std::string& outside = state.vars[OutsideKey(state.cwd)];
      outside += (outside.empty() ? "" : " ") + destination;
    }
  return effect;
}

// meson [setup] [SOURCE] BUILDDIR configures (and records --prefix for `ninja install`); `meson
// compile|install -C DIR` builds or installs.
std::optional<Effect> Meson(const std::vector<std::string>& words, ShellState& state) {
  Args args = ReadArgs(words, 1, {"--prefix", "-C", "--buildtype", "-D", "--libdir", "--backend"});
  std::vector<std::string> ops = args.operands;
  std::string sub = ops.empty() ? "" : ops.front();
  if (sub == "compile" || sub == "install" || sub == "test") {
    Effect effect = Built("meson " + sub);
    effect.writes = {Join(state.cwd, args.Value({"-C"}).value_or("."))};
    if (sub == "install") effect.writes.push_back(PrefixOf(state, effect.writes.front()));
    return effect;
  }
  if (sub == "setup") ops.erase(ops.begin());
  if (ops.empty() || ops.size() > 2) return std::nullopt;
  Effect effect = Built("meson setup");
  effect.writes = {Join(state.cwd, ops.back())};
  if (std::optional<std::string> chosen = args.Value({"--prefix"})) SetPrefix(state, effect.writes.front(), *chosen);
  return effect;
}

Effect Compiler(const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"-o", "-I", "-L", "-l", "-D", "-x", "-MF", "-include"});
  Effect effect = Built(std::string(shell::CanonicalTool(words[0])));
  effect.writes = {Join(state.cwd, args.Value({"-o"}).value_or(args.Has("-c") ? "." : "a.out"))};
  return effect;
}

Effect Javac(const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"-d", "-cp", "-classpath", "--class-path", "-sourcepath", "-encoding", "--release", "-source", "-target"});
  Effect effect = Built("javac");
  effect.writes = {Join(state.cwd, args.Value({"-d"}).value_or("."))};
  return effect;
}

std::optional<Effect> Jar(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() < 3) return std::nullopt;
  std::string mode = words[1];
  if (mode.starts_with("--")) {
    Args args = ReadArgs(words, 1, {"--file", "-f", "--main-class", "-e", "--manifest", "-m", "-C"});
    if (!args.Has("--create") && !args.Has("-c")) return std::nullopt;
    Effect effect = Built("jar");
    effect.compiles = false;
    if (std::optional<std::string> file = args.Value({"--file", "-f"})) effect.writes = {Join(state.cwd, *file)};
    return effect;
  }
  if (mode.starts_with("-")) mode.erase(0, 1);
  if (mode.find('c') == std::string::npos || mode.find('f') == std::string::npos) return std::nullopt;
  Effect effect = Built("jar");
  effect.compiles = false;
  effect.writes = {Join(state.cwd, words[2])};
  return effect;
}

}  // namespace

// `state` is not const: configure and cmake record the install prefix a later `make install` uses.
std::optional<Effect> BuildEffect(const std::vector<std::string>& words, ShellState& state,
                                  const std::map<std::string, std::string>& env) {
  std::string_view tool = shell::CanonicalTool(words[0]);
  // The tools read below: any other command leaves here, before its arguments are read (most commands
  // of a RUN come this way and build nothing).
  static constexpr std::string_view kBuildTools[] = {
      "go", "cargo", "mvn", "gradle", "npm", "yarn", "pnpm", "make", "gmake", "cmake", "ninja", "meson",
      "configure", "autogen.sh", "bootstrap", "gcc", "g++", "cc", "c++", "clang", "clang++", "javac", "jar",
      "docker-php-ext-install", "pecl", "docker-php-ext-enable", "docker-php-ext-configure"};
  if (std::find(std::begin(kBuildTools), std::end(kBuildTools), tool) == std::end(kBuildTools) &&
      !words[0].ends_with("/configure"))
    return std::nullopt;
  Args args = ReadArgs(words, 1, {"-o", "-C", "--target-dir", "--target", "--bin", "--profile", "-p", "-f",
                                  "--file", "-ldflags", "-tags", "-gcflags", "-mod", "-trimpath"});
  std::string sub = args.operands.empty() ? "" : args.operands.front();
  if (tool == "go" && sub == "build") return Go(args, state, env);
  if (tool == "go" && sub == "install" && InstallsProjectPackages(args)) return GoInstall(args, state, env);
  if (tool == "cargo" && sub == "build") return Cargo(args, state, env);
  if (tool == "mvn" || tool == "gradle") {
    bool builds = std::any_of(args.operands.begin(), args.operands.end(), [](const std::string& w) {
      return w == "package" || w == "install" || w == "verify" || w == "build" || w == "assemble" ||
             w.find("Jar") != std::string::npos || w == "installDist" || w == "spring-boot:repackage";
    });
    if (!builds) return std::nullopt;
    Effect effect = Built(tool == "mvn" ? "mvn package" : "gradle build");
    std::string dir = state.cwd;
    if (std::optional<std::string> pom = args.Value({"-f", "--file"})) {
      std::string path = Join(state.cwd, *pom);
      dir = path.ends_with(".xml") ? path.substr(0, path.rfind('/')) : path;
    }
    effect.writes = {Join(dir, tool == "mvn" ? "target" : "build")};
    effect.caches = {Join(state.home, tool == "mvn" ? ".m2" : ".gradle")};
    // `mvn install` and gradle's publishToMavenLocal put the project into the local repository, where
    // other builds and tools (spark-shell --packages, a later mvn) resolve it: an output, not a cache.
    bool local_repository = std::any_of(args.operands.begin(), args.operands.end(), [&](const std::string& w) {
      return (tool == "mvn" && w == "install") || (tool == "gradle" && w == "publishToMavenLocal");
    });
    if (local_repository) effect.writes.push_back(Join(state.home, ".m2/repository"));
    effect.note = tool == "mvn" ? "jar in " + Join(dir, "target") : "jar in " + Join(dir, "build/libs");
    return effect;
  }
  if (tool == "npm" || tool == "yarn" || tool == "pnpm") return JsBuild(tool, args, state);
  if (tool == "make" || tool == "gmake") return MakeBuild(words, state);
  if (tool == "cmake") return CMake(words, state);
  if (tool == "ninja") {
    Effect effect = Built("ninja");
    effect.writes = {Join(state.cwd, args.Value({"-C"}).value_or("."))};
    if (std::find(args.operands.begin(), args.operands.end(), "install") != args.operands.end())
      effect.writes.push_back(PrefixOf(state, effect.writes.front()));
    return effect;
  }
  if (tool == "meson") return Meson(words, state);
  if (tool == "configure" || words[0].ends_with("/configure") || tool == "autogen.sh" || tool == "bootstrap")
    return Configure(words, state);
  if (tool == "gcc" || tool == "g++" || tool == "cc" || tool == "c++" || tool == "clang" || tool == "clang++")
    return Compiler(words, state);
  if (tool == "javac") return Javac(words, state);
  if (tool == "jar") return Jar(words, state);
  if (tool == "docker-php-ext-install" || tool == "pecl" || tool == "docker-php-ext-enable") {
    Effect effect = Built(std::string(tool));
    effect.compiles = tool != "docker-php-ext-enable";
    effect.writes = {"/usr/local/lib/php/extensions", "/usr/local/etc/php/conf.d"};
    return effect;
  }
  if (tool == "docker-php-ext-configure") return MakeEffect(EffectKind::kNone, std::string(tool));
  return std::nullopt;
}

}  // namespace dockopt::analysis
