// CheckCopySources (see copy_sources.h).
#include "context/copy_sources.h"

#include <algorithm>
#include <unordered_map>

#include "context/context_files.h"
#include "context/path_clean.h"

namespace dockopt::context {

std::vector<CopySourceCheck> CheckCopySources(const std::string& root, const std::vector<CopySource>& sources,
                                              const PatternMatcher* matcher, const WalkResult& walk) {
  std::unordered_map<std::string, uint64_t> kept_files_below;
  for (const WalkedDir& dir : walk.dirs) kept_files_below[dir.path] = dir.files;
  const ContextFiles files(root);  // no ignore file: exclusion is judged below, per match
  std::vector<CopySourceCheck> out;
  for (const CopySource& source : sources) {
    CopySourceCheck check{source, false, false, false, "", {}};
    const bool by_default = !source.resolved.empty();
    std::string cleaned = CleanPath(by_default ? source.resolved : source.source);
    // substr, not erase(0, n): GCC 12 at -O3 reports a false -Wrestrict overlap in erase at 0.
    size_t first = cleaned.find_first_not_of('/');
    cleaned = first == std::string::npos ? "." : cleaned.substr(first);
    if (source.source.find('$') != std::string::npos && !by_default) {
      check.unchecked = true;
      check.note = "uses a variable";
    } else if (cleaned == ".." || cleaned.starts_with("../")) {
      check.unchecked = true;
      check.note = "outside the build context";
    } else if (cleaned == ".") {
      check.found = true;
      check.matches.push_back(".");
    } else {
      check.matches = files.Glob(cleaned);
      check.found = !check.matches.empty();
      if (!check.found && by_default) {  // a --build-arg may name another path: not an error
        check.unchecked = true;
        check.note = "uses a variable whose default names nothing in the context";
        out.push_back(std::move(check));
        continue;
      }
      if (check.found && matcher != nullptr) {
        check.excluded = std::all_of(check.matches.begin(), check.matches.end(), [&](const std::string& m) {
          if (!matcher->MatchesOrParentMatches(m)) return false;
          const auto it = kept_files_below.find(m);  // an excluded dir may still send re-included files
          return it == kept_files_below.end() || it->second == 0;
        });
      }
    }
    out.push_back(std::move(check));
  }
  return out;
}

bool HasCopyErrors(const std::vector<CopySourceCheck>& checks) {
  return std::any_of(checks.begin(), checks.end(),
                     [](const CopySourceCheck& c) { return !c.unchecked && (!c.found || c.excluded); });
}

}  // namespace dockopt::context
