// OptimizeInMemory: the one call site of dockopt::Optimize (transforms/optimize.h) in verify.
#pragma once

#include <string>
#include <vector>

#include "transforms/optimize.h"

namespace dockopt::verify {

struct OptimizedText {
  bool ok = false;
  std::string text;                        // the optimized Dockerfile
  std::vector<std::string> applied_rules;  // rule IDs of the reports whose fix was applied, unique, sorted
  std::vector<std::string> applied_rule_names;  // their registry names, same order
  std::string error;                       // parse errors, or "not available in this build"
};

/// Optimizes `text` (read from `path`) with `options`. Built without dockopt_transforms it
/// returns ok=false and says to pass --optimized FILE.
OptimizedText OptimizeInMemory(const std::string& path, const std::string& text, const OptimizeOptions& options);

/// True if this build links the optimizer.
bool HaveOptimizer();

}  // namespace dockopt::verify
