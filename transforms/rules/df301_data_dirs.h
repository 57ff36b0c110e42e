// DF301's run-time data folders: the empty folders a final stage makes with `mkdir` for its program
// to fill at run time (a database file's folder, an uploads folder, a named volume's mount point).
#pragma once

#include <string>
#include <vector>

#include "analysis/flow.h"
#include "transforms/rule_context.h"

namespace dockopt {

/// The folders stage `stage` (modelled by `flow`) makes with `mkdir` and nothing else may write into
/// (no COPY, RUN, build or unknown command after the mkdir puts files there, and no removal), outside
/// the OS's and package managers' own folders; those inside or above one of `volumes` (the stage's
/// VOLUME paths, handed over on their own) left out. The program can only mean to write there, so a
/// non-root user must own them. A folder a split copies from its builder counts when the builder
/// made it so.
std::vector<std::string> RunTimeDataDirs(RuleContext& context, const analysis::StageFlow& flow, int stage,
                                         const std::vector<std::string>& volumes);

/// The `volumes` whose folder the stage fills before instruction `before` (its VOLUME, an index into the instructions):
/// a COPY, ADD or command writes into it, or a `mkdir` makes a folder inside it (`ADD . /opt/rom`, then
/// `mkdir /opt/rom/log`). The program keeps its data among those files (a MUD's player/ and log/), so
/// the user must own all of them, not only the mount point.
std::vector<std::string> SeededVolumes(const analysis::StageFlow& flow, const std::vector<std::string>& volumes,
                                       size_t before);

}  // namespace dockopt
