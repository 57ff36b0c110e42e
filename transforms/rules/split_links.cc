// The staging of links the builder made in OS folders (split_links.h).
#include "transforms/rules/split_links.h"

#include <fmt/core.h>

#include <algorithm>

namespace dockopt::split {

std::vector<analysis::LinkSet> LinksWrittenInto(const analysis::StageFlow& flow, size_t instruction, size_t command,
                                                const std::string& path) {
  if (instruction >= flow.instructions.size() || command >= flow.instructions[instruction].commands.size()) return {};
  const analysis::CommandFlow& c = flow.instructions[instruction].commands[command];
  if (c.conditional) return {};
  std::vector<analysis::LinkSet> sets;
  for (const analysis::LinkSet& set : c.effect.links)
    if (set.dir == path) sets.push_back(set);
  return sets;
}

std::string LinkStagingFolder(const std::string& dir) { return "/tmp/dockopt-links" + dir + "/"; }

std::string StageLinksCommand(const std::vector<analysis::LinkSet>& sets) {
  std::vector<std::string> dirs;
  for (const analysis::LinkSet& set : sets)
    if (std::find(dirs.begin(), dirs.end(), set.dir) == dirs.end()) dirs.push_back(set.dir);
  std::string command = "mkdir -p";
  for (const std::string& dir : dirs) {
    command += ' ';
    command += LinkStagingFolder(dir);
  }
  for (const analysis::LinkSet& set : sets)
    command += fmt::format(" && find {} -maxdepth 1 -lname '{}' -exec cp -P {{}} {} \\;", set.dir, set.targets,
                           LinkStagingFolder(set.dir));
  return command;
}

}  // namespace dockopt::split
