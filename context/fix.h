// PlanFix: the .dockerignore additions for `dockopt context --fix`, proven safe for COPY sources.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "context/analyze.h"

namespace dockopt::context {

inline constexpr const char* kFixHeader = "# added by dockopt context --fix";

struct FixPlan {
  std::vector<std::string> added;    // lines added, in order (patterns and `!` exceptions)
  std::vector<std::string> skipped;  // "'**/build' not added: it would hide 'build/*.js' (COPY at Dockerfile:4:6)"
  std::vector<std::string> notes;    // exceptions added and why; large files left alone
  std::string new_text;              // the whole new ignore file
  bool changed = false;
  uint64_t before_bytes = 0, before_files = 0;
  uint64_t after_bytes = 0, after_files = 0;
  std::vector<CopySourceCheck> after_checks;
};

/// Turns the bloat in `before` into `**/NAME` patterns (venvs by their own directory name; logs
/// and databases by extension; large files are only reported). A pattern that would hide a path
/// a COPY/ADD source needs (or a literal `!` exception already in the file) gets a `!path`
/// exception after it when the source is literal, and is skipped when the source is a wildcard.
/// Then re-walks with the new patterns and proves that every source that was fine is still
/// found and not excluded; returns false with `error` set if not (nothing must be written).
/// Existing lines are kept byte for byte; additions go under one kFixHeader block.
bool PlanFix(const ContextRequest& request, const ContextReport& before, FixPlan& plan, std::string& error);

}  // namespace dockopt::context
