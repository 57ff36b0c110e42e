// Suggestion mode for `dockopt optimize`: --format, --output-file, --exit-zero, and the exit code
// that holds across formats.
#pragma once

#include <boost/program_options.hpp>
#include <string>
#include <vector>

#include "cli/changed_lines.h"
#include "emitter/review_model.h"

namespace dockopt::cli {

struct ReviewSettings {
  ReviewFormat format = ReviewFormat::kText;
  std::string output_file;  // the findings go here instead of stdout (machine) or stderr (text)
  bool exit_zero = false;   // findings never make the exit code 1
  // Diff-aware review: only findings on changed lines (--changed-lines DIFF or --diff-base REV).
  std::string changed_lines_file;
  std::string diff_base;
  ChangedLines changed_lines;  // parsed from changed_lines_file
  bool diff_aware() const { return !changed_lines_file.empty() || !diff_base.empty(); }
  bool machine() const { return format != ReviewFormat::kText; }
};

void AddReviewOptions(boost::program_options::options_description& options);
/// Reads the options AddReviewOptions declared; on a bad value sets `problem`.
void ReadReviewSettings(const boost::program_options::variables_map& vm, ReviewSettings& settings,
                        std::string& problem);

/// In a diff-aware run, drops the findings of `file` (at `path`) off the changed lines. On a git
/// error returns false with `error` set.
bool FilterToChangedLines(const ReviewSettings& settings, const std::string& path, FileReview& file,
                          std::string& error);

/// The level a finding gets before any config: warning when its rule offers a fix, else info.
Level DefaultLevel(const Report& report);

/// Every rule with its embedded doc page, for the formats that describe rules.
std::vector<RuleMeta> RuleMetas();

/// 1 when a reported finding's fix was applied (the file would change) or its level is error,
/// unless --exit-zero; else 0.
int ReviewExitCode(const ReviewSettings& settings, const std::vector<FileReview>& files);

/// Renders `files` in the machine format and writes it to --output-file or stdout. On an I/O error
/// returns false with `error` set.
bool WriteReview(const ReviewSettings& settings, const std::vector<FileReview>& files, std::string& error);

}  // namespace dockopt::cli
