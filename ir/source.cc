// SourceBuffer: line index and offset lookup.
#include "ir/source.h"

#include <algorithm>
#include <cstring>

namespace dockopt {

SourceBuffer::SourceBuffer(std::string path, std::string bytes)
    : path_(std::move(path)), text_(std::move(bytes)) {
  line_starts_.reserve(text_.size() / 32 + 1);
  line_starts_.push_back(0);
  const char* data = text_.data();
  const char* end = data + text_.size();
  for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr; ++p) {
    uint32_t i = static_cast<uint32_t>(p - data);
    if (line_starts_.size() == 1) uses_crlf_ = i > 0 && text_[i - 1] == '\r';
    line_starts_.push_back(i + 1);
  }
}

LineCol SourceBuffer::Locate(uint32_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());
  return {line, offset - line_starts_[line - 1] + 1};
}

std::string_view SourceBuffer::LineText(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t begin = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] : static_cast<uint32_t>(text_.size());
  std::string_view view = std::string_view(text_).substr(begin, end - begin);
  while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
  return view;
}

}  // namespace dockopt
