// How the npm of an official node image prunes devDependencies: npm 7 (Node 15) brought
// `npm prune --omit=dev`; npm 6 (Node 10 to 14) knows only `npm prune --production` and ignores --omit.
#pragma once

#include <string_view>

namespace dockopt::split {

/// The prune command for the node image tag `tag` ("20-bullseye-slim", "lts-alpine", "iron", "" for
/// latest): `npm prune --omit=dev` from Node 15, `npm prune --production` for Node 10 to 14 (npm 6),
/// "" for older majors (npm 5's prune was unreliable) and tags it cannot read.
std::string_view NodePruneCommand(std::string_view tag);

/// True when NodePruneCommand(tag) names a command.
bool NodeTagPrunesDevDependencies(std::string_view tag);

}  // namespace dockopt::split
