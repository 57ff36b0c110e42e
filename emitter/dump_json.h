// The JSON dump of a parsed Dockerfile: a stable schema for other tools (see docs/json-schema.md).
#pragma once

#include <nlohmann/json.hpp>

#include "ir/dockerfile.h"

namespace dockopt {

/// Schema version 1: directives, meta ARGs, stages, and every instruction with its ranges.
nlohmann::json DumpJson(const ir::Dockerfile& dockerfile);

}  // namespace dockopt
