// RuleEffects: which image config fields an applied rule is allowed to change.
#pragma once

#include <string>
#include <vector>

namespace dockopt::verify {

struct AllowedChanges {
  bool user = false;        // USER may differ
  bool env_added = false;   // new ENV keys may appear (existing ones keep their values)
  std::vector<std::string> because;  // the rule IDs that allowed something, for the check detail
};

/// Folds the applied rule IDs into what may change: DF301 (non-root-user) changes USER,
/// DF202 (multi-stage-split) may add ENV keys in the new final stage. Unknown IDs change nothing.
AllowedChanges AllowedBy(const std::vector<std::string>& applied_rules);

}  // namespace dockopt::verify
