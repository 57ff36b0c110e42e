// LogicalLine: joined continuation lines with a logical -> source offset map.
#include "parser/logical_line.h"

#include <algorithm>

namespace dockopt {

void LogicalLine::Append(std::string_view text, uint32_t source_begin) {
  if (text.empty()) return;
  segments_.push_back({static_cast<uint32_t>(text_.size()), source_begin});
  text_ += text;
}

void LogicalLine::Clear() {
  text_.clear();
  segments_.clear();
}

uint32_t LogicalLine::SourceOf(size_t pos) const {
  if (segments_.empty()) return 0;
  auto it = std::upper_bound(segments_.begin(), segments_.end(), pos,
                             [](size_t p, const Segment& s) { return p < s.logical; });
  if (it == segments_.begin()) return segments_.front().source;
  --it;
  return it->source + static_cast<uint32_t>(pos - it->logical);
}

Span LogicalLine::SourceSpan(size_t begin, size_t end) const {
  if (text_.empty()) return {};
  if (begin >= text_.size()) {
    uint32_t at = SourceOf(text_.size() - 1) + 1;
    return {at, at};
  }
  if (end <= begin) {
    uint32_t at = SourceOf(begin);
    return {at, at};
  }
  return {SourceOf(begin), SourceOf(end - 1) + 1};
}

}  // namespace dockopt
