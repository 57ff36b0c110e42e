// Shared pieces of the review formats.
#include "emitter/review_text.h"

#include <fmt/core.h>

#include <cctype>
#include <filesystem>

namespace dockopt {

std::optional<ReviewFormat> ParseReviewFormat(std::string_view name) {
  if (name == "text") return ReviewFormat::kText;
  if (name == "json") return ReviewFormat::kJson;
  if (name == "rdjson") return ReviewFormat::kRdjson;
  if (name == "sarif") return ReviewFormat::kSarif;
  if (name == "github") return ReviewFormat::kGithub;
  if (name == "gitlab") return ReviewFormat::kGitlab;
  return std::nullopt;
}

std::string_view LevelName(Level level) {
  switch (level) {
    case Level::kInfo: return "info";
    case Level::kWarning: return "warning";
    case Level::kError: return "error";
  }
  return "warning";
}

std::optional<Level> ParseLevel(std::string_view name) {
  if (name == "info") return Level::kInfo;
  if (name == "warning") return Level::kWarning;
  if (name == "error") return Level::kError;
  return std::nullopt;
}

std::string RuleDocUrl(std::string_view rule_id) {
  return fmt::format("{}/blob/main/docs/rules/{}.md", kProjectUrl, rule_id);
}

std::string_view RuleName(const ReviewRun& run, std::string_view rule_id) {
  for (const RuleMeta& rule : run.rules)
    if (rule.id == rule_id) return rule.name;
  return rule_id;
}

std::string FindingText(const ReviewRun& run, const FileReview& file, const ReviewFinding& finding) {
  const Report& report = finding.report;
  return fmt::format("{} {}: {} ({})", report.rule_id, RuleName(run, report.rule_id), report.message,
                     FixNote(file, finding));
}

LineCol BytePosition(const SourceBuffer& source, uint32_t offset) { return source.Locate(offset); }

LineCol CodePointPosition(const SourceBuffer& source, uint32_t offset) {
  LineCol at = source.Locate(offset);
  std::string_view before = source.text().substr(source.LineStart(at.line), at.col - 1);
  uint32_t code_points = 0;
  for (char c : before)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++code_points;  // not a continuation byte
  return {at.line, code_points + 1};
}

std::string_view FixSafety(const Report& report) {
  if (report.safety == "safe fix") return "safe";
  if (report.safety == "unsafe fix") return "unsafe";
  return "none";
}

std::string FixNote(const FileReview& file, const ReviewFinding& finding) {
  const Report& report = finding.report;
  std::string_view safety = FixSafety(report);
  if (safety == "none") return "no automatic fix";
  std::string title = report.fix_title.empty() ? "" : ": " + report.fix_title;
  if (!report.applied) return fmt::format("unsafe fix available with --unsafe{}", title);
  std::string note = safety == "unsafe"
                         ? fmt::format("unsafe fix (it may change what the image does; review it){}", title)
                         : fmt::format("safe fix{}", title);
  if (report.fix_merged_into >= 0) {
    const Report& carrier = file.findings[static_cast<size_t>(report.fix_merged_into)].report;
    LineCol at = file.source->Locate(carrier.where.begin);
    note += fmt::format(" (part of the {} suggestion at line {})", carrier.rule_id, at.line);
  }
  return note;
}

std::string Fingerprint(const FileReview& file, size_t finding_index) {
  auto key = [&](size_t i) {
    const Report& report = file.findings[i].report;
    std::string_view line = file.source->LineText(file.source->Locate(report.where.begin).line);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    return fmt::format("{}\x1f{}\x1f{}\x1f{}", report.rule_id, file.source->path(), line, report.message);
  };
  std::string mine = key(finding_index);
  size_t earlier = 0;
  for (size_t i = 0; i < finding_index; ++i) earlier += key(i) == mine;
  mine += fmt::format("\x1f{}", earlier);
  uint64_t hash = 14695981039346656037ull;  // FNV-1a 64
  for (char c : mine) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return fmt::format("{:016x}", hash);
}

std::string PathToUri(std::string_view path) {
  // SARIF consumers reject '..' segments: normalize, and make a path that climbs out absolute.
  std::filesystem::path normal = std::filesystem::path(path).lexically_normal();
  if (!normal.empty() && *normal.begin() == "..") {
    std::error_code error;
    std::filesystem::path absolute = std::filesystem::absolute(normal, error);
    if (!error) normal = absolute.lexically_normal();
  }
  std::string text = normal.generic_string();
  std::string uri = text.starts_with("/") ? "file://" : "";
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    bool keep = std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    uri += keep ? std::string(1, c) : fmt::format("%{:02X}", u);
  }
  return uri;
}

}  // namespace dockopt
