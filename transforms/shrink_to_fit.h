// ShrinkToFit: drops the spare capacity of models a RuleContext keeps for a whole round.
#pragma once

#include <vector>

#include "shell/script.h"

namespace dockopt {

struct ToolUse;  // transforms/rules/stage_facts.h

/// Vectors grown by push_back hold up to twice their elements; a round keeps the shell model and the
/// tool uses of every RUN, so on a large file the spare capacity is a sizeable part of the peak memory.
/// Call only on models nothing points into yet (ToolUse sites point into scripts).
void ShrinkToFit(shell::Script& script);
void ShrinkToFit(std::vector<ToolUse>& uses);

}  // namespace dockopt
