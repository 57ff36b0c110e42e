// Whether a COPY/ADD brings the whole build context.
#include "transforms/rules/whole_context_copy.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "analysis/copy_sources.h"

namespace dockopt {
namespace {

// A source ReadCopyArgs reads as "." or "./" holds no other character once its quotes are gone: a cheap
// test first, since the rule asks about every instruction after each COPY.
bool MaybeContextRoot(const std::string& word) {
  std::string bare;
  for (char c : word) {
    if (c == '"' || c == '\'') continue;
    if (bare.size() == 2) return false;
    bare += c;
  }
  return bare == "." || bare == "./";
}

}  // namespace

bool CopiesWholeContext(const ir::Instruction& inst) {
  if (inst.kind != ir::InstructionKind::kCopy && inst.kind != ir::InstructionKind::kAdd) return false;
  const std::vector<std::string>& words = inst.is_exec() ? inst.exec_args : inst.node_args;
  if (words.size() < 2 || !std::all_of(words.begin(), words.end() - 1, MaybeContextRoot)) return false;
  const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
  if (!copy || copy->from || !inst.heredocs.empty()) return false;
  for (const analysis::CopySourceArg& source : copy->sources)
    if (source.path != "." && source.path != "./") return false;
  return true;
}

}  // namespace dockopt
