// PathDirsToRestore (see split_path_env.h).
#include "transforms/rules/split_path_env.h"

#include <algorithm>
#include <optional>

#include "analysis/base_images.h"
#include "analysis/paths.h"

namespace dockopt::split {
namespace {

std::vector<std::string> PathDirsOf(std::string_view image) {
  if (image.empty()) return {};
  std::optional<analysis::BaseImageFacts> facts = analysis::LookupBaseImage(image);
  return facts ? analysis::ImagePathDirs(facts->family) : std::vector<std::string>{};
}

bool StageEnvNames(const RuleContext& context, const ir::Stage& stage, std::string_view dir) {
  const ir::Dockerfile& df = context.dockerfile();
  return std::any_of(stage.instructions.begin(), stage.instructions.end(), [&](size_t index) {
    const ir::Instruction& inst = df.instructions[index];
    if (inst.kind != ir::InstructionKind::kEnv) return false;
    std::string_view text = context.Text(inst.span);
    return text.find("PATH") != std::string_view::npos && text.find(dir) != std::string_view::npos;
  });
}

}  // namespace

std::vector<std::string> PathDirsToRestore(const RuleContext& context, const ir::Stage& stage,
                                           std::string_view builder_image, std::string_view production_image,
                                           const std::vector<Artifact>& artifacts) {
  const std::vector<std::string> production_dirs = PathDirsOf(production_image);
  std::vector<std::string> restore;
  for (const std::string& dir : PathDirsOf(builder_image)) {
    if (std::find(production_dirs.begin(), production_dirs.end(), dir) != production_dirs.end()) continue;
    const bool copied = std::any_of(artifacts.begin(), artifacts.end(), [&](const Artifact& a) {
      return analysis::IsUnder(a.path, dir) || analysis::IsUnder(dir, a.path);
    });
    if (copied && !StageEnvNames(context, stage, dir)) restore.push_back(dir);
  }
  return restore;
}

}  // namespace dockopt::split
