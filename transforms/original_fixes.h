// OriginalFixes: every applied fix, whatever round applied it, as replacements against the input.
#pragma once

#include <string_view>
#include <vector>

#include "ir/edit.h"

namespace dockopt {

/// The edits one fixpoint round applied (against that round's text), each with the index of the
/// report whose fix it belongs to.
struct RoundEdits {
  Edits edits;
  std::vector<size_t> owners;  // parallel to `edits`
};

/// What each report's fix does to the original text.
struct OriginalFixes {
  std::vector<Edits> fixes;       // per report: disjoint replacements against the ORIGINAL text
  std::vector<int> merged_into;   // per report: the report whose replacement also carries its change, or -1
  bool fell_back = false;         // the exact mapping failed: one replacement covers every change
};

/// Maps the rounds' edits back onto `original`. A later round's edit that touches text an earlier
/// round wrote, and fixes whose regions overlap or touch, become one replacement of the smallest
/// region of the original that encloses them, owned by the earliest of their reports. Applying
/// every replacement of every report to `original` gives `output` exactly (checked; if the check
/// fails, one replacement of the changed region is returned instead).
OriginalFixes MapFixesToOriginal(std::string_view original, std::string_view output,
                                 const std::vector<RoundEdits>& rounds, size_t report_count);

}  // namespace dockopt
