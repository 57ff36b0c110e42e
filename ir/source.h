// SourceBuffer: owns a Dockerfile's bytes and maps byte offsets to line:column.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dockopt {

/// A half-open byte range [begin, end) into one SourceBuffer.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool Contains(Span other) const { return begin <= other.begin && other.end <= end; }
  bool operator==(const Span&) const = default;
};

/// A 1-based line and column (the column counts bytes, as compilers do).
struct LineCol {
  uint32_t line = 1;
  uint32_t col = 1;
};

/// The bytes of one input file. Every string_view in the IR points into it,
/// so it must outlive the IR.
class SourceBuffer {
 public:
  SourceBuffer(std::string path, std::string bytes);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  std::string_view Slice(Span span) const { return std::string_view(text_).substr(span.begin, span.size()); }

  /// True if the file starts with a UTF-8 byte-order mark.
  bool has_bom() const { return text_.starts_with("\xEF\xBB\xBF"); }
  /// True if the first line break in the file is CRLF; new text follows it.
  bool uses_crlf() const { return uses_crlf_; }
  /// The line break new text should use: "\r\n" or "\n".
  std::string_view newline() const { return uses_crlf_ ? "\r\n" : "\n"; }

  LineCol Locate(uint32_t offset) const;
  /// The physical line `line` (1-based) without its line break.
  std::string_view LineText(uint32_t line) const;
  uint32_t LineCount() const { return static_cast<uint32_t>(line_starts_.size()); }
  uint32_t LineStart(uint32_t line) const { return line_starts_[line - 1]; }

 private:
  std::string path_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
  bool uses_crlf_ = false;
};

}  // namespace dockopt
