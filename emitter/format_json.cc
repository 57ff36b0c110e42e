// json: dockopt's own review schema ("schema": 1, documented in docs/review.md): every finding
// with byte offsets and 1-based line/column (bytes), its fix's safety and status, and replacements.
#include <nlohmann/json.hpp>

#include "emitter/review_formats.h"
#include "emitter/review_text.h"

namespace dockopt {
namespace {

using Json = nlohmann::ordered_json;

Json Point(const SourceBuffer& source, uint32_t offset) {
  LineCol at = BytePosition(source, offset);
  return {{"offset", offset}, {"line", at.line}, {"column", at.col}};
}

Json Range(const SourceBuffer& source, Span span) {
  return {{"start", Point(source, span.begin)}, {"end", Point(source, span.end)}};
}

std::string_view FixStatus(const Report& report) {
  if (FixSafety(report) == "none") return "none";
  return report.applied ? "applied" : "available";
}

Json FindingJson(const ReviewRun& run, const FileReview& file, const ReviewFinding& finding, size_t index) {
  const Report& report = finding.report;
  Json fix = {{"safety", FixSafety(report)}, {"status", FixStatus(report)}};
  if (!report.fix_title.empty()) fix["title"] = report.fix_title;
  if (report.fix_merged_into >= 0) fix["merged_into"] = report.fix_merged_into;
  Json replacements = Json::array();
  for (const Edit& edit : report.fix)
    replacements.push_back({{"range", Range(*file.source, edit.span)}, {"text", edit.text}});
  fix["replacements"] = std::move(replacements);
  return {{"rule", report.rule_id},
          {"name", RuleName(run, report.rule_id)},
          {"url", RuleDocUrl(report.rule_id)},
          {"severity", LevelName(finding.level)},
          {"message", report.message},
          {"range", Range(*file.source, report.where)},
          {"fingerprint", Fingerprint(file, index)},
          {"fix", std::move(fix)}};
}

}  // namespace

std::string RenderJson(const ReviewRun& run) {
  Json files = Json::array();
  for (const FileReview& file : run.files) {
    Json findings = Json::array();
    for (size_t i = 0; i < file.findings.size(); ++i) findings.push_back(FindingJson(run, file, file.findings[i], i));
    files.push_back({{"path", file.source->path()}, {"changed", file.changed}, {"findings", std::move(findings)}});
  }
  Json out = {{"schema", 1}, {"tool", {{"name", "dockopt"}, {"version", run.version}}},
              {"files", std::move(files)}};
  return out.dump(2) + "\n";
}

}  // namespace dockopt
