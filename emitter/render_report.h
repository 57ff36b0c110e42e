// Renders what the rules found, one per block: `Dockerfile:12:1: DF102 message [safe fix]` + source line.
#pragma once

#include <string>

#include "ir/source.h"
#include "transforms/optimize.h"

namespace dockopt {

/// `path:line:col: ID message [safety, applied]`, then the source line and a caret.
std::string RenderReport(const SourceBuffer& source, const Report& report, bool color);

}  // namespace dockopt
