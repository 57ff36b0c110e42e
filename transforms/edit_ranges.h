// Edit ranges: where a fixpoint's edits landed in the final text, and whether a diff's changes lie
// inside them. Compared by bytes, so it does not depend on how a line diff pairs identical lines.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "ir/edit.h"

namespace dockopt {

/// [begin, end) in a text; begin == end is a point (where a deletion happened).
struct ByteRange {
  uint32_t begin = 0, end = 0;
  bool operator==(const ByteRange&) const = default;
};

/// Where each round's edits landed in the final text: each edit's new text (a point for a deletion),
/// carried through the later rounds' edits (a later edit that overlaps or touches it widens it).
/// `rounds[i]` holds round i's edits, against the text round i started from.
std::vector<ByteRange> FinalEditRanges(const std::vector<Edits>& rounds);

/// One changed region of a diff: the bytes `before` of the old text became the bytes `after` of the new.
struct Hunk {
  ByteRange before, after;
  bool coarse = false;  // a whole region too different to diff by bytes (see ByteChanges)
};

/// The changes between two windows of the texts (one hunk of a line diff, with its context lines),
/// by a minimal byte diff (Myers): each run of removed and added bytes between matched ones. A
/// window needing more than `max_cost` byte edits comes back whole, as one coarse change.
std::vector<Hunk> ByteChanges(std::string_view before, ByteRange old_window, std::string_view after,
                              ByteRange new_window, int max_cost = 3000);

/// Where the edits are on both sides: `before` in the input, `after` in the final text.
struct EditRanges {
  std::vector<ByteRange> before, after;
};

/// The hunks (sorted, disjoint) that change something outside the edit ranges. A hunk's common
/// leading and trailing bytes are no change. A pure insertion or deletion lies inside when its block
/// fits in an edit range at some place it can slide to (a block repeating the text beside it can sit
/// at several places with the same result, and the diff picked one). A replacement's removed bytes
/// must lie in a `before` range and its added bytes in an `after` range; for a coarse hunk, every
/// line it removes or adds must hold bytes of one.
std::vector<Hunk> HunksOutside(std::string_view before, std::string_view after, const std::vector<Hunk>& hunks,
                               const EditRanges& ranges);

}  // namespace dockopt
