// What the one-shot migration (--unsafe) leaves out of the build context beyond the bloat that
// `context --fix` finds: content a production image does not need, by kind. Each candidate is
// proven afterwards like every other pattern (no COPY/ADD source may be lost).
#pragma once

#include <string>
#include <vector>

#include "context/analyze.h"

namespace dockopt::cli {

struct LeaveOut {
  std::string pattern;  // an ignore-file line: "docs", "locust/test", "images"
  std::string kind;     // "developer-only", "tests", "repository notes", "unreferenced media", "unused Go vendor", ...
};

/// The candidates for the context in `report` built with the Dockerfile `text`: top-level docs, CI
/// and editor directories; test directories at any depth (not when a RUN runs tests); top-level
/// repository notes (CHANGELOG, CONTRIBUTING, ...) no manifest reads; top-level directories of images
/// and videos whose file names no source file mentions; `vendor/` when go.mod predates Go 1.14 and
/// nothing asks for `-mod=vendor`; bulky documents nothing names, and top-level files only CI
/// configuration names; `removed_after_copy` (what the Dockerfile deletes right after copying the
/// whole context). Never a path a COPY/ADD source names; never a path the Dockerfile or a build file
/// (CMakeLists.txt, Makefile.am, ...) names, except to delete it.
std::vector<LeaveOut> ProductionLeaveOuts(const context::ContextReport& report, const std::string& text,
                                          const std::vector<std::string>& removed_after_copy);

}  // namespace dockopt::cli
