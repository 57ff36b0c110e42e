// DF120: a dependency install after the whole build context came from an earlier stage.
#include "transforms/rules/df120_stage_tree.h"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/copy_sources.h"
#include "transforms/rules/df120_deps_first_classify.h"
#include "transforms/rules/layer_facts.h"
#include "transforms/rules/whole_context_copy.h"

namespace dockopt {
namespace {

// Where a folder holding the whole build context sits in a stage, and the instruction that put it there.
struct Tree {
  std::string path;  // absolute, normalized
  size_t copy = 0;   // the ADD/COPY of the context, or the COPY --from that brought it
};

// The destination of a COPY/ADD as an absolute path in its stage, or "" when unknown (a relative
// destination under the base image's own WORKDIR, or a variable).
std::string AbsoluteDestination(const ir::Dockerfile& df, size_t index, const analysis::CopyArgs& copy) {
  if (copy.destination.find('$') != std::string::npos) return "";
  const std::optional<std::string> cwd = WorkdirAt(df, index);
  if (!cwd) return "";
  std::string path = ResolvePath(*cwd, copy.destination);
  return path.starts_with("/") ? path : "";
}

// The stage a `--from` names, when it is an earlier stage of this Dockerfile; -1 otherwise.
int EarlierStage(const ir::Dockerfile& df, std::string_view from, size_t before) {
  int stage = -1;
  if (!from.empty() && std::all_of(from.begin(), from.end(), [](char c) { return std::isdigit(c) != 0; }))
    stage = std::stoi(std::string(from));
  else
    stage = df.FindStage(from);
  return stage >= 0 && static_cast<size_t>(stage) < before ? stage : -1;
}

std::string FirstLine(std::string_view text, size_t limit) {
  std::string line(text.substr(0, text.find_first_of("\\\n")));
  while (!line.empty() && line.back() == ' ') line.pop_back();
  if (line.size() > limit) line = line.substr(0, limit - 3) + "...";
  return line;
}

}  // namespace

void ReportStageTreeBeforeInstall(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  std::vector<std::vector<Tree>> trees(df.stages.size());
  for (size_t s = 0; s < df.stages.size(); ++s) {
    const ir::Stage& stage = df.stages[s];
    std::vector<analysis::Ecosystem> fetched;  // installed before the tree came: later installs only add
    std::optional<size_t> via;                 // the COPY --from that brought the tree into this stage
    std::string origin;                        // how the earlier stage got it
    bool whole_context = false;                // a COPY . of this stage: DF120's own planner reads it
    bool reported = false;
    for (size_t i : stage.instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind == ir::InstructionKind::kCopy || inst.kind == ir::InstructionKind::kAdd) {
        const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
        if (!copy) continue;
        if (CopiesWholeContext(inst)) {
          whole_context = true;
          if (std::string dest = AbsoluteDestination(df, i, *copy); !dest.empty()) trees[s].push_back({dest, i});
          continue;
        }
        if (!copy->from || copy->sources.size() != 1) continue;
        const int from = EarlierStage(df, *copy->from, s);
        const analysis::CopySourceArg& source = copy->sources.front();
        if (from < 0 || source.origin != analysis::SourceOrigin::kPath || source.has_variable || source.has_glob)
          continue;
        const std::string path = ResolvePath("/", source.path);
        for (const Tree& tree : trees[static_cast<size_t>(from)]) {
          if (tree.path != path) continue;
          if (std::string dest = AbsoluteDestination(df, i, *copy); !dest.empty()) trees[s].push_back({dest, i});
          if (!via) {
            via = i;
            origin = fmt::format("stage '{}' got it with '{}'",
                                 df.stages[static_cast<size_t>(from)].name.empty()
                                     ? std::to_string(from)
                                     : df.stages[static_cast<size_t>(from)].name,
                                 FirstLine(df.Text(df.instructions[tree.copy].span), 60));
          }
          break;
        }
        continue;
      }
      if (inst.kind != ir::InstructionKind::kRun || whole_context || reported) continue;
      const shell::Script* script = context.ScriptOf(inst);
      if (script == nullptr) continue;
      for (const shell::Command& command : script->commands) {
        const DepsCommand deps = ClassifyDepsCommand(command, *script);
        if (deps.role != DepsRole::kInstall || !deps.ecosystem) continue;
        if (!via) {
          fetched.push_back(*deps.ecosystem);
          continue;
        }
        if (std::find(fetched.begin(), fetched.end(), *deps.ecosystem) != fetched.end()) continue;
        context.Report(inst.keyword,
                       fmt::format("'{}' runs after '{}', which brings the whole build context ({}): any source "
                                   "change reinstalls the dependencies; copy the manifests from the context and "
                                   "install before that COPY{} (not applied: the stages chain through each other)",
                                   FirstLine(context.Text(command.span), 60),
                                   FirstLine(df.Text(df.instructions[*via].span), 70), origin,
                                   deps.why.empty() ? "" : fmt::format(" ({})", deps.why)));
        reported = true;
        break;
      }
    }
  }
}

}  // namespace dockopt
