// DF201: `make` kept in a final stage for the Makefile's targets, run as the container's command.
#pragma once

#include <string>
#include <vector>

#include "transforms/rule_context.h"

namespace dockopt {

/// Why `make`, installed in the final image, serves the container at run time, or "": the stages of
/// `chain` (FinalChain) set no command (the orchestrator gives it, `command: make run-production` in a
/// compose file), copy a Makefile from the build context into the image, and no RUN runs make, so the
/// Makefile's targets are what the container runs (held13 vas3k.club).
std::string MakeTargetsAtRunTime(RuleContext& context, const std::vector<int>& chain);

}  // namespace dockopt
