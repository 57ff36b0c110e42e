// DF110 cleanup-into-layer: a RUN that only deletes what an earlier RUN created is merged into that RUN,
// because a deletion in a later layer does not shrink the image.
#include <fmt/core.h>

#include <algorithm>
#include <cctype>

#include "analysis/copy_sources.h"
#include "shell/edit.h"
#include "shell/recognize.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/rules/df110_late_package_removal.h"
#include "transforms/rules/layer_facts.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

using ir::InstructionKind;

/// What one cleanup command deletes.
struct Target {
  std::string path;       // as written, `~` and `$HOME` kept
  std::string pattern;    // find: the -name/-iname value; empty for rm
};

struct Cleanup {
  std::vector<Target> targets;
  bool relative = false;  // some path is relative (the working directory matters)
  bool home = false;      // some path goes through `~` or `$HOME` (the user matters)
};

bool IsRmFlag(const shell::Option& option) {
  return option.name == "r" || option.name == "R" || option.name == "f" || option.name == "recursive" ||
         option.name == "force" || option.name == "v" || option.name == "verbose" || option.name == "rf" ||
         option.name == "fr" || option.name == "d" || option.name == "dir";
}

bool AddPath(Cleanup& cleanup, const shell::Word& word, std::string pattern) {
  std::string value = word.value;
  if (!word.literal) {
    if (!value.starts_with("$HOME/") && !value.starts_with("${HOME}/")) return false;
    value = fmt::format("~{}", value.substr(value.find('/')));  // not "~" + string&&: GCC 12 -O3 -Wrestrict
  }
  if (value.find('$') != std::string::npos || value.find('`') != std::string::npos || value.empty()) return false;
  if (value.starts_with("~")) cleanup.home = true;
  else if (!value.starts_with("/")) cleanup.relative = true;
  cleanup.targets.push_back({value, std::move(pattern)});
  return true;
}

// Reads a command that only deletes files: `rm -rf PATH...`, `find PATH... -delete`, `find ... -exec rm`.
bool ReadCleanup(const shell::Command& command, Cleanup& cleanup) {
  if (command.opaque() || !command.env.empty() || !command.redirects.empty() || command.negated) return false;
  std::optional<shell::ToolCall> call = shell::Recognize(command);
  if (!call || !call->wrappers.empty()) return false;
  if (call->tool == "rm") {
    if (call->operands.empty()) return false;
    for (const shell::Option& option : call->options)
      if (!IsRmFlag(option)) return false;
    for (const shell::Operand& operand : call->operands)
      if (!AddPath(cleanup, command.words[operand.word], "")) return false;
    return true;
  }
  if (call->tool != "find") return false;
  bool deletes = false;
  std::string pattern;
  for (const shell::Option& option : call->options) {
    if (option.name == "delete") deletes = true;
    else if ((option.name == "exec" || option.name == "execdir") && option.value.starts_with("rm ")) deletes = true;
    else if (option.name == "name" || option.name == "iname") pattern = option.value;
    else if (option.name == "exec" || option.name == "execdir" || option.name == "ok" || option.name == "okdir" ||
             option.name == "fprint" || option.name == "fls" || option.name == "fprintf")
      return false;  // runs or writes something else
  }
  if (!deletes) return false;
  if (call->operands.empty()) {
    cleanup.relative = true;
    cleanup.targets.push_back({".", pattern});
    return true;
  }
  for (const shell::Operand& operand : call->operands)
    if (!AddPath(cleanup, command.words[operand.word], pattern)) return false;
  return true;
}

bool StartsWithAny(std::string_view path, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes)
    if (path.starts_with(p)) return true;
  return false;
}

bool Contains(std::string_view text, std::string_view needle) { return text.find(needle) != std::string_view::npos; }

// True when the RUN whose script is `script` plainly creates what `target` names.
bool Creates(const shell::Script& script, const Target& target) {
  const std::vector<ToolUse>& uses = ToolUses(script);  // the memo keeps it: no copy
  auto any = [&](auto pred) { return std::any_of(uses.begin(), uses.end(), [&](const ToolUse& u) { return pred(u.call); }); };
  auto apt = [](const shell::ToolCall& c) {
    return IsApt(c, "install") || IsApt(c, "update") || IsApt(c, "upgrade") || IsApt(c, "dist-upgrade");
  };
  auto pip = [](const shell::ToolCall& c) { return Is(c, "pip", "install"); };
  auto js = [](const shell::ToolCall& c) { return Is(c, "npm") || Is(c, "yarn") || Is(c, "pnpm"); };
  const std::string& path = target.path;
  if (StartsWithAny(path, {"/var/lib/apt/lists", "/var/cache/apt", "/var/cache/debconf", "/var/log/apt"}))
    return any(apt);
  if (StartsWithAny(path, {"/var/cache/apk"})) return any([](const shell::ToolCall& c) { return Is(c, "apk"); });
  if (Contains(path, ".cache/pip") || path.starts_with("/tmp/pip")) return any(pip);
  if (Contains(path, ".npm") || Contains(path, ".cache/yarn") || Contains(path, ".yarn-cache")) return any(js);
  if (!target.pattern.empty() &&
      (target.pattern == "__pycache__" || target.pattern == "*.pyc" || target.pattern == "*.pyo" ||
       target.pattern == "*.py[co]"))
    return any(pip) || any([](const shell::ToolCall& c) { return Is(c, "python"); });
  if (path == "/root/.cache" || path == "~/.cache") return any(pip) || any(js);
  // Otherwise: the earlier RUN names the path (or, for a glob, the directory it lives in).
  std::string stem(path.substr(0, path.find_first_of("*?[")));
  while (stem.size() > 1 && stem.back() == '/') stem.pop_back();
  if (stem.size() < 2 || stem == "." || stem == "~") return false;
  static constexpr std::string_view kTooWide[] = {"/usr", "/var", "/etc", "/opt", "/home", "/root", "/srv", "/usr/local"};
  for (std::string_view wide : kTooWide)
    if (stem == wide) return false;
  return Contains(script.text, stem);
}

bool CommentsAbout(std::string_view comments, const Cleanup& cleanup) {
  std::string lower(comments);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (Contains(lower, "dockopt:")) return false;
  static constexpr std::string_view kWords[] = {"clean", "remov", "delet", "rm ", "purge", "cache", "tidy",
                                                "shrink", "size", "pyc", "temp", "tmp"};
  for (std::string_view w : kWords)
    if (Contains(lower, w)) return true;
  for (const Target& t : cleanup.targets)
    if (t.path.size() > 1 && Contains(comments, t.path)) return true;
  return false;
}

// True when the creating RUN already ends with commands that delete every target (DF101 added
// `rm -rf /var/lib/apt/lists/*` in an earlier round): the later RUN only goes, nothing is appended twice.
bool AlreadyCleans(const shell::Script& script, const Cleanup& cleanup) {
  Cleanup tail;
  for (auto it = script.commands.rbegin(); it != script.commands.rend(); ++it) {
    if (!ReadCleanup(*it, tail)) break;
    if (it->joiner != shell::Joiner::kAnd && it->joiner != shell::Joiner::kSemicolon) break;  // may not run
  }
  return std::all_of(cleanup.targets.begin(), cleanup.targets.end(), [&](const Target& t) {
    return std::any_of(tail.targets.begin(), tail.targets.end(),
                       [&](const Target& done) { return done.path == t.path && done.pattern == t.pattern; });
  });
}

// What stands between the creating RUN and the cleanup.
enum class Between : uint8_t { kClear, kUnsafe, kCopyCreates, kUnknown };

Between Judge(const ir::Dockerfile& df, size_t index, const Cleanup& cleanup) {
  const ir::Instruction& inst = df.instructions[index];
  switch (inst.kind) {
    case InstructionKind::kRun: return Between::kUnsafe;
    case InstructionKind::kWorkdir: return cleanup.relative ? Between::kUnsafe : Between::kClear;
    case InstructionKind::kUser: return cleanup.home ? Between::kUnsafe : Between::kClear;
    case InstructionKind::kEnv:
    case InstructionKind::kArg:
    case InstructionKind::kShell:
    case InstructionKind::kVolume:
    case InstructionKind::kOnbuild:
    case InstructionKind::kUnknown: return Between::kUnsafe;
    case InstructionKind::kCopy:
    case InstructionKind::kAdd: {
      const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
      if (!copy || inst.is_exec() || !inst.heredocs.empty()) return Between::kUnknown;
      std::optional<std::string> cwd = WorkdirAt(df, index);
      const std::string& dest = copy->destination;
      if (!cwd || dest.find('$') != std::string::npos) return Between::kUnknown;
      std::string to = ResolvePath(*cwd, dest);
      std::optional<std::string> run_cwd = cwd;  // no WORKDIR change allowed for relative paths
      for (const Target& t : cleanup.targets) {
        if (t.path.starts_with("~")) return Between::kUnknown;
        if (PathsOverlap(to, ResolvePath(*run_cwd, t.path))) return Between::kCopyCreates;
      }
      return Between::kClear;
    }
    default: return Between::kClear;
  }
}

std::string Shorten(std::string_view text) {
  std::string out(text.substr(0, text.find_first_of("\r\n")));
  if (out.size() > 60) out = out.substr(0, 57) + "...";
  return out;
}

void CheckRun(RuleContext& context, size_t index) {
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Instruction& run = df.instructions[index];
  if (!run.is_shell() || !run.flags.empty() || !run.heredocs.empty() || run.stage < 0) return;
  if (!PosixShellAt(df, index)) return;
  const shell::Script* script = context.ScriptOf(run);
  if (script == nullptr || !script->FullyModelled() || script->commands.empty() || !script->trailing_op.empty())
    return;
  Cleanup cleanup;
  for (const shell::Command& command : script->commands) {
    if (command.joiner != shell::Joiner::kNone && command.joiner != shell::Joiner::kAnd) return;
    if (!ReadCleanup(command, cleanup)) return;
  }
  // The nearest earlier RUN of the stage that creates every deleted path.
  const std::vector<size_t>& stage = df.stages[static_cast<size_t>(run.stage)].instructions;
  auto pos = std::find(stage.begin(), stage.end(), index);
  Between worst = Between::kClear;
  const ir::Instruction* creator = nullptr;
  for (auto it = pos; it != stage.begin();) {
    size_t i = *--it;
    const ir::Instruction& inst = df.instructions[i];
    if (inst.kind == InstructionKind::kRun) {
      const shell::Script* earlier = context.ScriptOf(inst);
      if (earlier != nullptr && std::all_of(cleanup.targets.begin(), cleanup.targets.end(),
                                            [&](const Target& t) { return Creates(*earlier, t); })) {
        creator = &inst;
        break;
      }
    }
    worst = std::max(worst, Judge(df, i, cleanup));
  }
  if (creator == nullptr) return;
  std::string what = Shorten(script->Text(Span{script->commands.front().span.begin, script->commands.back().span.end}));
  const shell::Script* target = context.ScriptOf(*creator);
  std::string creator_text = target == nullptr || target->commands.empty()
                                 ? std::string(context.Text(creator->args))
                                 : std::string(target->Text(target->commands.front().span));
  std::string message = fmt::format("'{}' deletes in a later layer: the files stay in the image, in the layer of "
                                    "the RUN '{}'", what, Shorten(creator_text));
  if (context.IsSuppressed("DF110", run)) return;
  if (worst == Between::kCopyCreates) {
    context.Report(run.keyword, message + "; a COPY in between brings them in: exclude them in .dockerignore "
                                          "(see 'dockopt context --fix')");
    return;
  }
  if (worst == Between::kUnknown) {
    context.Report(run.keyword, message);
    return;
  }
  Safety safety = worst == Between::kUnsafe ? Safety::kUnsafe : Safety::kSafe;
  if (target == nullptr || !creator->heredocs.empty() || !target->error.empty() || target->commands.empty()) {
    context.Report(run.keyword, message);
    return;
  }
  if (!creator->flags.empty()) safety = Safety::kUnsafe;  // a cache or bind mount may hold the paths
  ShellState state = StateChange(*target);
  if (state == ShellState::kDirectory && cleanup.relative) {
    context.Report(run.keyword, message + "; the RUN changes directory, so the paths would resolve elsewhere");
    return;
  }
  if (state == ShellState::kOther) safety = Safety::kUnsafe;
  if (!run.leading_comments.empty() && !CommentsAbout(context.Text(run.leading_comments), cleanup))
    safety = Safety::kUnsafe;  // the comment goes with the RUN
  std::string text(script->Text(Span{script->commands.front().span.begin, script->commands.back().span.end}));
  Edits edits = AlreadyCleans(*target, cleanup) ? Edits{} : shell::AppendCommand(*target, text);
  if (edits.empty() && !AlreadyCleans(*target, cleanup)) {
    context.Report(run.keyword, message);
    return;
  }
  edits.push_back(Edit{RemovalSpan(df, run), ""});
  // The finding covers both ends of the edit: the RUN that takes the cleanup and the cleanup RUN.
  Span where{target->commands.back().span.begin, run.keyword.end};
  context.Report(where, message, Fix{"merge the cleanup into the RUN that creates the files", safety, std::move(edits)});
}

}  // namespace

void CheckCleanupIntoLayer(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  for (size_t i = 0; i < df.instructions.size(); ++i)
    if (df.instructions[i].kind == InstructionKind::kRun) CheckRun(context, i);
  CheckLatePackageRemoval(context);
}

DOCKOPT_RULE(DF110, "cleanup-into-layer", "a RUN that only deletes what an earlier RUN created is merged into that RUN",
             Safety::kSafe, CheckCleanupIntoLayer);

}  // namespace dockopt
