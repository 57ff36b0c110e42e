// RuleEffects: the table of rule IDs that may change the image config.
#include "verify/rule_effects.h"

namespace dockopt::verify {

namespace {

struct Effect {
  const char* rule_id;
  bool user;
  bool env_added;
};

constexpr Effect kEffects[] = {
    {"DF202", false, true},  // multi-stage-split: the final stage may set e.g. PATH for /install
    {"DF301", true, false},  // non-root-user
};

}  // namespace

AllowedChanges AllowedBy(const std::vector<std::string>& applied_rules) {
  AllowedChanges allowed;
  for (const auto& id : applied_rules)
    for (const auto& effect : kEffects) {
      if (id != effect.rule_id) continue;
      allowed.user |= effect.user;
      allowed.env_added |= effect.env_added;
      bool seen = false;
      for (const auto& b : allowed.because) seen |= b == id;
      if (!seen) allowed.because.push_back(id);
    }
  return allowed;
}

}  // namespace dockopt::verify
