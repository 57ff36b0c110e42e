// AnalyzeContext: ignore file + walk + bloat + COPY source checks for one build context.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "context/bloat.h"
#include "context/copy_sources.h"
#include "context/ignore_file.h"
#include "context/matcher.h"
#include "context/walker.h"

namespace dockopt::context {

struct ContextRequest {
  std::string dir;                      // the context directory
  std::string dockerfile;               // its Dockerfile (decides which ignore file applies)
  std::vector<CopySource> copy_sources; // from analysis::ContextCopySources
  std::optional<Identity> identity;     // test seam, see WalkOptions
};

struct ContextReport {
  std::string dir;
  std::string dockerfile;
  IgnoreFile ignore;
  PatternMatcher matcher;
  WalkResult walk;
  std::vector<Bloat> bloat;
  std::vector<CopySourceCheck> copy_sources;
};

/// Loads the ignore file, walks the context and checks the COPY sources. Returns false with
/// `error` set (one message per line) for a bad pattern, an unreadable ignore file, or anything
/// the walk could not read.
bool AnalyzeContext(const ContextRequest& request, ContextReport& report, std::string& error);

/// Walks `dir` with `matcher` and checks `sources` against the result (used again by --fix).
bool WalkAndCheck(const ContextRequest& request, const PatternMatcher& matcher, WalkResult& walk,
                  std::vector<CopySourceCheck>& checks, std::string& error);

}  // namespace dockopt::context
