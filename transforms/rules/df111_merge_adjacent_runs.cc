// DF111 merge-adjacent-runs: adjacent shell-form RUNs of one stage become one RUN, one command per line.
#include <fmt/core.h>

#include <cctype>

#include "shell/walk.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/rules/layer_facts.h"

namespace dockopt {
namespace {

using shell::Joiner;

bool IsBlankText(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string FlagsText(RuleContext& context, const ir::Instruction& inst) {
  std::string out;
  for (const ir::Flag& f : inst.flags) out += std::string(context.Text(f.span)) + " ";
  return out;
}

// A RUN that can take part in a merge at all.
const shell::Script* Mergeable(RuleContext& context, size_t index) {
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Instruction& run = df.instructions[index];
  if (run.kind != ir::InstructionKind::kRun || !run.is_shell() || !run.heredocs.empty() || run.stage < 0) return nullptr;
  if (!PosixShellAt(df, index)) return nullptr;
  const shell::Script* script = context.ScriptOf(run);
  if (script == nullptr || !script->error.empty() || script->commands.empty() || !script->trailing_op.empty())
    return nullptr;
  for (const shell::Command& c : script->commands)
    if (c.joiner == Joiner::kBackground) return nullptr;
  return script;
}

// The first RUN of a pair: it must end in a plain `&&` chain (or be one command) with nothing after it.
bool CanLead(RuleContext& context, const ir::Instruction& run, const shell::Script& script) {
  const shell::Command& last = script.commands.back();
  if (last.opaque() || last.joiner == Joiner::kOr || last.joiner == Joiner::kSemicolon || last.joiner == Joiner::kNewline)
    return false;
  return IsBlankText(context.Text(Span{last.span.end, run.span.end}));
}

// The second RUN of a pair: `A && <it>` must mean "it, if A succeeded", so only `&&` and pipes join it.
bool CanFollow(const shell::Script& script) {
  for (const shell::Command& c : script.commands)
    if (c.joiner != Joiner::kNone && c.joiner != Joiner::kAnd && c.joiner != Joiner::kPipe && c.joiner != Joiner::kPipeAll)
      return false;
  return true;
}

// True when `next` only repeats the removals `script` ends with (`RUN ... && rm -rf /var/lib/apt/lists/*`
// then `RUN rm -rf /var/lib/apt/lists/*`): merged, they would run twice. DF111 leaves that RUN alone,
// neither merged in nor leading a merge, and DF110 drops it.
bool RepeatsRemovals(const shell::Script& script, const shell::Script& next) {
  if (next.commands.size() > script.commands.size()) return false;
  const size_t offset = script.commands.size() - next.commands.size();
  for (size_t c = 0; c < next.commands.size(); ++c) {
    const shell::Command& command = next.commands[c];
    if (command.words.empty() || command.words.front().value != "rm" ||
        script.Text(script.commands[offset + c].span) != next.Text(command.span))
      return false;
  }
  return true;
}

// True when the RUN at `index` deletes its own working directory or a folder above it (`WORKDIR
// /tmp/npm-install` then `RUN ... && cd / && rm -rf /tmp/npm-install`). The next RUN starts in the
// WORKDIR made again; merged into this one, it would run in a folder that no longer exists, where
// `npm` or `node` fail at start (uv_cwd). Relative operands count only before any directory change.
bool RemovesWorkdir(const ir::Dockerfile& df, size_t index, const shell::Script& script) {
  const std::optional<std::string> workdir = WorkdirAt(df, index);
  if (!workdir || workdir->empty() || *workdir == "/") return false;
  bool moved = false;  // a cd ran before: relative paths no longer start from the WORKDIR
  for (const shell::CommandSite& site : shell::SimpleCommands(script)) {
    const shell::Command& command = *site.command;
    if (command.words.empty()) continue;
    const std::string& tool = command.words.front().value;
    if (tool == "cd" || tool == "pushd" || tool == "popd") moved = true;
    if (tool != "rm") continue;
    for (size_t w = 1; w < command.words.size(); ++w) {
      const shell::Word& word = command.words[w];
      if (!word.literal || word.value.starts_with("-")) continue;
      if (!word.value.starts_with("/") && moved) continue;
      const std::string path = ResolvePath(*workdir, word.value);
      if (path == *workdir || workdir->starts_with(path == "/" ? path : path + "/")) return true;
    }
  }
  return false;
}

// The `&&` joiner of the group's first RUN as written when it breaks the line; else ` && \` + indent.
std::string JoinerOf(RuleContext& context, const shell::Script& script, const shell::Script& next) {
  for (size_t i = script.commands.size(); i-- > 1;) {
    const shell::Command& c = script.commands[i];
    if (c.joiner != Joiner::kAnd) continue;
    std::string_view gap = script.Text(Span{script.commands[i - 1].span.end, c.span.begin});
    if (gap.find('\n') != std::string_view::npos && gap.find('#') == std::string_view::npos) return std::string(gap);
  }
  auto indent_of = [](const shell::Script& s) -> std::string {
    size_t nl = s.text.find('\n');
    if (nl == std::string::npos) return "";
    size_t end = s.text.find_first_not_of(" \t", nl + 1);
    return end == std::string::npos ? "" : s.text.substr(nl + 1, end - nl - 1);
  };
  std::string indent = indent_of(script);
  if (indent.empty()) indent = indent_of(next);
  if (indent.empty()) indent = "    ";
  return fmt::format(" && {}{}{}", context.dockerfile().escape, context.Newline(), indent);
}

// The gap text between two commands: the joiner, with the comment lines found in `between` kept inside it.
std::string Gap(std::string_view joiner, std::string_view between, std::string_view newline) {
  size_t nl = joiner.rfind('\n');
  std::string_view head = joiner.substr(0, nl + 1), tail = joiner.substr(nl + 1);
  std::string indent(tail.substr(0, tail.find_first_not_of(" \t")));
  std::string out(head);
  size_t pos = 0;
  while (pos < between.size()) {
    size_t end = between.find('\n', pos);
    std::string_view line = between.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    pos = end == std::string_view::npos ? between.size() : end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] != '#') continue;
    out += indent + std::string(line.substr(first)) + std::string(newline);
  }
  out += tail;
  return out;
}

}  // namespace

void CheckMergeAdjacentRuns(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  for (size_t i = 0; i + 1 < df.instructions.size();) {
    const ir::Instruction& lead = df.instructions[i];
    const shell::Script* first = Mergeable(context, i);
    const shell::Script* before = i > 0 && df.instructions[i - 1].stage == lead.stage ? Mergeable(context, i - 1) : nullptr;
    if (first == nullptr || (before != nullptr && RepeatsRemovals(*before, *first))) {
      ++i;
      continue;
    }
    std::string flags = FlagsText(context, lead);
    std::string joiner;
    Edits edits;
    Safety safety = Safety::kSafe;
    size_t last = i;
    const shell::Script* current = first;
    while (last + 1 < df.instructions.size()) {
      const ir::Instruction& a = df.instructions[last];
      const ir::Instruction& b = df.instructions[last + 1];
      const shell::Script* next = Mergeable(context, last + 1);
      if (next == nullptr || b.stage != a.stage || FlagsText(context, b) != flags) break;
      if (!CanLead(context, a, *current) || !CanFollow(*next) || RepeatsRemovals(*current, *next)) break;
      if (RemovesWorkdir(df, last, *current)) break;
      if (context.IsSuppressed("DF111", b)) break;
      if (joiner.empty()) joiner = JoinerOf(context, *first, *next);
      std::string_view between = context.Text(Span{a.span.end, b.span.begin});
      if (between.find("dockopt:") != std::string_view::npos) safety = Safety::kUnsafe;  // a directive would move
      // cd/export/set would carry over into the next RUN's commands (`cd xapian && ./configure` then
      // `cd xapian && make` fails): the earlier RUN's commands run in a subshell, as in their own shell.
      const bool state = StateChange(*current) != ShellState::kNone;
      if (state) {
        safety = Safety::kUnsafe;
        edits.push_back(Edit{Span{current->commands.front().span.begin, current->commands.front().span.begin}, "( "});
      }
      edits.push_back(Edit{Span{current->commands.back().span.end, next->commands.front().span.begin},
                           (state ? " )" : "") + Gap(joiner, between, context.Newline())});
      current = next;
      ++last;
    }
    if (last > i) {
      std::string message = last == i + 1 ? "two adjacent RUN instructions make two layers"
                                           : fmt::format("{} adjacent RUN instructions make {} layers", last - i + 1,
                                                         last - i + 1);
      context.Report(Span{lead.keyword.begin, df.instructions[last].span.end}, message, Fix{"merge the adjacent RUN instructions", safety, std::move(edits)});
    }
    i = last + 1;
  }
}

DOCKOPT_RULE(DF111, "merge-adjacent-runs", "adjacent shell-form RUNs of one stage merge into one RUN",
             Safety::kSafe, CheckMergeAdjacentRuns);

}  // namespace dockopt
