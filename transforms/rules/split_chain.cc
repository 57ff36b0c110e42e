// ChainStage: one stage standing for a chain of stages, so the split planner reads it as a single stage.
#include "transforms/rules/split_chain.h"

#include <vector>

namespace dockopt::split {

std::optional<ir::Stage> ChainStage(const ir::Dockerfile& df, const ir::Stage& stage) {
  std::vector<const ir::Stage*> parents;  // the nearest first
  for (const ir::Stage* at = &stage;;) {
    int parent = df.FindStage(at->base);
    if (parent < 0) break;
    const ir::Stage& earlier = df.stages[static_cast<size_t>(parent)];
    if (earlier.from >= at->from) return std::nullopt;  // not an earlier stage: BuildKit rejects it
    parents.push_back(&earlier);
    at = &earlier;
  }
  if (parents.empty()) return std::nullopt;
  ir::Stage chain = stage;
  chain.base = parents.back()->base;
  chain.instructions = {stage.from};
  chain.shells.clear();
  chain.workdirs.clear();
  chain.assignments.clear();
  auto add = [&chain](const ir::Stage& part) {
    for (size_t index : part.instructions)
      if (index != part.from) chain.instructions.push_back(index);
    chain.shells.insert(chain.shells.end(), part.shells.begin(), part.shells.end());
    chain.workdirs.insert(chain.workdirs.end(), part.workdirs.begin(), part.workdirs.end());
    for (const auto& [name, at] : part.assignments) {
      std::vector<size_t>& all = chain.assignments[name];
      all.insert(all.end(), at.begin(), at.end());
    }
  };
  for (auto it = parents.rbegin(); it != parents.rend(); ++it) add(**it);
  add(stage);
  return chain;
}

}  // namespace dockopt::split
