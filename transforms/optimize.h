// Optimize: the whole pipeline in memory: parse, run the selected rules to a fixpoint, emit.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ir/diagnostic.h"
#include "ir/source.h"

namespace dockopt {

struct OptimizeOptions {
  bool unsafe = false;                      // also apply fixes marked unsafe
  std::vector<std::string> select;          // rule IDs to run; empty = all
  std::vector<std::string> ignore;          // rule IDs to skip
  std::optional<std::string> context_dir;   // the build context, when known (proves some fixes safe)
};

/// One thing a rule reported, with where and whether its fix was applied.
struct Report {
  std::string rule_id;     // "DF101"
  Span where;              // into the ORIGINAL source
  std::string message;
  std::string safety;      // "safe fix", "unsafe fix", "suggestion"
  bool applied = false;
};

struct OptimizeResult {
  std::string output;          // the optimized Dockerfile (== input when nothing changed)
  std::vector<Report> reports;
  Diagnostics errors;          // parse errors in the input (then output is empty)
  bool ok() const { return !HasErrors(errors); }
  bool changed = false;
};

/// Runs the pipeline over `source`. Never throws; bad input comes back in `errors`.
OptimizeResult Optimize(const SourceBuffer& source, const OptimizeOptions& options);

}  // namespace dockopt
