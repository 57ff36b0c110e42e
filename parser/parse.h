// Parse: Dockerfile bytes -> ir::Dockerfile, the way BuildKit reads them.
#pragma once

#include <optional>

#include "ir/diagnostic.h"
#include "ir/dockerfile.h"
#include "ir/source.h"

namespace dockopt {

struct ParseResult {
  std::optional<ir::Dockerfile> dockerfile;  // set unless an error was found
  Diagnostics diagnostics;                   // errors (then no dockerfile) and warnings
};

/// Phase 1, BuildKit's parser.Parse: logical lines, directives, heredocs, argument nodes.
/// Accepts unknown instructions, as BuildKit's parser does.
ParseResult ParseSyntax(const SourceBuffer& source);

/// Phase 1 plus BuildKit's instruction-level checks (unknown instruction, instructions before FROM,
/// missing arguments, bad flags): what `docker build` would reject before running anything.
ParseResult Parse(const SourceBuffer& source);

}  // namespace dockopt
