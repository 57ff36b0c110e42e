// Whether the build works inside a context directory that looks like build output.
#pragma once

#include <optional>
#include <string>

#include "ir/dockerfile.h"

namespace dockopt::cli {

/// The image path of the first WORKDIR, or `cd` of a RUN, that lies in context directory `dir` as a
/// whole-context copy put it there: `COPY . /docs` then `WORKDIR /docs/build` and `RUN hugo`
/// (giantswarm/docs: build/ is the Hugo site's root). nullopt when none does. The build then reads the
/// directory, whatever its name says.
std::optional<std::string> WorkdirInCopiedDir(const ir::Dockerfile& dockerfile, const std::string& dir);

}  // namespace dockopt::cli
