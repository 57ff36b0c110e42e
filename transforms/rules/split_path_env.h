// Production's PATH after a split onto another image family: the builder's image ran programs by
// their bare names from the directories its ENV PATH names (golang's /go/bin, rust's
// /usr/local/cargo/bin); production, on a plain OS image, must name those directories again.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "transforms/rule.h"
#include "transforms/rules/split_plan.h"

namespace dockopt::split {

/// The directories of `builder_image`'s PATH that `production_image`'s PATH lacks and that an
/// artifact lies in (or above: a copy of /usr/local/cargo holds its bin/), in PATH order. A directory
/// an ENV of the stage already names is left out: production replays that ENV.
std::vector<std::string> PathDirsToRestore(const RuleContext& context, const ir::Stage& stage,
                                           std::string_view builder_image, std::string_view production_image,
                                           const std::vector<Artifact>& artifacts);

}  // namespace dockopt::split
