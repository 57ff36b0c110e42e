// DeliberateTmpFile (see split_tmp_files.h).
#include "transforms/rules/split_tmp_files.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "analysis/paths.h"

namespace dockopt::split {
namespace {

// The folder directly under the scratch root that holds `path` ("/tmp/version" for
// "/tmp/version/version.txt"); "" when `path` is not below one.
std::string ScratchFolder(std::string_view path) {
  for (std::string_view root : {std::string_view("/tmp/"), std::string_view("/var/tmp/")}) {
    if (!path.starts_with(root) || path.size() == root.size()) continue;
    const size_t end = path.find('/', root.size());
    return std::string(path.substr(0, end));
  }
  return "";
}

bool WritesOnPurpose(std::string_view tool) {
  static constexpr std::string_view kTools[] = {"mkdir", "touch", "echo", "printf", "date", "cat", "tee"};
  return std::find(std::begin(kTools), std::end(kTools), tool) != std::end(kTools);
}

}  // namespace

bool DeliberateTmpFile(const analysis::StageFlow& flow, std::string_view path) {
  const std::string folder = ScratchFolder(path);
  if (folder.empty() || analysis::HasGlob(folder) || folder.find('$') != std::string::npos) return false;
  bool written = false;
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    // A COPY or ADD into it: files brought for a later step, scratch as before.
    for (const std::string& w : inst.writes)
      if (analysis::IsUnder(w, folder) && inst.commands.items().empty()) return false;
    for (const analysis::CommandFlow& command : inst.commands) {
      if (analysis::IsUnder(command.cwd, folder)) return false;
      for (const std::string& w : command.effect.writes) {
        if (!analysis::IsUnder(w, folder) && !analysis::IsUnder(folder, w)) continue;
        if (command.effect.kind != analysis::EffectKind::kFiles || !WritesOnPurpose(command.effect.tool)) return false;
        written = true;
      }
    }
  }
  return written;
}

}  // namespace dockopt::split
