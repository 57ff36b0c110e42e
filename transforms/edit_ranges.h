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
/// by a minimal byte diff (Myers): each run of removed and added bytes between matched ones. Runs
/// fewer than `join` matched bytes apart become one (the matched bytes included on both sides): an
/// edit's new text that happens to hold a byte of the old text is one change, not three. A window
/// needing more than `max_cost` byte edits comes back whole, as one coarse change.
std::vector<Hunk> ByteChanges(std::string_view before, ByteRange old_window, std::string_view after,
                              ByteRange new_window, uint32_t join = 8, int max_cost = 3000);

/// Where the edits are on both sides: `before` in the input, `after` in the final text.
struct EditRanges {
  std::vector<ByteRange> before, after;
};

/// The hunks (sorted, disjoint) that change something outside the edit ranges. A hunk's common
/// leading and trailing bytes are no change. A hunk lies inside when every line it reaches holds
/// bytes of an edit range (`before` ranges on the old side, `after` on the new), or, for a pure
/// insertion or deletion, when its block fits in an edit range at some place it can slide to (a
/// block repeating the text beside it can sit at several places with the same result, and the diff
/// picked one).
std::vector<Hunk> HunksOutside(std::string_view before, std::string_view after, const std::vector<Hunk>& hunks,
                               const EditRanges& ranges);

/// True when two windows of the texts differ only inside the edit ranges: the old window without its
/// `before` ranges equals the new window without its `after` ranges. Some alignment then puts every
/// change inside an edit, whichever the diff chose (a rule that moves lines leaves equal copies the
/// diff may pair either way).
bool DiffersOnlyInside(std::string_view before, ByteRange old_window, std::string_view after, ByteRange new_window,
                       const EditRanges& ranges);

}  // namespace dockopt
