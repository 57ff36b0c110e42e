// Rendering a ContextReport as text or as JSON (schema in docs/context.md).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "context/analyze.h"

namespace dockopt::context {

struct ReportOptions {
  size_t top = 10;                    // how many largest files and directories
  std::optional<uint64_t> max_size;   // --max-size, when given
};

/// The human report: totals, largest files and directories, bloat, COPY sources.
std::string RenderText(const ContextReport& report, const ReportOptions& options);

/// The JSON report: total_bytes, file_count, largest, largest_dirs, bloat, copy_sources, ...
nlohmann::json RenderJson(const ContextReport& report, const ReportOptions& options);

/// One "Dockerfile:7:6: error: ..." line per COPY source that is missing or excluded.
std::vector<std::string> CopySourceErrors(const ContextReport& report);

/// The `n` largest kept files, and the `n` largest kept directories (root excluded), by bytes.
std::vector<WalkedFile> LargestFiles(const WalkResult& walk, size_t n);
std::vector<WalkedDir> LargestDirs(const WalkResult& walk, size_t n);

}  // namespace dockopt::context
