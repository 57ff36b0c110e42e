// Diagnostic rendering with a caret under the offending byte.
#include "emitter/render_diagnostic.h"

#include <fmt/core.h>

#include <algorithm>

namespace dockopt {
namespace {

constexpr uint32_t kWindow = 100;  // bytes shown around the caret on very long lines

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "error";
}

}  // namespace

std::string RenderDiagnostic(const SourceBuffer& source, const Diagnostic& diagnostic) {
  uint32_t offset = std::min<uint32_t>(diagnostic.where.begin, static_cast<uint32_t>(source.text().size()));
  LineCol at = source.Locate(offset);
  std::string out = fmt::format("{}:{}:{}: {}: {}\n", source.path(), at.line, at.col,
                                SeverityName(diagnostic.severity), diagnostic.message);
  std::string_view line = source.LineText(at.line);
  uint32_t caret = at.col - 1;
  uint32_t first = caret > kWindow ? caret - kWindow / 2 : 0;
  std::string_view shown = line.substr(std::min<size_t>(first, line.size()), kWindow + kWindow / 2);
  std::string printable(shown);
  for (char& c : printable)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t') c = ' ';
  if (first > 0) printable.insert(0, "...");
  out += printable;
  out += '\n';
  std::string marker;
  uint32_t pad = caret - first + (first > 0 ? 3 : 0);
  for (uint32_t i = 0; i < pad; ++i) {
    uint32_t src_index = first + i - (first > 0 ? 3 : 0);
    marker += (first == 0 || i >= 3) && src_index < line.size() && line[src_index] == '\t' ? '\t' : ' ';
  }
  marker += '^';
  uint32_t end_col = diagnostic.where.end > offset ? diagnostic.where.end - source.LineStart(at.line) : caret + 1;
  end_col = std::min<uint32_t>(end_col, static_cast<uint32_t>(line.size()));
  for (uint32_t i = caret + 1; i < end_col && i < first + kWindow + kWindow / 2; ++i) marker += '~';
  out += marker;
  out += '\n';
  return out;
}

}  // namespace dockopt
