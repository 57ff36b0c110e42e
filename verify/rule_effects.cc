// RuleEffects: the table of rule IDs that may change the image config.
#include "verify/rule_effects.h"

namespace dockopt::verify {

namespace {

struct Effect {
  const char* rule_id;
  const char* name;
  bool user;
  bool base_env;
};

constexpr Effect kEffects[] = {
    {"DF202", "multi-stage-split", false, true},  // multi-stage-split: the final stage may have a slimmer base
    {"DF301", "non-root-user", true, false},  // non-root-user
};

void AddOnce(std::vector<std::string>& list, const std::string& id) {
  for (const auto& item : list)
    if (item == id) return;
  list.push_back(id);
}

}  // namespace

AllowedChanges AllowedBy(const std::vector<std::string>& ids, const std::vector<std::string>& names) {
  AllowedChanges allowed;
  for (size_t i = 0; i < ids.size(); ++i) {
    const std::string& id = ids[i];
    const std::string name = i < names.size() ? names[i] : "";
    for (const auto& effect : kEffects) {
      if (id != effect.rule_id && id != effect.name && name != effect.name) continue;
      allowed.user |= effect.user;
      allowed.base_env |= effect.base_env;
      if (effect.user) AddOnce(allowed.user_because, id);
      if (effect.base_env) AddOnce(allowed.env_because, id);
    }
  }
  return allowed;
}

}  // namespace dockopt::verify
