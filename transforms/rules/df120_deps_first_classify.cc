// ClassifyDepsCommand (see df120_deps_first_classify.h).
#include "transforms/rules/df120_deps_first_classify.h"

#include <fmt/core.h>

#include <algorithm>

#include "shell/parse_script.h"
#include "shell/recognize.h"
#include "transforms/rules/layer_facts.h"
#include "transforms/rules/make_recipes.h"

namespace dockopt {
namespace {

using analysis::Ecosystem;

bool HasWord(const shell::Command& command, std::string_view word) {
  return std::any_of(command.words.begin(), command.words.end(), [&](const shell::Word& w) { return w.value == word; });
}

bool HasAnyWord(const shell::Command& command, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return HasWord(command, w); });
}

// `[ "$NODE_ENV" = "production" ]`: a test that reads no file (no -f, -d, -e, ... operator).
bool ComparesStringsOnly(const shell::Command& command) {
  for (size_t i = 1; i < command.words.size(); ++i) {
    const std::string& w = command.words[i].value;
    if (w.size() == 2 && w[0] == '-' && std::string_view("bcdefghkprsSuwxLOGN").find(w[1]) != std::string_view::npos)
      return false;
  }
  return true;
}

DepsCommand Of(DepsRole role, std::optional<Ecosystem> ecosystem = std::nullopt) {
  DepsCommand out;
  out.role = role;
  out.ecosystem = ecosystem;
  return out;
}

DepsCommand Install(Ecosystem ecosystem) { return Of(DepsRole::kInstall, ecosystem); }

DepsCommand Build(Ecosystem ecosystem, std::string prefetch) {
  DepsCommand out = Of(DepsRole::kBuild, ecosystem);
  out.prefetch = std::move(prefetch);
  return out;
}

// An install that also installs the project: under --unsafe the same command with `flags` goes first.
DepsCommand InstallNeedingSources(Ecosystem ecosystem, std::string why, std::string flags) {
  DepsCommand out = Of(DepsRole::kInstall, ecosystem);
  out.needs_sources = true;
  out.why = std::move(why);
  out.prefetch_flags = std::move(flags);
  return out;
}

DepsCommand Pip(const std::optional<shell::ToolCall>& call, std::string_view sub) {
  if (sub != "install" && sub != "wheel" && sub != "download") return Of(DepsRole::kHelper);  // pip config, check...
  DepsCommand out = Of(DepsRole::kInstall, Ecosystem::kPip);
  if (!call) return Of(DepsRole::kOther);
  for (const shell::Option& o : call->options) {
    if (o.name == "requirement" || o.name == "constraint") out.named.push_back(o.value);
    if (o.name == "editable") out.local_operands.push_back("-e " + o.value);
    if ((o.name == "find-links" || o.name == "f") && o.value.find("://") == std::string::npos)
      out.needs_sources = true, out.why = "'--find-links' reads a local directory";
  }
  for (const shell::Operand& o : call->operands) {
    std::string path;
    // A local wheel (`uv build && pip install dist/*.whl`): only the wheel names its dependencies.
    if (o.value.ends_with(".whl") && o.value.find("://") == std::string::npos)
      return InstallNeedingSources(Ecosystem::kSetuptools,
                                   fmt::format("'{}' is a local wheel (built from the sources or kept in them), and "
                                               "only the wheel names its dependencies: install them first from the "
                                               "project's manifest if its pinned versions will do",
                                               o.value),
                                   "");
    if (analysis::ClassifyRequirement(o.value, path) != analysis::LocalRequirement::kNone)
      out.local_operands.push_back(o.value);
  }
  for (const std::string& operand : out.local_operands) {
    std::string path;
    if (analysis::ClassifyRequirement(operand, path) == analysis::LocalRequirement::kProject)
      out.needs_sources = true, out.why = fmt::format("'{}' installs the project itself", operand);
  }
  if (out.named.empty() && out.needs_sources && out.why.find("project itself") != std::string::npos) {
    out.ecosystem = Ecosystem::kSetuptools;  // `pip install .`: setup.py/setup.cfg/pyproject.toml build the package
    out.why = "'pip install .' builds the package itself, so it needs the package sources, not just setup.py/setup.cfg";
    return out;
  }
  // A local project other than "." (`uv pip install ./mvt`, `pip install /srv/radicale` after the COPY
  // into it): it builds from its sources too, so only a suggestion can name the deps-first order.
  // (A written-out folder only: `${DEPS_DIR}/*.tar.gz` or `cat list` names archives or anything.)
  // Extras name optional dependencies, not files: `-e /src[database]` is the folder /src.
  const auto folder = [](const std::string& written) {
    const std::string_view o = std::string_view(written).substr(0, written.ends_with(']') ? written.rfind('[')
                                                                                           : std::string::npos);
    return o.find_first_of("$`*?[") == std::string::npos && !o.ends_with(".tar.gz") && !o.ends_with(".zip") &&
           !o.ends_with(".tgz");
  };
  if (out.named.empty() && !out.needs_sources && out.local_operands.size() == 1 && folder(out.local_operands[0])) {
    const std::string& operand = out.local_operands.front();
    return InstallNeedingSources(Ecosystem::kSetuptools,
                                 fmt::format("'{}' installs a local project, which builds from its sources: install "
                                             "its dependencies first from its manifest if their versions can be pinned",
                                             operand),
                                 "");
  }
  if (out.named.empty()) return out.local_operands.empty() && !out.needs_sources ? Of(DepsRole::kHelper)
                                                                                  : Of(DepsRole::kOther);
  return out;
}

// Deno, which has no ecosystem here (its manifests are not modelled, so nothing moves): `deno cache main.ts`
// fetches what the entry point imports, through the sources; `deno install` alone (Deno 2) installs what
// deno.json and package.json name. Either is named as needing the sources, for a suggestion.
DepsCommand Deno(const shell::Command& command, size_t tool_word, std::string_view sub) {
  std::vector<std::string_view> operands;
  for (size_t i = tool_word + 2; i < command.words.size(); ++i)
    if (!command.words[i].value.starts_with("-")) operands.push_back(command.words[i].value);
  DepsCommand out = Of(DepsRole::kInstall);
  out.needs_sources = true;
  if (sub == "cache" && !operands.empty())
    out.why = fmt::format("'deno cache' fetches the modules '{}' imports, through the sources: cache the import "
                          "map's or deno.json's remote modules first, from a file that imports only them",
                          operands.front());
  else if (sub == "install" && operands.empty())
    out.why = "'deno install' installs what deno.json and package.json name: copy them and deno.lock first";
  else
    return Of(DepsRole::kOther);
  return out;
}

// Package managers dockopt reads no manifest list for: an install from the manifests after the sources
// is named, with the files to copy first, and not rewritten (held18: openstatus's `bun install`, nitter's
// `nimble build`, ocaml.org's `dune pkg lock`). Bun reads package.json, its lock (bun.lock, or bun.lockb
// before 1.2) and bunfig.toml, and a workspace's members' package.json; Nim's nimble reads the project's
// .nimble file, and `nimble build` installs what it requires first; OCaml's `opam install --deps-only .` and `dune pkg lock` read the .opam files (and
// dune-project). Sources (2026-12-07): https://bun.sh/docs/cli/install,
// https://github.com/nim-lang/nimble#nimble-build,
// https://opam.ocaml.org/doc/man/opam-install.html, https://dune.readthedocs.io/en/stable/tutorials/dune-package-management/.
DepsCommand ManifestsOnlyNamed(const shell::Command& command, size_t tool_word, std::string_view tool,
                               std::string_view sub) {
  bool operands = false;
  for (size_t i = tool_word + 2; i < command.words.size(); ++i)
    operands |= !command.words[i].value.starts_with("-");
  DepsCommand out = Of(DepsRole::kInstall);
  out.needs_sources = true;
  if (tool == "bun" && (sub == "install" || sub == "i") && !operands)
    out.why = "'bun install' installs what package.json names: copy it, bun.lock or bun.lockb (and bunfig.toml, "
              "and each workspace member's package.json) first";
  else if (tool == "nimble" && (sub == "install" || sub == "build") && !operands)
    out.why = fmt::format("'nimble {}' installs what the project's .nimble file requires: copy it first and run "
                          "'nimble install -y --depsOnly'",
                          sub);
  else if (tool == "opam" && sub == "install" && HasWord(command, "--deps-only"))
    out.why = "'opam install --deps-only' installs what the project's .opam files require: copy them first";
  else if (tool == "dune" && sub == "pkg" && HasWord(command, "lock"))
    out.why = "'dune pkg lock' solves the dependencies dune-project and the .opam files name: copy them first";
  else
    return Of(DepsRole::kOther);
  return out;
}

DepsCommand Node(const std::optional<shell::ToolCall>& call, std::string_view tool, std::string_view sub) {
  const bool installs = sub == "ci" || ((sub == "install" || sub == "i" || (tool == "yarn" && sub.empty())) &&
                                        (!call || call->operands.empty()));
  // A global install of registry packages (`npm install -g pm2`) reads no project file.
  const bool global = call && (sub == "install" || sub == "i" || sub == "add") &&
                      std::any_of(call->options.begin(), call->options.end(),
                                  [](const shell::Option& o) { return o.name == "global" || o.name == "g"; }) &&
                      std::none_of(call->operands.begin(), call->operands.end(), [](const shell::Operand& o) {
                        return o.value.starts_with(".") || o.value.starts_with("/") || o.value.starts_with("file:");
                      });
  if (!installs || (global && !call->operands.empty()))
    return Of(sub == "cache" || sub == "config" || global ? DepsRole::kHelper : DepsRole::kOther);
  DepsCommand out = Install(tool == "npm" ? Ecosystem::kNpm : tool == "yarn" ? Ecosystem::kYarn : Ecosystem::kPnpm);
  out.ignore_scripts = call && std::any_of(call->options.begin(), call->options.end(),
                                           [](const shell::Option& o) { return o.name == "ignore-scripts"; });
  return out;
}

// Build tools that download dependencies on the way; the JVM tools keep the wrapper as written.
DepsCommand BuildTool(const shell::Command& command, std::string_view tool, std::string_view sub,
                      const std::string& written) {
  if (tool == "go") {
    if (sub == "mod") return HasWord(command, "download") ? Install(Ecosystem::kGo) : Of(DepsRole::kOther);
    // `go install github.com/magefile/mage@latest` builds a tool at that version outside the project's
    // module (https://go.dev/ref/mod#go-install): it reads no go.mod of the project and fetches none of its
    // dependencies, as `cargo install ripgrep` does not.
    if (sub == "install" && std::any_of(command.words.begin() + 2, command.words.end(), [](const shell::Word& w) {
          return !w.value.starts_with("-") && w.value.find('@') != std::string::npos;
        }))
      return Of(DepsRole::kOther);
    if (sub == "build" || sub == "install" || sub == "get" || sub == "test" || sub == "vet" || sub == "generate" ||
        sub == "run")
      return Build(Ecosystem::kGo, DefaultPrefetch(Ecosystem::kGo));
    return Of(DepsRole::kOther);
  }
  if (tool == "cargo") {
    // Cargo loads no manifest without a target, so even `cargo fetch` needs the sources (or stubs):
    // a prefetch with stubs goes first, and the fetch stays (then finds everything fetched).
    if (sub == "fetch") return Build(Ecosystem::kCargo, DefaultPrefetch(Ecosystem::kCargo));
    // `cargo install diesel_cli` (or `--git URL`) installs a tool from elsewhere: it reads no manifest of
    // the project, whose own install is `cargo install --path DIR`.
    const bool from_path = std::any_of(command.words.begin(), command.words.end(), [](const shell::Word& w) {
      return w.value == "--path" || w.value.starts_with("--path=");
    });
    if (sub == "install" && !from_path) return Of(DepsRole::kOther);
    if (sub == "build" || sub == "install" || sub == "test" || sub == "run")
      return Build(Ecosystem::kCargo, DefaultPrefetch(Ecosystem::kCargo));
    return Of(DepsRole::kOther);
  }
  if (tool == "mvn") {
    if (HasWord(command, "dependency:go-offline") || HasWord(command, "dependency:resolve")) return Install(Ecosystem::kMaven);
    if (HasAnyWord(command, {"package", "install", "verify", "compile", "deploy"}))
      return Build(Ecosystem::kMaven, written + " -B dependency:go-offline");
    return Of(DepsRole::kOther);
  }
  if (tool == "gradle") {
    if (HasAnyWord(command, {"dependencies", "downloadDependencies"})) return Install(Ecosystem::kGradle);
    if (HasAnyWord(command, {"build", "assemble", "bootJar", "jar", "shadowJar", "installDist", "bootWar", "war",
                             "clean"}))
      return Build(Ecosystem::kGradle, written + " dependencies --no-daemon");
    return Of(DepsRole::kOther);
  }
  if (tool == "dotnet") {
    if (sub == "restore") {
      // `dotnet restore App.sln`, `dotnet restore src/Web/Web.csproj`: the solution or project it restores.
      DepsCommand out = Install(Ecosystem::kDotnet);
      for (const shell::Word& w : command.words)
        if (w.literal && !w.value.starts_with("-") &&
            (w.value.ends_with(".sln") || w.value.ends_with(".csproj") || w.value.ends_with(".fsproj") ||
             w.value.ends_with(".vbproj"))) {
          out.named.push_back(w.value.starts_with("./") ? w.value.substr(2) : w.value);
          break;
        }
      return out;
    }
    if (sub == "publish" || sub == "build" || sub == "test") return Build(Ecosystem::kDotnet, DefaultPrefetch(Ecosystem::kDotnet));
    // `dotnet paket restore` (the Paket tool's `install`) fetches what paket.dependencies and paket.lock name
    // into the NuGet cache the later build restores from.
    if (sub == "paket" && HasAnyWord(command, {"restore", "install"})) return Install(Ecosystem::kDotnet);
    return Of(DepsRole::kOther);
  }
  if (tool == "make") return Of(DepsRole::kBuild);  // the ecosystem comes from the context
  // Mage (magefile.org) compiles the magefiles with the project's Go module and runs their targets, which
  // build with go: the module cache fills on the way, as with `go build`. `-d`/`-w` move it elsewhere.
  if (tool == "mage")
    return HasAnyWord(command, {"-d", "-w"}) ? Of(DepsRole::kOther) : Build(Ecosystem::kGo, DefaultPrefetch(Ecosystem::kGo));
  return Of(DepsRole::kOther);
}

DepsCommand PythonProject(const shell::Command& command, std::string_view tool, std::string_view sub) {
  // `poetry lock` (pipenv's, pdm's, uv's) reads only the manifests and refreshes the lock the install
  // reads: it goes along with the install (letta re-locks first; a lock behind pyproject.toml fails
  // the install).
  if ((tool == "poetry" || tool == "pipenv" || tool == "pdm" || tool == "uv") && sub == "lock") return Of(DepsRole::kHelper);
  if (tool == "poetry") {
    if (sub == "config") return Of(DepsRole::kHelper);
    if (sub != "install" && sub != "sync") return Of(DepsRole::kOther);
    if (HasWord(command, "--no-root")) return Install(Ecosystem::kPoetry);
    return InstallNeedingSources(Ecosystem::kPoetry, "poetry installs the project itself (add '--no-root')", " --no-root");
  }
  if (tool == "pipenv") return sub == "install" || sub == "sync" ? Install(Ecosystem::kPipenv) : Of(DepsRole::kOther);
  if (tool == "pdm") {
    if (sub != "install" && sub != "sync") return Of(DepsRole::kOther);
    if (HasWord(command, "--no-self")) return Install(Ecosystem::kPdm);
    return InstallNeedingSources(Ecosystem::kPdm, "pdm installs the project itself (add '--no-self')", " --no-self");
  }
  if (tool == "uv" && sub == "sync") {
    if (HasWord(command, "--no-install-project")) return Install(Ecosystem::kUv);
    return InstallNeedingSources(Ecosystem::kUv, "uv sync installs the project itself (add '--no-install-project')",
                                 " --no-install-project");
  }
  return Of(DepsRole::kOther);
}

}  // namespace

std::optional<Ecosystem> ExecFormFetch(const ir::Instruction& run) {
  if (!run.is_exec() || run.exec_args.empty()) return std::nullopt;
  shell::Command command;
  for (const std::string& arg : run.exec_args) {
    shell::Word word;
    word.value = arg;
    command.words.push_back(std::move(word));
  }
  const DepsCommand deps = ClassifyDepsCommand(command);
  if (deps.role != DepsRole::kInstall && deps.role != DepsRole::kBuild) return std::nullopt;
  return deps.ecosystem;
}

std::string DefaultPrefetch(Ecosystem ecosystem) {
  switch (ecosystem) {
    case Ecosystem::kGo: return "go mod download";
    case Ecosystem::kCargo: return "mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch && rm -rf src";
    case Ecosystem::kMaven: return "mvn -B dependency:go-offline";
    case Ecosystem::kGradle: return "gradle dependencies --no-daemon";
    case Ecosystem::kDotnet: return "dotnet restore";
    default: return "";
  }
}

DepsCommand ClassifyDepsCommand(const shell::Command& command) {
  if (command.opaque() || command.words.empty()) return Of(DepsRole::kOther);
  const std::optional<shell::ToolCall> call = shell::Recognize(command);
  std::string_view tool = call ? std::string_view(call->tool) : shell::CanonicalTool(command.words[0].value);
  const size_t tool_word = call ? call->tool_word : 0;
  auto word = [&](size_t i) { return i < command.words.size() ? std::string_view(command.words[i].value) : ""; };
  std::string_view sub = call && !call->subcommand.empty() ? std::string_view(call->subcommand) : word(tool_word + 1);
  if (tool == "uv" && sub == "pip") {
    // `uv pip install` takes pip's operands and most of its options: read it as pip.
    shell::Command as_pip = command;
    as_pip.words.erase(as_pip.words.begin(), as_pip.words.begin() + static_cast<std::ptrdiff_t>(tool_word + 1));
    std::optional<shell::ToolCall> pip = shell::Recognize(as_pip);
    return Pip(pip && pip->tool == "pip" ? pip : call, word(tool_word + 2));
  }
  if (tool == "pip") return Pip(call, sub);
  if (tool == "yarnpkg") tool = "yarn";  // Debian's and Alpine's name for yarn, which the node images also ship
  if (tool == "npm" || tool == "yarn" || tool == "pnpm") return Node(call, tool, sub);
  if (tool == "deno") return Deno(command, tool_word, sub);
  // Crystal's `shards install` reads shard.yml and shard.lock (held18's mint).
  if (tool == "shards") return sub == "install" ? Install(Ecosystem::kShards) : Of(DepsRole::kOther);
  if (tool == "bun" || tool == "nimble" || tool == "opam" || tool == "dune")
    return ManifestsOnlyNamed(command, tool_word, tool, sub);
  if (tool == "bundle") {
    if (sub == "config") return Of(DepsRole::kHelper);
    return sub == "install" ? Install(Ecosystem::kBundler) : Of(DepsRole::kOther);
  }
  if (tool == "mix") {
    // `mix deps.get` reads mix.exs and mix.lock; `mix local.hex`/`local.rebar` fetch Mix's own tools and
    // read no project file.
    if (sub == "deps.get") return Install(Ecosystem::kMix);
    return Of(sub.starts_with("local.") || sub == "hex.info" ? DepsRole::kHelper : DepsRole::kOther);
  }
  // Clojure, Scala, Haskell and Dart: the fetch from the manifests alone, and the builds that fetch too.
  if (tool == "lein") {
    if (sub == "deps") return Install(Ecosystem::kLein);
    if (HasAnyWord(command, {"uberjar", "jar", "compile", "install", "war", "uberwar"})) return Build(Ecosystem::kLein, "lein deps");
    return Of(DepsRole::kOther);
  }
  if (tool == "sbt") {
    if (HasWord(command, "update") && !HasAnyWord(command, {"compile", "assembly", "package", "stage"}))
      return Install(Ecosystem::kSbt);
    if (HasAnyWord(command, {"assembly", "compile", "package", "stage", "universal:packageBin", "dist", "publishLocal"}))
      return Build(Ecosystem::kSbt, "sbt update");
    return Of(DepsRole::kOther);
  }
  if (tool == "stack") {
    // `--only-dependencies` builds no project code. `stack setup` installs the compiler stack.yaml's
    // resolver names, and the build after it fetches and builds the dependencies: both go first.
    if (HasAnyWord(command, {"--only-dependencies", "--dependencies-only"})) return Install(Ecosystem::kStack);
    if (sub == "setup") return Build(Ecosystem::kStack, "stack setup && stack build --only-dependencies");
    if (sub == "build" || sub == "install") return Build(Ecosystem::kStack, "stack build --only-dependencies");
    return Of(DepsRole::kOther);
  }
  if (tool == "pub" || ((tool == "dart" || tool == "flutter") && sub == "pub")) {
    std::string_view pub_command = tool == "pub" ? sub : word(tool_word + 2);
    return pub_command == "get" || pub_command == "upgrade" ? Install(Ecosystem::kPub) : Of(DepsRole::kOther);
  }
  if (tool == "composer") {
    // Global options may come before the command (`composer --prefer-dist --no-dev install`).
    for (size_t i = tool_word + 1; sub.starts_with("-") && i < command.words.size(); ++i)
      if (!word(i).starts_with("-")) sub = word(i);
      else if (word(i) == "-d" || word(i) == "--working-dir") ++i;  // its value
    if (sub != "install") return Of(DepsRole::kOther);
    if (HasWord(command, "--no-scripts") && HasWord(command, "--no-autoloader")) return Install(Ecosystem::kComposer);
    std::string flags = HasWord(command, "--no-scripts") ? "" : " --no-scripts";
    if (!HasWord(command, "--no-autoloader")) flags += " --no-autoloader";
    return InstallNeedingSources(Ecosystem::kComposer,
                                 "composer runs scripts and dumps the autoloader from the sources", flags);
  }
  if (DepsCommand python = PythonProject(command, tool, sub); python.role != DepsRole::kOther) return python;
  if (DepsCommand build = BuildTool(command, tool, sub, command.words[tool_word].value); build.role != DepsRole::kOther)
    return build;
  static constexpr std::string_view kHelpers[] = {"apt-get", "apt", "apk", "yum", "dnf", "microdnf", "echo", "true",
                                                  "corepack", "gem"};
  if ((tool == "[" || tool == "test") && ComparesStringsOnly(command)) return Of(DepsRole::kHelper);
  for (std::string_view h : kHelpers)
    if (tool == h) return Of(DepsRole::kHelper);
  if ((tool == "rm" || tool == "find") && call && !call->operands.empty()) {
    for (const shell::Operand& o : call->operands)
      if (!o.value.starts_with("/root/") && !o.value.starts_with("/tmp/") && !o.value.starts_with("/var/"))
        return Of(DepsRole::kOther);
    return Of(DepsRole::kHelper);
  }
  return Of(DepsRole::kOther);
}

namespace {

// The commands inside an `if` or `{ ...; }`, read as one list: the reserved words that open or
// close a clause (`if`, `then`, `elif`, `else`, `fi`, `{`, `}`) become blanks. Only for classifying.
std::optional<shell::Script> InnerCommands(std::string_view text) {
  std::string inner(text);
  bool command_start = true;
  char quote = 0;
  for (size_t i = 0; i < inner.size(); ++i) {
    const char c = inner[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
      else if (c == '\\' && quote == '"') ++i;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c, command_start = false;
      continue;
    }
    if (c == '\\') {
      ++i;
      continue;
    }
    if (c == ';' || c == '&' || c == '|' || c == '\n') {
      command_start = true;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') continue;
    if (command_start) {
      size_t end = i;
      while (end < inner.size() && std::string_view(" \t\r\n;&|").find(inner[end]) == std::string_view::npos) ++end;
      const std::string_view word = std::string_view(inner).substr(i, end - i);
      static constexpr std::string_view kReserved[] = {"if", "then", "elif", "else", "fi", "{", "}"};
      if (std::find(std::begin(kReserved), std::end(kReserved), word) != std::end(kReserved)) {
        std::fill(inner.begin() + static_cast<std::ptrdiff_t>(i), inner.begin() + static_cast<std::ptrdiff_t>(end), ' ');
        i = end - 1;
        continue;  // the next word starts a command too
      }
    }
    command_start = false;
  }
  // Blanked clause words leave empty commands (`;  ;`) behind: drop the separators they strand.
  std::string joined;
  for (size_t i = 0; i < inner.size(); ++i) {
    const char c = inner[i];
    const bool pair = (c == '&' || c == '|') && i + 1 < inner.size() && inner[i + 1] == c;
    if (c == ';' || pair) {
      const size_t last = joined.find_last_not_of(" \t\r\n\\");
      if (last == std::string::npos || joined[last] == ';' || joined[last] == '&' || joined[last] == '|') {
        i += pair ? 1 : 0;
        continue;
      }
    }
    joined.push_back(c);
  }
  shell::Script script = shell::ParseScript(joined, shell::ParseOptions{});
  if (!script.error.empty()) return std::nullopt;
  return script;
}

// `bash -c "yarn install && yarn build"`: the commands sit in one word, out of which nothing can move, so
// an install inside it is named (as needing the sources: the rule then suggests); kOther when none.
DepsCommand ShellStringStep(const shell::Command& command) {
  static constexpr std::string_view kShells[] = {"sh", "bash", "/bin/sh", "/bin/bash", "/usr/bin/bash"};
  if (command.opaque() || command.words.size() != 3 || !command.words[0].literal || command.words[1].value != "-c" ||
      !command.words[2].literal ||
      std::find(std::begin(kShells), std::end(kShells), command.words[0].value) == std::end(kShells))
    return Of(DepsRole::kOther);
  const shell::Script inner = shell::ParseScript(command.words[2].value, shell::ParseOptions{});
  if (!inner.error.empty()) return Of(DepsRole::kOther);
  for (const shell::Command& c : inner.commands) {
    if (c.opaque()) continue;
    const DepsCommand step = ClassifyDepsCommand(c);
    // Installs only: whether a build downloads anything depends on more than the command (the Go version,
    // vendor/), which the plain command's planning weighs and a string's cannot.
    if (step.role != DepsRole::kInstall || !step.ecosystem) continue;
    DepsCommand out = Of(DepsRole::kInstall, step.ecosystem);
    out.needs_sources = true;
    out.why = fmt::format("'{} -c' runs '{}' inside one string, out of which the rule cannot move it: run it as a "
                          "command of its own, after a COPY of the manifests",
                          command.words[0].value, inner.Text(c.span));
    return out;
  }
  return Of(DepsRole::kOther);
}

}  // namespace

DepsCommand ClassifyDepsCommand(const shell::Command& command, const shell::Script& script) {
  if (command.kind != shell::CommandKind::kIf && command.kind != shell::CommandKind::kGroup) {
    DepsCommand plain = ClassifyDepsCommand(command);
    return plain.role == DepsRole::kOther ? ShellStringStep(command) : plain;
  }
  std::optional<shell::Script> inner = InnerCommands(script.Text(command.span));
  if (!inner || inner->commands.empty()) return Of(DepsRole::kOther);
  // A build anywhere in it: a prefetch can go first (the RUN itself stays as written).
  std::vector<DepsCommand> roles;
  for (const shell::Command& c : inner->commands) {
    if (c.opaque() || StateChange(c) == ShellState::kDirectory) return Of(DepsRole::kOther);
    roles.push_back(ClassifyDepsCommand(c));
  }
  for (const DepsCommand& r : roles)
    if (r.role == DepsRole::kBuild) return r;
  // Else only installs of one ecosystem and helpers: the whole construct moves as one install.
  DepsCommand out = Of(DepsRole::kHelper);
  for (size_t i = 0; i < roles.size(); ++i) {
    const DepsCommand& r = roles[i];
    if (r.role == DepsRole::kOther || r.needs_sources || StateChange(inner->commands[i]) != ShellState::kNone)
      return Of(DepsRole::kOther);
    if (r.role != DepsRole::kInstall) continue;
    if (out.role == DepsRole::kInstall && out.ecosystem != r.ecosystem) return Of(DepsRole::kOther);
    const bool first = out.role != DepsRole::kInstall;
    out.role = DepsRole::kInstall;
    out.ecosystem = r.ecosystem;
    out.ignore_scripts = (first || out.ignore_scripts) && r.ignore_scripts;
    for (const std::string& n : r.named)
      if (std::find(out.named.begin(), out.named.end(), n) == out.named.end()) out.named.push_back(n);
    for (const std::string& l : r.local_operands) out.local_operands.push_back(l);
  }
  out.compound = true;
  return out;
}

std::optional<analysis::Ecosystem> EcosystemFromContext(const analysis::ContextFiles& context, std::string_view cwd) {
  auto has = [&](std::string_view name) {
    return context.IsFile(cwd.empty() ? std::string(name) : fmt::format("{}/{}", cwd, name));
  };
  if (has("go.mod")) return Ecosystem::kGo;
  if (has("Cargo.toml")) return Ecosystem::kCargo;
  if (has("pom.xml")) return Ecosystem::kMaven;
  return std::nullopt;
}

namespace {

// The tool `ecosystem` builds with, as a recipe runs it.
bool RecipesRunTool(std::string_view recipes, Ecosystem ecosystem) {
  switch (ecosystem) {
    case Ecosystem::kGo: return RunsTool(recipes, "go");
    case Ecosystem::kCargo: return RunsTool(recipes, "cargo");
    case Ecosystem::kMaven: return RunsTool(recipes, "mvn") || RunsTool(recipes, "mvnw");
    default: return true;
  }
}

}  // namespace

bool MakeRunsEcosystemTool(const analysis::ContextFiles& context, std::string_view cwd, const shell::Script& script,
                           Ecosystem ecosystem) {
  for (const shell::Command& command : script.commands) {
    if (command.opaque() || command.words.empty()) continue;
    const std::optional<shell::ToolCall> call = shell::Recognize(command);
    const size_t tool_word = call ? call->tool_word : 0;
    std::string_view tool = call ? std::string_view(call->tool) : shell::CanonicalTool(command.words[0].value);
    if (tool != "make") continue;
    std::vector<std::string> targets;
    for (size_t i = tool_word + 1; i < command.words.size(); ++i) {
      const std::string& w = command.words[i].value;
      if (w.starts_with("-C") || w.starts_with("-f") || w.starts_with("--directory") || w.starts_with("--file") ||
          w.starts_with("--makefile"))
        return true;  // another Makefile than the one in `cwd`
      if (w.starts_with('-') || w.find('=') != std::string::npos) continue;
      targets.push_back(w);
    }
    const std::optional<std::string> recipes = MakeRecipes(context, cwd, targets);
    if (!recipes || RecipesRunTool(*recipes, ecosystem)) return true;
  }
  return false;
}

}  // namespace dockopt
