// NodeBuildWithDevDependencies (see split_node_build.h).
#include "transforms/rules/split_node_build.h"

#include <algorithm>
#include <sstream>
#include <string_view>
#include <vector>

namespace dockopt::split {

namespace {

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in{text};
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

bool Has(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The manager when `words` install the project's dependencies with the dev ones, "" otherwise.
std::string DevInstall(const std::vector<std::string>& words) {
  if (words.empty()) return "";
  const std::string& tool = words[0];
  auto at = [&](size_t i) { return i < words.size() ? std::string_view(words[i]) : std::string_view(); };
  for (std::string_view flag : {"--production", "--prod", "-P", "--omit=dev", "--only=prod", "--only=production", "-g",
                                "--global"})
    if (Has(words, flag)) return "";
  // Words after `from` that are not options: packages to add (`npm install lodash`), not the project's own.
  auto operands_after = [&](size_t from) {
    return std::any_of(words.begin() + static_cast<std::ptrdiff_t>(std::min(from, words.size())), words.end(),
                       [](const std::string& w) { return !w.starts_with("-"); });
  };
  if (tool == "npm" && (at(1) == "ci" || ((at(1) == "install" || at(1) == "i") && !operands_after(2)))) return "npm";
  if (tool == "yarn" && (words.size() == 1 || (at(1) == "install" && !operands_after(2)) || !operands_after(1) ||
                         (at(1) == "workspaces" && at(2) == "focus")))
    return "yarn";
  if (tool == "pnpm" && (at(1) == "install" || at(1) == "i") && !operands_after(2)) return "pnpm";
  return "";
}

// Whether `words` run a build script of the project's package.json.
bool Build(const std::vector<std::string>& words) {
  if (words.size() < 2) return false;
  const std::string& tool = words[0];
  if (tool != "npm" && tool != "yarn" && tool != "pnpm") return false;
  std::string_view script = words[1];
  if (script == "run" || script == "run-script") script = words.size() > 2 ? std::string_view(words[2]) : "";
  else if (tool == "npm") return false;  // npm runs scripts only through `run`
  return script.find("build") != std::string_view::npos;
}

}  // namespace

std::optional<NodeDevBuild> NodeBuildWithDevDependencies(const ir::Dockerfile& df, const analysis::StageFlow& flow) {
  std::string manager, install_cwd;
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    // NODE_ENV=production makes npm and yarn leave the devDependencies out: no claim when it is set anywhere.
    if (df.instructions[inst.index].logical.find("NODE_ENV") != std::string_view::npos) return std::nullopt;
    for (const analysis::CommandFlow& command : inst.commands) {
      std::vector<std::string> words = Words(command.text);
      if (manager.empty()) {
        manager = DevInstall(words);
        install_cwd = command.cwd;
      } else if (Build(words) && command.cwd == install_cwd) {
        return NodeDevBuild{manager, command.text, install_cwd, inst.index};
      }
    }
  }
  return std::nullopt;
}

}  // namespace dockopt::split
