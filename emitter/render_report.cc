// Report rendering: the rule's finding with its source line.
#include "emitter/render_report.h"

#include <fmt/core.h>

#include "emitter/render_diagnostic.h"

namespace dockopt {

std::string RenderReport(const SourceBuffer& source, const Report& report, bool color) {
  Diagnostic as_diagnostic{Severity::kNote, report.where, ""};
  std::string frame = RenderDiagnostic(source, as_diagnostic);
  frame = frame.substr(frame.find('\n') + 1);  // keep the source line and caret only
  LineCol at = source.Locate(report.where.begin);
  std::string status = report.applied ? report.safety + ", applied" : report.safety;
  std::string id = color ? fmt::format("\x1b[1;33m{}\x1b[0m", report.rule_id) : report.rule_id;
  return fmt::format("{}:{}:{}: {} {} [{}]\n{}", source.path(), at.line, at.col, id, report.message, status, frame);
}

}  // namespace dockopt
