// DF203 for a stage that runs the distribution's own python3 (`FROM ubuntu:18.04` + `apt-get install
// python3-pip`): the official python image of the same version, slim, has it without the OS packaging.
#pragma once

#include "analysis/os_release.h"
#include "transforms/rule_context.h"

namespace dockopt {

/// Checks final stage `stage`, whose plain Debian or Ubuntu image `image` runs `os`: when its apt
/// installs bring python3 / python3-pip and nothing in it compiles, the fix moves it to
/// python:<the release's python3 version>-slim and drops those packages from the installs.
/// Returns whether it reported (the stage installs the distribution's python).
bool CheckDistroPython(RuleContext& context, int stage, const std::string& image, const analysis::OsRelease& os);

}  // namespace dockopt
