// RunFlowMemo: the flow model of a RUN kept by its text and the shell state it starts from, so that a
// fixpoint round re-walks only the RUNs a fix changed (or whose incoming state changed).
#pragma once

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analysis/flow.h"

namespace dockopt::analysis {

/// What walking one RUN adds to its InstructionFlow and carries into the state after it.
struct RunFlow {
  std::vector<std::string> reads, writes;
  std::vector<CommandFlow> commands;
  bool unknown = false;
  std::vector<std::pair<std::string, std::string>> carried;  // variables the RUN leaves for the next ones
};

/// Valid for one build context (the state's ContextReader is not part of the key): one memo per
/// Optimize call. The walk of a RUN depends only on its text, the escape character and the state.
class RunFlowMemo {
 public:
  /// Longer keys are not kept: the memo would hold a copy of a huge state (a long PATH) per RUN.
  static constexpr size_t kMaxKeyBytes = 16 * 1024;
  /// The key of a RUN whose text (heredoc bodies included) is `text`, walked from `state`.
  static std::string Key(char escape, std::string_view text, const ShellState& state);
  /// The walk kept under `key`, or nullptr.
  const RunFlow* Find(const std::string& key) const;
  void Keep(std::string key, RunFlow flow);
  /// How many walks are kept.
  size_t Size() const { return kept_.size(); }

 private:
  std::unordered_map<std::string, RunFlow> kept_;
};

}  // namespace dockopt::analysis
