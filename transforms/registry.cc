// The rule registry: one static table, sorted by ID. Add a rule here and nowhere else.
#include "transforms/rules/rules.h"
#include "transforms/rule.h"

namespace dockopt {

const std::vector<Rule>& Rules() {
  static const std::vector<Rule> kRules = {
      // id, name, summary, highest fix safety, check
      {{"DF101", "apt-hygiene", "apt-get: update with install, -y, --no-install-recommends, lists removed in the same layer",
        Safety::kSafe}, CheckAptHygiene},
      {{"DF102", "apk-no-cache", "apk add: --no-cache, no needless 'apk update' or /var/cache/apk cleanup", Safety::kSafe},
       CheckApkNoCache},
      {{"DF103", "rpm-cache", "yum/dnf/microdnf install: -y, and 'clean all' in the same layer", Safety::kSafe},
       CheckRpmCache},
      {{"DF104", "pip-no-cache", "pip install: --no-cache-dir, unless PIP_NO_CACHE_DIR or a cache mount keeps it",
        Safety::kSafe}, CheckPipNoCache},
      {{"DF105", "npm-cache", "npm/yarn install: cache cleaned in the same layer; 'npm ci' with a lockfile",
        Safety::kSafe}, CheckNpmCache},
      {{"DF106", "gem-no-document", "gem install: --no-document", Safety::kSafe}, CheckGemNoDocument},
      {{"DF107", "add-to-copy", "ADD of local files that are not archives becomes COPY", Safety::kSafe},
       CheckAddToCopy},
      {{"DF110", "cleanup-into-layer", "a RUN that only deletes what an earlier RUN created is merged into that RUN",
        Safety::kSafe}, CheckCleanupIntoLayer},
      {{"DF111", "merge-adjacent-runs", "adjacent shell-form RUNs of one stage merge into one RUN", Safety::kSafe},
       CheckMergeAdjacentRuns},
      {{"DF112", "unused-stage-tail", "a COPY at the end of a build stage whose files no later stage takes is removed",
        Safety::kSafe}, CheckUnusedStageTail},
      {{"DF120", "deps-first", "a dependency install after 'COPY . .' moves above it, behind a COPY of its manifests",
        Safety::kSafe}, CheckDepsFirst},
      {{"DF201", "dev-to-runtime", "the final stage installs runtime libraries, not -dev packages and compilers",
        Safety::kUnsafe}, CheckDevToRuntime},
      {{"DF202", "multi-stage-split", "a final stage that keeps a toolchain splits into a builder and a production "
        "stage planned from the flow model", Safety::kUnsafe}, CheckMultiStageSplit},
      {{"DF203", "slim-base", "a final stage on a full toolchain image that compiles nothing moves to its slim variant",
        Safety::kUnsafe}, CheckSlimBase},
      {{"DF301", "non-root-user", "the final stage switches to a non-root user before its command", Safety::kUnsafe},
       CheckNonRootUser},
  };
  return kRules;
}

const Rule* FindRule(std::string_view id) {
  for (const Rule& rule : Rules())
    if (rule.info.id == id) return &rule;
  return nullptr;
}

}  // namespace dockopt
