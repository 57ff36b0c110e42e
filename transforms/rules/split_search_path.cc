// SearchPathIntoStageTree (see split_search_path.h).
#include "transforms/rules/split_search_path.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <sstream>

#include "analysis/paths.h"

namespace dockopt::split {
namespace {

// Variables an interpreter or the dynamic loader searches for code at run time.
constexpr std::array<std::string_view, 10> kSearchPaths = {"PYTHONPATH", "NODE_PATH", "CLASSPATH", "LD_LIBRARY_PATH",
                                                           "PERL5LIB",   "PERLLIB",   "RUBYLIB",   "GEM_PATH",
                                                           "R_LIBS",     "LUA_PATH"};

}  // namespace

std::string SearchPathIntoStageTree(const ir::Dockerfile& df, const ir::Stage& stage, const analysis::StageFlow& flow,
                                    const std::vector<std::string>& supplied) {
  for (size_t i : stage.instructions) {
    const ir::Instruction& env = df.instructions[i];
    if (env.kind != ir::InstructionKind::kEnv) continue;
    for (size_t a = 0; a + 1 < env.node_args.size(); a += 3) {
      const std::string& name = env.node_args[a];
      if (std::find(kSearchPaths.begin(), kSearchPaths.end(), name) == kSearchPaths.end()) continue;
      std::istringstream parts(env.node_args[a + 1]);
      for (std::string dir; std::getline(parts, dir, ':');) {
        if (!dir.starts_with("/") || dir.find('$') != std::string::npos) continue;
        if (std::any_of(supplied.begin(), supplied.end(), [&](const std::string& s) { return analysis::IsUnder(dir, s); }))
          continue;
        for (const analysis::InstructionFlow& inst : flow.instructions) {
          if (inst.kind != ir::InstructionKind::kRun) continue;
          for (const analysis::CommandFlow& command : inst.commands)
            for (const std::string& written : command.effect.writes)
              if (written != "/" && (analysis::IsUnder(dir, written) || analysis::IsUnder(written, dir)))
                return fmt::format("'ENV {}' names '{}', which the RUN at line {} wrote: the program loads code from "
                                   "there, which production would not get",
                                   name, dir, df.instructions[inst.index].start_line);
        }
      }
    }
  }
  return "";
}

}  // namespace dockopt::split
