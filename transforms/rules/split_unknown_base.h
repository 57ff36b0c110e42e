// A stage that sets no command of its own runs its base image's. When dockopt does not know that
// command (analysis/data/image-commands.tsv has no row for the base), it cannot tell a runtime from a
// tool image (a chefdk image, an R package's check environment, a notebook base): with nothing of its
// own to run, what people run in the container is the tools the stage installed.
#pragma once

#include <string>
#include <string_view>

#include "analysis/flow.h"
#include "ir/dockerfile.h"

namespace dockopt::split {

/// Why the split is not planned for a stage without CMD or ENTRYPOINT on `image`, a base whose command
/// dockopt does not know; "" when the stage sets a command, the base's command is known, or the stage
/// builds its own project: a build (make, go build, npm run build, ...) in the folder the build context was
/// copied to makes that build's output the image's purpose, whatever the base runs.
std::string UnknownBaseWithoutCommand(const ir::Dockerfile& df, const analysis::StageFlow& flow, std::string_view image);

}  // namespace dockopt::split
