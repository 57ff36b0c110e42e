// ScriptMemo: parsed instruction scripts (and the flow model's RUN walks) carried from one fixpoint
// round to the next.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/flow_memo.h"
#include "ir/dockerfile.h"
#include "ir/edit.h"
#include "shell/script.h"

namespace dockopt {

/// A round's edits leave most RUN instructions as they were, only at another offset. Their scripts
/// are kept by the instruction's text and rebased on use, instead of parsed again (a parse costs
/// ~30 K instructions; a rebase a tenth of that). Keyed by the whole instruction text (heredoc
/// bodies included) and the escape character: the parse depends on nothing else.
class ScriptMemo {
 public:
  /// The script kept for an instruction with the same text, moved out and rebased to `instruction`'s
  /// offset; nullopt when none is kept.
  std::optional<shell::Script> Take(const ir::Dockerfile& dockerfile, const ir::Instruction& instruction);
  /// Keeps `script`, the parse of `instruction`, for the next round.
  void Keep(const ir::Dockerfile& dockerfile, const ir::Instruction& instruction, shell::Script&& script);
  /// Drops what the last round did not take: instructions no longer in the file.
  void Clear() { kept_.clear(); }
  /// Drops the scripts of instructions `edits` (the round's applied edits, against the text the
  /// scripts were kept from) touch or border: their text changed, so no instruction of the next round
  /// can take them, and on a large file they would double the scripts held through the next round.
  void ForgetTouched(const Edits& edits);

  /// The flow model's RUN walks: keyed by text and incoming state, so they stay valid for the whole
  /// Optimize call (one build context) and are never cleared.
  analysis::RunFlowMemo& run_flows() { return run_flows_; }

 private:
  struct Kept {
    uint32_t offset;  // where the instruction started when it was parsed
    shell::Script script;
  };
  static std::string Key(const ir::Dockerfile& dockerfile, const ir::Instruction& instruction);
  std::unordered_map<std::string, std::vector<Kept>> kept_;  // a vector: identical instructions repeat
  analysis::RunFlowMemo run_flows_;
};

}  // namespace dockopt
