// DF202's guard for a program that loads code from a tree the stage built or cloned: an ENV search
// path (PYTHONPATH=/wmaf/python) pointing into it says the program is a script or needs libraries
// from there, whatever its name says, so copying only the program would lose them.
#pragma once

#include <string>
#include <vector>

#include "analysis/flow.h"
#include "ir/dockerfile.h"

namespace dockopt::split {

/// The first search-path ENV of `stage` (PYTHONPATH, NODE_PATH, CLASSPATH, LD_LIBRARY_PATH, ...) that
/// names a folder a RUN of the stage wrote and no path of `supplied` (what production copies) holds,
/// described for a blocker ("'ENV PYTHONPATH' names '/wmaf/python', which the RUN at line 6 wrote");
/// "" when none does.
std::string SearchPathIntoStageTree(const ir::Dockerfile& df, const ir::Stage& stage, const analysis::StageFlow& flow,
                                    const std::vector<std::string>& supplied);

}  // namespace dockopt::split
