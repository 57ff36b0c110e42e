// COPY/ADD sources read from the context (analysis::ContextCopySources lists them): whether the
// context has them and whether the ignore file hides them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "context/matcher.h"
#include "context/walker.h"

namespace dockopt::context {

/// One source argument of a COPY or ADD that reads from the build context.
struct CopySource {
  std::string source;       // as BuildKit reads it: "requirements*.txt", "app/", "."
  std::string instruction;  // "COPY" or "ADD"
  uint32_t line = 0;        // 1-based
  uint32_t column = 0;      // 1-based; 0 when unknown
  // `source` with its variables replaced by the stage's ARG defaults and ENV values ("" when it has
  // none, or one is unknown): what a build without --build-arg reads.
  std::string resolved;
};

struct CopySourceCheck {
  CopySource source;
  bool found = false;       // the context directory holds at least one match
  bool excluded = false;    // found, but the ignore file hides every match: BuildKit fails the build
  bool unchecked = false;   // uses a variable ($VAR) or leaves the context: not checked
  std::string note;         // why it was not checked
  std::vector<std::string> matches;  // context paths matched, sorted
};

/// Resolves each source in `root` the way BuildKit does (filepath.Match per path element, Clean,
/// a leading '/' is the context root) and tells whether the ignore file (`matcher`, may be null)
/// excludes everything it matches. A directory match still counts if the walk kept a file inside it.
std::vector<CopySourceCheck> CheckCopySources(const std::string& root, const std::vector<CopySource>& sources,
                                              const PatternMatcher* matcher, const WalkResult& walk);

/// True if any check is an error: a source missing from the context, or excluded by the ignore file.
bool HasCopyErrors(const std::vector<CopySourceCheck>& checks);

}  // namespace dockopt::context
