// OptimizeInMemory: calls dockopt::Optimize when dockopt_transforms is linked.
#include "verify/optimize_bridge.h"

#include <fmt/core.h>

#include <algorithm>

#ifdef DOCKOPT_HAVE_TRANSFORMS
#include "transforms/rule.h"
#endif

namespace dockopt::verify {

#ifdef DOCKOPT_HAVE_TRANSFORMS

bool HaveOptimizer() { return true; }

OptimizedText OptimizeInMemory(const std::string& path, const std::string& text, const OptimizeOptions& options) {
  SourceBuffer source(path, text);
  OptimizeResult result = Optimize(source, options);
  OptimizedText out;
  if (!result.ok()) {
    for (const auto& d : result.errors) {
      LineCol at = source.Locate(d.where.begin);
      out.error += fmt::format("{}:{}:{}: {}\n", path, at.line, at.col, d.message);
    }
    if (!out.error.empty()) out.error.pop_back();
    return out;
  }
  out.ok = true;
  out.text = result.output;
  for (const auto& report : result.reports)
    if (report.applied && std::find(out.applied_rules.begin(), out.applied_rules.end(), report.rule_id) ==
                              out.applied_rules.end())
      out.applied_rules.push_back(report.rule_id);
  std::sort(out.applied_rules.begin(), out.applied_rules.end());
  for (const auto& id : out.applied_rules) {
    const Rule* rule = FindRule(id);
    out.applied_rule_names.push_back(rule != nullptr ? std::string(rule->info.name) : "");
  }
  return out;
}

#else

bool HaveOptimizer() { return false; }

OptimizedText OptimizeInMemory(const std::string&, const std::string&, const OptimizeOptions&) {
  OptimizedText out;
  out.error = "this dockopt was built without the optimizer (transforms/); pass --optimized FILE";
  return out;
}

#endif

}  // namespace dockopt::verify
