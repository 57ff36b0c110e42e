// The CI formats without fixes: GitHub Actions annotation commands and GitLab Code Quality.
#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "emitter/review_formats.h"
#include "emitter/review_text.h"

namespace dockopt {
namespace {

// GitHub's escaping: the message escapes %, CR and LF; property values also ':' and ','.
std::string EscapeGithub(std::string_view text, bool property) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string_view GithubCommand(Level level) {
  switch (level) {
    case Level::kError: return "error";
    case Level::kWarning: return "warning";
    case Level::kInfo: return "notice";
  }
  return "warning";
}

std::string_view GitlabSeverity(Level level) {
  switch (level) {
    case Level::kError: return "major";
    case Level::kWarning: return "minor";
    case Level::kInfo: return "info";
  }
  return "minor";
}

// A range's last byte rather than the start of the next line, for formats that count whole lines.
uint32_t LastByte(const SourceBuffer& source, Span span) {
  bool ends_line = !span.empty() && source.text()[span.end - 1] == '\n';
  return ends_line ? span.end - 1 : span.end;
}

}  // namespace

// One annotation per finding, except that a finding whose fix another's suggestion carries (the
// rules that ran on a stage split's output) joins that annotation: a split stays one annotation.
std::string RenderGithub(const ReviewRun& run) {
  std::string out;
  for (const FileReview& file : run.files) {
    for (size_t i = 0; i < file.findings.size(); ++i) {
      const ReviewFinding& finding = file.findings[i];
      const Report& report = finding.report;
      if (report.fix_merged_into >= 0) continue;
      LineCol begin = CodePointPosition(*file.source, report.where.begin);
      LineCol end = CodePointPosition(*file.source, LastByte(*file.source, report.where));
      std::string message = fmt::format("{}\n{}", FindingText(run, file, finding), RuleDocUrl(report.rule_id));
      for (const ReviewFinding& other : file.findings)
        if (other.report.fix_merged_into == static_cast<int>(i))
          message += fmt::format("\nalso: {} {}: {}", other.report.rule_id, RuleName(run, other.report.rule_id),
                                 other.report.message);
      out += fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                         GithubCommand(finding.level), EscapeGithub(file.source->path(), true), begin.line, begin.col,
                         end.line, end.col,
                         EscapeGithub(fmt::format("dockopt {} {}", report.rule_id, RuleName(run, report.rule_id)), true),
                         EscapeGithub(message, false));
    }
  }
  return out;
}

std::string RenderGitlab(const ReviewRun& run) {
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  for (const FileReview& file : run.files) {
    for (size_t i = 0; i < file.findings.size(); ++i) {
      const ReviewFinding& finding = file.findings[i];
      const Report& report = finding.report;
      LineCol begin = file.source->Locate(report.where.begin), end = file.source->Locate(LastByte(*file.source, report.where));
      entries.push_back({{"description", FindingText(run, file, finding)},
                         {"check_name", report.rule_id},
                         {"fingerprint", Fingerprint(file, i)},
                         {"severity", GitlabSeverity(finding.level)},
                         {"location", {{"path", file.source->path()}, {"lines", {{"begin", begin.line}, {"end", end.line}}}}}});
    }
  }
  return entries.dump(2) + "\n";
}

}  // namespace dockopt
