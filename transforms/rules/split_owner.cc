// WithPrimaryGroup: finds the useradd or adduser that made a user and the primary group it set.
#include "transforms/rules/split_owner.h"

#include <algorithm>
#include <sstream>
#include <vector>

namespace dockopt::split {
namespace {

// Whitespace-separated words with one level of double quotes taken off; empty when the command holds
// other quoting or expansions dockopt would have to evaluate to compare.
std::vector<std::string> PlainWords(std::string_view text) {
  if (text.find_first_of("'`\\;|&<>(){}") != std::string_view::npos) return {};
  std::istringstream in{std::string(text)};
  std::vector<std::string> words;
  for (std::string word; in >> word;) {
    if (word.size() >= 2 && word.front() == '"' && word.back() == '"') word = word.substr(1, word.size() - 2);
    if (word.find('"') != std::string::npos) return {};  // a quoted string with blanks: "default user"
    words.push_back(word);
  }
  return words;
}

// `-c "default user"` splits into two quoted halves: rejoin them before PlainWords sees them.
std::string WithoutComment(std::string_view text) {
  std::string out(text);
  for (std::string_view flag : {" -c \"", " --comment \""}) {
    size_t at = out.find(flag);
    if (at == std::string::npos) continue;
    size_t close = out.find('"', at + flag.size());
    if (close != std::string::npos) out.erase(at, close + 1 - at);
  }
  return out;
}

}  // namespace

std::string WithPrimaryGroup(const ir::Dockerfile& df, const analysis::StageFlow& flow, std::string_view user) {
  std::string result(user);
  if (user.empty() || user.find_first_not_of("0123456789") != std::string_view::npos) return result;
  // The words USER instructions wrote for this user: `$UID` when `USER $UID` expanded to it.
  std::vector<std::string> names{std::string(user)};
  for (size_t i = 0; i + 1 < flow.instructions.size(); ++i)
    if (flow.instructions[i].kind == ir::InstructionKind::kUser && flow.instructions[i + 1].user == user)
      names.emplace_back(df.instructions[flow.instructions[i].index].rest);
  auto is_user = [&](const std::string& word) { return std::find(names.begin(), names.end(), word) != names.end(); };
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands) {
      if (command.effect.tool != "useradd" && command.effect.tool != "adduser") continue;
      std::vector<std::string> words = PlainWords(WithoutComment(command.text));
      if (words.size() < 2) continue;
      std::string group, uid;
      // useradd: -g/--gid is the primary group; BusyBox's adduser: -G GROUP; Debian's: --ingroup or --gid.
      const bool useradd = command.effect.tool == "useradd";
      for (size_t i = 1; i + 1 < words.size(); ++i) {
        const std::string& w = words[i];
        if (w == "-u" || w == "--uid") uid = words[i + 1];
        if (useradd ? (w == "-g" || w == "--gid") : (w == "-G" || w == "--ingroup" || w == "--gid")) group = words[i + 1];
      }
      const std::string& name = words.back();
      if (!group.empty() && (is_user(name) || (!uid.empty() && is_user(uid)))) result = std::string(user) + ":" + group;
    }
  return result;
}

}  // namespace dockopt::split
