// The split planner's guards (see split_guards.h).
#include "transforms/rules/split_guards.h"

#include <fmt/core.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <string_view>

#include "analysis/paths.h"

namespace dockopt::split {
namespace {

using analysis::EffectKind;
using analysis::IsUnder;

std::string LineOf(const ir::Dockerfile& df, size_t index) {
  return fmt::format("{} at line {}", ir::KindName(df.instructions[index].kind), df.instructions[index].start_line);
}

}  // namespace

std::string ProgramFromVolume(const analysis::StageFlow& flow) {
  const analysis::RuntimeNeeds& needs = flow.runtime;
  // A relative path (`./scripts/entry`), or an absolute one inside the WORKDIR (`/src/build.sh` with
  // WORKDIR /src): elsewhere an absolute path may be the base image's own (/docker-entrypoint.sh).
  bool in_workdir = !needs.argv.empty() && needs.argv.front().starts_with("/") && needs.workdir != "/" &&
                    !needs.workdir.empty() && IsUnder(needs.program, needs.workdir) && needs.program != needs.workdir;
  if (needs.argv.empty() || (needs.argv.front().starts_with("/") && !in_workdir) ||
      needs.argv.front().find('/') == std::string::npos || !needs.program.starts_with("/"))
    return "";
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    if (inst.kind == ir::InstructionKind::kCopy || inst.kind == ir::InstructionKind::kAdd)
      for (const std::string& w : inst.writes)
        if (IsUnder(needs.program, w) || IsUnder(w, needs.program)) return "";
    // Not a package manager's tree (`go get` into /go), nor a command that only makes or hands over the
    // folder (`mkdir`, `chown`, `chmod`: DF301 gives the WORKDIR to the user it adds).
    for (const analysis::CommandFlow& command : inst.commands)
      if (command.effect.kind != EffectKind::kDeps && command.effect.kind != EffectKind::kPackages &&
          command.effect.tool != "mkdir" && command.effect.tool != "chown" && command.effect.tool != "chmod" &&
          command.effect.tool != "chgrp")
        for (const std::string& w : command.effect.writes)
          if (IsUnder(needs.program, w)) return "";
  }
  return fmt::format("the container's command runs '{}', which nothing in the image holds: it comes with a volume at "
                     "run time, and what it needs of the toolchain is unknown", needs.argv.front());
}

std::string InstallOutsidePrefix(const ir::Dockerfile& df, const analysis::StageFlow& flow) {
  constexpr std::string_view kOutside = "installs outside its prefix: ";
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands)
      if (command.effect.tool == "make install" && command.effect.note.starts_with(kOutside)) {
        std::string_view paths = std::string_view(command.effect.note).substr(kOutside.size());
        return fmt::format("the {} installs outside its prefix ('{}'), into folders production would have to make and "
                           "fill as it does", LineOf(df, inst.index), paths.substr(0, paths.find(' ')));
      }
  return "";
}

std::string UserDatabaseCopied(const std::vector<Artifact>& artifacts) {
  for (const Artifact& a : artifacts)
    for (std::string_view database : {"/etc/passwd", "/etc/group", "/etc/shadow", "/etc/gshadow"})
      if (IsUnder(database, a.path))
        return fmt::format("the stage writes the user database '{}' as a file, which production would have to merge "
                           "with its own", database);
  return "";
}

std::string LibrariesBesideToolchain(const ir::Dockerfile& df, const analysis::StageFlow& flow, std::string_view image) {
  std::string install;  // the first native install into /usr/local or /opt, as "make install at line 7"
  std::string prefix;
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands) {
      bool native = false;
      for (std::string_view tool : {"make install", "cmake --install", "ninja", "meson install"}) native |= command.effect.tool == tool;
      if (native && install.empty())
        for (const std::string& w : command.effect.writes)
          if (IsUnder(w, "/usr/local") || IsUnder(w, "/opt")) {
            install = fmt::format("{} at line {}", command.effect.tool, df.instructions[inst.index].start_line);
            prefix = w;
            break;
          }
      bool indexes = std::find(command.effect.writes.begin(), command.effect.writes.end(), "/etc/ld.so.cache") !=
                     command.effect.writes.end();
      if (indexes && !install.empty())
        return fmt::format("the {} installs into '{}' on the toolchain image '{}', and ldconfig indexes the libraries "
                           "it put there: which of them the program loads, dockopt cannot tell from the image's own "
                           "(install into a DESTDIR and copy that)",
                           install, prefix, image);
    }
  return "";
}

bool NeedsLibraryCache(const analysis::StageFlow& flow, const std::vector<Artifact>& artifacts, bool glibc) {
  if (!glibc) return false;
  bool native_install = false;
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands)
      for (std::string_view tool : {"make install", "cmake --install", "ninja", "meson install"})
        native_install |= command.effect.tool == tool;
  bool libraries = std::any_of(artifacts.begin(), artifacts.end(), [](const Artifact& a) {
    return IsUnder("/usr/local/lib", a.path) || IsUnder(a.path, "/usr/local/lib") || IsUnder(a.path, "/opt");
  });
  bool copied = std::any_of(artifacts.begin(), artifacts.end(), [](const Artifact& a) { return IsUnder("/etc/ld.so.cache", a.path); });
  return native_install && libraries && !copied;
}

std::vector<std::pair<std::string, std::string>> ChownedPaths(const analysis::StageFlow& flow) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands) {
      if (command.effect.tool != "chown" || command.conditional) continue;
      std::istringstream words(command.text);
      // The owner is the first operand after the command word, which may be a path
      // (`RUN ["/usr/bin/chown", "-R", "app:app", "/hooks"]`) or follow a wrapper (`sudo chown`).
      std::string word, owner;
      bool command_seen = false;
      while (words >> word) {
        if (!command_seen) {
          command_seen = word == "chown" || word.ends_with("/chown");
        } else if (!word.starts_with("-")) {
          owner = word;
          break;
        }
      }
      // chown's older `user.group` spelling: COPY --chown takes only `user:group`.
      if (owner.find(':') == std::string::npos && owner.find('.') != std::string::npos) owner[owner.find('.')] = ':';
      if (owner.ends_with(':')) owner.pop_back();  // `root.`: the user and its login group
      // An owner named by the stage's ENV/ARG (`chown -R $APP_USER:$APP_USER $APP_HOME`) is that value:
      // left unread, production would get the folder as root's.
      if (owner.find('$') != std::string::npos)
        if (std::optional<std::string> value = analysis::Expand(owner, flow.vars)) owner = *value;
      std::string_view user = std::string_view(owner).substr(0, owner.find(':'));
      if (owner.empty() || owner.find_first_of("$`\"'") != std::string::npos || user.empty() || user == "root" || user == "0")
        continue;
      for (const std::string& path : command.effect.writes) out.emplace_back(path, owner);
    }
  return out;
}

std::string OwnerCommand(const std::string& dir, const std::string& owner, const std::vector<Artifact>& artifacts) {
  std::vector<std::string> dirs;
  for (const Artifact& a : artifacts) {
    if (IsUnder(dir, a.path)) return "";
    if (!IsUnder(a.path, dir)) continue;
    for (std::string parent = a.path.substr(0, a.path.rfind('/')); IsUnder(parent, dir);
         parent = parent.substr(0, parent.rfind('/')))
      if (std::find(dirs.begin(), dirs.end(), parent) == dirs.end()) dirs.push_back(parent);
  }
  if (dirs.empty() || dir == "/") return "";
  std::sort(dirs.begin(), dirs.end());
  std::string list;
  for (const std::string& d : dirs) list += (list.empty() ? "" : " ") + d;
  return fmt::format("mkdir -p {0} && chown {1} {0}", list, owner);
}

}  // namespace dockopt::split
