// DF202 on a final stage that starts FROM an earlier stage (`FROM base AS full`): the split is planned
// over the chain of stages, as if the earlier stages' instructions came first in one stage.
#pragma once

#include <optional>

#include "ir/dockerfile.h"

namespace dockopt::split {

/// The model of the chain that ends in `stage`: `stage`'s FROM, then the instructions of each earlier
/// stage from the root on (without their FROMs), then `stage`'s own; the base is the root's image.
/// nullopt when `stage` starts from an image, or when a stage of the chain starts from a later one.
std::optional<ir::Stage> ChainStage(const ir::Dockerfile& df, const ir::Stage& stage);

}  // namespace dockopt::split
