// ConditionalBlocker: checks each conditional effect against what the stage does for sure.
#include "transforms/rules/split_conditional.h"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/paths.h"

namespace dockopt::split {
namespace {

using analysis::EffectKind;
using analysis::IsUnder;

// Paths some instruction writes for sure: COPY/ADD destinations and unconditional commands' writes.
std::vector<std::string> CertainWrites(const analysis::StageFlow& flow) {
  std::vector<std::string> out;
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    if (inst.kind == ir::InstructionKind::kCopy || inst.kind == ir::InstructionKind::kAdd ||
        inst.kind == ir::InstructionKind::kWorkdir)
      out.insert(out.end(), inst.writes.begin(), inst.writes.end());
    for (const analysis::CommandFlow& command : inst.commands)
      if (!command.conditional && command.effect.kind != EffectKind::kUnknown)
        out.insert(out.end(), command.effect.writes.begin(), command.effect.writes.end());
  }
  return out;
}

// `apt-get -f install` after a `dpkg -i FILE ||`: it only completes the dependencies of what dpkg
// unpacked, and production's replay of the package file does the same (split_localpkg.h).
bool RepairsPackageFiles(const analysis::InstructionFlow& inst, const analysis::CommandFlow& command) {
  const analysis::Effect& e = command.effect;
  bool repair = e.packages.empty() && e.package_files.empty() && !e.removal && e.tool.ends_with(" install") &&
                (command.text.find(" -f") != std::string::npos || command.text.find("--fix-broken") != std::string::npos);
  return repair && std::any_of(inst.commands.begin(), inst.commands.end(), [](const analysis::CommandFlow& c) {
           return !c.effect.package_files.empty();
         });
}

}  // namespace

std::string ConditionalBlocker(const ir::Dockerfile& df, const analysis::StageFlow& flow) {
  const std::vector<std::string> certain = CertainWrites(flow);
  std::vector<std::string> all;
  for (const analysis::InstructionFlow& inst : flow.instructions) all.insert(all.end(), inst.writes.begin(), inst.writes.end());
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    const ir::Instruction& ins = df.instructions[inst.index];
    std::string line = fmt::format("{} at line {}", ir::KindName(ins.kind), ins.start_line);
    for (const analysis::CommandFlow& command : inst.commands) {
      const analysis::Effect& e = command.effect;
      if (!command.conditional || e.kind == EffectKind::kUnknown) continue;
      if (e.kind == EffectKind::kPackages && RepairsPackageFiles(inst, command)) continue;
      if (e.kind == EffectKind::kPackages || e.kind == EffectKind::kUsers)
        return fmt::format("the {} runs '{}' only on some branches", line, e.tool);
      for (const std::string& w : e.writes) {
        bool sure = std::any_of(certain.begin(), certain.end(), [&](const std::string& c) { return c != "/" && IsUnder(w, c); });
        if (!sure) return fmt::format("the {} may or may not write '{}' ('{}' runs only on some branches)", line, w, e.tool);
      }
      for (const std::string& removed : e.removes) {
        bool written = std::any_of(all.begin(), all.end(), [&](const std::string& w) { return IsUnder(w, removed) || IsUnder(removed, w); });
        if (written || IsUnder(removed, "/etc"))
          return fmt::format("the {} may or may not remove '{}' ('{}' runs only on some branches)", line, removed, e.tool);
      }
    }
  }
  return "";
}

}  // namespace dockopt::split
