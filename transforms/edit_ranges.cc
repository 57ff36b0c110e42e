// FinalEditRanges, HunksOutside (see edit_ranges.h).
#include "transforms/edit_ranges.h"

#include <algorithm>
#include <string>

#include "transforms/apply_edits.h"

namespace dockopt {
namespace {

// `offset` after `edits` (sorted). An offset inside a replaced span, or where an insertion happens,
// lands at the start (`left`, for a range's start) or the end (for a range's end) of the new text,
// so a range grows to take in a later edit that overlaps it.
uint32_t MapForward(uint32_t offset, const Edits& edits, bool left) {
  int64_t delta = 0;
  for (const Edit& edit : edits) {
    const int64_t grown = static_cast<int64_t>(edit.text.size()) - static_cast<int64_t>(edit.span.size());
    const bool insertion = edit.span.begin == edit.span.end;
    if (edit.span.end < offset || (edit.span.end == offset && !insertion)) {  // before the offset
      delta += grown;
      continue;
    }
    if (edit.span.begin > offset || (edit.span.begin == offset && !insertion)) break;  // after it
    // Inside the edit, or an insertion exactly at the offset.
    const int64_t new_begin = edit.span.begin + delta;
    return static_cast<uint32_t>(left ? new_begin : new_begin + static_cast<int64_t>(edit.text.size()));
  }
  return static_cast<uint32_t>(offset + delta);
}

std::vector<ByteRange> Merged(std::vector<ByteRange> ranges) {
  std::sort(ranges.begin(), ranges.end(), [](const ByteRange& a, const ByteRange& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  std::vector<ByteRange> out;
  for (const ByteRange& r : ranges) {
    if (!out.empty() && r.begin <= out.back().end) out.back().end = std::max(out.back().end, r.end);
    else out.push_back(r);
  }
  return out;
}

// True when some s in [low, high] puts [s + offset, s + offset + length] inside a merged range
// (closed at both ends, so a point at a range's edge counts).
bool SlideFits(int64_t low, int64_t high, int64_t offset, int64_t length, const std::vector<ByteRange>& merged) {
  for (const ByteRange& r : merged) {
    const int64_t lo = std::max(low, static_cast<int64_t>(r.begin) - offset);
    const int64_t hi = std::min(high, static_cast<int64_t>(r.end) - offset - length);
    if (lo <= hi) return true;
  }
  return false;
}

// How far a block [begin, begin + length) of `text` can slide left and right with the text unchanged,
// staying within [floor, ceiling).
std::pair<int64_t, int64_t> SlideRange(std::string_view text, int64_t begin, int64_t length, int64_t floor,
                                       int64_t ceiling) {
  int64_t low = begin, high = begin;
  while (low > floor && text[static_cast<size_t>(low - 1)] == text[static_cast<size_t>(low - 1 + length)]) --low;
  while (high + length < ceiling && text[static_cast<size_t>(high)] == text[static_cast<size_t>(high + length)]) ++high;
  return {low, high};
}

// True when each line of `text` that `region` reaches holds a byte of a range (or touches one). The
// whole line counts, not only its part in `region`: trimming the hunk's common bytes can slide an
// insertion past the place it was made (" --x" inserted after "install" reads as "--x " after "install ").
bool EveryLineTouches(std::string_view text, ByteRange region, const std::vector<ByteRange>& merged) {
  size_t start = region.begin == 0 ? 0 : text.rfind('\n', region.begin - 1);
  start = start == std::string_view::npos || region.begin == 0 ? 0 : start + 1;
  while (start < region.end) {
    const size_t newline = text.find('\n', start);
    const size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
    const bool touches = std::any_of(merged.begin(), merged.end(),
                                     [&](const ByteRange& r) { return r.begin <= end && start <= r.end; });
    if (!touches) return false;
    start = end;
  }
  return true;
}

}  // namespace

std::vector<ByteRange> FinalEditRanges(const std::vector<Edits>& rounds) {
  std::vector<ByteRange> ranges;
  for (const Edits& round : rounds) {
    const Edits edits = SortedEdits(round);
    for (ByteRange& r : ranges) {
      const uint32_t begin = MapForward(r.begin, edits, true);
      r.end = std::max(begin, MapForward(r.end, edits, false));
      r.begin = begin;
    }
    int64_t delta = 0;
    for (const Edit& edit : edits) {
      const auto begin = static_cast<uint32_t>(edit.span.begin + delta);
      ranges.push_back({begin, begin + static_cast<uint32_t>(edit.text.size())});
      delta += static_cast<int64_t>(edit.text.size()) - static_cast<int64_t>(edit.span.size());
    }
  }
  return Merged(std::move(ranges));
}

std::vector<Hunk> HunksOutside(std::string_view before, std::string_view after, const std::vector<Hunk>& hunks,
                               const EditRanges& ranges) {
  const std::vector<ByteRange> merged = Merged(ranges.after), merged_before = Merged(ranges.before);
  std::vector<Hunk> out;
  for (size_t i = 0; i < hunks.size(); ++i) {
    Hunk h = hunks[i];
    // Bytes the old and new sides share at either end are not changed.
    while (h.before.begin < h.before.end && h.after.begin < h.after.end &&
           before[h.before.begin] == after[h.after.begin]) {
      ++h.before.begin;
      ++h.after.begin;
    }
    while (h.before.begin < h.before.end && h.after.begin < h.after.end &&
           before[h.before.end - 1] == after[h.after.end - 1]) {
      --h.before.end;
      --h.after.end;
    }
    const int64_t removed = h.before.end - h.before.begin, added = h.after.end - h.after.begin;
    if (removed == 0 && added == 0) continue;
    // A block slides only over unchanged text: not into the neighbouring hunks.
    const int64_t before_floor = i > 0 ? hunks[i - 1].before.end : 0;
    const int64_t before_ceiling = i + 1 < hunks.size() ? hunks[i + 1].before.begin : static_cast<int64_t>(before.size());
    const int64_t after_floor = i > 0 ? hunks[i - 1].after.end : 0;
    const int64_t after_ceiling = i + 1 < hunks.size() ? hunks[i + 1].after.begin : static_cast<int64_t>(after.size());
    // Each line the change reaches must hold an edit's bytes: a minimal byte diff may match a byte
    // an edit wrote with an equal one beside the edit, so the exact bytes can differ a little.
    bool inside = EveryLineTouches(before, h.before, merged_before) && EveryLineTouches(after, h.after, merged);
    if (!inside && removed == 0) {  // an insertion: the new block may sit anywhere it slides to
      const auto [low, high] = SlideRange(after, h.after.begin, added, after_floor, after_ceiling);
      inside = SlideFits(low, high, 0, added, merged);
    } else if (!inside && added == 0) {  // a deletion: the point where it happened, in the new text
      const auto [low, high] = SlideRange(before, h.before.begin, removed, before_floor, before_ceiling);
      inside = SlideFits(low, high, static_cast<int64_t>(h.after.begin) - h.before.begin, 0, merged);
    }
    if (!inside) out.push_back(hunks[i]);
  }
  return out;
}

std::vector<Hunk> ByteChanges(std::string_view before, ByteRange old_window, std::string_view after,
                              ByteRange new_window, uint32_t join, int max_cost) {
  const std::string_view a = before.substr(old_window.begin, old_window.end - old_window.begin);
  const std::string_view b = after.substr(new_window.begin, new_window.end - new_window.begin);
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  // Myers: v[k + off] is the furthest x reached on diagonal k = x - y; trace[d][k + d] keeps it per cost d.
  const int off = n + m + 1;
  std::vector<int> v(static_cast<size_t>(2 * off + 1), 0);
  std::vector<std::vector<int>> trace;
  int cost = -1;
  for (int d = 0; d <= n + m && cost < 0; ++d) {
    if (d > max_cost) return {{old_window, new_window, true}};
    std::vector<int> row(static_cast<size_t>(2 * d + 1), 0);
    for (int k = -d; k <= d; k += 2) {
      const bool down = k == -d || (k != d && v[off + k - 1] < v[off + k + 1]);
      int x = down ? v[off + k + 1] : v[off + k - 1] + 1;
      int y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[off + k] = x;
      row[k + d] = x;
      if (x >= n && y >= m) {
        cost = d;
        break;
      }
    }
    trace.push_back(std::move(row));
  }
  // Walk back from the end: each cost step is one removed byte (right) or one added byte (down).
  struct Step {
    int x, y;
    bool added;
  };
  std::vector<Step> steps;
  for (int d = cost, x = n, y = m; d > 0; --d) {
    const std::vector<int>& prev = trace[static_cast<size_t>(d - 1)];
    const int k = x - y;
    const bool down = k == -d || (k != d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1]);
    const int prev_k = down ? k + 1 : k - 1;
    const int px = prev[prev_k + d - 1], py = px - prev_k;
    steps.push_back({px, py, down});  // at old offset px / new offset py
    x = px;
    y = py;
  }
  std::reverse(steps.begin(), steps.end());
  std::vector<Hunk> runs;
  for (const Step& s : steps) {
    const uint32_t ox = old_window.begin + static_cast<uint32_t>(s.x), ny = new_window.begin + static_cast<uint32_t>(s.y);
    // Steps on one diagonal stretch continue a run; a short matched stretch between two joins them.
    const bool joins = !runs.empty() && ox - runs.back().before.end == ny - runs.back().after.end &&
                       ox - runs.back().before.end < join;
    if (joins) {
      runs.back().before.end = ox;
      runs.back().after.end = ny;
    } else {
      runs.push_back({{ox, ox}, {ny, ny}});
    }
    ++(s.added ? runs.back().after.end : runs.back().before.end);
  }
  return runs;
}

namespace {

// The bytes of `window` in `text` that no range covers.
std::string Outside(std::string_view text, ByteRange window, const std::vector<ByteRange>& merged) {
  std::string out;
  uint32_t at = window.begin;
  for (const ByteRange& r : merged) {
    if (r.end <= at || r.begin >= window.end) continue;
    if (r.begin > at) out.append(text.substr(at, r.begin - at));
    at = std::max(at, r.end);
  }
  if (at < window.end) out.append(text.substr(at, window.end - at));
  return out;
}

}  // namespace

bool DiffersOnlyInside(std::string_view before, ByteRange old_window, std::string_view after, ByteRange new_window,
                       const EditRanges& ranges) {
  return Outside(before, old_window, Merged(ranges.before)) == Outside(after, new_window, Merged(ranges.after));
}

}  // namespace dockopt
