// PlanDevRunSplit (see split_dev_run.h): the stage is rewritten in memory (a `go build` or `cargo
// build` RUN after its last build step, the command running the binary), the split is planned on that
// text as on any stage, and its edits are mapped back onto the original file.
#include "transforms/rules/split_dev_run.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

#include "analysis/dev_run.h"
#include "analysis/paths.h"
#include "context/context_files.h"
#include "parser/parse.h"
#include "transforms/apply_edits.h"
#include "transforms/rules/split_chain.h"
#include "transforms/rules/stage_split.h"

namespace dockopt::split {
namespace {

using ir::InstructionKind;

constexpr std::string_view kBinDir = "/usr/local/bin/";

// The command as the container runs it: VAR=value words, then the go words.
struct Command {
  const ir::Instruction* inst = nullptr;
  std::vector<std::string> assignments;  // shell form only
  std::vector<std::string> words;
  bool needs_shell_syntax = false;  // shell form beyond plain words: quotes, operators, substitutions
};

bool Assignment(std::string_view word) {
  size_t eq = word.find('=');
  if (eq == 0 || eq == std::string_view::npos) return false;
  return std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(eq), [](char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }) && !(word[0] >= '0' && word[0] <= '9');
}

std::optional<Command> ContainerCommand(const ir::Dockerfile& df, const ir::Stage& stage) {
  const ir::Instruction* entrypoint = nullptr;
  const ir::Instruction* cmd = nullptr;
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (inst.kind == InstructionKind::kEntrypoint) entrypoint = &inst;
    if (inst.kind == InstructionKind::kCmd) cmd = &inst;
  }
  Command out;
  out.inst = entrypoint ? entrypoint : cmd;
  if (!out.inst) return std::nullopt;
  if (out.inst->is_exec()) {
    out.words = out.inst->exec_args;
    return out;
  }
  std::string_view rest = out.inst->rest;
  out.needs_shell_syntax = rest.find_first_of("\"'\\;&|<>()`*?[]#~\n") != std::string_view::npos;
  for (size_t at = 0; at < rest.size();) {
    size_t begin = rest.find_first_not_of(" \t", at);
    if (begin == std::string_view::npos) break;
    size_t end = std::min(rest.find_first_of(" \t", begin), rest.size());
    std::string word(rest.substr(begin, end - begin));
    if (out.words.empty() && Assignment(word)) out.assignments.push_back(std::move(word));
    else out.words.push_back(std::move(word));
    at = end;
  }
  return out;
}

// A word the builder's RUN can hold unquoted (exec form: no expansion either, so no '$').
bool PlainWord(std::string_view word, bool exec) {
  return !word.empty() && word.find_first_of(" \t\"'\\;&|<>()`*?[]#~{}") == std::string_view::npos &&
         !(exec && word.find('$') != std::string_view::npos);
}

std::string Joined(const std::vector<std::string>& words) { return fmt::format("{}", fmt::join(words, " ")); }

// Folders a working directory may not be copied as a whole from: the OS's, the GOPATH root (the module
// cache), the build's scratch places.
bool CopyableWorkdir(std::string_view workdir, std::string_view gopath) {
  constexpr std::array<std::string_view, 11> kOs = {"/usr", "/etc", "/var", "/bin", "/sbin", "/lib", "/proc",
                                                    "/sys", "/dev", "/tmp", "/run"};
  if (workdir.empty() || workdir == "/" || workdir == "/root" || workdir == "/home" || workdir == "/opt" ||
      workdir == "/srv" || analysis::IsUnder(gopath, workdir) || BuildOnlyPath(workdir))
    return false;
  return std::none_of(kOs.begin(), kOs.end(), [&](std::string_view dir) { return analysis::IsUnder(workdir, dir); });
}

// True when the build context holds only files whose names end with one of `kinds` (sources and
// manifests) and documents: what `COPY . DIR` put in the working directory is then all compiled into
// the binary, and nothing else is read.
bool OnlySources(const RuleContext& context, std::initializer_list<std::string_view> kinds) {
  if (!context.options().context_dir) return false;
  std::string error;
  std::optional<context::ContextFiles> files = context::ContextFiles::Open(*context.options().context_dir, error);
  if (!files) return false;
  bool only = true;
  files->Walk([&](const std::string& path, bool directory) {
    if (directory) return context::ContextFiles::Step::kContinue;
    std::string_view name = std::string_view(path).substr(path.rfind('/') + 1);
    only = name.ends_with(".md") || name.starts_with("LICENSE") || name.starts_with("Dockerfile") ||
           name == ".dockerignore" || name == ".gitignore" ||
           std::any_of(kinds.begin(), kinds.end(), [&](std::string_view kind) { return name.ends_with(kind); });
    return only ? context::ContextFiles::Step::kContinue : context::ContextFiles::Step::kStop;
  });
  return only;
}

// The working directory when the program may read files from it at run time (`go run` ran in it):
// production gets it too. "" when the stage wrote nothing there, or only Go sources (--context).
std::string WorkdirToCopy(const RuleContext& context, const analysis::StageFlow& flow) {
  const std::string& workdir = flow.runtime.workdir;
  auto var = flow.vars.find("GOPATH");
  if (!CopyableWorkdir(workdir, var == flow.vars.end() ? "/go" : var->second)) return "";
  bool wrote = false, commands_wrote = false;
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    for (const std::string& w : inst.writes)
      wrote |= w != "/" && (analysis::IsUnder(w, workdir) || analysis::IsUnder(workdir, w));
    for (const analysis::CommandFlow& command : inst.commands) {
      if (command.effect.kind == analysis::EffectKind::kBuild && command.effect.tool == "go build") continue;
      for (const std::string& w : command.effect.writes)
        if (w != "/" && (analysis::IsUnder(w, workdir) || analysis::IsUnder(workdir, w))) wrote = commands_wrote = true;
    }
  }
  if (!wrote || (!commands_wrote && flow.context_root == workdir && OnlySources(context, {".go", "go.mod", "go.sum"}))) return "";
  return workdir;
}

// WORKDIRs that name a variable only the base image sets (`WORKDIR $GOPATH/src/app` on golang):
// production's runtime base does not set it, so they are written with the path they resolve to (the
// same path in the builder, on the same image).
Edits ResolvedWorkdirs(const ir::Dockerfile& df, const ir::Stage& stage, const analysis::StageFlow& flow) {
  auto set_by_file = [&](std::string_view name) {
    if (stage.assignments.contains(name)) return true;
    return std::any_of(df.meta_args.begin(), df.meta_args.end(), [&](size_t index) {
      std::string_view rest = df.instructions[index].rest;
      return rest.substr(0, rest.find('=')) == name;
    });
  };
  Edits out;
  for (size_t i = 0; i < flow.instructions.size(); ++i) {
    const ir::Instruction& inst = df.instructions[flow.instructions[i].index];
    if (inst.kind != InstructionKind::kWorkdir || inst.stage != static_cast<int>(&stage - df.stages.data())) continue;
    std::string_view rest = inst.rest;
    bool base_var = false;
    for (size_t at = rest.find('$'); at != std::string_view::npos; at = rest.find('$', at + 1)) {
      size_t begin = at + 1 + (at + 1 < rest.size() && rest[at + 1] == '{');
      size_t end = rest.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_", begin);
      base_var |= !set_by_file(rest.substr(begin, end == std::string_view::npos ? end : end - begin));
    }
    const std::string& path = i + 1 < flow.instructions.size() ? flow.instructions[i + 1].cwd : flow.runtime.workdir;
    if (base_var && path.starts_with("/") && path.find_first_of("$ \t\"'") == std::string::npos)
      out.push_back({inst.args, path});
  }
  return out;
}

uint32_t Shift(uint32_t offset, int64_t delta) { return static_cast<uint32_t>(offset - delta); }

// `edits` (against `changed` of the original file, which became `size` bytes) against the original;
// nullopt when an edit cuts into the changed region.
std::optional<Edits> MapBack(const Edits& edits, Span changed, size_t size) {
  int64_t delta = static_cast<int64_t>(size) - static_cast<int64_t>(changed.size());
  uint32_t new_end = static_cast<uint32_t>(changed.end + delta);
  Edits out;
  for (const Edit& e : edits) {
    if (e.span.end <= changed.begin) out.push_back(e);
    else if (e.span.begin >= new_end) out.push_back({Span{Shift(e.span.begin, delta), Shift(e.span.end, delta)}, e.text});
    else if (e.span.begin <= changed.begin && e.span.end >= new_end) out.push_back({Span{e.span.begin, Shift(e.span.end, delta)}, e.text});
    else return std::nullopt;
  }
  return out;
}

// What the builder runs instead of the command's tool, and what the command then runs.
struct Compiled {
  std::string tool;    // "go run", "cargo run"
  std::string build;   // the builder's command
  std::string binary;  // absolute
  std::vector<std::string> args;
  std::vector<std::string> build_words;  // the words of `build` taken from the command: plain words only
  std::string blocker;
  bool copy_workdir = true;  // the working directory may go along (not when it holds cargo's target/)
};

Compiled CompileGo(const analysis::GoRun& run, const std::string& workdir, const std::string& assignments) {
  Compiled out{"go run", "", std::string(kBinDir) + analysis::GoBinaryName(run, workdir), run.args, run.build_flags, run.blocker};
  out.build_words.insert(out.build_words.end(), run.targets.begin(), run.targets.end());
  std::string flags = run.build_flags.empty() ? "" : Joined(run.build_flags) + " ";
  out.build = fmt::format("{}go build {}-o {} {}", assignments, flags, out.binary, Joined(run.targets));
  return out;
}

// `cargo run` -> `cargo build --release`, whose binary is target/release/NAME in the working directory,
// NAME from --bin or from the Cargo.toml that `COPY . WORKDIR` put there (--context). The working
// directory holds target/, so it does not go along: only a context of Rust sources, manifests and
// documents is taken as read only by the build.
Compiled CompileCargo(const RuleContext& context, const analysis::CargoRun& run, const analysis::StageFlow& flow,
                      const std::string& assignments) {
  Compiled out{"cargo run", "", "", run.args, run.build_flags, run.blocker};
  out.copy_workdir = false;
  if (!out.blocker.empty()) return out;
  const std::string& workdir = flow.runtime.workdir;
  std::string name = run.bin;
  std::optional<std::string> toml;
  if (context.options().context_dir && flow.context_root == workdir)
    toml = context::ContextFiles(*context.options().context_dir).Read("Cargo.toml");
  if (name.empty() && toml) name = analysis::CargoBinaryName(*toml).value_or("");
  if (flow.vars.contains("CARGO_TARGET_DIR") || flow.vars.contains("CARGO_BUILD_TARGET"))
    out.blocker = "the stage sets where cargo builds (CARGO_TARGET_DIR, CARGO_BUILD_TARGET)";
  else if (name.empty() || workdir.empty() || workdir == "/")
    out.blocker = "the binary's name comes from a Cargo.toml in the working directory, which dockopt reads only "
                  "with --context when 'COPY . .' put the context there";
  else if (!OnlySources(context, {".rs", "Cargo.toml", "Cargo.lock"}))
    out.blocker = "the program may read files from its working directory, which also holds cargo's target/";
  if (!out.blocker.empty()) return out;
  out.binary = workdir + "/target/release/" + name;
  std::string flags = run.build_flags.empty() ? "" : " " + Joined(run.build_flags);
  out.build = fmt::format("{}cargo build --release{}", assignments, flags);
  return out;
}

}  // namespace

std::optional<DevRunSplit> PlanDevRunSplit(RuleContext& context, const ir::Stage& stage) {
  const ir::Dockerfile& df = context.dockerfile();
  std::optional<Command> command = ContainerCommand(df, stage);
  if (!command) return std::nullopt;
  std::optional<analysis::GoRun> go = analysis::ReadGoRun(command->words);
  std::optional<analysis::CargoRun> cargo = go ? std::nullopt : analysis::ReadCargoRun(command->words);
  if (std::string jvm = analysis::JvmRunBlocker(command->words); !jvm.empty() && !go && !cargo) {
    DevRunSplit out;
    out.tool = command->words.front().substr(command->words.front().rfind('/') + 1);
    out.blocker = std::move(jvm);
    return out;
  }
  if (!go && !cargo) return std::nullopt;

  // Where the build goes: after the last instruction that sets up what the command would see.
  size_t after = stage.from;
  for (size_t index : stage.instructions)
    switch (df.instructions[index].kind) {
      case InstructionKind::kRun: case InstructionKind::kCopy: case InstructionKind::kAdd: case InstructionKind::kWorkdir:
      case InstructionKind::kEnv: case InstructionKind::kArg: case InstructionKind::kShell:
        after = index;
        break;
      default:
        break;
    }
  // The user the build runs as: a later USER (DF301's) applies to the command, not to the build.
  std::string_view user;
  for (size_t index : stage.instructions)
    if (index < after && df.instructions[index].kind == InstructionKind::kUser) user = df.instructions[index].rest;
  user = user.substr(0, user.find_first_of(": \t"));
  std::optional<ir::Stage> chain = ChainStage(df, stage);
  analysis::StageFlow flow = StageFlowOf(context, static_cast<int>(df.stages.size() - 1), chain ? &*chain : nullptr);
  std::string assignments = command->assignments.empty() ? "" : Joined(command->assignments) + " ";
  Compiled compiled = go ? CompileGo(*go, flow.runtime.workdir, assignments) : CompileCargo(context, *cargo, flow, assignments);
  DevRunSplit out;
  out.tool = compiled.tool;
  const bool exec = command->inst->is_exec();
  if (!compiled.blocker.empty()) out.blocker = std::move(compiled.blocker);
  else if (command->needs_shell_syntax) out.blocker = "its shell form needs the shell beyond plain words";
  for (const std::string& word : compiled.build_words)
    if (out.blocker.empty() && !PlainWord(word, exec)) out.blocker = fmt::format("the word '{}' needs quoting", word);
  if (out.blocker.empty() && !user.empty() && user != "root" && user != "0")
    out.blocker = fmt::format("the build would run as '{}', who cannot write the binary", user);
  if (!out.blocker.empty()) return out;
  const std::string& binary = compiled.binary;
  const std::string& build = compiled.build;
  std::string runs;
  if (exec) {
    std::vector<std::string> quoted = {nlohmann::json(binary).dump()};  // JSON strings, as exec form wants
    for (const std::string& arg : compiled.args) quoted.push_back(nlohmann::json(arg).dump());
    runs = fmt::format("[{}]", fmt::join(quoted, ", "));
  } else {
    runs = assignments + binary + (compiled.args.empty() ? "" : " " + Joined(compiled.args));
  }

  // The stage as an expert writes it, in memory.
  const ir::Instruction& last = df.instructions[after];
  std::string_view text = df.source->text();
  std::string run_line = std::string(text.substr(0, last.span.end).ends_with('\n') ? "" : context.Newline()) +
                         Line(context, fmt::format("{} {}", context.Keyword("RUN", *command->inst), build));
  Edits rewrite = {{Span{last.span.end, last.span.end}, run_line},
                   {Span{command->inst->keyword.begin, command->inst->args.end},
                    fmt::format("{} {}", context.Text(command->inst->keyword), runs)}};
  Edits resolved = ResolvedWorkdirs(df, stage, flow);
  rewrite.insert(rewrite.end(), resolved.begin(), resolved.end());
  rewrite = SortedEdits(std::move(rewrite));
  std::string modified = ApplyEdits(text, rewrite);
  Span changed{rewrite.front().span.begin, rewrite.back().span.end};
  size_t changed_size = modified.size() - changed.begin - (text.size() - changed.end);

  SourceBuffer source(df.source->path(), modified);
  ParseResult parsed = Parse(source);
  if (!parsed.dockerfile) return std::nullopt;
  const ir::Dockerfile& compiled_df = *parsed.dockerfile;
  RuleContext compiled_context(compiled_df, context.options());
  const ir::Stage& compiled_stage = compiled_df.stages.back();
  std::optional<ir::Stage> compiled_chain = ChainStage(compiled_df, compiled_stage);
  const ir::Stage& planned = compiled_chain ? *compiled_chain : compiled_stage;
  analysis::StageFlow compiled_flow =
      StageFlowOf(compiled_context, static_cast<int>(compiled_df.stages.size() - 1), compiled_chain ? &*compiled_chain : nullptr);
  out.plan = PlanSplit(compiled_context, planned, compiled_flow);
  if (!out.plan) return std::nullopt;
  out.note = fmt::format("`{}` became a compiled binary: the builder runs '{}', the command runs '{}'", compiled.tool, build,
                         binary);
  if (!out.plan->blocker.empty()) return out;
  if (std::string workdir = compiled.copy_workdir ? WorkdirToCopy(compiled_context, compiled_flow) : ""; !workdir.empty()) {
    out.plan->artifacts.push_back({workdir, ""});
    out.note += fmt::format("; the working directory '{}' goes along: the program may read files from it", workdir);
  }
  std::string builder = FreeBuilderName(compiled_df, compiled_stage);
  std::optional<Edits> edits = MapBack(SplitEdits(compiled_context, planned, *out.plan, builder),
                                       changed, changed_size);
  if (!edits) return std::nullopt;
  out.edits = std::move(*edits);
  return out;
}

}  // namespace dockopt::split
