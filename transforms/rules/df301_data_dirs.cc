#include "transforms/rules/df301_data_dirs.h"

#include <algorithm>
#include <array>

#include "analysis/paths.h"
#include "transforms/rules/split_plan.h"

namespace dockopt {
namespace {

// Folders of the OS, its package managers and its daemons: a `mkdir` there serves root's programs
// (or /tmp, writable by all already), not the application's data.
constexpr std::array<std::string_view, 18> kSystemDirs = {
    "/etc", "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/root", "/proc", "/sys", "/dev", "/boot",
    "/tmp", "/var/tmp", "/var/cache", "/var/spool", "/var/mail", "/home"};
// Shared parents: the application's folder is below them, never one of them. A folder the stage makes
// below a run-state parent (/run/app, /usr/local/var/run/watchman) holds the state of the program the
// image runs (its socket, its pid file), so the user that runs it must own it.
constexpr std::array<std::string_view, 12> kSharedParents = {
    "/", "/var", "/var/lib", "/var/log", "/opt", "/srv", "/mnt", "/run", "/var/run",
    "/usr/local/var/run", "/usr/local/var/lib", "/usr/local/var/log"};

bool SystemDir(std::string_view path) {
  if (std::find(kSharedParents.begin(), kSharedParents.end(), path) != kSharedParents.end()) return true;
  if (path.starts_with("/usr/local/var/run/") || path.starts_with("/usr/local/var/lib/") ||
      path.starts_with("/usr/local/var/log/"))
    return false;  // the run-time state of a program installed under /usr/local (`make install`)
  return std::any_of(kSystemDirs.begin(), kSystemDirs.end(),
                     [&](std::string_view dir) { return analysis::IsUnder(path, dir); }) ||
         analysis::IsUnder(path, "/var/lib/apt") || analysis::IsUnder(path, "/var/lib/dpkg");
}

struct Made {
  std::string dir;
  size_t inst, command;  // where the first mkdir of it is
};

// Whether what runs at (`inst`, `command`) may put files into `made.dir`, or takes it away. Before the
// mkdir, only a write into it counts; after it, also a write of a folder above it (`COPY . /app` may
// bring uploads/ along), any command of unknown effect (a setup script run next to it), and a removal.
bool MayFill(const Made& made, size_t inst, size_t command, const analysis::Effect* effect,
             const std::vector<std::string>& writes, bool unknown) {
  bool after = inst > made.inst || (inst == made.inst && command > made.command);
  if (after && unknown) return true;
  // Removed afterwards (`mkdir -p /build && ... && rm -rf /build`): not there to own.
  if (after && effect != nullptr &&
      std::any_of(effect->removes.begin(), effect->removes.end(),
                  [&](const std::string& path) { return analysis::IsUnder(made.dir, path); }))
    return true;
  return std::any_of(writes.begin(), writes.end(), [&](const std::string& path) {
    return analysis::IsUnder(path, made.dir) || (after && analysis::IsUnder(made.dir, path));
  });
}

// The unconditional `mkdir`s of `flow` whose folder nothing else may write into: no COPY, RUN, build
// or unknown command after them puts files there.
std::vector<std::string> EmptyMadeDirs(const analysis::StageFlow& flow) {
  std::vector<Made> made;
  for (size_t i = 0; i < flow.instructions.size(); ++i)
    for (size_t c = 0; c < flow.instructions[i].commands.size(); ++c) {
      const analysis::CommandFlow& command = flow.instructions[i].commands[c];
      if (command.effect.tool != "mkdir" || command.conditional) continue;
      for (const std::string& path : command.effect.writes)
        if (path.starts_with("/") && path.find_first_of("*?[$") == std::string::npos && !SystemDir(path) &&
            std::none_of(made.begin(), made.end(), [&](const Made& m) { return m.dir == path; }))
          made.push_back({path, i, c});
    }
  std::vector<std::string> out;
  for (const Made& m : made) {
    bool filled = false;
    for (size_t i = 0; i < flow.instructions.size() && !filled; ++i) {
      const analysis::InstructionFlow& inst = flow.instructions[i];
      if (inst.commands.empty()) {  // COPY, ADD, WORKDIR, or a RUN the model could not read
        filled = MayFill(m, i, 0, nullptr, inst.writes, inst.unknown);
        continue;
      }
      for (size_t c = 0; c < inst.commands.size() && !filled; ++c) {
        const analysis::CommandFlow& command = inst.commands[c];
        if (command.effect.tool == "mkdir") continue;
        filled = MayFill(m, i, c, &command.effect, command.effect.writes,
                         command.effect.kind == analysis::EffectKind::kUnknown);
      }
      filled |= inst.unknown && i > m.inst;
    }
    if (!filled) out.push_back(m.dir);
  }
  return out;
}

bool Contains(const std::vector<std::string>& paths, const std::string& path) {
  return std::find(paths.begin(), paths.end(), path) != paths.end();
}

}  // namespace

std::vector<std::string> RunTimeDataDirs(RuleContext& context, const analysis::StageFlow& flow, int stage,
                                         const std::vector<std::string>& volumes) {
  std::vector<std::string> out = EmptyMadeDirs(flow);
  // A split made the folder in its builder and copies it over as it is (`COPY --from=builder /data /data`):
  // empty there, it is empty here, unless something else in this stage writes into it.
  const ir::Dockerfile& df = context.dockerfile();
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    if (inst.from_stage.empty() || inst.reads.size() != 1 || inst.writes.size() != 1 || inst.reads[0] != inst.writes[0])
      continue;
    int source = df.FindStage(inst.from_stage);
    if (source < 0 || source >= stage) continue;
    // The folder itself, or one the builder made inside the folder copied (`COPY --from=builder
    // /usr/local /usr/local` brings `make install`'s /usr/local/var/run/watchman along).
    for (const std::string& made : EmptyMadeDirs(*split::SharedStageFlowOf(context, source))) {
      if (!analysis::IsUnder(made, inst.reads[0]) || Contains(out, made)) continue;
      bool written_here = false;
      for (const analysis::InstructionFlow& other : flow.instructions) {
        if (&other == &inst) continue;
        for (const std::string& path : other.writes) written_here |= analysis::IsUnder(path, made);
      }
      if (!written_here) out.push_back(made);
    }
  }
  std::erase_if(out, [&](const std::string& dir) {
    return std::any_of(volumes.begin(), volumes.end(), [&](const std::string& v) {
      return analysis::IsUnder(dir, v) || analysis::IsUnder(v, dir);  // handed over as a volume, or only holds one
    });
  });
  return out;
}

std::vector<std::string> SeededVolumes(const analysis::StageFlow& flow, const std::vector<std::string>& volumes,
                                       size_t before) {
  std::vector<std::string> out;
  for (const std::string& volume : volumes) {
    bool seeded = false;
    for (const analysis::InstructionFlow& inst : flow.instructions) {
      if (inst.index >= before || inst.kind == ir::InstructionKind::kWorkdir) continue;
      if (inst.commands.empty())  // COPY, ADD
        for (const std::string& path : inst.writes) seeded |= analysis::IsUnder(path, volume);
      for (const analysis::CommandFlow& command : inst.commands.items()) {
        for (const std::string& path : command.effect.writes)
          // Making the mount point itself puts nothing there; making a folder inside it does.
          seeded |= analysis::IsUnder(path, volume) && (command.effect.tool != "mkdir" || path != volume);
        // A command the model does not know that names the folder (`git clone URL /opt/CTFd/`).
        if (command.effect.kind == analysis::EffectKind::kUnknown)
          for (std::string_view word : {volume, volume + "/"})
            for (size_t at = command.text.find(word); at != std::string::npos; at = command.text.find(word, at + 1)) {
              const size_t end = at + word.size();
              seeded |= (at == 0 || command.text[at - 1] == ' ') &&
                        (end == command.text.size() || command.text[end] == ' ');
            }
      }
    }
    if (seeded) out.push_back(volume);
  }
  return out;
}

}  // namespace dockopt
