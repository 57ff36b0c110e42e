// Suggestion mode: options, rule metadata, the exit code, and writing the document.
#include "cli/review_output.h"
#include "dockopt_version.h"  // generated: DOCKOPT_VERSION, from git describe

#include <fmt/core.h>

#include <cstdio>

#include "cli/file_io.h"
#include "cli/rule_docs.h"
#include "emitter/review_formats.h"

namespace dockopt::cli {

namespace po = boost::program_options;

void AddReviewOptions(po::options_description& options) {
  options.add_options()
      ("format", po::value<std::string>()->value_name("FMT")->default_value("text"),
       "findings as text (stderr), json, rdjson, sarif, github or gitlab (stdout); a machine format "
       "writes no Dockerfile to stdout")
      ("output-file", po::value<std::string>()->value_name("FILE"), "write the findings to FILE instead")
      ("exit-zero", "exit 0 even when findings would fail the run (report-only CI jobs)")
      ("changed-lines", po::value<std::string>()->value_name("DIFF"),
       "report only findings on lines this unified diff adds (a file, or - for stdin)")
      ("diff-base", po::value<std::string>()->value_name("REV"),
       "report only findings on lines changed since git revision REV");
}

void ReadReviewSettings(const po::variables_map& vm, ReviewSettings& settings, std::string& problem) {
  std::string name = vm["format"].as<std::string>();
  std::optional<ReviewFormat> format = ParseReviewFormat(name);
  if (!format) problem = fmt::format("--format takes text, json, rdjson, sarif, github or gitlab, not '{}'", name);
  else settings.format = *format;
  if (vm.count("output-file")) settings.output_file = vm["output-file"].as<std::string>();
  settings.exit_zero = vm.count("exit-zero") > 0;
  if (vm.count("diff-base")) settings.diff_base = vm["diff-base"].as<std::string>();
  if (vm.count("changed-lines")) settings.changed_lines_file = vm["changed-lines"].as<std::string>();
  if (!settings.diff_base.empty() && !settings.changed_lines_file.empty()) {
    problem = "use only one of --changed-lines and --diff-base";
  } else if (!settings.changed_lines_file.empty()) {
    std::string diff, error;
    if (!ReadInput(settings.changed_lines_file, diff, error)) problem = "--changed-lines: " + error;
    settings.changed_lines = ParseUnifiedDiff(diff);
  }
}

bool FilterToChangedLines(const ReviewSettings& settings, const std::string& path, FileReview& file,
                          std::string& error) {
  if (!settings.diff_aware()) return true;
  std::set<uint32_t> lines;
  if (!settings.diff_base.empty()) {
    bool all_new = false;
    if (!ChangedSinceRevision(settings.diff_base, path, lines, all_new, error)) return false;
    if (all_new) return true;
  } else if (const std::set<uint32_t>* named = LinesFor(settings.changed_lines, path)) {
    lines = *named;
  }
  KeepFindingsOnLines(file, lines);
  return true;
}

Level DefaultLevel(const Report& report) { return report.safety == "suggestion" ? Level::kInfo : Level::kWarning; }

std::vector<RuleMeta> RuleMetas() {
  std::vector<RuleMeta> metas;
  for (const Rule& rule : Rules()) {
    std::string_view doc;
    for (const RuleDoc& page : RuleDocs())
      if (page.id == rule.info.id) doc = page.markdown;
    metas.push_back({rule.info.id, rule.info.name, rule.info.summary, rule.info.safety, doc});
  }
  return metas;
}

int ReviewExitCode(const ReviewSettings& settings, const std::vector<FileReview>& files) {
  if (settings.exit_zero) return 0;
  for (const FileReview& file : files)
    for (const ReviewFinding& finding : file.findings)
      if (finding.report.applied || finding.level == Level::kError) return 1;
  return 0;
}

bool WriteReview(const ReviewSettings& settings, const std::vector<FileReview>& files, std::string& error) {
  ReviewRun run{files, RuleMetas(), DOCKOPT_VERSION};
  std::string document = RenderReview(settings.format, run);
  if (!settings.output_file.empty()) return WriteFileAtomic(settings.output_file, document, error);
  fwrite(document.data(), 1, document.size(), stdout);
  return true;
}

}  // namespace dockopt::cli
