// The findings of a run as the review formats see them: per file, each report with its level.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/source.h"
#include "transforms/optimize.h"
#include "transforms/rule.h"

namespace dockopt {

enum class ReviewFormat { kText, kJson, kRdjson, kSarif, kGithub, kGitlab };

/// "text", "json", "rdjson", "sarif", "github", "gitlab"; nullopt for anything else.
std::optional<ReviewFormat> ParseReviewFormat(std::string_view name);

/// How loud a finding is: the default is `warning` when the rule offers a fix, else `info`;
/// a config file can change it per rule.
enum class Level { kInfo, kWarning, kError };

std::string_view LevelName(Level level);  // "info", "warning", "error"
std::optional<Level> ParseLevel(std::string_view name);

struct ReviewFinding {
  Report report;
  Level level = Level::kWarning;
};

struct FileReview {
  const SourceBuffer* source = nullptr;  // the ORIGINAL input; its path is the one reported
  std::vector<ReviewFinding> findings;
  bool changed = false;                  // the optimizer rewrote the file
};

/// A rule as the formats describe it (SARIF lists every rule, with its doc page as help).
struct RuleMeta {
  std::string_view id, name, summary;
  Safety safety;
  std::string_view doc_markdown;
};

struct ReviewRun {
  std::vector<FileReview> files;
  std::vector<RuleMeta> rules;
  std::string version;  // dockopt's version
};

}  // namespace dockopt
