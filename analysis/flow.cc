// AnalyzeStage: walks a stage's instructions with the shell state (cwd, variables, user) and records
// each instruction's reads and writes; then reads the ENTRYPOINT/CMD for the runtime needs.
#include "analysis/flow.h"

#include <algorithm>
#include <unordered_map>

#include "analysis/base_images.h"
#include "analysis/copy_sources.h"
#include "analysis/effects_nested.h"
#include "analysis/flow_memo.h"
#include "analysis/manifests.h"
#include "analysis/paths.h"
#include "shell/instruction_script.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

// What the official images set before the Dockerfile's first line (their Dockerfiles' ENV and WORKDIR).
struct ImageDefaults {
  std::string_view family, workdir;
  std::initializer_list<std::pair<std::string_view, std::string_view>> vars;
};
const ImageDefaults kDefaults[] = {
    {"golang", "/go", {{"GOPATH", "/go"}}},
    {"rust", "/", {{"CARGO_HOME", "/usr/local/cargo"}, {"RUSTUP_HOME", "/usr/local/rustup"}}},
    {"ruby", "/", {{"GEM_HOME", "/usr/local/bundle"}, {"BUNDLE_APP_CONFIG", "/usr/local/bundle"}}},
    {"php", "/var/www/html", {{"PHP_INI_DIR", "/usr/local/etc/php"}}},
    {"composer", "/app", {{"COMPOSER_HOME", "/tmp"}}},
    {"tomcat", "/usr/local/tomcat", {{"CATALINA_HOME", "/usr/local/tomcat"}}},
    {"continuumio/miniconda3", "/", {{"PATH", "/opt/conda/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}}},
    {"continuumio/anaconda3", "/", {{"PATH", "/opt/conda/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}}},
    {"continuumio/miniconda", "/", {{"PATH", "/opt/conda/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}}},
    {"continuumio/anaconda", "/", {{"PATH", "/opt/conda/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}}},
    // Jupyter's docker-stacks (each built on base-notebook): conda in CONDA_DIR, first on PATH; the
    // notebook user's home.
    {"jupyter/base-notebook", "/home/jovyan", {{"CONDA_DIR", "/opt/conda"}, {"HOME", "/home/jovyan"},
        {"PATH", "/opt/conda/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}}},
};
constexpr std::string_view kJupyterStacks[] = {"jupyter/minimal-notebook", "jupyter/scipy-notebook",
    "jupyter/datascience-notebook", "jupyter/tensorflow-notebook", "jupyter/r-notebook", "jupyter/pyspark-notebook",
    "jupyter/all-spark-notebook"};

std::string Unquote(std::string_view text) {
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front())
    text = text.substr(1, text.size() - 2);
  return std::string(text);
}

std::string Value(std::string_view text, const std::map<std::string, std::string>& vars) {
  std::string plain = Unquote(text);
  return Expand(plain, vars).value_or(plain);
}

// Linux's MAX_ARG_STRLEN: an environment string ("NAME=value" and its NUL) longer than this makes
// every exec fail (E2BIG), so no RUN after it runs and the model forgets the value. This also keeps
// `ENV PATH=/x:$PATH` repeated 300,000 times from growing the model's PATH quadratically.
constexpr size_t kMaxEnvString = 32 * 4096;

void SetVar(ShellState& state, const std::string& name, std::string value) {
  if (name.size() + value.size() + 2 > kMaxEnvString) state.vars.erase(name);
  else state.vars[name] = std::move(value);
}

shell::Command ExecCommand(const std::vector<std::string>& args) {
  shell::Command command;
  for (const std::string& arg : args) {
    shell::Word& word = command.words.emplace_back();
    word.value = arg;  // raw() is the same
  }
  return command;
}

void AddEffect(InstructionFlow& flow, const Effect& effect) {
  auto append = [](CompactList<std::string>& to, const std::vector<std::string>& paths) {
    if (paths.empty()) return;  // an empty list stays unallocated
    std::vector<std::string>& items = to.Mutable();
    items.insert(items.end(), paths.begin(), paths.end());
  };
  append(flow.reads, effect.reads);
  append(flow.writes, effect.writes);
  flow.unknown |= effect.kind == EffectKind::kUnknown;
}

void Walk(const ir::Dockerfile& df, const ir::Instruction& inst, const FlowOptions& options, ShellState& state,
          InstructionFlow& flow) {
  std::vector<shell::Script> owned;  // the scripts parsed here; reserved so that pointers stay valid
  owned.reserve(1 + inst.heredocs.size());
  std::vector<const shell::Script*> scripts;
  if (inst.is_exec()) {
    shell::Script& script = owned.emplace_back();
    script.commands.push_back(ExecCommand(inst.exec_args));
    scripts.push_back(&script);
  } else if (options.script_of) {
    if (const shell::Script* script = options.script_of(inst)) scripts.push_back(script);
  } else if (std::optional<shell::Script> script = shell::ParseInstructionScript(df, inst)) {
    scripts.push_back(&owned.emplace_back(std::move(*script)));
  }
  for (size_t h = 0; h < inst.heredocs.size(); ++h)
    if (std::optional<shell::Script> script = shell::ParseHeredocOf(df, inst, h))
      scripts.push_back(&owned.emplace_back(std::move(*script)));
  std::vector<CommandFlow> walked;
  if (scripts.empty()) {
    flow.unknown = true;
    walked.push_back({std::string(inst.rest), MakeEffect(EffectKind::kUnknown, "RUN", "a script dockopt cannot read"), state.cwd});
    flow.commands = CommandFlows(std::move(walked));
    return;
  }
  ShellState local = state;  // cd and export last only for the RUN
  for (const shell::Script* each : scripts) {
    const shell::Script& script = *each;
    std::vector<NestedCommand> commands = ScriptEffects(script, local);
    walked.reserve(walked.size() + commands.size());  // exact: kept for the whole stage
    for (NestedCommand& command : commands) {
      AddEffect(flow, command.effect);
      walked.push_back({std::move(command.text), std::move(command.effect), std::move(command.cwd), command.conditional});
    }
    if (!script.error.empty()) flow.unknown = true;
  }
  flow.commands = CommandFlows(std::move(walked));
  for (const auto& [name, value] : local.vars)  // configure/cmake install prefixes carry over
    if (name.starts_with("dockopt.")) state.vars[name] = value;
}

// A RUN whose text and walk repeat the last RUN of that text takes its copy of the commands (`seen`
// holds the last copy per text: the texts are views into the Dockerfile's source).
void ShareRepeatedWalk(std::string_view text, CommandFlows& commands,
                       std::unordered_map<std::string_view, CommandFlows>& seen) {
  if (commands.empty()) return;
  auto [it, inserted] = seen.try_emplace(text, commands);
  if (inserted || it->second.SharedWith(commands)) return;
  if (it->second.items() == commands.items()) commands = it->second;
  else it->second = commands;
}

// Walk, or what an earlier walk of the same RUN from the same state gave.
// (`walks`: ShareRepeatedWalk's, before the memo keeps the walk.)
void Run(const ir::Dockerfile& df, const ir::Instruction& inst, const FlowOptions& options, ShellState& state,
         InstructionFlow& flow, std::unordered_map<std::string_view, CommandFlows>& walks) {
  const std::string_view text = df.Text(inst.span);
  auto walk = [&] {
    Walk(df, inst, options, state, flow);
    ShareRepeatedWalk(text, flow.commands, walks);
  };
  if (options.run_flows == nullptr) return walk();
  // A RUN after a PATH grown to 100 KiB has a huge key: it is walked again each round instead.
  std::optional<RunFlowMemo::Key> key = RunFlowMemo::KeyOf(df.escape, text, state);
  if (!key) return walk();
  if (const RunFlow* kept = options.run_flows->Find(*key)) {
    flow.reads = kept->reads;
    flow.writes = kept->writes;
    flow.commands = kept->commands;
    flow.unknown = kept->unknown;
    for (const auto& [name, value] : kept->carried) state.vars[name] = value;
    ShareRepeatedWalk(text, flow.commands, walks);
    return;
  }
  walk();
  RunFlow walked{flow.reads, flow.writes, flow.commands, flow.unknown, {}};
  for (const auto& [name, value] : state.vars)
    if (name.starts_with("dockopt.")) walked.carried.emplace_back(name, value);
  options.run_flows->Keep(std::move(*key), std::move(walked));
}

// A manifest or lock file a package manager reads (package.json, yarn.lock, go.sum): a file by its
// tool's definition.
bool IsManifestFile(std::string_view name) {
  for (Ecosystem ecosystem : {Ecosystem::kPip, Ecosystem::kPipenv, Ecosystem::kPoetry, Ecosystem::kUv, Ecosystem::kPdm,
                              Ecosystem::kSetuptools, Ecosystem::kNpm, Ecosystem::kYarn, Ecosystem::kPnpm, Ecosystem::kGo,
                              Ecosystem::kCargo, Ecosystem::kMaven, Ecosystem::kBundler, Ecosystem::kComposer}) {
    ManifestNames names = ManifestNamesOf(ecosystem);
    for (const std::string& file : names.required)
      if (file == name) return true;
    for (const std::string& file : names.optional)
      if (file == name && (file.ends_with(".lock") || file.ends_with("-lock.json") || file.ends_with("-lock.yaml") ||
                           file.ends_with(".sum") || file == "npm-shrinkwrap.json"))
        return true;
  }
  return false;
}

// `COPY src dest/` puts a file at dest/NAME but a folder's contents into dest itself. Unless the build
// context shows src is a file, the write is dest, which holds either way. Into '/' or a folder the OS
// keeps its own files in, dest/NAME stays (a folder there would be a COPY production fails on, loudly).
bool MayBeFolderInto(const std::string& src, bool from_stage, const std::string& dest, const ShellState& state) {
  constexpr std::string_view kOsFolders[] = {"/", "/bin", "/sbin", "/lib", "/usr", "/usr/bin", "/usr/sbin", "/usr/lib",
                                             "/usr/share", "/usr/local", "/usr/local/bin", "/etc", "/var", "/root",
                                             "/home", "/opt", "/tmp"};
  if (std::find(std::begin(kOsFolders), std::end(kOsFolders), dest) != std::end(kOsFolders)) return false;
  if (IsManifestFile(src.substr(src.rfind('/') + 1))) return false;
  if (from_stage || !state.context) return true;
  std::optional<std::string> text = state.context(Join("/", src).substr(1));
  return !text.has_value();
}

void Copy(const ir::Instruction& inst, ShellState& state, InstructionFlow& flow) {
  const std::optional<CopyArgs> copy = ReadCopyArgs(inst);
  if (!copy) return;
  const bool from = copy->from.has_value();
  flow.from_stage = copy->from.value_or("");
  flow.from_context = !from;
  std::string dest = Value(copy->destination, state.vars);
  bool into_dir = dest.ends_with("/") || copy->sources.size() > 1 || dest == "." ;
  std::string dest_abs = Join(state.cwd, dest);
  for (const CopySourceArg& source : copy->sources) {
    std::string src = Value(source.path, state.vars);
    bool whole = src == "." || src == "./" || src == "/";
    flow.reads.push_back(from ? Join("/", src) : "context:" + Join("/", src).substr(1));
    std::string_view name = src;
    name.remove_prefix(name.rfind('/') == std::string_view::npos ? 0 : name.rfind('/') + 1);
    bool named = !whole && !src.ends_with("/") && !HasGlob(src) && into_dir;
    std::string file = named ? Join(dest_abs, name) : dest_abs;  // where src lands if it is a file
    flow.writes.push_back(named && !MayBeFolderInto(src, from, dest_abs, state) ? file : dest_abs);
    if (!from && !whole && !HasGlob(src) && !src.ends_with("/"))  // one context file: a script the stage may run
      state.context_files[file] = Join("/", src).substr(1);
    else
      state.context_files.erase(file);
    if (!from && whole && state.context_root.empty()) state.context_root = dest_abs;
  }
}

void Seed(std::string_view base, ShellState& state) {
  state.image = std::string(base);
  std::optional<BaseImageFacts> facts = LookupBaseImage(base);
  std::string family = facts ? facts->family : std::string(base.substr(0, base.find(':')));
  if (std::find(std::begin(kJupyterStacks), std::end(kJupyterStacks), family) != std::end(kJupyterStacks))
    family = "jupyter/base-notebook";
  for (const ImageDefaults& defaults : kDefaults) {
    if (family != defaults.family) continue;
    state.cwd = std::string(defaults.workdir);
    for (const auto& [name, value] : defaults.vars) state.vars[std::string(name)] = std::string(value);
    if (state.vars.contains("HOME")) state.home = state.vars["HOME"];
  }
  // TensorFlow's Jupyter tags end their Dockerfile with WORKDIR /tf (tensorflow/tensorflow,
  // tensorflow/tools/dockerfiles/partials/jupyter.partial.Dockerfile); its other tags set none.
  std::string_view tag = base.substr(std::min(base.size(), base.find(':') + 1));
  if (base.starts_with("tensorflow/tensorflow:") && tag.find("jupyter") != std::string_view::npos) state.cwd = "/tf";
}

}  // namespace

std::string BaseImageWorkdir(std::string_view image) {
  ShellState state;
  Seed(image, state);
  return state.cwd.empty() ? "/" : state.cwd;
}

StageFlow AnalyzeStage(const ir::Dockerfile& df, int stage_index, const FlowOptions& options) {
  const ir::Stage& stage = options.stage ? *options.stage : df.stages[static_cast<size_t>(stage_index)];
  StageFlow out;
  out.stage = stage_index;
  out.base = stage.base;
  ShellState state;
  Seed(stage.base, state);
  std::map<std::string, std::string> meta;  // ARG defaults before the first FROM: a bare `ARG NAME` takes them
  for (const ir::Instruction& inst : df.instructions)
    if (inst.stage < 0 && inst.kind == ir::InstructionKind::kArg)
      for (const std::string& arg : inst.node_args)
        if (size_t eq = arg.find('='); eq != std::string::npos) meta[arg.substr(0, eq)] = Unquote(arg.substr(eq + 1));
  state.context = options.context;
  std::string user;
  std::unordered_map<std::string_view, CommandFlows> walks;  // ShareRepeatedWalk
  out.instructions.reserve(stage.instructions.size());  // exact: a large stage's doubling slack was MBs
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    InstructionFlow flow;
    flow.index = index;
    flow.kind = inst.kind;
    flow.cwd = state.cwd;
    flow.user = user;
    switch (inst.kind) {
      case ir::InstructionKind::kEnv: {
        // BuildKit's ENV nodes are (name, value, separator) triples, and every value of one ENV is
        // expanded against the environment from before it (`ENV A=2 B=$A` gives B the old A).
        // (All values first, then the assignments: no copy of the variables, which grow with PATH.)
        std::vector<std::string> values;
        for (size_t i = 0; i + 1 < inst.node_args.size(); i += 3) values.push_back(Value(inst.node_args[i + 1], state.vars));
        for (size_t i = 0; i + 1 < inst.node_args.size(); i += 3) SetVar(state, inst.node_args[i], std::move(values[i / 3]));
        if (state.vars.contains("HOME")) state.home = state.vars["HOME"];
        break;
      }
      case ir::InstructionKind::kArg:
        for (const std::string& arg : inst.node_args) {
          size_t eq = arg.find('=');
          if (eq != std::string::npos) SetVar(state, arg.substr(0, eq), Value(arg.substr(eq + 1), state.vars));
          else if (meta.contains(arg)) state.vars[arg] = meta[arg];
        }
        break;
      case ir::InstructionKind::kWorkdir:
        state.cwd = Join(state.cwd, Value(inst.rest, state.vars));
        flow.writes.push_back(state.cwd);
        break;
      case ir::InstructionKind::kUser: {
        user = Value(inst.rest, state.vars);
        std::string name = user.substr(0, user.find(':'));
        // Docker sets HOME from /etc/passwd: /root for root, the user's home (useradd -m: /home/NAME),
        // and "/" for a uid without an entry.
        if (!state.vars.contains("HOME"))
          state.home = name == "root" || name == "0" ? "/root"
                       : name.find_first_not_of("0123456789") == std::string::npos ? "/" : "/home/" + name;
        break;
      }
      case ir::InstructionKind::kRun:
        Run(df, inst, options, state, flow, walks);
        break;
      case ir::InstructionKind::kCopy: case ir::InstructionKind::kAdd:
        Copy(inst, state, flow);
        NoteStartupFileWrites(flow.writes, state);
        NoteComposerWrites(flow.writes, state);
        break;
      case ir::InstructionKind::kOnbuild: case ir::InstructionKind::kShell: flow.unknown = inst.kind == ir::InstructionKind::kOnbuild; break;
      default: break;
    }
    out.instructions.push_back(std::move(flow));
  }
  out.vars = state.vars;
  out.context_root = state.context_root;
  out.runtime = ReadRuntimeNeeds(df, stage, state.cwd, user, state.vars);
  return out;
}

std::vector<std::string> UnsuppliedNeeds(const RuntimeNeeds& needs, const std::vector<std::string>& supplied) {
  std::vector<std::string> paths = needs.scripts;
  paths.insert(paths.end(), needs.files.begin(), needs.files.end());
  if (needs.program.starts_with("/")) paths.push_back(needs.program);
  std::vector<std::string> missing;
  for (const std::string& path : paths) {
    bool found = std::any_of(supplied.begin(), supplied.end(), [&](const std::string& s) { return IsUnder(path, s); });
    if (!found && std::find(missing.begin(), missing.end(), path) == missing.end()) missing.push_back(path);
  }
  return missing;
}

namespace {

// The first folder of the stage's PATH, before `found_in`, that an instruction of the stage wrote into
// or under (`ENV PATH /app/scripts:$PATH` after `COPY . /app`): a bare `name` may be found there
// first, so that folder's `name` is where it runs from; "" when no earlier folder was written.
std::string EarlierPathCandidate(const StageFlow& flow, std::string_view name, std::string_view found_in) {
  auto path = flow.vars.find("PATH");
  if (path == flow.vars.end()) return "";
  std::string_view rest = path->second;
  while (!rest.empty()) {
    std::string_view entry = rest.substr(0, rest.find(':'));
    rest.remove_prefix(std::min(rest.size(), entry.size() + 1));
    // `$PATH` is the PATH from before (the image's): the folders the program was found in follow it.
    if (entry == "$PATH" || entry == "${PATH}") return "";
    // An ENV value with an unknown variable stays unexpanded as a whole: expand each folder alone.
    std::string dir = Expand(std::string(entry), flow.vars).value_or("");
    if (dir == found_in) return "";
    if (!dir.starts_with("/")) continue;
    for (const InstructionFlow& inst : flow.instructions)
      for (const std::string& written : inst.writes)
        if (written != "/" && (IsUnder(dir, written) || IsUnder(written, dir)))
          return std::string(dir) + "/" + std::string(name);
  }
  return "";
}

}  // namespace

std::string ProgramWrittenBy(const StageFlow& flow, std::string_view name) {
  std::string found = ProgramWrittenByAnywhere(flow, name);
  if (found.empty() || name.empty()) return found;
  std::string earlier = EarlierPathCandidate(flow, name, std::string_view(found).substr(0, found.rfind('/')));
  return earlier.empty() ? found : earlier;
}

std::string ProgramWrittenByAnywhere(const StageFlow& flow, std::string_view name) {
  const std::vector<std::string_view> path_dirs = {"/usr/local/bin", "/usr/bin", "/bin", "/usr/local/sbin",
                                                   "/usr/local/go/bin", "/go/bin", "/usr/local/cargo/bin", "/root/.local/bin"};
  // A write of the program by its own name (`ADD URL /usr/bin/dumb-init`) beats a later build's folder,
  // which may hold it: `go install` into /go/bin does not make a dumb-init there.
  if (!name.empty())
    for (auto it = flow.instructions.rbegin(); it != flow.instructions.rend(); ++it)
      for (const std::string& written : it->writes)
        for (std::string_view dir : path_dirs)
          if (written == std::string(dir) + "/" + std::string(name)) return written;
  for (auto it = flow.instructions.rbegin(); it != flow.instructions.rend(); ++it) {
    for (const std::string& written : it->writes) {
      for (std::string_view dir : path_dirs) {
        if (written == std::string(dir) + "/" + std::string(name)) return written;
        if (written == std::string(dir) + "/*") return std::string(dir) + "/" + std::string(name);  // cp bin/* DIR/
        // A build that wrote the folder holding the PATH folder (`make install` into /usr/local, pip
        // --user into ~/.local); for a named program, one further up (dpkg-buildpackage's parent
        // folder, /root) says nothing of it. An empty name (no command of its own) keeps the older,
        // looser match, which the splits of files without CMD rely on.
        bool holds_dir = IsUnder(dir, written) &&
                         (name.empty() || dir == written || dir.substr(written.size() + 1).find('/') == std::string_view::npos);
        if (it->kind == ir::InstructionKind::kRun && holds_dir && written != "/" &&
            std::any_of(it->commands.begin(), it->commands.end(), [](const CommandFlow& c) {
              return c.effect.kind == EffectKind::kBuild || c.effect.kind == EffectKind::kDeps;
            }))
          return std::string(dir) + "/" + std::string(name);
      }
    }
  }
  return "";
}

}  // namespace dockopt::analysis
