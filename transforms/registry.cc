// Rule lookup by ID. The table itself (Rules()) is generated from the rule files' DOCKOPT_RULE lines.
#include "transforms/rule.h"

namespace dockopt {

const Rule* FindRule(std::string_view id) {
  for (const Rule& rule : Rules())
    if (rule.info.id == id) return &rule;
  return nullptr;
}

}  // namespace dockopt
