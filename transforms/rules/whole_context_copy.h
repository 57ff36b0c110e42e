// Whether a COPY/ADD brings the whole build context (`COPY . .`): the copy DF120's planner moves installs above.
#pragma once

#include "ir/instruction.h"

namespace dockopt {

/// True for a COPY/ADD from the build context whose every source is "." or "./" (no --from, no heredoc).
bool CopiesWholeContext(const ir::Instruction& inst);

}  // namespace dockopt
