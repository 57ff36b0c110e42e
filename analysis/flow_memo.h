// RunFlowMemo: the flow model of a RUN kept by its text and the shell state it starts from, so that a
// fixpoint round re-walks only the RUNs a fix changed (or whose incoming state changed).
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analysis/flow.h"

namespace dockopt::analysis {

/// What walking one RUN adds to its InstructionFlow and carries into the state after it.
struct RunFlow {
  std::vector<std::string> reads, writes;
  CommandFlows commands;  // shared with the InstructionFlows that took this walk
  bool unknown = false;
  std::vector<std::pair<std::string, std::string>> carried;  // variables the RUN leaves for the next ones
};

/// Valid for one build context (the state's ContextReader is not part of the key): one memo per
/// Optimize call. The walk of a RUN depends only on its text, the escape character and the state.
class RunFlowMemo {
 public:
  /// The key spelled out (escape, text, then every field of the state, each length-prefixed) when it
  /// is at most kExactKeyBytes long; a longer one is kept as a NUL byte and its SHA-1 (an exact key
  /// starts with the escape character). On the 4 MiB synthetic file spelled-out keys (up to 16 KiB
  /// each: a long PATH) were 59 MB of a 283 MB heap peak; hashing every key instead cost the corpus
  /// 13 % more instructions, and its keys are short.
  using Key = std::string;
  static constexpr size_t kExactKeyBytes = 4096;
  /// Walks whose spelled-out key is longer are not kept: the state is huge (a long PATH), so is the RUN
  /// model's copy of it, and such RUNs are rare repeats.
  static constexpr size_t kMaxKeyBytes = 16 * 1024;
  /// The key of a RUN whose text (heredoc bodies included) is `text`, walked from `state`; nullopt when
  /// the spelled-out key is longer than kMaxKeyBytes.
  static std::optional<Key> KeyOf(char escape, std::string_view text, const ShellState& state);
  /// The walk kept under `key`, or nullptr.
  const RunFlow* Find(const Key& key) const;
  void Keep(Key key, RunFlow flow);
  /// How many walks are kept.
  size_t Size() const { return kept_.size(); }

 private:
  std::unordered_map<Key, RunFlow> kept_;
};

}  // namespace dockopt::analysis
