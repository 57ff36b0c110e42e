// BuildKit's per-instruction argument readers (line_parsers.go): rest of line -> argument nodes.
#pragma once

#include <string>
#include <string_view>

#include "ir/instruction.h"

namespace dockopt {

/// Fills kind-specific fields of `inst` from `inst.rest`: node_args, form, exec_args.
/// ONBUILD is handled by the caller (it nests a whole instruction).
/// Returns false with `error` (and `error_at`, an offset into rest) when BuildKit's parser fails.
bool ReadArguments(ir::Instruction& inst, char escape, std::string& error, size_t& error_at);

}  // namespace dockopt
