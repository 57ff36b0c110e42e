// ContextCopyLine and ContextCopyBlocker: when production may take a context copy from the context
// again, and its text.
#include "transforms/rules/split_context_copy.h"

#include <fmt/core.h>

#include <algorithm>

#include "analysis/copy_sources.h"
#include "analysis/paths.h"
#include "transforms/rules/split_plan.h"

namespace dockopt::split {
namespace {

bool Plain(std::string_view word) { return !word.empty() && word.find_first_of("$ \t\"'\\") == std::string_view::npos; }

// The directory part of a removal with a glob ("/app/*.pyc" -> "/app"), as LaterRemovals reads it.
std::string RemovedDir(const std::string& removed) {
  if (!analysis::HasGlob(removed)) return removed;
  std::string dir = removed.substr(0, removed.find_last_of('/', removed.find_first_of("*?[")));
  return dir.empty() ? "/" : dir;
}

}  // namespace

std::string ContextCopyLine(const RuleContext& context, const analysis::StageFlow& flow, size_t at) {
  const analysis::InstructionFlow& copy_flow = flow.instructions[at];
  const ir::Instruction& inst = context.dockerfile().instructions[copy_flow.index];
  std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
  if (!copy || copy->from || !copy_flow.from_context || !inst.heredocs.empty() || !Plain(copy->destination)) return "";
  // Appends, not `" " + word`: GCC 12's -O3 reports a false -Wrestrict inside operator+.
  std::string line = context.Keyword(copy->add ? "ADD" : "COPY", inst);
  for (const ir::Flag& flag : inst.flags) {
    if (flag.word.find('$') != std::string::npos) return "";
    line += ' ';
    line += context.Text(flag.span);
  }
  for (const analysis::CopySourceArg& source : copy->sources) {
    if (source.origin != analysis::SourceOrigin::kPath || !Plain(source.path)) return "";
    line += ' ';
    line += source.path;
  }
  std::string dest = copy->destination;
  if (!dest.starts_with("/")) {  // relative to the WORKDIR of the original, which production may not share
    bool into_dir = dest.ends_with("/") || dest == "." || copy->sources.size() > 1;
    dest = analysis::Join(copy_flow.cwd, dest);
    if (into_dir && !dest.ends_with("/")) dest += "/";
  }
  line += ' ';
  line += dest;
  return line;
}

std::string ContextCopyBlocker(const ir::Dockerfile& df, const analysis::StageFlow& flow, const std::vector<size_t>& copies) {
  for (size_t at : copies) {
    const std::vector<std::string>& dests = flow.instructions[at].writes;
    for (size_t i = at + 1; i < flow.instructions.size(); ++i) {
      const analysis::InstructionFlow& inst = flow.instructions[i];
      for (size_t c = 0; c < inst.commands.size(); ++c) {
        for (const std::string& removed : inst.commands[c].effect.removes) {
          std::string dir = RemovedDir(removed);
          if (BuildOnlyPath(dir)) continue;
          bool in_copy = std::any_of(dests.begin(), dests.end(), [&](const std::string& d) {
            return analysis::IsUnder(dir, d) || analysis::IsUnder(d, dir);
          });
          // A file the stage wrote itself after the copy (a download, then its removal).
          bool own = false;
          for (size_t j = at + 1; j <= i && !own; ++j) {
            const analysis::InstructionFlow& writer = flow.instructions[j];
            for (size_t k = 0; k < writer.commands.size() && (j < i || k < c); ++k)
              for (const std::string& w : writer.commands[k].effect.writes)
                own |= w != "/" && analysis::IsUnder(dir, w);
          }
          if (in_copy && !own)
            return fmt::format("the {} at line {} removes '{}', which the build context may have put there",
                               ir::KindName(df.instructions[inst.index].kind), df.instructions[inst.index].start_line, removed);
        }
      }
    }
  }
  return "";
}

}  // namespace dockopt::split
