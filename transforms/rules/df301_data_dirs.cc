#include "transforms/rules/df301_data_dirs.h"

#include <algorithm>
#include <array>

#include "analysis/paths.h"
#include "transforms/rules/split_plan.h"

namespace dockopt {
namespace {

// Folders of the OS, its package managers and its daemons: a `mkdir` there serves root's programs
// (or /tmp, writable by all already), not the application's data.
constexpr std::array<std::string_view, 20> kSystemDirs = {
    "/etc", "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/root", "/proc", "/sys", "/dev", "/boot",
    "/tmp", "/var/tmp", "/run", "/var/run", "/var/cache", "/var/spool", "/var/mail", "/home"};
// Shared parents: the application's folder is below them, never one of them.
constexpr std::array<std::string_view, 7> kSharedParents = {"/", "/var", "/var/lib", "/var/log", "/opt", "/srv", "/mnt"};

bool SystemDir(std::string_view path) {
  return std::any_of(kSystemDirs.begin(), kSystemDirs.end(),
                     [&](std::string_view dir) { return analysis::IsUnder(path, dir); }) ||
         std::find(kSharedParents.begin(), kSharedParents.end(), path) != kSharedParents.end() ||
         analysis::IsUnder(path, "/var/lib/apt") || analysis::IsUnder(path, "/var/lib/dpkg");
}

// The unconditional `mkdir`s of `flow` whose folder nothing else writes into: no COPY, RUN or build
// puts files there.
std::vector<std::string> EmptyMadeDirs(const analysis::StageFlow& flow) {
  std::vector<std::string> made;
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands)
      if (command.effect.tool == "mkdir" && !command.conditional)
        for (const std::string& path : command.effect.writes)
          if (path.starts_with("/") && path.find_first_of("*?[$") == std::string::npos && !SystemDir(path) &&
              std::find(made.begin(), made.end(), path) == made.end())
            made.push_back(path);
  std::vector<std::string> out;
  for (const std::string& dir : made) {
    bool filled = false;
    for (const analysis::InstructionFlow& inst : flow.instructions) {
      if (inst.commands.empty())  // COPY, ADD, WORKDIR
        for (const std::string& path : inst.writes) filled |= analysis::IsUnder(path, dir);
      for (const analysis::CommandFlow& command : inst.commands)
        if (command.effect.tool != "mkdir")
          for (const std::string& path : command.effect.writes) filled |= analysis::IsUnder(path, dir);
    }
    if (!filled) out.push_back(dir);
  }
  return out;
}

bool Contains(const std::vector<std::string>& paths, const std::string& path) {
  return std::find(paths.begin(), paths.end(), path) != paths.end();
}

}  // namespace

std::vector<std::string> RunTimeDataDirs(RuleContext& context, int stage, const std::vector<std::string>& volumes) {
  analysis::StageFlow flow = split::StageFlowOf(context, stage);
  std::vector<std::string> out = EmptyMadeDirs(flow);
  // A split made the folder in its builder and copies it over as it is (`COPY --from=builder /data /data`):
  // empty there, it is empty here, unless something else in this stage writes into it.
  const ir::Dockerfile& df = context.dockerfile();
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    if (inst.from_stage.empty() || inst.reads.size() != 1 || inst.writes.size() != 1 || inst.reads[0] != inst.writes[0])
      continue;
    int source = df.FindStage(inst.from_stage);
    if (source < 0 || source >= stage || Contains(out, inst.writes[0])) continue;
    if (!Contains(EmptyMadeDirs(split::StageFlowOf(context, source)), inst.reads[0])) continue;
    bool written_here = false;
    for (const analysis::InstructionFlow& other : flow.instructions) {
      if (&other == &inst) continue;
      for (const std::string& path : other.writes) written_here |= analysis::IsUnder(path, inst.writes[0]);
    }
    if (!written_here) out.push_back(inst.writes[0]);
  }
  std::erase_if(out, [&](const std::string& dir) {
    return std::any_of(volumes.begin(), volumes.end(), [&](const std::string& v) { return analysis::IsUnder(dir, v); });
  });
  return out;
}

}  // namespace dockopt
