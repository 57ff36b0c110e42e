// Rebase: moves a parsed script to another offset of the source, as if it had been parsed there.
#pragma once

#include <cstdint>

#include "shell/script.h"

namespace dockopt::shell {

/// Adds `delta` to every span of `script` (and its base), at any depth: the result equals a parse of
/// the same text at `base + delta`. Spans still {0, 0} (never set by the parser) stay as they are.
void Rebase(Script& script, int64_t delta);

}  // namespace dockopt::shell
