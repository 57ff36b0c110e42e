// Verify: builds the original and the optimized Dockerfile for real and compares the images.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "verify/builder.h"
#include "verify/report.h"
#include "verify/smoke_command.h"

namespace dockopt::verify {

struct VerifyOptions {
  std::string dockerfile_path;           // for messages and the report
  std::string context_dir;
  std::string original_text;             // the Dockerfile as read
  std::string optimized_text;            // from --optimized FILE or Optimize()
  std::string optimized_from;            // "FILE" or "in-memory optimize"
  std::vector<std::string> applied_rules;
  std::vector<std::string> applied_rule_names;  // same order as applied_rules, where known
  std::optional<BuilderKind> builder;    // nullopt: auto
  std::vector<std::string> smoke;        // shell commands, or JSON arrays for exec form
  std::optional<std::string> rebuild_touch;
  bool layer_cache = false;              // the two builds may reuse cached layers (default: every step runs)
  bool keep = false;                     // keep the images and the workspace
};

/// Runs the whole comparison. Never throws; the report's exit_code is 0, 1 or 2 and, for 2,
/// report.error says why (no builder, original build failed, bad context).
/// `progress` (may be null) gets one line per step, for stderr.
VerifyReport Verify(const VerifyOptions& options, void (*progress)(const std::string& line) = nullptr);

}  // namespace dockopt::verify
