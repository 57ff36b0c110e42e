// Emit: the source text of a Dockerfile rebuilt from its IR pieces.
#pragma once

#include <string>

#include "ir/dockerfile.h"

namespace dockopt::ir {

/// The BOM (if any) followed by every piece in order: byte-identical to the parsed input.
std::string Emit(const Dockerfile& dockerfile);

}  // namespace dockopt::ir
