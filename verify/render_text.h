// RenderText: the before/after table a person reads at a glance.
#pragma once

#include <string>

#include "verify/report.h"

namespace dockopt::verify {

/// The summary table (build, size with saving, layers, rebuild time, config), the layer
/// breakdown of both images (the final stage's base image folded into one row), the smoke results,
/// and the checks with ✓/✗. For exit code 2 only the reason (and a build log tail).
std::string RenderText(const VerifyReport& report);

}  // namespace dockopt::verify
