// ApplyEdits: sorted, disjoint text replacements.
#include "transforms/apply_edits.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace dockopt {
namespace {

bool Overlaps(const Edit& x, const Edit& y) {
  if (x.span.begin == y.span.begin) return true;  // same point: order would be ambiguous
  return x.span.begin < y.span.end && y.span.begin < x.span.end;
}

}  // namespace

bool EditsOverlap(const Edits& a, const Edits& b) {
  for (const Edit& x : a)
    for (const Edit& y : b)
      if (Overlaps(x, y)) return true;
  return false;
}

Edits SortedEdits(Edits edits) {
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end < b.span.end;
  });
  return edits;
}

std::string ApplyEdits(std::string_view text, const Edits& edits) {
  // Sorted by pointer (std::sort permutes them as it would the edits) and sized exactly: on a large
  // file the edits and the text are tens of MB, and a copy of the edits or a doubling of the output
  // would be held at the round's peak.
  std::vector<const Edit*> sorted;
  sorted.reserve(edits.size());
  int64_t size = static_cast<int64_t>(text.size());
  for (const Edit& edit : edits) {
    sorted.push_back(&edit);
    size += static_cast<int64_t>(edit.text.size()) - static_cast<int64_t>(edit.span.size());
  }
  std::sort(sorted.begin(), sorted.end(), [](const Edit* a, const Edit* b) {
    return a->span.begin != b->span.begin ? a->span.begin < b->span.begin : a->span.end < b->span.end;
  });
  std::string out;
  out.reserve(static_cast<size_t>(std::max<int64_t>(size, 0)));  // (overlapping edits: only a hint)
  uint32_t at = 0;
  for (const Edit* edit : sorted) {
    out.append(text.substr(at, edit->span.begin - at));
    out += edit->text;
    at = edit->span.end;
  }
  out.append(text.substr(at));
  return out;
}

Edits SortedForMapBack(Edits edits) {
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  return edits;
}

uint32_t MapBack(uint32_t offset, const Edits& edits) {
  Edits sorted = SortedForMapBack(edits);
  int64_t delta = 0;  // new - old, for edits before the current one
  for (const Edit& edit : sorted) {
    int64_t new_begin = edit.span.begin + delta;
    int64_t new_end = new_begin + static_cast<int64_t>(edit.text.size());
    if (offset < new_begin) break;
    if (offset < new_end) return edit.span.begin;
    delta += static_cast<int64_t>(edit.text.size()) - static_cast<int64_t>(edit.span.size());
  }
  return static_cast<uint32_t>(offset - delta);
}

}  // namespace dockopt
