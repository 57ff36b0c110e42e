// RemovesWhatMoves (see df120_deps_first_cleanup.h).
#include "transforms/rules/df120_deps_first_cleanup.h"

#include <algorithm>
#include <string_view>

namespace dockopt {
namespace {

// The folders package managers install the dependencies into, inside the project.
bool DependencyFolder(std::string_view path) {
  while (path.size() > 1 && path.ends_with("/")) path.remove_suffix(1);
  std::string_view name = path.substr(path.rfind('/') + 1);
  return name == "node_modules" || name == "vendor" || name == ".venv" || name == "venv";
}

// `apk del`, `apt-get purge`, `yum remove`: the index of the first package word, 0 when no removal.
size_t PackageRemoval(const shell::Command& command) {
  const std::vector<shell::Word>& w = command.words;
  for (size_t i = 1; i < w.size(); ++i) {
    if (w[i].value.starts_with("-")) continue;
    std::string_view tool = w[0].value, sub = w[i].value;
    bool removal = (tool == "apk" && sub == "del") ||
                   ((tool == "apt-get" || tool == "apt") && (sub == "purge" || sub == "remove" || sub == "autoremove")) ||
                   ((tool == "yum" || tool == "dnf" || tool == "microdnf") && (sub == "remove" || sub == "erase"));
    return removal ? i + 1 : 0;
  }
  return 0;
}

}  // namespace

std::string RemovesWhatMoves(const shell::Script& script, size_t moved) {
  std::vector<std::string_view> moved_words;
  for (size_t c = 0; c < moved && c < script.commands.size(); ++c)
    for (const shell::Word& w : script.commands[c].words) moved_words.push_back(w.value);
  for (size_t c = moved; c < script.commands.size(); ++c) {
    const shell::Command& command = script.commands[c];
    if (command.words.empty()) continue;
    if (command.words[0].value == "rm")
      for (const shell::Word& w : command.words)
        if (!w.value.starts_with("-") && DependencyFolder(w.value)) return w.value;
    if (size_t first = PackageRemoval(command); first != 0)
      for (size_t i = first; i < command.words.size(); ++i) {
        const std::string& package = command.words[i].value;
        if (!package.starts_with("-") && std::find(moved_words.begin(), moved_words.end(), package) != moved_words.end())
          return package;
      }
  }
  return "";
}

}  // namespace dockopt
