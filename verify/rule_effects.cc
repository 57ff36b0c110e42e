// RuleEffects: the table of rule IDs that may change the image config.
#include "verify/rule_effects.h"

namespace dockopt::verify {

namespace {

struct Effect {
  const char* rule_id;
  bool user;
  bool base_env;
};

constexpr Effect kEffects[] = {
    {"DF202", false, true},  // multi-stage-split: the final stage may have a slimmer base
    {"DF301", true, false},  // non-root-user
};

void AddOnce(std::vector<std::string>& list, const std::string& id) {
  for (const auto& item : list)
    if (item == id) return;
  list.push_back(id);
}

}  // namespace

AllowedChanges AllowedBy(const std::vector<std::string>& applied_rules) {
  AllowedChanges allowed;
  for (const auto& id : applied_rules)
    for (const auto& effect : kEffects) {
      if (id != effect.rule_id) continue;
      allowed.user |= effect.user;
      allowed.base_env |= effect.base_env;
      if (effect.user) AddOnce(allowed.user_because, id);
      if (effect.base_env) AddOnce(allowed.env_because, id);
    }
  return allowed;
}

}  // namespace dockopt::verify
