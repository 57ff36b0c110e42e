// The .dockerignore file: reading it as ignorefile.ReadAll does, and choosing which file applies.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "context/matcher.h"

namespace dockopt::context {

/// One pattern as ignorefile.ReadAll yields it, with where it came from.
struct IgnoreLine {
  std::string pattern;  // comment lines dropped, trimmed, cleaned, one leading '/' removed
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based column of the first non-blank byte
};

/// ignorefile.ReadAll: strips a UTF-8 BOM, drops lines whose first byte is '#', trims, drops blank
/// lines, then cleans each pattern (`!` kept in front) and removes one leading '/'.
std::vector<IgnoreLine> ReadIgnoreLines(std::string_view text);

/// The ignore file in effect for a build.
struct IgnoreFile {
  std::string path;       // the file read, or the file that would be created (DIR/.dockerignore)
  bool exists = false;
  std::string text;       // raw bytes; empty when absent
  std::vector<IgnoreLine> lines;
};

/// BuildKit's choice: `<dockerfile>.dockerignore` beside the Dockerfile when it exists, else
/// `<context_dir>/.dockerignore`. Returns false with `error` set if the file exists but cannot be read.
bool LoadIgnoreFile(const std::string& context_dir, const std::string& dockerfile, IgnoreFile& out,
                    std::string& error);

/// Builds a matcher from the file's patterns. On a bad pattern returns false and sets `error` to
/// "PATH:LINE:COL: error: bad pattern 'P': syntax error in pattern".
bool BuildMatcher(const IgnoreFile& file, PatternMatcher& matcher, std::string& error);

}  // namespace dockopt::context
