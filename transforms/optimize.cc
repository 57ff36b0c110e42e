// Optimize: parse, run the selected rules, apply allowed fixes, re-parse, repeat to a fixpoint.
#include "transforms/optimize.h"

#include <fmt/core.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string_view>
#include <set>
#include <vector>

#include "parser/parse.h"
#include "transforms/apply_edits.h"
#include "transforms/edit_index.h"
#include "transforms/original_fixes.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/script_memo.h"
#include "transforms/rules/build_steps.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

constexpr int kMaxRounds = 8;

// Instructions are in text order and disjoint: the first one ending after `offset` is the only candidate.
const ir::Instruction* InstructionAt(const ir::Dockerfile& df, uint32_t offset) {
  auto it = std::partition_point(df.instructions.begin(), df.instructions.end(),
                                 [&](const ir::Instruction& inst) { return inst.span.end <= offset; });
  return it != df.instructions.end() && it->span.begin <= offset ? &*it : nullptr;
}

struct Round {
  std::vector<Finding> findings;
};

Round RunRules(const ir::Dockerfile& df, const OptimizeOptions& options, ScriptMemo& scripts) {
  RuleContext context(df, options, &scripts);
  for (const Rule& rule : Rules()) {
    if (!options.Runs(rule.info.id)) continue;
    context.set_rule(rule.info.id);
    rule.check(context);
  }
  // Suppressed findings are dropped in place: a second vector of the round's findings, built while the
  // first and every script of the round were alive, was the heap's peak on a large file.
  std::erase_if(context.findings(), [&](const Finding& finding) {
    const ir::Instruction* at = InstructionAt(df, finding.where.begin);
    return at != nullptr && context.IsSuppressed(finding.rule_id, *at);
  });
  Round round{std::move(context.findings())};
  context.HandBackScripts();
  return round;
}

// A file whose last instruction ends in a continuation (`RUN a \` and then the end of the file) ends that
// instruction there, but a line a fix appends after it would join it. When an edit writes past such an
// escape, the escape goes (unless an edit already rewrites it).
std::optional<Edit> DanglingEscape(std::string_view text, char escape, const Edits& edits) {
  size_t end = text.find_last_not_of(" \t\r\n");
  if (end == std::string_view::npos || text[end] != escape || (end > 0 && text[end - 1] == escape)) return std::nullopt;
  bool past = false;
  for (const Edit& e : edits) {
    if (e.span.begin <= end && e.span.end > end) return std::nullopt;
    past |= e.span.begin > end;
  }
  if (!past) return std::nullopt;
  return Edit{{static_cast<uint32_t>(end), static_cast<uint32_t>(end + 1)}, ""};
}

bool Parses(const std::string& path, const std::string& text) {
  SourceBuffer buffer(path, text);
  return Parse(buffer).dockerfile.has_value();
}

}  // namespace

bool OptimizeOptions::Runs(std::string_view id) const {
  auto has = [&](const std::vector<std::string>& ids) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
  if (!select.empty() && !has(select)) return false;
  return !has(ignore);
}

OptimizeResult Optimize(const SourceBuffer& source, const OptimizeOptions& options) {
  OptimizeResult result;
  TrimToolUsesMemo();
  TrimCommandSegmentsMemo();
  Safety threshold = options.unsafe ? Safety::kUnsafe : Safety::kSafe;
  std::vector<RoundEdits> rounds;  // edits applied in each round, each with the report it belongs to
  std::vector<EditWalk> history_walks;  // the same, ready for MapBack (positions back to the input)
  // Applied findings are reported from every round; the others only from the last round, which
  // describes what is left in the final text (earlier ones may have been fixed by a later round).
  std::vector<Report> pending;
  // The parse of the current text (`source`'s until a round changes it; then `owned`, on the heap:
  // the IR points into it). Each round's chosen edits are checked by parsing their result, and that
  // parse is the next round's input.
  std::unique_ptr<SourceBuffer> owned;
  auto text = [&] { return owned ? owned->text() : source.text(); };
  ParseResult parsed = Parse(source);
  if (!parsed.dockerfile) {
    result.errors = std::move(parsed.diagnostics);
    return result;
  }
  ScriptMemo scripts;  // parsed RUN scripts, from one round to the next
  for (int round_index = 0;; ++round_index) {
    Round round = RunRules(*parsed.dockerfile, options, scripts);
    const char escape = parsed.dockerfile->escape;
    // Nothing reads this round's IR past its rules (findings and the memo hold no view into it): free it
    // before the next text is parsed. With --unsafe two IRs alive together were the peak on a large file.
    parsed = {};
    // Choose the fixes to apply: allowed by the threshold, not overlapping an earlier choice.
    std::vector<size_t> order(round.findings.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto first_offset = [&](size_t i) {
      const auto& fix = round.findings[i].fix;
      if (!fix || fix->edits.empty()) return UINT32_MAX;
      uint32_t min = UINT32_MAX;
      for (const Edit& e : fix->edits) min = std::min(min, e.span.begin);
      return min;
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return first_offset(a) < first_offset(b); });
    Edits accepted;
    AcceptedEdits accepted_index;  // `accepted`, for overlap checks that do not walk it
    std::vector<size_t> applied;
    std::vector<size_t> edit_finding;  // parallel to `accepted`
    auto applicable = [&](size_t i) {
      const auto& fix = round.findings[i].fix;
      return fix && !fix->edits.empty() && fix->safety >= threshold;
    };
    // An isolated fix (a restructuring) goes alone; the others follow next round on its output.
    auto isolated = std::find_if(order.begin(), order.end(), [&](size_t i) {
      return applicable(i) && round.findings[i].fix->before_restructuring;
    });
    if (isolated == order.end())
      isolated = std::find_if(order.begin(), order.end(),
                              [&](size_t i) { return applicable(i) && round.findings[i].fix->isolated; });
    if (isolated != order.end()) order = {*isolated};
    // Greedy in order, skipping overlaps. `check_each` also parses after each fix and drops the ones
    // that break the file; that costs a parse per fix, so it runs only when the whole choice does not parse.
    auto choose = [&](bool check_each) {
      accepted.clear();
      accepted_index.Clear();
      applied.clear();
      edit_finding.clear();
      for (size_t i : order) {
        const Finding& finding = round.findings[i];
        if (!applicable(i)) continue;
        if (accepted_index.Overlaps(finding.fix->edits)) continue;
        if (check_each) {
          Edits candidate = accepted;
          candidate.insert(candidate.end(), finding.fix->edits.begin(), finding.fix->edits.end());
          if (!Parses(source.path(), ApplyEdits(text(), candidate))) {
            result.errors.push_back({Severity::kWarning, finding.where,
                                     fmt::format("internal error: rule {} produced a Dockerfile that does not parse; "
                                                 "its fix was not applied (please report this)",
                                                 finding.rule_id)});
            continue;
          }
        }
        accepted.insert(accepted.end(), finding.fix->edits.begin(), finding.fix->edits.end());
        accepted_index.Add(finding.fix->edits);
        applied.push_back(i);
        edit_finding.resize(accepted.size(), i);
      }
    };
    choose(false);
    accepted_index.Clear();  // not needed past the choice: free it before the next parse
    std::unique_ptr<SourceBuffer> next_buffer;
    ParseResult next;
    auto parse_next = [&] {
      next_buffer = std::make_unique<SourceBuffer>(source.path(), ApplyEdits(text(), accepted));
      next = Parse(*next_buffer);
    };
    auto close_dangling_escape = [&] {
      if (std::optional<Edit> edit = DanglingEscape(text(), escape, accepted)) {
        accepted.push_back(std::move(*edit));
        edit_finding.push_back(edit_finding.back());
      }
    };
    close_dangling_escape();
    if (!accepted.empty()) parse_next();
    if (!accepted.empty() && !next.dockerfile) {
      choose(true);
      accepted_index.Clear();
      close_dangling_escape();
      if (!accepted.empty()) parse_next();
    }
    // Report what this round found, at positions in the original input.
    std::vector<size_t> report_of(round.findings.size());
    std::vector<bool> is_applied(round.findings.size());
    for (size_t i : applied) is_applied[i] = true;
    for (size_t i = 0; i < round.findings.size(); ++i) {
      Finding& finding = round.findings[i];  // its message and title move into the report
      bool was_applied = is_applied[i];
      Span where = finding.where;
      if (was_applied) {  // an applied finding covers every byte its fix touched
        for (const Edit& edit : finding.fix->edits) {
          where.begin = std::min(where.begin, edit.span.begin);
          where.end = std::max(where.end, edit.span.end);
        }
      }
      for (auto it = history_walks.rbegin(); it != history_walks.rend(); ++it) {
        where.begin = it->Back(where.begin, false, false);
        where.end = std::max(where.begin, it->Back(where.end, false, false));
      }
      std::string safety(finding.fix ? SafetyName(finding.fix->safety) : SafetyName(Safety::kSuggestion));
      Report report{finding.rule_id, where, std::move(finding.message), safety, was_applied,
                    finding.fix ? std::move(finding.fix->title) : "", {}, -1};
      if (was_applied) report_of[i] = result.reports.size();
      (was_applied ? result.reports : pending).push_back(std::move(report));
    }
    if (accepted.empty()) {
      result.reports.insert(result.reports.end(), std::make_move_iterator(pending.begin()),
                            std::make_move_iterator(pending.end()));
      break;
    }
    pending.clear();
    if (round_index + 1 >= kMaxRounds) {
      std::set<std::string> rules;
      for (size_t i : applied) rules.insert(round.findings[i].rule_id);
      std::string names;
      for (const std::string& r : rules) names += (names.empty() ? "" : ", ") + r;
      result.errors.push_back({Severity::kError, {0, 0},
                               fmt::format("internal error: fixes did not converge after {} rounds (rules: {})",
                                           kMaxRounds, names)});
      result.output.clear();
      return result;
    }
    scripts.ForgetTouched(accepted);  // an edited instruction's text is gone: its script can't be taken
    parsed = std::move(next);
    owned = std::move(next_buffer);
    history_walks.emplace_back(SortedForMapBack(accepted));
    RoundEdits round_edits{std::move(accepted), {}};
    for (size_t i : edit_finding) round_edits.owners.push_back(report_of[i]);
    rounds.push_back(std::move(round_edits));
  }
  parsed = {};  // the IR and the scripts are not needed past the last round: free them before the output
  scripts.Clear();
  result.changed = text() != source.text();
  if (result.changed) {
    OriginalFixes fixes = MapFixesToOriginal(source.text(), text(), rounds, result.reports.size());
    result.fixes_fell_back = fixes.fell_back;
    for (size_t i = 0; i < result.reports.size(); ++i) {
      result.reports[i].fix = std::move(fixes.fixes[i]);
      result.reports[i].fix_merged_into = fixes.merged_into[i];
    }
  }
  result.output = std::string(text());
  owned.reset();
  for (RoundEdits& round_edits : rounds) result.round_edits.push_back(std::move(round_edits.edits));
  return result;
}

}  // namespace dockopt
