// SARIF 2.1.0: one run, every rule with its doc page as help, results with fixes and fingerprints.
// Columns count Unicode code points (run.columnKind), as SARIF has no byte columns.
#include <nlohmann/json.hpp>
#include <vector>

#include "emitter/review_formats.h"
#include "emitter/review_text.h"

namespace dockopt {
namespace {

using Json = nlohmann::ordered_json;

Json Region(const SourceBuffer& source, Span span) {
  LineCol begin = CodePointPosition(source, span.begin), end = CodePointPosition(source, span.end);
  return {{"startLine", begin.line}, {"startColumn", begin.col}, {"endLine", end.line}, {"endColumn", end.col}};
}

std::string_view SarifLevel(Level level) {
  switch (level) {
    case Level::kError: return "error";
    case Level::kWarning: return "warning";
    case Level::kInfo: return "note";
  }
  return "warning";
}

std::string_view SafetyWord(Safety safety) {
  switch (safety) {
    case Safety::kSafe: return "safe";
    case Safety::kUnsafe: return "unsafe";
    case Safety::kSuggestion: return "none";
  }
  return "none";
}

// The rules the results name, in the run's order (SARIF needs only those; it keeps the log small).
std::vector<const RuleMeta*> ReportedRules(const ReviewRun& run) {
  std::vector<const RuleMeta*> reported;
  for (const RuleMeta& rule : run.rules) {
    bool named = false;
    for (const FileReview& file : run.files)
      for (const ReviewFinding& finding : file.findings) named |= finding.report.rule_id == rule.id;
    if (named) reported.push_back(&rule);
  }
  return reported;
}

Json Rules(const std::vector<const RuleMeta*>& reported) {
  Json rules = Json::array();
  for (const RuleMeta* meta : reported) {
    const RuleMeta& rule = *meta;
    rules.push_back({{"id", rule.id},
                     {"name", rule.name},
                     {"shortDescription", {{"text", rule.summary}}},
                     {"fullDescription", {{"text", rule.summary}}},
                     {"helpUri", RuleDocUrl(rule.id)},
                     {"help", {{"text", rule.doc_markdown}, {"markdown", rule.doc_markdown}}},
                     {"defaultConfiguration", {{"level", "warning"}}},
                     {"properties", {{"fixSafety", SafetyWord(rule.safety)}}}});
  }
  return rules;
}

Json Fixes(const FileReview& file, const Report& report, const Json& artifact) {
  Json replacements = Json::array();
  for (const Edit& edit : report.fix)
    replacements.push_back({{"deletedRegion", Region(*file.source, edit.span)}, {"insertedContent", {{"text", edit.text}}}});
  std::string title = report.fix_title.empty() ? "apply the fix" : report.fix_title;
  if (FixSafety(report) == "unsafe") title = "unsafe fix: " + title;
  return Json::array({{{"description", {{"text", title}}},
                       {"artifactChanges", Json::array({{{"artifactLocation", artifact}, {"replacements", replacements}}})}}});
}

}  // namespace

std::string RenderSarif(const ReviewRun& run) {
  std::vector<const RuleMeta*> reported = ReportedRules(run);
  Json results = Json::array();
  for (const FileReview& file : run.files) {
    Json artifact = {{"uri", PathToUri(file.source->path())}};
    for (size_t i = 0; i < file.findings.size(); ++i) {
      const ReviewFinding& finding = file.findings[i];
      const Report& report = finding.report;
      Json result = {{"ruleId", report.rule_id}};
      for (size_t r = 0; r < reported.size(); ++r)
        if (reported[r]->id == report.rule_id) result["ruleIndex"] = r;
      result["level"] = SarifLevel(finding.level);
      result["message"] = {{"text", FindingText(run, file, finding)}};
      result["locations"] = Json::array(
          {{{"physicalLocation", {{"artifactLocation", artifact}, {"region", Region(*file.source, report.where)}}}}});
      result["partialFingerprints"] = {{"dockoptFinding/v1", Fingerprint(file, i)}};
      if (!report.fix.empty()) result["fixes"] = Fixes(file, report, artifact);
      result["properties"] = {{"fixSafety", FixSafety(report)}, {"fixApplied", report.applied}};
      results.push_back(std::move(result));
    }
  }
  Json driver = {{"name", "dockopt"},
                 {"version", run.version},
                 {"informationUri", kProjectUrl},
                 {"rules", Rules(reported)}};
  Json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", Json::array({{{"tool", {{"driver", driver}}},
                                       {"columnKind", "unicodeCodePoints"},
                                       {"results", std::move(results)}}})}};
  return sarif.dump(2) + "\n";
}

}  // namespace dockopt
