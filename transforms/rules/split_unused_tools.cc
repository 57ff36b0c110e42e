// BuildToolsUnused (see split_unused_tools.h).
#include "transforms/rules/split_unused_tools.h"

#include <algorithm>
#include <string_view>

#include "analysis/base_images.h"

namespace dockopt::split {
namespace {

using analysis::EffectKind;

// The base name of the program a command runs: "git" for `/usr/bin/git clone URL`.
std::string_view ProgramOf(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return "";
  size_t end = text.find_first_of(" \t;&|", begin);
  std::string_view word = text.substr(begin, end == std::string_view::npos ? end : end - begin);
  size_t slash = word.rfind('/');
  return slash == std::string_view::npos ? word : word.substr(slash + 1);
}

bool UsesATool(const analysis::CommandFlow& command, const std::vector<std::string>& tools) {
  const analysis::Effect& e = command.effect;
  if (e.kind == EffectKind::kBuild || e.kind == EffectKind::kDeps || e.kind == EffectKind::kUnknown || e.compiles)
    return true;
  std::string_view program = ProgramOf(command.text);
  const std::vector<std::string>& toolchain = analysis::ToolchainCommands();
  return std::find(toolchain.begin(), toolchain.end(), program) != toolchain.end() ||
         std::find(tools.begin(), tools.end(), program) != tools.end();
}

}  // namespace

bool BuildToolsUnused(const analysis::StageFlow& flow, const std::vector<std::string>& tools) {
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    if (inst.unknown) return false;
    for (const analysis::CommandFlow& command : inst.commands)
      if (UsesATool(command, tools)) return false;
  }
  return true;
}

}  // namespace dockopt::split
