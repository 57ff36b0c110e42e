// Offsets mapped through many edits, and overlaps checked against many edits, in log time: on a
// large file a fixpoint round applies one edit per instruction, and walking them all for each
// finding made the driver quadratic. The answers are the same as walking the edits one by one.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <vector>

#include "ir/edit.h"

namespace dockopt {

/// Edits in the order a mapping walks them, with running sums of how each one moved the text.
class EditWalk {
 public:
  explicit EditWalk(const Edits& ordered);

  /// An offset after the edits mapped to the text before them. An offset inside an edit's new text
  /// goes to its replaced span's begin; `widen` also counts the new text's end as inside, and maps
  /// to the span's end when `right` (original_fixes.cc).
  uint32_t Back(uint32_t offset, bool widen, bool right) const;

  /// An offset before the edits mapped to the text after them (original_fixes.cc's MapForward).
  uint32_t Forward(uint32_t offset, bool right) const;

 private:
  struct Step {
    uint32_t begin, end;
    int64_t delta_before;  // new - old, for the edits before this one
    int64_t new_begin, new_end;
  };
  std::vector<Step> steps_;
  std::vector<int64_t> max_new_end_;  // running maximum of new_end
  std::vector<uint32_t> max_end_;     // running maximum of end
  int64_t total_delta_ = 0;
};

/// The edits accepted so far, answering EditsOverlap(accepted, edits) without walking them.
class AcceptedEdits {
 public:
  bool Overlaps(const Edits& edits) const;
  void Add(const Edits& edits);
  void Clear();

 private:
  std::set<uint32_t> begins_;
  std::map<uint32_t, uint32_t> inside_;  // disjoint open intervals (begin, end) covered by accepted edits
};

}  // namespace dockopt
