// DF203's plan for a final stage on a full toolchain image, shared with DF202: a stage that compiles
// nothing needs only its base swapped, not a split (DF202 leaves such a stage to DF203).
#pragma once

#include <optional>
#include <string>

#include "transforms/rule.h"
#include "transforms/rule_context.h"

namespace dockopt {

/// DF203's finding on the final stage's toolchain image, with the swap to its slim or runtime variant as
/// the fix when the swap alone will do; nullopt when the final stage is not on a toolchain image with a
/// slimmer variant (the plain Debian and Ubuntu images are DF203's other checks).
struct SlimBaseOutcome {
  Span where;
  std::string message;
  std::optional<Fix> fix;
};
std::optional<SlimBaseOutcome> PlanSlimBase(RuleContext& context);

}  // namespace dockopt
