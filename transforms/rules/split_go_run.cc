// PlanGoRunSplit (see split_go_run.h): the stage is rewritten in memory (a `go build` RUN after its
// last build step, the command running the binary), the split is planned on that text as on any
// stage, and its edits are mapped back onto the original file.
#include "transforms/rules/split_go_run.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>

#include "analysis/go_run.h"
#include "analysis/paths.h"
#include "context/context_files.h"
#include "parser/parse.h"
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

std::string JsonString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string Joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

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

// True when the build context holds only Go sources, module files and documents: what `COPY . DIR`
// put in the working directory is then all compiled into the binary, and nothing else is read.
bool OnlyGoSources(const RuleContext& context) {
  if (!context.options().context_dir) return false;
  std::string error;
  std::optional<context::ContextFiles> files = context::ContextFiles::Open(*context.options().context_dir, error);
  if (!files) return false;
  bool only = true;
  files->Walk([&](const std::string& path, bool directory) {
    if (directory) return context::ContextFiles::Step::kContinue;
    std::string_view name = std::string_view(path).substr(path.rfind('/') + 1);
    only = name.ends_with(".go") || name == "go.mod" || name == "go.sum" || name.ends_with(".md") ||
           name.starts_with("LICENSE") || name.starts_with("Dockerfile") || name == ".dockerignore" ||
           name == ".gitignore";
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
  if (!wrote || (!commands_wrote && flow.context_root == workdir && OnlyGoSources(context))) return "";
  return workdir;
}

// `edits` (against `changed` of the original file, which became `size` bytes) against the original;
// nullopt when an edit cuts into the changed region.
std::optional<Edits> MapBack(const Edits& edits, Span changed, size_t size) {
  int64_t delta = static_cast<int64_t>(size) - static_cast<int64_t>(changed.size());
  uint32_t new_end = static_cast<uint32_t>(changed.end + delta);
  Edits out;
  for (const Edit& e : edits) {
    if (e.span.end <= changed.begin) out.push_back(e);
    else if (e.span.begin >= new_end) out.push_back({Span{static_cast<uint32_t>(e.span.begin - delta), static_cast<uint32_t>(e.span.end - delta)}, e.text});
    else if (e.span.begin <= changed.begin && e.span.end >= new_end) out.push_back({Span{e.span.begin, static_cast<uint32_t>(e.span.end - delta)}, e.text});
    else return std::nullopt;
  }
  return out;
}

}  // namespace

std::optional<GoRunSplit> PlanGoRunSplit(RuleContext& context, const ir::Stage& stage) {
  const ir::Dockerfile& df = context.dockerfile();
  std::optional<Command> command = ContainerCommand(df, stage);
  if (!command) return std::nullopt;
  std::optional<analysis::GoRun> run = analysis::ReadGoRun(command->words);
  if (!run) return std::nullopt;
  GoRunSplit out;
  const bool exec = command->inst->is_exec();
  if (!run->blocker.empty()) out.blocker = std::move(run->blocker);
  else if (command->needs_shell_syntax) out.blocker = "its shell form needs the shell beyond plain words";
  for (const std::vector<std::string>* words : {&run->build_flags, &run->targets})
    for (const std::string& word : *words)
      if (out.blocker.empty() && !PlainWord(word, exec)) out.blocker = fmt::format("the word '{}' needs quoting", word);
  if (!out.blocker.empty()) return out;

  // Where the build goes: after the last instruction that sets up what `go run` would see.
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
  if (!user.empty() && user != "root" && user != "0") {
    out.blocker = fmt::format("the command runs as '{}', who cannot write the binary to {}", user, kBinDir);
    return out;
  }
  const std::string binary = std::string(kBinDir) + analysis::GoBinaryName(*run, flow.runtime.workdir);
  std::string assignments = command->assignments.empty() ? "" : Joined(command->assignments) + " ";
  std::string flags = run->build_flags.empty() ? "" : Joined(run->build_flags) + " ";
  std::string build = fmt::format("{}go build {}-o {} {}", assignments, flags, binary, Joined(run->targets));
  std::string runs;
  if (exec) {
    runs = "[" + JsonString(binary);
    for (const std::string& arg : run->args) runs += ", " + JsonString(arg);
    runs += "]";
  } else {
    runs = assignments + binary + (run->args.empty() ? "" : " " + Joined(run->args));
  }

  // The stage as an expert writes it, in memory.
  const ir::Instruction& last = df.instructions[after];
  std::string_view text = df.source->text();
  std::string run_line = std::string(text.substr(0, last.span.end).ends_with('\n') ? "" : context.Newline()) +
                         Line(context, fmt::format("{} {}", context.Keyword("RUN", *command->inst), build));
  Edits rewrite = {{Span{last.span.end, last.span.end}, run_line},
                   {Span{command->inst->keyword.begin, command->inst->args.end},
                    fmt::format("{} {}", context.Text(command->inst->keyword), runs)}};
  std::sort(rewrite.begin(), rewrite.end(), [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  std::string modified(text.substr(0, rewrite[0].span.begin));
  modified += rewrite[0].text;
  modified += text.substr(rewrite[0].span.end, rewrite[1].span.begin - rewrite[0].span.end);
  modified += rewrite[1].text;
  Span changed{rewrite[0].span.begin, rewrite[1].span.end};
  size_t changed_size = modified.size() - changed.begin;
  modified += text.substr(rewrite[1].span.end);

  SourceBuffer source(df.source->path(), modified);
  ParseResult parsed = Parse(source);
  if (!parsed.dockerfile) return std::nullopt;
  const ir::Dockerfile& compiled_df = *parsed.dockerfile;
  RuleContext compiled(compiled_df, context.options());
  const ir::Stage& compiled_stage = compiled_df.stages.back();
  std::optional<ir::Stage> compiled_chain = ChainStage(compiled_df, compiled_stage);
  const ir::Stage& planned = compiled_chain ? *compiled_chain : compiled_stage;
  analysis::StageFlow compiled_flow =
      StageFlowOf(compiled, static_cast<int>(compiled_df.stages.size() - 1), compiled_chain ? &*compiled_chain : nullptr);
  out.plan = PlanSplit(compiled, planned, compiled_flow);
  if (!out.plan) return std::nullopt;
  out.note = fmt::format("`go run` became a compiled binary: the builder runs '{}', the command runs '{}'", build, binary);
  if (!out.plan->blocker.empty()) return out;
  if (std::string workdir = WorkdirToCopy(compiled, compiled_flow); !workdir.empty()) {
    out.plan->artifacts.push_back({workdir, ""});
    out.note += fmt::format("; the working directory '{}' goes along: the program may read files from it", workdir);
  }
  std::optional<Edits> edits = MapBack(SplitEdits(compiled, planned, *out.plan, FreeBuilderName(compiled_df, compiled_stage)),
                                       changed, changed_size);
  if (!edits) return std::nullopt;
  out.edits = std::move(*edits);
  return out;
}

}  // namespace dockopt::split
