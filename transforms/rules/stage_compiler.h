// Whether a stage has a C compiler: -dev headers serve only a compiler, so a build step in a stage
// without one (`npm install -g` of a pure-JS tool on python:slim) cannot be what they are kept for.
#pragma once

#include <vector>

#include "transforms/rule_context.h"

namespace dockopt {

/// True when `chain` (a stage and the stages it is built FROM) may hold a C compiler: its base image is
/// a toolchain image or one dockopt does not know, a RUN installs a compiler or build tool (gcc, g++,
/// clang, build-essential, build-base, make, autoconf...) or a package that pulls one in (npm, ruby-build,
/// python3-pip, rustc, golang-go), or a RUN runs code dockopt
/// has not read (a project script, a shell given a file, code or a pipe) that might install one.
bool StageMayCompile(RuleContext& context, const std::vector<int>& chain);

}  // namespace dockopt
