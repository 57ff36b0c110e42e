// Whether the npm of an official node image prunes devDependencies with `npm prune --omit=dev`: npm 7
// (Node 15) brought --omit; older npm ignores the option and keeps them.
#pragma once

#include <string_view>

namespace dockopt::split {

/// True when the node image tag `tag` ("20-bullseye-slim", "lts-alpine", "iron", "" for latest) ships
/// Node 15 or newer, so its npm reads `--omit=dev`; false for older majors, the codenames of older LTS
/// lines (argon ... fermium) and tags it cannot read.
bool NodeTagPrunesDevDependencies(std::string_view tag);

}  // namespace dockopt::split
