// Walk: a preorder traversal of the command tree that tracks when each command runs.
#include "shell/walk.h"

#include "shell/recognize.h"

namespace dockopt::shell {

namespace {

bool Piped(Joiner joiner) { return joiner == Joiner::kPipe || joiner == Joiner::kPipeAll; }

/// True when the body of a for loop runs at least once: literal items, at least one.
bool LoopRunsOnce(const Command& loop) {
  bool has_in = false;
  for (const Keyword& k : loop.keywords) has_in = has_in || k.text == "in";
  if (!has_in || loop.words.size() < 2) return false;
  for (size_t i = 1; i < loop.words.size(); ++i)
    if (!loop.words[i].literal || loop.words[i].value.find_first_of("*?[") != std::string::npos) return false;
  return true;
}

RunContext PartContext(const Command& compound, size_t part_index, RunContext ctx) {
  const Part& part = compound.parts[part_index];
  switch (part.role) {
    case PartRole::kBody:
      ctx.in_subshell = ctx.in_subshell || compound.kind == CommandKind::kSubshell;
      break;
    case PartRole::kCondition:
      if (compound.kind == CommandKind::kWhile || compound.kind == CommandKind::kUntil) ctx.in_loop = true;
      else if (part_index > 0) ctx.conditional = true;  // an elif condition
      break;
    case PartRole::kThen:
    case PartRole::kElse:
    case PartRole::kArm:
      ctx.conditional = true;
      break;
    case PartRole::kLoopBody:
      ctx.in_loop = true;
      if (compound.kind != CommandKind::kFor || !LoopRunsOnce(compound)) ctx.conditional = true;
      break;
    case PartRole::kFunctionBody:
      ctx.in_function = true;
      ctx.conditional = true;
      break;
  }
  return ctx;
}

class Walker {
 public:
  explicit Walker(bool simple_only) : simple_only_(simple_only) {}

  void List(const std::vector<Command>& list, const Command* parent, size_t part, size_t top, size_t depth,
            RunContext ctx) {
    bool or_side = false;
    for (size_t i = 0; i < list.size(); ++i) {
      const Command& cmd = list[i];
      if (cmd.joiner == Joiner::kOr) or_side = true;
      else if (!Piped(cmd.joiner)) or_side = false;
      bool piped = Piped(cmd.joiner) || (i + 1 < list.size() && Piped(list[i + 1].joiner));
      bool background = i + 1 < list.size() && list[i + 1].joiner == Joiner::kBackground;
      RunContext here = ctx;
      here.conditional = here.conditional || or_side;
      here.in_pipeline = here.in_pipeline || piped;
      here.in_subshell = here.in_subshell || piped || background;
      size_t top_index = parent == nullptr ? i : top;
      if (!simple_only_ || cmd.simple()) out.push_back(CommandSite{&cmd, &list, i, parent, part, top_index, depth, here});
      for (size_t p = 0; p < cmd.parts.size(); ++p)
        List(cmd.parts[p].commands, &cmd, p, top_index, depth + 1, PartContext(cmd, p, here));
    }
  }

  std::vector<CommandSite> out;

 private:
  bool simple_only_;
};

std::vector<CommandSite> Walk(const Script& script, bool simple_only) {
  Walker walker(simple_only);
  walker.List(script.commands, nullptr, 0, 0, 0, RunContext{});
  return std::move(walker.out);
}

}  // namespace

bool ListHolds(const std::vector<Command>& list, const Command& nested) {
  for (const Command& cmd : list) {
    if (&cmd == &nested) return true;
    for (const Part& part : cmd.parts)
      if (ListHolds(part.commands, nested)) return true;
  }
  return false;
}

std::vector<CommandSite> AllCommands(const Script& script) { return Walk(script, false); }

std::vector<CommandSite> SimpleCommands(const Script& script) { return Walk(script, true); }

std::vector<SiteToolCall> RecognizeAll(const Script& script) {
  std::vector<SiteToolCall> calls;
  for (const CommandSite& site : SimpleCommands(script))
    if (std::optional<ToolCall> call = Recognize(*site.command)) calls.push_back({site, std::move(*call)});
  return calls;
}

int PartHolding(const Command& compound, const Command& nested) {
  for (size_t p = 0; p < compound.parts.size(); ++p)
    if (ListHolds(compound.parts[p].commands, nested)) return static_cast<int>(p);
  return -1;
}

}  // namespace dockopt::shell
