// RuleContext: cached shell models, suppression comments, keyword style.
#include "transforms/rule_context.h"

#include "shell/instruction_script.h"
#include "transforms/rules/runtime_needs.h"
#include "transforms/rules/stage_facts.h"
#include "transforms/script_memo.h"
#include "transforms/shrink_to_fit.h"

namespace dockopt {
namespace {

// The IDs named by `# dockopt: <directive>=ID[,ID]` in `comment_text`, for directive "ignore" or "ignore-file".
bool CommentNames(std::string_view text, std::string_view directive, std::string_view rule_id) {
  for (size_t pos = text.find("dockopt:"); pos != std::string_view::npos; pos = text.find("dockopt:", pos + 1)) {
    std::string_view rest = text.substr(pos + 8);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (!rest.starts_with(directive) || rest.substr(directive.size()).substr(0, 1) != "=") continue;
    rest.remove_prefix(directive.size() + 1);
    std::string_view list = rest.substr(0, rest.find_first_of(" \t\r\n"));
    while (!list.empty()) {
      size_t comma = list.find(',');
      std::string_view id = list.substr(0, comma);
      if (id == rule_id || id == "all") return true;
      if (comma == std::string_view::npos) break;
      list.remove_prefix(comma + 1);
    }
  }
  return false;
}

}  // namespace

std::string_view SafetyName(Safety safety) {
  switch (safety) {
    case Safety::kSafe: return "safe fix";
    case Safety::kUnsafe: return "unsafe fix";
    case Safety::kSuggestion: return "suggestion";
  }
  return "suggestion";
}

RuleContext::RuleContext(const ir::Dockerfile& dockerfile, const OptimizeOptions& options, ScriptMemo* memo)
    : dockerfile_(dockerfile), options_(options), memo_(memo) {}

RuleContext::~RuleContext() = default;

std::shared_ptr<const analysis::StageFlow> RuleContext::KeptStageFlow(int stage) const {
  auto it = stage_flows_.find(stage);
  return it == stage_flows_.end() ? nullptr : it->second;
}

void RuleContext::KeepStageFlow(int stage, std::shared_ptr<const analysis::StageFlow> flow) {
  if (stage < 0 || static_cast<size_t>(stage) >= dockerfile_.stages.size() ||
      dockerfile_.stages[static_cast<size_t>(stage)].instructions.size() > kStageFlowKeptInstructions)
    return;
  stage_flows_[stage] = std::move(flow);
}

const shell::Script* RuleContext::ScriptOf(const ir::Instruction& instruction) {
  auto it = scripts_.find(&instruction);
  if (it == scripts_.end()) {
    std::optional<shell::Script> kept = memo_ != nullptr ? memo_->Take(dockerfile_, instruction) : std::nullopt;
    if (!kept) {
      kept = shell::ParseInstructionScript(dockerfile_, instruction);
      if (kept) ShrinkToFit(*kept);  // kept for the round, and by the memo for the next ones
    }
    it = scripts_.emplace(&instruction, std::move(kept)).first;
    if (it->second) owned_.insert(&*it->second);
  }
  return it->second ? &*it->second : nullptr;
}

std::unique_ptr<RuntimeNeeds>& RuleContext::RuntimeNeedsSlot(int stage) { return runtime_needs_[stage]; }

analysis::RunFlowMemo* RuleContext::RunFlows() { return memo_ != nullptr ? &memo_->run_flows() : nullptr; }

void RuleContext::HandBackScripts() {
  if (memo_ == nullptr) return;
  // What points into the scripts goes first, and each script's node as it moves: on a large file the
  // nested uses and the emptied nodes came on top of the memo's copy, at the heap's peak.
  nested_uses_.clear();
  loose_uses_.clear();
  run_scripts_.clear();
  owned_.clear();
  memo_->Clear();
  for (auto it = scripts_.begin(); it != scripts_.end(); it = scripts_.erase(it))
    if (it->second) memo_->Keep(dockerfile_, *it->first, std::move(*it->second));
}

const RuleContext::ScriptList& RuleContext::RunScriptsOf(const ir::Instruction& run) {
  auto [it, inserted] = run_scripts_.try_emplace(&run);
  ScriptList& scripts = it->second;
  if (!inserted || run.kind != ir::InstructionKind::kRun) return scripts;
  if (const shell::Script* main = ScriptOf(run)) scripts.push_back(*main);
  for (size_t i = 0; i < run.heredocs.size(); ++i)
    if (auto body = shell::ParseHeredocOf(dockerfile_, run, i)) {
      const shell::Script& kept = heredoc_scripts_.emplace_back(std::move(*body));
      owned_.insert(&kept);
      scripts.push_back(kept);
    }
  return scripts;
}

void RuleContext::set_rule(std::string_view id) {
  if (!asked_nested_uses_ && nested_uses_.size() > kNestedUsesKeptAcrossRules) {
    nested_uses_.clear();
    loose_uses_.clear();
  }
  asked_nested_uses_ = false;
  rule_id_ = id;
}

std::vector<ToolUse>& RuleContext::NestedUsesSlot(const shell::Script& script, bool& filled) {
  asked_nested_uses_ = true;
  auto found = nested_uses_.find(&script);
  if (found != nested_uses_.end()) {
    filled = true;
    return found->second;
  }
  filled = false;
  if (!owned_.contains(&script)) return loose_uses_.emplace_back();
  return nested_uses_[&script];
}

void RuleContext::Report(Span where, std::string message, std::optional<Fix> fix) {
  findings_.push_back({rule_id_, where, std::move(message), std::move(fix)});
}

bool RuleContext::IsSuppressed(std::string_view rule_id, const ir::Instruction& instruction) const {
  if (!instruction.leading_comments.empty() && CommentNames(Text(instruction.leading_comments), "ignore", rule_id))
    return true;
  for (const ir::Trivia& trivia : dockerfile_.trivia) {
    if (trivia.span.begin >= dockerfile_.instructions.front().span.begin) break;
    if (trivia.kind == ir::Trivia::Kind::kComment && CommentNames(Text(trivia.span), "ignore-file", rule_id))
      return true;
  }
  return false;
}

std::string RuleContext::Keyword(std::string_view upper, const ir::Instruction& at) const {
  const std::string_view written = Text(at.keyword);
  auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
  const bool lower = !written.empty() && is_lower(written[0]);
  const bool title = !lower && written.size() > 1 && is_lower(written[1]);  // "Run"
  std::string out(upper);
  for (size_t i = 0; i < out.size(); ++i)
    if (lower || (title && i > 0)) out[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[i])));
  return out;
}

}  // namespace dockopt
