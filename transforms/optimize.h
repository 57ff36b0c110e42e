// Optimize: the whole pipeline in memory: parse, run the selected rules to a fixpoint, emit.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ir/diagnostic.h"
#include "ir/edit.h"
#include "ir/source.h"

namespace dockopt {

/// Per-rule options (from a config file). DF202 does not read `base_images` yet: the map is parsed
/// and carried here for the split's planners.
struct RuleOptions {
  std::string user_name = "app";                    // DF301: the user it creates
  uint32_t user_uid = 10001;                        // DF301: that user's uid
  std::map<std::string, std::string> base_images;   // DF202: image -> the image to use instead
};

struct OptimizeOptions {
  bool unsafe = false;                      // also apply fixes marked unsafe
  std::vector<std::string> select;          // rule IDs to run; empty = all
  std::vector<std::string> ignore;          // rule IDs to skip
  std::optional<std::string> context_dir;   // the build context, when known (proves some fixes safe)
  RuleOptions rules;

  /// Whether rule `id` ("DF203") runs under --select and --ignore.
  bool Runs(std::string_view id) const;
};

/// One thing a rule reported, with where and whether its fix was applied.
struct Report {
  std::string rule_id;     // "DF101"
  Span where;              // into the ORIGINAL source
  std::string message;
  std::string safety;      // "safe fix", "unsafe fix", "suggestion"
  bool applied = false;
  std::string fix_title;   // the fix's imperative title, when the rule offered a fix
  /// Applied fixes only: the change as replacements against the ORIGINAL input (a later round's
  /// edits folded in). Applying every report's `fix` to the input gives `output`.
  Edits fix;
  int fix_merged_into = -1;  // this fix's change is carried by that report's `fix` (they overlapped)
};

struct OptimizeResult {
  std::string output;          // the optimized Dockerfile (== input when nothing changed)
  std::vector<Report> reports;
  Diagnostics errors;          // parse errors in the input (then output is empty)
  bool ok() const { return !HasErrors(errors); }
  bool changed = false;
  bool fixes_fell_back = false;  // the reports' fixes could not be mapped exactly: one replacement holds all
  /// The edits each fixpoint round applied, against the text that round started from (round 0: the input).
  std::vector<Edits> round_edits;
};

/// Runs the pipeline over `source`. Never throws; bad input comes back in `errors`.
OptimizeResult Optimize(const SourceBuffer& source, const OptimizeOptions& options);

}  // namespace dockopt
