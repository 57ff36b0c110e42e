// Renders a Diagnostic the way compilers do: file:line:col, the source line, a caret.
#pragma once

#include <string>

#include "ir/diagnostic.h"
#include "ir/source.h"

namespace dockopt {

/// "Dockerfile:3:14: error: message\n<source line>\n             ^~~~\n".
/// Long lines are cut to a window around the caret; control bytes print as spaces so the
/// caret stays aligned.
std::string RenderDiagnostic(const SourceBuffer& source, const Diagnostic& diagnostic);

}  // namespace dockopt
