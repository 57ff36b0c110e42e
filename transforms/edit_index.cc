// EditWalk and AcceptedEdits: binary searches over running sums and maxima, which are monotone even
// when the edits are not.
#include "transforms/edit_index.h"

#include <algorithm>

namespace dockopt {

EditWalk::EditWalk(const Edits& ordered) {
  steps_.reserve(ordered.size());
  for (const Edit& edit : ordered) {
    int64_t new_begin = edit.span.begin + total_delta_;
    int64_t new_end = new_begin + static_cast<int64_t>(edit.text.size());
    steps_.push_back({edit.span.begin, edit.span.end, total_delta_, new_begin, new_end});
    max_new_end_.push_back(max_new_end_.empty() ? new_end : std::max(max_new_end_.back(), new_end));
    max_end_.push_back(max_end_.empty() ? edit.span.end : std::max(max_end_.back(), edit.span.end));
    total_delta_ += static_cast<int64_t>(edit.text.size()) - static_cast<int64_t>(edit.span.size());
  }
}

uint32_t EditWalk::Back(uint32_t offset, bool widen, bool right) const {
  // The walk stops at the first edit whose new text ends after the offset (or at it, when widening).
  const int64_t at = offset;
  auto stop = widen ? std::lower_bound(max_new_end_.begin(), max_new_end_.end(), at)
                    : std::upper_bound(max_new_end_.begin(), max_new_end_.end(), at);
  if (stop == max_new_end_.end()) return static_cast<uint32_t>(at - total_delta_);
  const Step& step = steps_[static_cast<size_t>(stop - max_new_end_.begin())];
  if (at < step.new_begin) return static_cast<uint32_t>(at - step.delta_before);
  return right ? step.end : step.begin;
}

uint32_t EditWalk::Forward(uint32_t offset, bool right) const {
  // Stops at the first edit after the offset (ordered by begin, then end), or the first one whose
  // replaced span contains it, whichever comes first.
  auto after = std::partition_point(steps_.begin(), steps_.end(), [&](const Step& s) {
    return right ? s.begin < offset || (s.begin == offset && s.begin == s.end) : s.begin < offset;
  });
  size_t first_after = static_cast<size_t>(after - steps_.begin());
  size_t first_inside = static_cast<size_t>(std::upper_bound(max_end_.begin(), max_end_.end(), offset) - max_end_.begin());
  if (first_after <= first_inside) {
    int64_t delta = first_after < steps_.size() ? steps_[first_after].delta_before : total_delta_;
    return static_cast<uint32_t>(offset + delta);
  }
  const Step& step = steps_[first_inside];
  return static_cast<uint32_t>(right ? step.new_end : step.new_begin);
}

bool AcceptedEdits::Overlaps(const Edits& edits) const {
  for (const Edit& y : edits) {
    // An accepted edit that starts at y or inside it,
    auto begin = begins_.lower_bound(y.span.begin);
    if (begin != begins_.end() && (*begin == y.span.begin || *begin < y.span.end)) return true;
    // or one that starts before y and runs past its start.
    auto interval = inside_.lower_bound(y.span.begin);
    if (interval != inside_.begin() && y.span.begin < std::prev(interval)->second) return true;
  }
  return false;
}

void AcceptedEdits::Add(const Edits& edits) {
  for (const Edit& x : edits) {
    begins_.insert(x.span.begin);
    if (x.span.empty()) continue;
    uint32_t begin = x.span.begin, end = x.span.end;
    auto it = inside_.lower_bound(begin);
    if (it != inside_.begin() && std::prev(it)->second > begin) --it;
    while (it != inside_.end() && it->first < end) {  // merge the intervals this one meets
      begin = std::min(begin, it->first);
      end = std::max(end, it->second);
      it = inside_.erase(it);
    }
    inside_.emplace(begin, end);
  }
}

void AcceptedEdits::Clear() {
  begins_.clear();
  inside_.clear();
}

}  // namespace dockopt
