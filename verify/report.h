// VerifyReport: everything one `dockopt verify` run measured, as plain data for checks and renderers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "verify/image_info.h"

namespace dockopt::verify {

/// Exit codes of `dockopt verify`.
inline constexpr int kVerifyOk = 0;
inline constexpr int kVerifyCheckFailed = 1;
inline constexpr int kVerifyCannotRun = 2;

struct BuildReport {
  bool built = false;
  double build_seconds = 0;
  std::optional<double> rebuild_seconds;  // with --rebuild-touch
  std::string log_tail;                   // last lines of the build log when the build failed
  ImageInfo info;                         // valid when built
};

struct SmokeRun {
  int exit_code = -1;
  std::string out;         // stdout, compared
  std::string err;         // stderr, shown on mismatch only
  std::string cannot_run;  // set when the command could not run in this image: why, in plain words
};

struct SmokeResult {
  std::string command;
  SmokeRun original;
  SmokeRun optimized;
  std::string retried;  // set when the first runs differed and a second pair agreed: what differed
  bool same() const {
    return original.cannot_run.empty() && optimized.cannot_run.empty() && original.exit_code == optimized.exit_code &&
           original.out == optimized.out;
  }
};

struct Check {
  std::string name;    // "optimized image is not larger"
  bool ok = false;
  std::string detail;  // "412.3 MB -> 198.7 MB"
};

struct VerifyReport {
  std::string dockerfile;                  // path as given
  std::string context;
  std::string builder;                     // "buildah"
  std::string optimized_from;              // "FILE" or "in-memory optimize"
  std::vector<std::string> applied_rules;  // IDs from Optimize's reports, or --assume-rules
  std::vector<std::string> applied_rule_names;  // their names where known (same order)
  std::optional<std::string> rebuild_touch;
  bool layer_cache = false;                // --layer-cache: build times count cache hits
  BuildReport original;
  BuildReport optimized;
  std::vector<SmokeResult> smokes;
  std::vector<Check> checks;
  std::string error;                       // why it could not run (exit 2)
  int exit_code = kVerifyOk;
};

}  // namespace dockopt::verify
