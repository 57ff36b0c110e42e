// ApplyEdits: applies non-overlapping edits to a text, and maps offsets back through them.
#pragma once

#include <string>
#include <string_view>

#include "ir/edit.h"

namespace dockopt {

/// True if no two edits overlap (touching insertions at the same point count as overlapping).
bool EditsOverlap(const Edits& a, const Edits& b);

/// `edits` in text order: by begin, then by end.
Edits SortedEdits(Edits edits);

/// `text` with `edits` (disjoint, any order) applied.
std::string ApplyEdits(std::string_view text, const Edits& edits);

/// `edits` in the order MapBack walks them (by begin; EditWalk of this answers as MapBack does).
Edits SortedForMapBack(Edits edits);

/// An offset in the text after `edits` mapped back to the text before them; offsets inside new
/// text map to the start of the replaced span.
uint32_t MapBack(uint32_t offset, const Edits& edits);

}  // namespace dockopt
