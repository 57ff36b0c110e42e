// Symlinks a stage made in a folder the OS owns, known by where they point and not by name (npm -g's bin
// links in /usr/bin after NodeSource's nodejs, analysis::LinkSet). Production cannot copy them by name,
// and a COPY of a link copies the file it points to (whose relative requires then break). So the builder
// gathers them (`cp -P`) into a staging folder and production copies that folder's contents into the
// OS folder: a COPY of a folder's contents keeps links as links (buildah checked 2026-12-07; BuildKit:
// moby/moby#40449, moby/buildkit#1260).
#pragma once

#include <string>
#include <vector>

#include "analysis/flow.h"

namespace dockopt::split {

/// The link sets of the command that wrote `path` (instruction `instruction`, command `command` of
/// `flow`) when that write is its links into an OS folder and the command always runs; empty otherwise.
std::vector<analysis::LinkSet> LinksWrittenInto(const analysis::StageFlow& flow, size_t instruction, size_t command,
                                                const std::string& path);

/// The staging folder in the builder that holds the links production copies into `dir`.
std::string LinkStagingFolder(const std::string& dir);

/// The builder command that copies the links of `sets` into their staging folders (GNU find's -lname:
/// only for images with GNU findutils).
std::string StageLinksCommand(const std::vector<analysis::LinkSet>& sets);

}  // namespace dockopt::split
