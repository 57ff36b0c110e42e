// Runtime needs: a word-level reading of a stage's commands, its installs and the manifests they read.
#include "transforms/rules/runtime_needs.h"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <memory>
#include <utility>
#include <sstream>

#include "analysis/base_images.h"
#include "analysis/copy_sources.h"
#include "analysis/packages.h"
#include "context/find_by_name.h"
#include "transforms/rules/build_steps.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

constexpr uintmax_t kMaxFileBytes = 1 << 20;  // manifests and scripts larger than this are not read

std::string_view Basename(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view StripDotSlash(std::string_view path) {
  while (path.starts_with("./")) path.remove_prefix(2);
  while (path.starts_with("/")) path.remove_prefix(1);
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  return path;
}

void AddUnique(std::vector<std::string>& list, std::string item) {
  if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end()) list.push_back(std::move(item));
}

// The build-context files a stage can see: where its COPY/ADD (no --from) and bind-mount sources point.
class ContextFiles {
 public:
  struct Copy {
    std::string source, destination;  // as written; destination "" for bind mounts
  };

  ContextFiles(const std::optional<std::string>& root, std::vector<Copy> copies) : copies_(std::move(copies)) {
    if (root) files_.emplace(*root);
  }

  /// The text of `path` as the stage names it ("requirements.txt", "/app/bin/start.sh"): looked up
  /// under each copied source, then at the context root; nullopt when not found or no context.
  std::optional<std::string> Read(std::string_view path) const {
    if (!files_) return std::nullopt;
    std::string rel(StripDotSlash(path));
    std::string base(Basename(rel));
    std::vector<std::string> candidates;
    auto under = [](std::string_view dir, std::string_view name) {
      return dir.empty() || dir == "." ? std::string(name) : fmt::format("{}/{}", dir, name);
    };
    for (const Copy& copy : copies_) {
      std::string_view s = StripDotSlash(copy.source);
      // "/app/bin/x.sh" under "COPY . /app/": the file is bin/x.sh below the source.
      std::string_view dest = StripDotSlash(copy.destination);
      if (!dest.empty() && dest == rel && !s.empty() && s != ".") candidates.emplace_back(s);  // copied under a new name
      if (!dest.empty() && rel.starts_with(dest) && rel.size() > dest.size() && rel[dest.size()] == '/')
        candidates.push_back(under(s, std::string_view(rel).substr(dest.size() + 1)));
      if (s.empty() || s == ".") {
        candidates.push_back(rel);
        continue;
      }
      if (Basename(s) == base) candidates.push_back(std::string(s));
      candidates.push_back(under(s, rel));
      candidates.push_back(under(s, base));
    }
    candidates.push_back(rel);
    candidates.push_back(base);
    for (const std::string& candidate : candidates)
      if (std::optional<std::string> text = files_->Read(candidate, kMaxFileBytes)) return text;
    // A script a RUN moved out of the copied context (`COPY . .`, then `cp ./.docker/entrypoint.sh
    // /usr/local/bin/`): the one file of its name in the context, when the whole context was copied.
    const bool script = base.ends_with(".sh") || base.find("entrypoint") != std::string::npos;
    const bool whole_context = std::any_of(copies_.begin(), copies_.end(), [](const Copy& copy) {
      std::string_view s = StripDotSlash(copy.source);
      return !copy.destination.empty() && (s.empty() || s == ".");
    });
    if (script && whole_context)
      if (std::optional<std::string> found = context::UniqueFileNamed(*files_, base)) return files_->Read(*found, kMaxFileBytes);
    return std::nullopt;
  }

  bool known() const { return files_.has_value(); }

 private:
  std::optional<context::ContextFiles> files_;
  std::vector<Copy> copies_;
};

// The package-name-like tokens of a manifest or lock file ("psycopg2==2.9" -> "psycopg2").
std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string token;
  for (char c : text) {
    bool part = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == '@' || c == '/';
    if (part) {
      token += c;
    } else if (!token.empty()) {
      AddUnique(tokens, std::move(token));
      token.clear();
    }
  }
  if (!token.empty()) AddUnique(tokens, std::move(token));
  return tokens;
}

struct InstallReading {
  std::vector<std::string> packages;   // names the install brings in (operands or manifest tokens)
  std::vector<std::string> unreadable; // manifests it reads that could not be read
  std::optional<std::string> compiles; // a reason already known (--no-binary, a C extension in setup.py)
};

// Reads the first of `names` that the stage can see.
bool ReadManifest(const ContextFiles& files, std::initializer_list<std::string_view> names, InstallReading& out) {
  for (std::string_view name : names) {
    if (std::optional<std::string> text = files.Read(name)) {
      for (std::string& token : Tokens(*text)) AddUnique(out.packages, std::move(token));
      return true;
    }
  }
  return false;
}

// A package operand without its version, extras or marker: "flask[async]>=2" -> "flask", "@a/b@1" -> "@a/b".
std::string PackageName(std::string_view spec, std::string_view ecosystem) {
  size_t end = spec.size();
  std::string_view stops = ecosystem == "pip" ? "[<>=!~;@ " : "@";
  size_t from = ecosystem == "npm" && spec.starts_with("@") ? 1 : 0;
  size_t stop = spec.find_first_of(stops, from);
  if (stop != std::string_view::npos) end = stop;
  return std::string(spec.substr(0, end));
}

bool IsLocalPath(std::string_view operand) {
  return operand == "." || operand.starts_with("./") || operand.starts_with("/") || operand.starts_with("../") ||
         operand.ends_with("/");
}

// A requirements file and the ones it includes (`-r base.txt`, relative to it), two levels deep.
void ReadRequirements(const ContextFiles& files, const std::string& path, int depth, InstallReading& out) {
  std::optional<std::string> text = files.Read(path);
  if (!text) {
    out.unreadable.push_back(path);
    return;
  }
  for (std::string& token : Tokens(*text)) AddUnique(out.packages, std::move(token));
  if (depth >= 2) return;
  std::string dir = path.find('/') == std::string::npos ? "" : path.substr(0, path.rfind('/') + 1);
  std::istringstream lines(*text);
  for (std::string line; std::getline(lines, line);) {
    for (std::string_view flag : {"-r ", "--requirement ", "-c ", "--constraint "}) {
      if (!line.starts_with(flag)) continue;
      std::string included(StripDotSlash(std::string_view(line).substr(flag.size())));
      while (!included.empty() && std::isspace(static_cast<unsigned char>(included.back()))) included.pop_back();
      if (!included.empty()) ReadRequirements(files, included.starts_with("/") ? included : dir + included, depth + 1, out);
    }
  }
}

// pip / uv pip / poetry / pipenv / uv sync.
InstallReading ReadPythonInstall(const std::vector<std::string>& words, size_t tool, const ContextFiles& files) {
  InstallReading out;
  std::string_view name = Basename(words[tool]);
  if (name == "poetry") {
    if (!ReadManifest(files, {"poetry.lock", "pyproject.toml"}, out)) out.unreadable.push_back("pyproject.toml");
    return out;
  }
  if (name == "pipenv") {
    if (!ReadManifest(files, {"Pipfile.lock", "Pipfile"}, out)) out.unreadable.push_back("Pipfile");
    return out;
  }
  auto install = std::find_if(words.begin() + static_cast<std::ptrdiff_t>(tool), words.end(),
                              [](const std::string& w) { return w == "install" || w == "sync"; });
  if (install == words.end()) return out;
  if (*install == "sync") {
    if (!ReadManifest(files, {"uv.lock", "pyproject.toml", "requirements.txt"}, out)) out.unreadable.push_back("uv.lock");
    return out;
  }
  static const std::vector<std::string_view> kWithValue = {
      "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target",
      "--prefix", "--root", "--platform", "--python-version", "--trusted-host", "--cache-dir", "--src",
      "--implementation", "--abi", "--progress-bar", "--global-option", "--config-settings", "-C"};
  for (auto it = install + 1; it != words.end(); ++it) {
    std::string_view w = *it;
    if (w == "-r" || w == "--requirement" || ((w.starts_with("-r") || w.starts_with("--requirement=")) && w.size() > 2)) {
      std::string_view path = w.size() > 2 && w != "--requirement" ? w.substr(w.find('=') == std::string_view::npos ? 2 : w.find('=') + 1)
                                                                 : (it + 1 != words.end() ? std::string_view(*++it) : "");
      if (!path.empty()) ReadRequirements(files, std::string(path), 0, out);
      continue;
    }
    if (w.starts_with("--no-binary")) {
      out.compiles = "'pip install --no-binary' builds from source";
      continue;
    }
    if (std::find(kWithValue.begin(), kWithValue.end(), w) != kWithValue.end()) {
      if (it + 1 != words.end()) ++it;
      continue;
    }
    if (w == "-e" || w == "--editable") continue;
    if (w.starts_with("-")) continue;
    if (IsLocalPath(w) || w.find("://") != std::string_view::npos || w.starts_with("git+")) {
      std::string dir(StripDotSlash(w));
      std::string prefix = dir.empty() || dir == "." ? "" : dir + "/";
      std::optional<std::string> setup = files.Read(prefix + "setup.py");
      if (setup && (setup->find("ext_modules") != std::string::npos || setup->find("Extension(") != std::string::npos))
        out.compiles = fmt::format("'pip install {}' builds a C extension (setup.py has ext_modules)", w);
      std::optional<std::string> project = files.Read(prefix + "pyproject.toml");
      if (project)
        for (std::string& token : Tokens(*project)) AddUnique(out.packages, std::move(token));
      if (!setup && !project) out.unreadable.emplace_back(w);
      continue;
    }
    AddUnique(out.packages, PackageName(w, "pip"));
  }
  return out;
}

// npm / yarn / pnpm.
InstallReading ReadNodeInstall(const std::vector<std::string>& words, size_t tool, const ContextFiles& files) {
  InstallReading out;
  bool operands = false;
  for (size_t i = tool + 2; i < words.size(); ++i) {
    if (words[i].starts_with("-")) continue;
    operands = true;
    AddUnique(out.packages, PackageName(words[i], "npm"));
  }
  if (operands) return out;
  if (!ReadManifest(files, {"package.json"}, out)) {
    out.unreadable.push_back("package.json");
    return out;
  }
  ReadManifest(files, {"package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"}, out);
  return out;
}

// gem install / bundle install.
InstallReading ReadRubyInstall(const std::vector<std::string>& words, size_t tool, const ContextFiles& files) {
  InstallReading out;
  if (Basename(words[tool]) == "bundle") {
    if (!ReadManifest(files, {"Gemfile.lock", "Gemfile"}, out)) out.unreadable.push_back("Gemfile");
    return out;
  }
  for (size_t i = tool + 2; i < words.size(); ++i) {
    if (words[i] == "-v" || words[i] == "--version") {
      ++i;
      continue;
    }
    if (!words[i].starts_with("-")) AddUnique(out.packages, words[i]);
  }
  return out;
}

// Why one command segment (CommandSegments' words, or the tail of them) compiles native code, or
// nullopt; records the packages it installs.
std::optional<std::string> SegmentCompiles(const std::vector<std::string>& words, const ContextFiles& files,
                                           RuntimeNeeds& needs) {
  // `su app -s /bin/bash -c "bundle install"`: the string's words follow the -c (quotes split words
  // here), and are read as the command they are, as the flow model walks them. TODO(#9): `bash -c
  // STR` too; reading it moved postmanlabs/httpbin's `bash -c "pip3 install -r <(pipenv lock -r)"`
  // off python:3.6-slim (the `<(` is read as a requirements file), so it is left as it was.
  if (size_t su = CommandWord(words); su < words.size() && Basename(words[su]) == "su")
    for (size_t c = su + 1; c + 1 < words.size(); ++c)
      if (words[c] == "-c" || words[c] == "--command")
        return SegmentCompiles(std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(c) + 1, words.end()), files, needs);
  std::optional<std::string> step = SegmentBuildStep(words);
  if (!step) return std::nullopt;
  size_t tool = CommandWord(words);
  if (tool >= words.size()) return step;
  std::string_view name = Basename(words[tool]);
  if (name.starts_with("python") && tool + 2 < words.size() && words[tool + 1] == "-m") name = words[tool += 2];
  std::string ecosystem;
  InstallReading reading;
  if (name == "pip" || name.starts_with("pip3") || name == "uv" || name == "poetry" || name == "pipenv") {
    ecosystem = "pip";
    reading = ReadPythonInstall(words, tool, files);
  } else if (name == "npm" || name == "yarn" || name == "pnpm") {
    ecosystem = "npm";
    reading = ReadNodeInstall(words, tool, files);
  } else if (name == "gem" || name == "bundle") {
    ecosystem = "gem";
    reading = ReadRubyInstall(words, tool, files);
  } else {
    return fmt::format("'{}' builds native code", *step);
  }
  for (const std::string& package : reading.packages) AddUnique(needs.library_uses, ecosystem + ":" + package);
  if (reading.compiles) return reading.compiles;
  for (const std::string& package : reading.packages) {
    std::string why = analysis::SourceBuildReason(ecosystem, package);
    if (!why.empty()) return fmt::format("'{}' installs '{}' ({})", *step, package, why);
  }
  if (!reading.unreadable.empty() && !needs.unknown)
    needs.unknown = fmt::format("'{}' reads '{}', which dockopt {}", *step, reading.unreadable.front(),
                                files.known() ? "did not find in the build context" : "cannot see without --context");
  return std::nullopt;
}

// Script files a command line starts: "./start.sh", "bin/setup", "sh entrypoint.sh".
std::vector<std::string> ScriptsStarted(const std::vector<std::string>& words) {
  std::vector<std::string> scripts;
  size_t i = CommandWord(words);
  if (i >= words.size()) return scripts;
  std::string_view name = Basename(words[i]);
  // An init in front (Prefect's `tini -g -- /opt/prefect/entrypoint.sh`, `dumb-init --`): the script is
  // what it starts.
  if (name == "tini" || name == "tini-static" || name == "dumb-init" || name == "catatonit") {
    size_t j = i + 1;
    while (j < words.size() && words[j].starts_with("-"))
      if (words[j++] == "--") break;
    return j < words.size() ? ScriptsStarted(std::vector<std::string>(words.begin() + static_cast<long>(j), words.end()))
                            : scripts;
  }
  if ((name == "sh" || name == "bash" || name == "dash" || name == "ash") && i + 1 < words.size() &&
      !words[i + 1].starts_with("-"))
    scripts.push_back(words[i + 1]);
  else if (words[i].find('/') != std::string::npos || words[i].ends_with(".sh"))
    scripts.push_back(words[i]);
  return scripts;
}

// Where shell text runs: a RUN at build time, CMD/ENTRYPOINT/HEALTHCHECK at run time, or a script
// one of those starts (whose own scripts are not followed).
// kArguments: a CMD after an ENTRYPOINT that is the program itself (`ENTRYPOINT ["/app"]`, `CMD ["top", "3"]`):
// its words are the program's arguments, read as commands only for DF203's wider look.
enum class Origin : uint8_t { kBuild, kRuntime, kScript, kArguments };

// True when an ENTRYPOINT runs its CMD as a command: a shell, an init or user switcher, or a script
// (`docker-entrypoint.sh` ending in `exec "$@"`).
bool RunsCmd(const std::vector<std::string>& entrypoint) {
  if (entrypoint.empty()) return true;
  std::string_view program = entrypoint.front();
  program.remove_prefix(program.rfind('/') == std::string_view::npos ? 0 : program.rfind('/') + 1);
  static constexpr std::string_view kRunners[] = {"sh", "bash", "dash", "ash", "tini", "tini-static", "dumb-init",
                                                  "catatonit", "gosu", "su-exec", "env", "exec"};
  return program.ends_with(".sh") || program.find("entrypoint") != std::string_view::npos ||
         std::find(std::begin(kRunners), std::end(kRunners), program) != std::end(kRunners);
}

// A script a RUN starts that is likely the project's own (so it may build): "./install.sh", "bin/setup".
bool ProjectScript(std::string_view path) {
  return path.ends_with(".sh") || path.starts_with("./") || (!path.starts_with("/") && path.find('/') != std::string_view::npos);
}

class Reader {
 public:
  Reader(const ContextFiles& files, RuntimeNeeds& needs) : files_(files), needs_(needs) {}

  // Shell text run in the stage (a RUN, a CMD, a script file): its commands, installs, build steps.
  void Text(std::string_view text, Origin origin) {
    // A script runs in the container when what started it did.
    const bool runtime = origin == Origin::kRuntime || (origin == Origin::kScript && runtime_script_);
    for (const std::vector<std::string>& words : CommandSegments(text)) {
      size_t i = CommandWord(words);
      if (i >= words.size()) continue;
      AddUnique(needs_.commands, std::string(Basename(words[i])));
      if (runtime) AddUnique(needs_.runtime_commands, std::string(Basename(words[i])));
      // Read after a first reason too: each install records the libraries its packages load
      // (paperclip's ImageMagick after an apt install of cmake).
      if (std::optional<std::string> why = SegmentCompiles(words, files_, needs_); why && !needs_.compiles)
        needs_.compiles = why;
      if (origin == Origin::kScript) continue;
      for (const std::string& script : ScriptsStarted(words)) {
        // Read once at build time and once at run time: a script both a RUN and the ENTRYPOINT start.
        const std::string key = script + (runtime ? "\n(runtime)" : "");
        if (std::find(read_.begin(), read_.end(), key) != read_.end()) continue;
        read_.push_back(key);
        std::optional<std::string> body = files_.Read(script);
        if (!body && origin == Origin::kBuild && ProjectScript(script) && !needs_.unknown)
          needs_.unknown = fmt::format("it runs '{}', which dockopt {}", script,
                                       files_.known() ? "did not find in the build context" : "cannot see without --context");
        if (!body || body->find('\0') != std::string::npos) continue;
        bool compiled = needs_.compiles.has_value();
        const bool outer = std::exchange(runtime_script_, runtime);
        Text(*body, Origin::kScript);
        runtime_script_ = outer;
        if (!compiled && needs_.compiles) needs_.compiles = fmt::format("the script '{}' it runs: {}", script, *needs_.compiles);
      }
    }
  }

  // Exec-form words (or one shell string): CMD, ENTRYPOINT, HEALTHCHECK, exec-form RUN.
  void Command(std::vector<std::string> args, Origin origin) {
    if (!args.empty() && (args.front() == "CMD" || args.front() == "cmd")) args.erase(args.begin());
    if (args.size() >= 3 && (Basename(args[0]) == "sh" || Basename(args[0]) == "bash") && args[1] == "-c") {
      Text(args[2], origin);
      return;
    }
    std::string joined;
    for (const std::string& a : args) joined += a + " ";
    Text(joined, origin);
  }

 private:
  const ContextFiles& files_;
  RuntimeNeeds& needs_;
  std::vector<std::string> read_;
  bool runtime_script_ = false;  // the script being read was started by CMD, ENTRYPOINT or HEALTHCHECK
};

// apt-get install operands, and the first one that is a compiler or header package.
void ReadAptInstalls(RuleContext& context, const ir::Instruction& run, RuntimeNeeds& needs) {
  for (const shell::Script& script : RunScripts(context, run)) {
    // At any depth: an install in one branch of an `if` may run, so its packages count. Not kept by the
    // context: DF202 reads them once per round, while its flow model of the stage is alive.
    for (const ToolUse& use : NestedToolUses(script)) {
      if (!IsApt(use.call, "install")) continue;
      for (const shell::Operand& o : use.call.operands) {
        AddUnique(needs.apt_installed, o.name);
        static const std::vector<std::string_view> kRuntimeUseful = {"git", "patch", "curl", "wget", "unzip",
                                                                     "xz-utils", "ca-certificates", "gnupg"};
        bool useful = std::find(kRuntimeUseful.begin(), kRuntimeUseful.end(), o.name) != kRuntimeUseful.end();
        bool headers = o.name.ends_with("-dev") || o.name.ends_with("-devel");
        if (!needs.compiles && !useful && (headers || analysis::IsBuildTool(o.name, analysis::Distro::kDebian)))
          needs.compiles = fmt::format("it installs '{}' to build with", o.name);
      }
    }
  }
}

// The needs of a stage, read (ReadRuntimeNeeds keeps them for the round).
RuntimeNeeds ReadNeeds(RuleContext& context, int stage_index) {
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Stage& stage = df.stages[static_cast<size_t>(stage_index)];
  std::vector<ContextFiles::Copy> sources;
  // Without a context no file is read through them (ContextFiles::Read): on a large stage the list of
  // every COPY's sources was a transient at the heap's peak, next to DF202's flow model.
  if (context.options().context_dir) {
    for (size_t i : stage.instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst); copy && !copy->from)
        for (const analysis::CopySourceArg& source : copy->sources) sources.push_back({source.path, copy->destination});
      if (inst.kind == ir::InstructionKind::kRun)
        for (const ir::Flag& flag : inst.flags) {
          if (flag.name != "mount" || flag.value.find("type=bind") == std::string::npos) continue;
          size_t at = flag.value.find("source=");
          if (at == std::string::npos) at = flag.value.find("src=");
          if (at == std::string::npos) continue;
          std::string value = flag.value.substr(flag.value.find('=', at) + 1);
          sources.push_back({value.substr(0, value.find(',')), ""});
        }
    }
  }
  ContextFiles files(context.options().context_dir, std::move(sources));
  RuntimeNeeds needs;
  Reader reader(files, needs);
  std::vector<std::string> entrypoint;  // the last ENTRYPOINT's words: whether CMD's are a command
  for (size_t i : stage.instructions)
    if (df.instructions[i].kind == ir::InstructionKind::kEntrypoint) entrypoint = df.instructions[i].node_args;
  for (size_t i : stage.instructions) {
    const ir::Instruction& inst = df.instructions[i];
    switch (inst.kind) {
      case ir::InstructionKind::kRun: {
        ReadAptInstalls(context, inst, needs);
        std::string text(inst.rest);
        for (const ir::Heredoc& heredoc : inst.heredocs) text += "\n" + heredoc.content;
        if (inst.is_exec())
          reader.Command(inst.exec_args, Origin::kBuild);
        else
          reader.Text(text, Origin::kBuild);
        break;
      }
      case ir::InstructionKind::kCmd:
      case ir::InstructionKind::kEntrypoint:
      case ir::InstructionKind::kHealthcheck:
        reader.Command(inst.node_args, inst.kind == ir::InstructionKind::kCmd && !RunsCmd(entrypoint) ? Origin::kArguments
                                                                                                     : Origin::kRuntime);
        if (inst.is_exec() && !inst.node_args.empty() && inst.node_args.front().starts_with("/"))
          AddUnique(needs.program_paths, std::string(inst.node_args.front()));
        break;
      default:
        break;
    }
  }
  return needs;
}

}  // namespace

const RuntimeNeeds& ReadRuntimeNeeds(RuleContext& context, int stage_index) {
  std::unique_ptr<RuntimeNeeds>& kept = context.RuntimeNeedsSlot(stage_index);
  if (!kept) kept = std::make_unique<RuntimeNeeds>(ReadNeeds(context, stage_index));
  return *kept;
}

std::vector<std::string> AptInstalledBy(RuleContext& context, int stage_index) {
  if (const std::unique_ptr<RuntimeNeeds>& kept = context.RuntimeNeedsSlot(stage_index)) return kept->apt_installed;
  // What ReadNeeds does for apt_installed: only ReadAptInstalls fills it, RUN by RUN in the stage's order.
  const ir::Dockerfile& df = context.dockerfile();
  RuntimeNeeds needs;
  for (size_t i : df.stages[static_cast<size_t>(stage_index)].instructions)
    if (df.instructions[i].kind == ir::InstructionKind::kRun) ReadAptInstalls(context, df.instructions[i], needs);
  return std::move(needs.apt_installed);
}

std::string JavaPathMissingOn(std::string_view base, const std::vector<std::string>& programs) {
  if (base.find("eclipse-temurin") == std::string_view::npos) return "";
  for (const std::string& program : programs)
    if (program.starts_with("/") && program.ends_with("/java") && !program.starts_with("/opt/java/openjdk/"))
      return program;
  return "";
}

std::vector<std::string> SlimLacksUsed(const analysis::BaseImageFacts& facts, const std::vector<std::string>& uses,
                                       const std::vector<std::string>& installed) {
  auto has = [](const std::vector<std::string>& list, std::string_view item) {
    return std::find(list.begin(), list.end(), item) != list.end();
  };
  std::vector<std::string> wanted;
  for (const std::string& use : uses)
    for (const std::string& package : analysis::PackagesForUse(use))
      if (has(facts.slim_lacks, package) && !has(installed, package) && !has(wanted, package)) wanted.push_back(package);
  std::vector<std::string> ordered;
  for (const std::string& package : facts.slim_lacks)
    if (has(wanted, package)) ordered.push_back(package);
  return ordered;
}

}  // namespace dockopt

namespace dockopt {
namespace {

// Commands only root can run: they change owners, switch users, add users or install packages.
constexpr std::string_view kRootOnly[] = {"chown",   "chgrp",        "gosu",      "su-exec",  "su",
                                          "runuser", "setpriv",      "chroot",    "start-stop-daemon",
                                          "s6-setuidgid", "setuidgid", "useradd", "usermod",  "groupadd",
                                          "update-ca-certificates"};

// uWSGI reads `uid = www-data` from its .ini and switches to it, which only root can.
bool UwsgiIniSetsUid(std::string_view text) {
  std::istringstream lines{std::string(text)};
  for (std::string line; std::getline(lines, line);) {
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos) continue;
    std::string_view key = std::string_view(line).substr(start);
    if ((key.starts_with("uid") || key.starts_with("gid")) && key.substr(3).find_first_not_of(" \t") != std::string_view::npos &&
        key.substr(3)[key.substr(3).find_first_not_of(" \t")] == '=')
      return true;
  }
  return false;
}

// Why one command segment run at start needs root, or "".
std::string RootOnlyUse(const std::vector<std::string>& words, const ContextFiles& files, bool uv_no_sync) {
  size_t i = CommandWord(words);
  if (i >= words.size()) return "";
  std::string_view name = Basename(words[i]);
  for (std::string_view tool : kRootOnly)
    if (name == tool) return fmt::format("runs '{}'", name);
  auto has = [&](std::string_view word) { return std::find(words.begin() + static_cast<long>(i), words.end(), word) != words.end(); };
  if ((name == "apt-get" || name == "apt" || name == "apk" || name == "dnf" || name == "yum") &&
      (has("install") || has("add") || has("update")))
    return fmt::format("runs '{}' to install packages", name);
  // A pip install at start (Prefect's entrypoint installs $EXTRA_PIP_PACKAGES) writes into the image's
  // Python, whose site-packages root owns; `--user` and `--target` install where the user may write.
  const bool pip = name == "pip" || (name.starts_with("pip") && name.find_first_not_of("0123456789.", 3) == std::string_view::npos);
  const bool python_m_pip = name.starts_with("python") && i + 2 < words.size() && words[i + 1] == "-m" && words[i + 2] == "pip";
  const bool uv_pip = name == "uv" && i + 1 < words.size() && words[i + 1] == "pip";
  if ((pip || python_m_pip || uv_pip) && has("install") && !has("--user") && !has("--target") && !has("-t") &&
      !has("--prefix"))
    return fmt::format("runs '{} install', which installs into the image's Python, whose packages root owns",
                       uv_pip ? "uv pip" : python_m_pip ? "python -m pip" : std::string(name));
  if (name == "uv" && i + 1 < words.size() && words[i + 1] == "run" && !has("--no-sync") && !uv_no_sync)
    return "runs 'uv run', which syncs the project's environment (root installed it) before running";
  if (name == "uwsgi") {
    if (has("--uid") || has("--gid")) return "starts uWSGI with '--uid', which switches users";
    for (size_t w = i + 1; w < words.size(); ++w)
      if (words[w].ends_with(".ini"))
        if (std::optional<std::string> ini = files.Read(words[w]); ini && UwsgiIniSetsUid(*ini))
          return fmt::format("starts uWSGI with '{}', which sets 'uid' and so switches users", words[w]);
  }
  return "";
}

// A system folder only root can write in: a start that writes there fails as another user.
bool UnderSystemFolder(std::string_view path) {
  return path.starts_with("/etc/") || path.starts_with("/usr/") || path.starts_with("/bin/") ||
         path.starts_with("/sbin/") || path.starts_with("/lib/") || path.starts_with("/var/lib/");
}

// A file under a system folder that `text` writes with a redirect (`echo x > /etc/app.conf`, or through
// a variable set to one: `conf=/etc/proxychains.conf; echo x >> $conf`), or "".
std::string SystemFileWritten(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> variables;  // NAME=/etc/... assignments
  for (size_t eq = text.find("=/"); eq != std::string_view::npos; eq = text.find("=/", eq + 1)) {
    size_t start = eq;
    while (start > 0 && (std::isalnum(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '_')) --start;
    size_t end = text.find_first_of(" \t\n;&|\"'", eq + 1);
    std::string value(text.substr(eq + 1, end == std::string_view::npos ? std::string_view::npos : end - eq - 1));
    if (start < eq && UnderSystemFolder(value)) variables.emplace_back(std::string(text.substr(start, eq - start)), value);
  }
  for (size_t at = text.find('>'); at != std::string_view::npos; at = text.find('>', at + 1)) {
    if (at > 0 && (text[at - 1] == '2' || text[at - 1] == '&' || text[at - 1] == '-')) continue;  // 2>&1, ->
    size_t begin = text.find_first_not_of(" \t>", at);
    if (begin == std::string_view::npos) break;
    size_t end = text.find_first_of(" \t\n;&|)\"'", begin);
    std::string target(text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin));
    if (UnderSystemFolder(target)) return target;
    for (const auto& [name, value] : variables)
      if (target == "$" + name || target == "${" + name + "}") return value;
  }
  return "";
}

// The reason in `text` (a command line or a script), following the scripts it starts `depth` levels.
std::string RootOnlyIn(std::string_view text, const ContextFiles& files, bool uv_no_sync, int depth,
                       std::vector<std::string>& read) {
  if (std::string file = SystemFileWritten(text); !file.empty())
    return fmt::format("writes '{}', where only root can", file);
  for (const std::vector<std::string>& words : CommandSegments(text)) {
    if (std::string why = RootOnlyUse(words, files, uv_no_sync); !why.empty()) return why;
    if (depth == 0) continue;
    for (const std::string& script : ScriptsStarted(words)) {
      if (script.ends_with("/") || std::find(read.begin(), read.end(), script) != read.end()) continue;
      read.push_back(script);
      std::optional<std::string> body = files.Read(script);
      if (!body || body->find('\0') != std::string::npos) continue;
      if (std::string why = RootOnlyIn(*body, files, uv_no_sync, depth - 1, read); !why.empty())
        return fmt::format("'{}' {}", script, why);
    }
  }
  return "";
}

// `COPY --from=build /usr/src/build/docker/entrypoint.sh /sbin/` of a stage that copied the context
// into /usr/src: the file is build/docker/entrypoint.sh in the build context (Openfire's entrypoint).
void AddCopiedFromStage(const ir::Dockerfile& df, const analysis::CopyArgs& copy, std::vector<ContextFiles::Copy>& sources) {
  for (const ir::Stage& stage : df.stages) {
    if (stage.name.empty() || stage.name != *copy.from) continue;
    std::string workdir;
    for (size_t i : stage.instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind == ir::InstructionKind::kWorkdir && !inst.node_args.empty())
        workdir = inst.node_args.front().starts_with("/") ? inst.node_args.front() : workdir + "/" + inst.node_args.front();
      std::optional<analysis::CopyArgs> inner = analysis::ReadCopyArgs(inst);
      if (!inner || inner->from || inner->sources.size() != 1) continue;
      std::string_view from_source = StripDotSlash(inner->sources.front().path);
      if (!from_source.empty() && from_source != ".") continue;  // only a copy of the whole context
      std::string dest = inner->destination.starts_with("/") ? inner->destination : workdir + "/" + inner->destination;
      std::string dir(StripDotSlash(dest));
      while (dir.ends_with("/.")) dir.resize(dir.size() - 2);
      if (dir.empty() || dir.find('$') != std::string::npos) continue;
      for (const analysis::CopySourceArg& source : copy.sources) {
        std::string_view path = StripDotSlash(source.path);
        if (path.starts_with(dir) && path.size() > dir.size() && path[dir.size()] == '/')
          sources.push_back({std::string(path.substr(dir.size() + 1)), copy.destination});
      }
    }
  }
}

std::string Joined(const ir::Instruction& inst) {
  std::vector<std::string> args = inst.node_args;
  if (args.size() >= 3 && (Basename(args[0]) == "sh" || Basename(args[0]) == "bash") && args[1] == "-c") return args[2];
  std::string joined;
  for (const std::string& a : args) joined += a + " ";
  return joined;
}

}  // namespace

namespace {

// The container's start as the end of a chain sets it, and the context files its COPYs put in the image.
struct StartCommand {
  std::vector<ContextFiles::Copy> sources;
  std::string entrypoint, cmd;
  bool uv_no_sync = false;
};

StartCommand ReadStartCommand(const ir::Dockerfile& df, const std::vector<int>& stages) {
  StartCommand start;
  for (auto stage = stages.rbegin(); stage != stages.rend(); ++stage) {  // the base's stage first
    bool cmd_set_here = false;  // BuildKit: an ENTRYPOINT resets only a CMD inherited from the base
    for (size_t i : df.stages[static_cast<size_t>(*stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst); copy && !copy->from)
        for (const analysis::CopySourceArg& source : copy->sources) start.sources.push_back({source.path, copy->destination});
      else if (copy)
        AddCopiedFromStage(df, *copy, start.sources);
      if (inst.kind == ir::InstructionKind::kEnv && inst.rest.find("UV_NO_SYNC") != std::string_view::npos)
        start.uv_no_sync = true;
      if (inst.kind == ir::InstructionKind::kEntrypoint) {
        start.entrypoint = Joined(inst);
        if (!cmd_set_here) start.cmd.clear();
      }
      if (inst.kind == ir::InstructionKind::kCmd) {
        start.cmd = Joined(inst);
        cmd_set_here = true;
      }
    }
  }
  return start;
}

// True when a COPY from the build context (not from a stage) most likely put the script `script` into the
// image: a copy of the whole context, or of a file of the same name. Only shell scripts by their look
// (`*.sh`, an `entrypoint`): a program a RUN built from the copied sources (`./crud-exe`) is no script.
// A file a split's production copies from its builder (`COPY --from=builder /entrypoint.sh ...`) counts
// where the builder got it.
bool ScriptFromContext(std::string_view script, const ir::Dockerfile& df, const std::vector<int>& stages) {
  const std::string_view name = Basename(script);
  if (!name.ends_with(".sh") && name.find("entrypoint") == std::string_view::npos) return false;
  std::vector<int> searched = stages;
  for (size_t next = 0; next < searched.size() && next < 8; ++next)
    for (size_t i : df.stages[static_cast<size_t>(searched[next])].instructions) {
      const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(df.instructions[i]);
      if (!copy) continue;
      // The destination names the script (`ADD docker-entrypoint.sh /entrypoint.sh`), or a source has its name.
      const bool names_it = copy->destination == script ||
                            std::any_of(copy->sources.begin(), copy->sources.end(), [&](const analysis::CopySourceArg& source) {
                              const std::string_view path = StripDotSlash(source.path);
                              return Basename(path) == name || (!copy->from && (path.empty() || path == "."));
                            });
      if (!names_it) continue;
      if (!copy->from) return true;
      for (size_t s = 0; s < df.stages.size(); ++s)
        if (df.stages[s].name == *copy->from &&
            std::find(searched.begin(), searched.end(), static_cast<int>(s)) == searched.end())
          searched.push_back(static_cast<int>(s));
    }
  return false;
}

}  // namespace

std::optional<std::string> StartNeedsRoot(RuleContext& context, const std::vector<int>& stages) {
  StartCommand start = ReadStartCommand(context.dockerfile(), stages);
  ContextFiles files(context.options().context_dir, std::move(start.sources));
  std::vector<std::string> read;
  for (const std::string& command : {start.entrypoint, start.cmd}) {
    if (command.empty()) continue;
    // Two levels: the entrypoint script, and a script it starts (bootstrap.sh running start.sh).
    if (std::string why = RootOnlyIn(command, files, start.uv_no_sync, 2, read); !why.empty())
      return why.starts_with("'") ? why : fmt::format("the command {}", why);
  }
  return std::nullopt;
}

std::optional<std::string> StartText(RuleContext& context, const std::vector<int>& stages) {
  StartCommand start = ReadStartCommand(context.dockerfile(), stages);
  ContextFiles files(context.options().context_dir, std::move(start.sources));
  if (!files.known()) return std::nullopt;
  std::string text = start.entrypoint + "\n" + start.cmd + "\n";
  std::vector<std::string> read;
  // Two levels, as StartNeedsRoot reads them: the entrypoint script and a script it starts.
  std::function<bool(std::string_view, int)> add = [&](std::string_view command, int depth) {
    for (const std::vector<std::string>& words : CommandSegments(command))
      for (const std::string& script : ScriptsStarted(words)) {
        if (script.ends_with("/") || std::find(read.begin(), read.end(), script) != read.end()) continue;
        read.push_back(script);
        std::optional<std::string> body = files.Read(script);
        if (!body || body->find('\0') != std::string::npos) return false;
        text += *body + "\n";
        if (depth > 0 && !add(*body, depth - 1)) return false;
      }
    return true;
  };
  if (!add(start.entrypoint, 1) || !add(start.cmd, 1)) return std::nullopt;
  return text;
}

std::optional<std::string> StartScriptUnread(RuleContext& context, const std::vector<int>& stages) {
  StartCommand start = ReadStartCommand(context.dockerfile(), stages);
  ContextFiles files(context.options().context_dir, std::move(start.sources));
  for (const std::string& command : {start.entrypoint, start.cmd})
    for (const std::vector<std::string>& words : CommandSegments(command))
      for (const std::string& script : ScriptsStarted(words))
        if (!script.ends_with("/") && script.find('$') == std::string::npos &&
            ScriptFromContext(script, context.dockerfile(), stages) && !files.Read(script))
          return script;
  return std::nullopt;
}

}  // namespace dockopt
