// DF202 on a final stage whose container command runs `go run` or `cargo run`: the command compiles
// the program at every start, with the whole toolchain in the image. The split is planned on the
// stage as an expert writes it: the builder runs `go build -o /usr/local/bin/NAME` (`cargo build
// --release`) after the stage's own build steps, and the command runs that binary with the same
// arguments.
#pragma once

#include <optional>
#include <string>

#include "ir/edit.h"
#include "transforms/rule_context.h"
#include "transforms/rules/split_plan.h"

namespace dockopt::split {

struct DevRunSplit {
  std::string tool;     // "go run", "cargo run"
  std::string blocker;  // non-empty: the `go run` cannot become a build, and why (no plan then)
  std::optional<SplitPlan> plan;  // the split of the stage with the build added (may hold a blocker)
  Edits edits;          // the rewrite, against the original file, when the plan has no blocker
  std::string note;     // what became of `go run`, for the finding
};

/// nullopt when the stage's container command is not `go run` or `cargo run` (ENTRYPOINT, else CMD; exec form, or
/// shell form of plain words with leading VAR=value assignments).
std::optional<DevRunSplit> PlanDevRunSplit(RuleContext& context, const ir::Stage& stage);

}  // namespace dockopt::split
