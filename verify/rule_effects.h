// RuleEffects: which image config fields an applied rule is allowed to change.
#pragma once

#include <string>
#include <vector>

namespace dockopt::verify {

struct AllowedChanges {
  bool user = false;        // USER may differ
  bool base_env = false;    // ENV the base image sets may change and new keys may appear
                            // (the Dockerfile's own ENV must keep its values)
  bool compiled_dev_run = false;  // a `go run` (`cargo run`) command may become the binary it compiles (DF202)
  std::vector<std::string> user_because;  // the rule IDs that allowed it, for the check detail
  std::vector<std::string> env_because;
};

/// Folds the applied rules into what may change: non-root-user (DF301 in the style guide's
/// catalogue) changes USER; multi-stage-split (DF202) may give the final stage another base, so
/// other inherited ENV. A rule matches by ID or by name (`names`, same order as `ids`, may be
/// shorter), so the table survives renumbering. Unknown rules change nothing.
/// True when `after` is `before` (ENTRYPOINT or CMD, as the image config holds it) with its `go run`
/// (`cargo run`) made the compiled binary: the same arguments (and, through /bin/sh -c, the same leading VAR=value
/// words) after an absolute program path.
bool CompiledDevRun(const std::vector<std::string>& before, const std::vector<std::string>& after);

AllowedChanges AllowedBy(const std::vector<std::string>& ids, const std::vector<std::string>& names = {});

}  // namespace dockopt::verify
