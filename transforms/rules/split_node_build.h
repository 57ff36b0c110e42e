// A JS build on a node runtime image (node:X-slim, node:X-alpine) that leaves the project's
// devDependencies in the final image: the install that brought them and the build that used them,
// read from the words of the stage's commands (yarn and pnpm scripts are names the flow model does
// not resolve), for DF202 to name when it cannot prune them.
#pragma once

#include <optional>
#include <string>

#include "analysis/flow.h"
#include "ir/dockerfile.h"

namespace dockopt::split {

struct NodeDevBuild {
  std::string manager;  // "npm", "yarn", "pnpm": what installed the devDependencies
  std::string build;    // the build command, as written ("yarn web:build")
  std::string folder;   // where both ran ("/app")
  size_t build_instruction = 0;  // the instruction of the build, into Dockerfile::instructions
};

/// The first install of a project's dependencies with its devDependencies (`npm ci`, `npm install`,
/// `yarn`, `yarn install`, `yarn workspaces focus ...`, `pnpm install`, without --production, --omit=dev,
/// --prod) followed, in the same folder, by a build (`npm run build`, `yarn build`, `yarn web:build`,
/// `pnpm run build:prod`: a script whose name holds "build"); nullopt when the stage has no such pair,
/// or names NODE_ENV anywhere (production leaves the devDependencies out).
std::optional<NodeDevBuild> NodeBuildWithDevDependencies(const ir::Dockerfile& df, const analysis::StageFlow& flow);

}  // namespace dockopt::split
