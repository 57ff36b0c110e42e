// RuleEffects: the table of rule IDs that may change the image config.
#include "verify/rule_effects.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "analysis/dev_run.h"

namespace dockopt::verify {

namespace {

struct Effect {
  const char* rule_id;
  const char* name;
  bool user;
  bool base_env;
};

constexpr Effect kEffects[] = {
    {"DF202", "multi-stage-split", false, true},  // multi-stage-split: the final stage may have a slimmer base
    {"DF301", "non-root-user", true, false},  // non-root-user
};

// Words of a /bin/sh -c string of plain words.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  for (size_t at = 0; at < text.size();) {
    size_t begin = text.find_first_not_of(" \t", at);
    if (begin == std::string_view::npos) break;
    size_t end = std::min(text.find_first_of(" \t", begin), text.size());
    out.emplace_back(text.substr(begin, end - begin));
    at = end;
  }
  return out;
}

bool ShellForm(const std::vector<std::string>& argv) {
  return argv.size() == 3 && argv[0] == "/bin/sh" && argv[1] == "-c";
}

void AddOnce(std::vector<std::string>& list, const std::string& id) {
  for (const auto& item : list)
    if (item == id) return;
  list.push_back(id);
}

}  // namespace

bool CompiledDevRun(const std::vector<std::string>& before, const std::vector<std::string>& after) {
  std::vector<std::string> old_words = before, new_words = after;
  if (ShellForm(before) != ShellForm(after)) return false;
  if (ShellForm(before)) {
    old_words = Words(before[2]);
    new_words = Words(after[2]);
  }
  size_t assignments = 0;
  while (assignments < old_words.size() && old_words[assignments].find('=') != std::string::npos &&
         !old_words[assignments].starts_with("-"))
    ++assignments;
  if (new_words.size() <= assignments || !std::equal(old_words.begin(), old_words.begin() + assignments, new_words.begin()))
    return false;
  std::vector<std::string> go(old_words.begin() + assignments, old_words.end());
  std::optional<analysis::GoRun> run = analysis::ReadGoRun(go);
  std::optional<analysis::CargoRun> cargo = run ? std::nullopt : analysis::ReadCargoRun(go);
  if (!(run && run->blocker.empty()) && !(cargo && cargo->blocker.empty())) return false;
  const std::vector<std::string>& args = run ? run->args : cargo->args;
  if (!new_words[assignments].starts_with("/")) return false;
  return std::equal(args.begin(), args.end(), new_words.begin() + assignments + 1, new_words.end());
}

AllowedChanges AllowedBy(const std::vector<std::string>& ids, const std::vector<std::string>& names) {
  AllowedChanges allowed;
  for (size_t i = 0; i < ids.size(); ++i) {
    const std::string& id = ids[i];
    const std::string name = i < names.size() ? names[i] : "";
    for (const auto& effect : kEffects) {
      if (id != effect.rule_id && id != effect.name && name != effect.name) continue;
      allowed.user |= effect.user;
      allowed.base_env |= effect.base_env;
      allowed.compiled_dev_run |= std::string_view(effect.rule_id) == "DF202";
      if (effect.user) AddOnce(allowed.user_because, id);
      if (effect.base_env) AddOnce(allowed.env_because, id);
    }
  }
  return allowed;
}

}  // namespace dockopt::verify
