// RuleEffects: which image config fields an applied rule is allowed to change.
#pragma once

#include <string>
#include <vector>

namespace dockopt::verify {

struct AllowedChanges {
  bool user = false;        // USER may differ
  bool base_env = false;    // ENV the base image sets may change and new keys may appear
                            // (the Dockerfile's own ENV must keep its values)
  std::vector<std::string> user_because;  // the rule IDs that allowed it, for the check detail
  std::vector<std::string> env_because;
};

/// Folds the applied rule IDs into what may change: DF301 (non-root-user) changes USER,
/// DF202 (multi-stage-split) may give the final stage another base (so other inherited ENV). Unknown IDs change nothing.
AllowedChanges AllowedBy(const std::vector<std::string>& applied_rules);

}  // namespace dockopt::verify
