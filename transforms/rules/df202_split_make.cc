// DF202 for C/C++: `make` building the binary CMD runs -> builder + debian slim production.
#include "transforms/rules/df202_planners.h"

namespace dockopt::split {

std::optional<Outcome> PlanMake(RuleContext&, const ir::Stage&) { return std::nullopt; }

}  // namespace dockopt::split
