// RenderJson: the `--format json` document (schema "dockopt-verify/1", see docs/verify.md).
#pragma once

#include <string>

#include "verify/report.h"

namespace dockopt::verify {

inline constexpr const char* kJsonSchema = "dockopt-verify/1";

/// The report as pretty-printed JSON, ending with a newline.
std::string RenderJson(const VerifyReport& report);

}  // namespace dockopt::verify
