// rdjson: reviewdog's DiagnosticResult; each applied fix's replacements become `suggestions`.
#include <nlohmann/json.hpp>

#include "emitter/review_formats.h"
#include "emitter/review_text.h"

namespace dockopt {
namespace {

using Json = nlohmann::ordered_json;

Json Position(const SourceBuffer& source, uint32_t offset) {
  LineCol at = BytePosition(source, offset);
  return {{"line", at.line}, {"column", at.col}};
}

// An empty span is an insertion point: rdjson leaves its `end` out.
Json Range(const SourceBuffer& source, Span span) {
  Json range = {{"start", Position(source, span.begin)}};
  if (!span.empty()) range["end"] = Position(source, span.end);
  return range;
}

std::string_view RdjsonSeverity(Level level) {
  switch (level) {
    case Level::kError: return "ERROR";
    case Level::kWarning: return "WARNING";
    case Level::kInfo: return "INFO";
  }
  return "WARNING";
}

}  // namespace

std::string RenderRdjson(const ReviewRun& run) {
  Json diagnostics = Json::array();
  for (const FileReview& file : run.files) {
    for (const ReviewFinding& finding : file.findings) {
      const Report& report = finding.report;
      Json diagnostic = {
          {"message", FindingText(run, file, finding)},
          {"location", {{"path", file.source->path()}, {"range", Range(*file.source, report.where)}}},
          {"severity", RdjsonSeverity(finding.level)},
          {"code", {{"value", report.rule_id}, {"url", RuleDocUrl(report.rule_id)}}}};
      if (!report.fix.empty()) {
        Json suggestions = Json::array();
        for (const Edit& edit : report.fix)
          suggestions.push_back({{"range", Range(*file.source, edit.span)}, {"text", edit.text}});
        diagnostic["suggestions"] = std::move(suggestions);
      }
      diagnostics.push_back(std::move(diagnostic));
    }
  }
  Json result = {{"source", {{"name", "dockopt"}, {"url", kProjectUrl}}}, {"diagnostics", std::move(diagnostics)}};
  return result.dump(2) + "\n";
}

}  // namespace dockopt
