// CopyIndependentOfSources / RunIndependentOfSources (see df120_deps_first_independent.h).
#include "transforms/rules/df120_deps_first_independent.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "transforms/rules/df120_deps_first_classify.h"
#include "transforms/rules/layer_facts.h"

namespace dockopt {
namespace {

bool Under(std::string_view path, std::string_view dir) {
  if (dir == "/") return true;
  return path == dir || (path.starts_with(dir) && path.size() > dir.size() && path[dir.size()] == '/');
}

// An absolute path that is neither inside `dest` nor a parent of it.
bool Apart(std::string_view path, std::string_view dest) {
  if (!path.starts_with("/") || path.find('$') != std::string_view::npos) return false;
  std::string clean = ResolvePath("/", path);
  while (clean.size() > 1 && clean.ends_with("/")) clean.pop_back();
  return !Under(clean, dest) && !Under(dest, clean);
}

// `ln -s TARGET... LINK`: a symbolic link's target is only text, never read, so it may name a file
// the sources bring later (`ln -s /app/cli.py /usr/local/bin/`). Only the flags that keep that reading
// count (`-t DIR` would move the link's place off the last operand).
bool SymlinkApart(const shell::Command& command, std::string_view dest) {
  bool symbolic = false;
  std::vector<std::string_view> operands;
  for (size_t i = 1; i < command.words.size(); ++i) {
    const std::string& w = command.words[i].value;
    if (w == "--symbolic") {
      symbolic = true;
    } else if (w == "--force" || w == "--no-dereference" || w == "--verbose") {
    } else if (w.starts_with("-") && w.size() > 1 && !w.starts_with("--")) {
      if (w.find_first_not_of("sfnv", 1) != std::string::npos) return false;
      symbolic = symbolic || w.find('s') != std::string::npos;
    } else if (w.starts_with("-")) {
      return false;
    } else {
      operands.push_back(w);
    }
  }
  return symbolic && operands.size() >= 2 && Apart(operands.back(), dest);
}

// A cleanup outside the sources: `rm` of absolute paths apart from them, or `find` from such paths
// whose only action is `-delete` or `-exec rm ... {} \;` (`find /usr -name '*.pyc' -exec rm {} \;`).
// It reads and removes nothing the sources bring, so it may move above their COPY.
bool CleanupApart(const shell::Command& command, std::string_view dest) {
  const std::string_view tool = command.words[0].value;
  if (tool == "rm") {
    bool operand = false;
    for (size_t i = 1; i < command.words.size(); ++i) {
      const std::string& w = command.words[i].value;
      if (w.starts_with("-")) continue;
      if (!Apart(w, dest)) return false;
      operand = true;
    }
    return operand;
  }
  if (tool != "find") return false;
  size_t i = 1;
  for (; i < command.words.size(); ++i) {
    const std::string& w = command.words[i].value;
    if (w.starts_with("-") || w == "(" || w == "!") break;
    if (!Apart(w, dest)) return false;
  }
  if (i == 1) return false;  // no start path: find searches the working directory
  for (; i < command.words.size(); ++i) {
    const std::string& w = command.words[i].value;
    if (w.find('$') != std::string::npos || w == "-L" || w == "-follow" || w == "-fprint" || w == "-fls" ||
        w == "-fprintf" || w == "-ok" || w == "-okdir")
      return false;
    if (w != "-exec" && w != "-execdir") continue;
    if (i + 1 >= command.words.size() || command.words[i + 1].value != "rm") return false;
    for (i += 2; i < command.words.size() && command.words[i].value != ";" && command.words[i].value != "+"; ++i)
      if (command.words[i].value != "{}" && !command.words[i].value.starts_with("-")) return false;
  }
  return true;
}

bool FileToolApart(const shell::Command& command, std::string_view dest) {
  if (CleanupApart(command, dest)) return true;
  static constexpr std::string_view kTools[] = {"ln", "mkdir", "chmod", "chown", "touch"};
  const std::string_view tool = command.words[0].value;
  if (std::find(std::begin(kTools), std::end(kTools), tool) == std::end(kTools)) return false;
  if (tool == "ln" && SymlinkApart(command, dest)) return true;
  const bool first_is_mode = tool == "chmod" || tool == "chown";
  bool operand_seen = false;
  for (size_t i = 1; i < command.words.size(); ++i) {
    const std::string& w = command.words[i].value;
    if (w.starts_with("-")) continue;
    if (first_is_mode && !operand_seen) {
      operand_seen = true;
      continue;
    }
    if (!Apart(w, dest)) return false;
  }
  return true;
}

}  // namespace

bool CopyIndependentOfSources(const ir::Dockerfile& df, size_t index, std::string_view text, std::string_view dest) {
  const ir::Instruction& inst = df.instructions[index];
  if (text.find('$') != std::string_view::npos || inst.node_args.size() < 2 || !inst.heredocs.empty()) return false;
  for (size_t i = 0; i + 1 < inst.node_args.size(); ++i) {
    const std::string& source = inst.node_args[i];
    if (source == "." || source == "./" || source == "/") return false;
  }
  const std::string& to = inst.node_args.back();
  if (to.starts_with("/")) return Apart(to, dest);
  const std::optional<std::string> cwd = WorkdirAt(df, index);
  return cwd && Apart(ResolvePath(*cwd, to), dest);
}

bool RunIndependentOfSources(const ir::Dockerfile& df, size_t index, const shell::Script& script, std::string_view dest) {
  if (!PosixShellAt(df, index) || !script.error.empty() || script.commands.empty()) return false;
  return std::all_of(script.commands.begin(), script.commands.end(), [&](const shell::Command& command) {
    return CommandIndependentOfSources(command, dest) ||
           (ClassifyDepsCommand(command).role == DepsRole::kHelper && !ReachesSources(command, dest));
  });
}

bool ReachesSources(const shell::Command& command, std::string_view dest) {
  return std::any_of(command.words.begin(), command.words.end(), [&](const shell::Word& w) {
    return w.value.starts_with("/") && w.value.find('$') == std::string::npos && !Apart(w.value, dest);
  });
}

bool CommandIndependentOfSources(const shell::Command& command, std::string_view dest) {
  if (command.opaque() || command.words.empty() || StateChange(command) != ShellState::kNone) return false;
  for (const shell::Redirect& r : command.redirects)
    if (r.target.value != "/dev/null" && !r.op.ends_with("&") && !Apart(r.target.value, dest)) return false;
  return FileToolApart(command, dest) ||
         (ClassifyDepsCommand(command).role == DepsRole::kHelper && !ReachesSources(command, dest));
}

}  // namespace dockopt
