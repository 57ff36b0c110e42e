// The final stage together with the stages of the file it is built on, and whether a builder stage
// already does its building: what DF201 swaps in place and DF202 need not split again.
#pragma once

#include <vector>

#include "ir/dockerfile.h"

namespace dockopt {

/// True when the stage COPYs --from an earlier stage of this file: a builder does the building.
bool CopiesFromBuilder(const ir::Dockerfile& df, int stage);

/// The final stage and the stages of the file it is built on (`FROM linkding AS linkding-plus`),
/// outermost first, as far as no other stage builds on them or copies from them: their installs reach
/// the final image as its own do, and changing them changes no other stage.
std::vector<int> FinalChain(const ir::Dockerfile& df, int final_stage);

/// The first stage outside `chain` that builds on `stage` or takes files from it (a `--from` that is not
/// a COPY's, as RUN --mount's, counts as taking files); -1 when none does.
int StageUsingOutside(const ir::Dockerfile& df, int stage, const std::vector<int>& chain);

/// True when a stage of FinalChain copies from a builder stage.
bool ChainCopiesFromBuilder(const ir::Dockerfile& df, int final_stage);

}  // namespace dockopt
