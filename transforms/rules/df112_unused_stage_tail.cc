// DF112 unused-stage-tail: COPY/ADD at the end of a build stage whose files no later stage uses.
#include <fmt/core.h>

#include "analysis/copy_sources.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/rules/layer_facts.h"

namespace dockopt {
namespace {

using ir::InstructionKind;

// True when a later stage reads stage `s` as a whole: builds FROM it, or mounts it in a RUN.
bool UsedWhole(const ir::Dockerfile& df, size_t s, const std::string& index_name) {
  const std::string& name = df.stages[s].name;
  for (size_t t = s + 1; t < df.stages.size(); ++t)
    if (df.FindStage(df.stages[t].base) == static_cast<int>(s)) return true;
  for (const ir::Instruction& inst : df.instructions) {
    for (const ir::Flag& flag : inst.flags) {
      if (flag.name != "mount") continue;
      std::string_view value = flag.value;
      if ((!name.empty() && value.find("from=" + name) != std::string_view::npos) ||
          value.find("from=" + index_name) != std::string_view::npos)
        return true;
    }
  }
  return false;
}

// The paths later stages copy out of stage `s` (COPY --from sources resolve against `/`), from the
// file's `COPY --from`s (read once for all stages).
std::vector<std::string> CopiedOut(const ir::Dockerfile& df, const std::vector<analysis::CopyArgs>& from_copies,
                                   size_t s, const std::string& index_name, bool& unknown) {
  std::vector<std::string> paths;
  for (const analysis::CopyArgs& copy : from_copies) {
    bool named = !df.stages[s].name.empty() && df.FindStage(*copy.from) == static_cast<int>(s);
    if (!named && *copy.from != index_name) continue;
    for (const analysis::CopySourceArg& source : copy.sources) {
      if (source.has_variable) unknown = true;
      paths.push_back(ResolvePath("/", source.path));
    }
  }
  return paths;
}

void CheckStage(RuleContext& context, const std::vector<analysis::CopyArgs>& from_copies, size_t s) {
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Stage& stage = df.stages[s];
  std::string index_name = std::to_string(s);
  if (UsedWhole(df, s, index_name)) return;
  bool unknown = false;
  std::vector<std::string> copied = CopiedOut(df, from_copies, s, index_name, unknown);
  if (unknown || copied.empty()) return;  // a stage nobody copies from may be a --target: leave it
  // Walk back over the stage's tail: metadata is skipped, COPY/ADD whose files nobody takes are dead.
  for (size_t k = stage.instructions.size(); k-- > 1;) {
    const ir::Instruction& inst = df.instructions[stage.instructions[k]];
    switch (inst.kind) {
      case InstructionKind::kEnv: case InstructionKind::kLabel: case InstructionKind::kExpose:
      case InstructionKind::kCmd: case InstructionKind::kEntrypoint: case InstructionKind::kArg:
      case InstructionKind::kStopsignal: case InstructionKind::kHealthcheck: case InstructionKind::kUser:
        continue;
      case InstructionKind::kCopy: case InstructionKind::kAdd: break;
      default: return;
    }
    const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
    if (!copy) return;
    std::optional<std::string> cwd = WorkdirAt(df, stage.instructions[k]);
    const std::string& dest = copy->destination;
    if (!cwd || dest.find('$') != std::string::npos || (cwd->empty() && !dest.starts_with("/"))) return;
    std::string target = ResolvePath(*cwd, dest);
    for (const std::string& path : copied)
      if (PathsOverlap(target, path)) return;
    std::string stage_name = stage.name.empty() ? index_name : stage.name;
    context.Report(inst.span,
                   fmt::format("'{}' copies into stage '{}' files that no later stage takes from it: it only "
                               "slows the build",
                               context.Text(Span{inst.keyword.begin, inst.args.end}), stage_name),
                   Fix{"remove the unused COPY", Safety::kSafe, {{RemovalSpan(df, inst), ""}}});
    return;  // one per round: the next round sees the new tail
  }
}

}  // namespace

void CheckUnusedStageTail(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  if (df.stages.size() < 2) return;
  std::vector<analysis::CopyArgs> from_copies;  // every COPY --from, in order: each stage's check reads them
  for (const ir::Instruction& inst : df.instructions) {
    if (!analysis::HasFromFlag(inst)) continue;
    std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
    if (copy && copy->from) from_copies.push_back(std::move(*copy));
  }
  for (size_t s = 0; s + 1 < df.stages.size(); ++s) CheckStage(context, from_copies, s);
}

DOCKOPT_RULE(DF112, "unused-stage-tail", "a COPY at the end of a build stage whose files no later stage takes is removed",
             Safety::kSafe, CheckUnusedStageTail);

}  // namespace dockopt
