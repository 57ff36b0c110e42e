// Diff-aware review: which lines of each file a change touched (--changed-lines DIFF, --diff-base REV).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "emitter/review_model.h"

namespace dockopt::cli {

/// New-side line numbers (1-based) that a unified diff adds or rewrites, per new-side path with
/// git's "b/" prefix removed. A file the diff deletes is left out.
using ChangedLines = std::map<std::string, std::set<uint32_t>>;
ChangedLines ParseUnifiedDiff(std::string_view diff);

/// The lines of `file` the diff names, matching paths by their trailing components (the diff is
/// relative to the repository root, `file` to the current directory); nullptr if none match.
const std::set<uint32_t>* LinesFor(const ChangedLines& changed, const std::string& file);

/// The changed lines of `file` since git revision `rev` (`git diff -U0 REV -- FILE`, run in the
/// file's directory); a file git does not track counts as all new (`all_new`). On a git error
/// returns false with `error` set.
bool ChangedSinceRevision(const std::string& rev, const std::string& file, std::set<uint32_t>& lines, bool& all_new,
                          std::string& error);

/// True if any line in [first, last] is in `lines`.
bool Touches(const std::set<uint32_t>& lines, uint32_t first, uint32_t last);

/// Keeps the findings whose range touches `lines`, plus, for a kept finding whose fix another
/// finding's suggestion carries, that carrier (and the reverse), so no kept fix is lost.
void KeepFindingsOnLines(FileReview& file, const std::set<uint32_t>& lines);

}  // namespace dockopt::cli
