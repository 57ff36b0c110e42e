// The final stage's chain of in-file stages, and whether it takes its build from a builder.
#include "transforms/rules/final_chain.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>

#include "analysis/copy_sources.h"

namespace dockopt {
namespace {

// The stage a `--from` names: by name, or by its index (`COPY --from=0`); -1 for an image.
int StageNamed(const ir::Dockerfile& df, const std::string& from) {
  int stage = df.FindStage(from);
  if (stage < 0 && !from.empty() && from.find_first_not_of("0123456789") == std::string::npos)
    stage = std::atoi(from.c_str());
  return stage;
}

bool UsedOutside(const ir::Dockerfile& df, int stage, const std::vector<int>& chain) {
  return StageUsingOutside(df, stage, chain) >= 0;
}

}  // namespace

int StageUsingOutside(const ir::Dockerfile& df, int stage, const std::vector<int>& chain) {
  for (size_t s = 0; s < df.stages.size(); ++s) {
    if (std::find(chain.begin(), chain.end(), static_cast<int>(s)) != chain.end()) continue;
    if (df.FindStage(df.stages[s].base) == stage) return static_cast<int>(s);
    for (size_t i : df.stages[s].instructions) {
      if (!analysis::HasFromFlag(df.instructions[i])) continue;
      const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(df.instructions[i]);
      if (!copy || (copy->from && StageNamed(df, *copy->from) == stage)) return static_cast<int>(s);
    }
  }
  return -1;
}

bool CopiesFromBuilder(const ir::Dockerfile& df, int stage) {
  for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
    if (!analysis::HasFromFlag(df.instructions[i])) continue;  // cheap: most instructions are no COPY --from
    const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(df.instructions[i]);
    if (!copy || !copy->from) continue;
    int source = StageNamed(df, *copy->from);
    if (source >= 0 && source < stage) return true;
  }
  return false;
}

std::vector<int> FinalChain(const ir::Dockerfile& df, int final_stage) {
  std::vector<int> chain = {final_stage};
  for (int parent = df.FindStage(df.stages[static_cast<size_t>(final_stage)].base);
       parent >= 0 && parent < chain.back() && !UsedOutside(df, parent, chain);
       parent = df.FindStage(df.stages[static_cast<size_t>(parent)].base))
    chain.push_back(parent);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

bool ChainCopiesFromBuilder(const ir::Dockerfile& df, int final_stage) {
  const std::vector<int> chain = FinalChain(df, final_stage);
  return std::any_of(chain.begin(), chain.end(), [&](int s) { return CopiesFromBuilder(df, s); });
}

}  // namespace dockopt
