// The S-expression dump of BuildKit's parser (Node.Dump), for conformance with its golden files.
#pragma once

#include <string>

#include "ir/dockerfile.h"

namespace dockopt {

/// One `(keyword ["--flag"] "arg" ...)` line per instruction, newline-terminated.
std::string DumpBuildkit(const ir::Dockerfile& dockerfile);

}  // namespace dockopt
