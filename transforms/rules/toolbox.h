// A stage that is a build environment rather than a runtime: its tools are what it is for, so
// DF201 keeps its compilers and DF202 does not split them away.
#pragma once

#include "ir/dockerfile.h"
#include "transforms/rules/base_image.h"

namespace dockopt {

/// True when the stage is a shell to work in (its command is a bare shell such as `bash -l`, or a plain OS image with no
/// command of its own) or its command runs a build tool (`ENTRYPOINT ["make"]`, `CMD ["go", "run", "."]`;
/// the toolchain commands of analysis/data/slim-lacks.tsv).
bool IsToolbox(const ir::Dockerfile& df, const ir::Stage& stage, const ImageRef& image);

}  // namespace dockopt
