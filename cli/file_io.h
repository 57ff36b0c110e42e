// File input and atomic output for the subcommands.
#pragma once

#include <string>

namespace dockopt::cli {

/// Reads `path` (or standard input for "-") into `out`. On failure returns false and sets `error`
/// to a message such as "Dockerfile: No such file or directory".
bool ReadInput(const std::string& path, std::string& out, std::string& error);

/// Replaces `path` with `bytes` atomically: writes a temporary file beside it, keeps the old file's
/// mode, then renames it over. On failure nothing is changed, and `error` says why.
bool WriteFileAtomic(const std::string& path, const std::string& bytes, std::string& error);

}  // namespace dockopt::cli
