// The flow model as JSON, for `dockopt parse --dump=flow` (schema in docs/flow.md).
#pragma once

#include <nlohmann/json.hpp>

#include "analysis/flow.h"

namespace dockopt::analysis {

nlohmann::json FlowJson(const ir::Dockerfile& df, const StageFlow& flow);

}  // namespace dockopt::analysis
