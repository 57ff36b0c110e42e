// RuleContext: read-only facts a rule needs (IR, shell models, options) and the sink for findings.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ir/dockerfile.h"
#include "shell/script.h"
#include "transforms/optimize.h"
#include "transforms/rule.h"

namespace dockopt {

namespace analysis {
class RunFlowMemo;  // analysis/flow_memo.h
struct StageFlow;   // analysis/flow.h
}
class ScriptMemo;  // transforms/script_memo.h
struct RuntimeNeeds;  // transforms/rules/runtime_needs.h
struct ToolUse;  // transforms/rules/stage_facts.h

class RuleContext {
 public:
  /// `memo`, when given, lends scripts parsed in the last round and takes this round's (HandBackScripts).
  RuleContext(const ir::Dockerfile& dockerfile, const OptimizeOptions& options, ScriptMemo* memo = nullptr);
  ~RuleContext();  // out of line: ToolUse is incomplete here

  const ir::Dockerfile& dockerfile() const { return dockerfile_; }
  const SourceBuffer& source() const { return *dockerfile_.source; }
  const OptimizeOptions& options() const { return options_; }
  std::string_view Text(Span span) const { return dockerfile_.Text(span); }

  /// The shell model of a shell-form RUN/CMD/ENTRYPOINT (cached); nullptr for exec form.
  const shell::Script* ScriptOf(const ir::Instruction& instruction);

  /// RUN walks of the flow model kept across rounds (FlowOptions::run_flows); null without a memo.
  analysis::RunFlowMemo* RunFlows();

  /// The flow model of stage `stage` that a rule of this round built and kept (KeepStageFlow), or null.
  std::shared_ptr<const analysis::StageFlow> KeptStageFlow(int stage) const;
  /// Keeps `flow`, the model of stage `stage`, for the round's later rules (DF201, DF202 and DF301 each
  /// read the final stage's): only for a stage of at most kStageFlowKeptInstructions instructions, so
  /// that on a large file no model outlives the rule that built it (the peak stays one model).
  void KeepStageFlow(int stage, std::shared_ptr<const analysis::StageFlow> flow);
  static constexpr size_t kStageFlowKeptInstructions = 1024;

  /// Slot for ReadRuntimeNeeds' answer for stage `stage` in this round (runtime_needs.cc fills it): DF202,
  /// DF203 and DF301 each read the final stage's, and the answer depends only on the IR and the options.
  std::unique_ptr<RuntimeNeeds>& RuntimeNeedsSlot(int stage);

  /// Gives the parsed scripts to the memo for the next round; ScriptOf's pointers dangle after it.
  void HandBackScripts();

  using ScriptList = std::vector<std::reference_wrapper<const shell::Script>>;
  /// The scripts a RUN executes: its shell form, then each heredoc read as a script (cached; empty for
  /// exec form and other instructions).
  const ScriptList& RunScriptsOf(const ir::Instruction& run);

  /// Slot for the nested tool uses of `script` (see NestedToolUses in stage_facts.h): one per script this
  /// context handed out, kept while the rules that run one after another ask for them (the package
  /// rules DF101-DF106 ask again for the same scripts); a fresh slot for any other script. `filled`
  /// says whether it holds the uses already.
  std::vector<ToolUse>& NestedUsesSlot(const shell::Script& script, bool& filled);

  /// The rule whose check is running; Report() stamps it on findings.
  /// A rule that did not ask for nested tool uses ends their cache when it holds more than
  /// kNestedUsesKeptAcrossRules scripts: on a large file the uses of every RUN are ~11x its size, and
  /// the whole-stage models of later rules (DF202's flow) came on top. On a small file DF301 reuses them.
  void set_rule(std::string_view id);
  static constexpr size_t kNestedUsesKeptAcrossRules = 1024;
  void Report(Span where, std::string message, std::optional<Fix> fix = std::nullopt);

  /// True when a comment `# dockopt: ignore=ID` sits above the instruction, or ignore-file names ID.
  bool IsSuppressed(std::string_view rule_id, const ir::Instruction& instruction) const;

  std::vector<Finding>& findings() { return findings_; }

  // Style of the file, for new text.
  std::string_view Newline() const { return source().newline(); }
  /// A keyword for new text, in the case `at` (the instruction being replaced or written next to)
  /// writes its own keyword: "RUN", "run" or "Run".
  std::string Keyword(std::string_view upper, const ir::Instruction& at) const;

 private:
  const ir::Dockerfile& dockerfile_;
  const OptimizeOptions& options_;
  ScriptMemo* memo_;
  std::string rule_id_;
  std::vector<Finding> findings_;
  std::map<const ir::Instruction*, std::optional<shell::Script>> scripts_;
  std::deque<shell::Script> heredoc_scripts_;  // stable addresses: ScriptList holds references
  std::unordered_map<const ir::Instruction*, ScriptList> run_scripts_;
  std::unordered_set<const shell::Script*> owned_;  // every script above: they live as long as the context
  std::unordered_map<const shell::Script*, std::vector<ToolUse>> nested_uses_;  // owned scripts only
  std::deque<std::vector<ToolUse>> loose_uses_;  // for scripts the context does not own
  bool asked_nested_uses_ = false;  // by the rule running now
  std::map<int, std::shared_ptr<const analysis::StageFlow>> stage_flows_;
  std::map<int, std::unique_ptr<RuntimeNeeds>> runtime_needs_;
};

}  // namespace dockopt
