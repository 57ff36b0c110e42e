// A stage that is a build environment rather than a runtime: its tools are what it is for, so
// DF201 keeps its compilers and DF202 does not split them away.
#pragma once

#include <string>

#include "ir/dockerfile.h"
#include "transforms/rules/base_image.h"

namespace dockopt {

/// True when the stage is a shell to work in (its command is a bare shell such as `bash -l`, or it sets no command and
/// its image's own is a shell, a REPL or a build tool: analysis/data/image-commands.tsv) or its command runs a build tool (`ENTRYPOINT ["make"]`, `CMD ["go", "run", "."]`;
/// the toolchain commands of analysis/data/slim-lacks.tsv).
/// When the answer comes from the image's own command, `image_command` (if given) gets it, described:
/// "'python3', a REPL".
bool IsToolbox(const ir::Dockerfile& df, const ir::Stage& stage, const ImageRef& image,
               std::string* image_command = nullptr);

}  // namespace dockopt
