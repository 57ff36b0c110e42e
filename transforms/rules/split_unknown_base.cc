// UnknownBaseWithoutCommand (see split_unknown_base.h).
#include "transforms/rules/split_unknown_base.h"

#include <fmt/format.h>

#include <algorithm>

#include "analysis/image_commands.h"
#include "analysis/paths.h"

namespace dockopt::split {
namespace {

// Whether a build ran in a folder a COPY/ADD filled from the build context: the project's own build
// (`./configure && make install` in its tree), not a dependency's (`make` in a `git clone`, `pip install`).
bool BuildsOwnProject(const analysis::StageFlow& flow) {
  std::vector<std::string> context_dirs;
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    if (inst.from_context) context_dirs.insert(context_dirs.end(), inst.writes.begin(), inst.writes.end());
    for (const analysis::CommandFlow& command : inst.commands)
      if (command.effect.kind == analysis::EffectKind::kBuild && !command.cwd.empty() &&
          std::any_of(context_dirs.begin(), context_dirs.end(),
                      [&](const std::string& dir) { return analysis::IsUnder(command.cwd, dir); }))
        return true;
  }
  return false;
}

}  // namespace

std::string UnknownBaseWithoutCommand(const ir::Dockerfile& df, const analysis::StageFlow& flow, std::string_view image) {
  const bool own_command = std::any_of(flow.instructions.begin(), flow.instructions.end(), [&](const analysis::InstructionFlow& i) {
    return df.instructions[i.index].kind == ir::InstructionKind::kCmd || df.instructions[i.index].kind == ir::InstructionKind::kEntrypoint;
  });
  if (own_command || analysis::LookupImageCommand(image) || BuildsOwnProject(flow)) return "";
  return fmt::format("the stage sets no command, and dockopt does not know what '{}' runs: with nothing of its own "
                     "to run and no build of its project, the image is its tools, which people run in it",
                     image);
}

}  // namespace dockopt::split
