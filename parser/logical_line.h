// LogicalLine: text joined from pieces of physical lines, mapping each byte back to the source.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ir/source.h"

namespace dockopt {

class LogicalLine {
 public:
  /// Appends source bytes [begin, begin + text.size()).
  void Append(std::string_view text, uint32_t source_begin);
  void Clear();
  const std::string& text() const { return text_; }
  /// True when the text is one contiguous run of the source (a single physical line, or empty).
  bool contiguous() const { return segments_.size() <= 1; }

  /// Source offset of logical byte `pos` (pos < size).
  uint32_t SourceOf(size_t pos) const;
  /// Source span covering logical bytes [begin, end); empty spans map to the source of `begin`.
  Span SourceSpan(size_t begin, size_t end) const;

 private:
  struct Segment {
    uint32_t logical;
    uint32_t source;
  };
  std::string text_;
  std::vector<Segment> segments_;
};

}  // namespace dockopt
