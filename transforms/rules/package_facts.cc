// Shared facts for the package-manager cache rules.
#include "transforms/rules/package_facts.h"

#include <algorithm>
#include <cctype>


namespace dockopt {
namespace {

std::string Unquote(std::string_view value) {
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
    value = value.substr(1, value.size() - 2);
  return std::string(value);
}

}  // namespace

const RuleContext::ScriptList& RunScripts(RuleContext& context, const ir::Instruction& run) {
  return context.RunScriptsOf(run);
}

namespace {

// True when `match` holds for a field ("type=cache", "target=/root/.cache") of a --mount of `run`.
template <typename Match>
bool AnyMountField(const ir::Instruction& run, Match match) {
  for (const ir::Flag& flag : run.flags) {
    if (flag.name != "mount") continue;
    std::string_view value = flag.value;
    while (!value.empty()) {
      size_t comma = value.find(',');
      if (match(value.substr(0, comma))) return true;
      if (comma == std::string_view::npos) break;
      value.remove_prefix(comma + 1);
    }
  }
  return false;
}

}  // namespace

bool HasCacheMount(const ir::Instruction& run) {
  return AnyMountField(run, [](std::string_view field) { return field == "type=cache"; });
}

std::vector<std::string_view> MountTargets(const ir::Instruction& run) {
  std::vector<std::string_view> targets;
  AnyMountField(run, [&](std::string_view field) {
    for (std::string_view key : {"target=", "dst=", "destination="}) {
      if (!field.starts_with(key)) continue;
      std::string_view target = field.substr(key.size());
      while (target.size() > 1 && target.back() == '/') target.remove_suffix(1);
      targets.push_back(target);
    }
    return false;
  });
  return targets;
}

bool MountCovers(const ir::Instruction& run, std::string_view path) {
  for (std::string_view target : MountTargets(run))
    if (path == target || (path.starts_with(target) && (target == "/" || path[target.size()] == '/'))) return true;
  return false;
}

void ForEachUncachedRunScript(RuleContext& context,
                              void (*check)(RuleContext& context, size_t index, const shell::Script& script)) {
  const ir::Dockerfile& df = context.dockerfile();
  for (size_t i = 0; i < df.instructions.size(); ++i) {
    const ir::Instruction& run = df.instructions[i];
    if (run.kind != ir::InstructionKind::kRun || HasCacheMount(run)) continue;
    for (const shell::Script& script : RunScripts(context, run)) check(context, i, script);
  }
}

std::vector<int> StageChain(const ir::Dockerfile& df, size_t index) {
  std::vector<int> chain;
  int stage = df.instructions[index].stage;
  while (stage >= 0 && std::find(chain.begin(), chain.end(), stage) == chain.end()) {
    chain.push_back(stage);
    int parent = df.FindStage(df.stages[static_cast<size_t>(stage)].base);
    if (parent >= stage) break;  // a stage can only be built from an earlier one
    stage = parent;
  }
  return chain;
}

std::optional<std::string> StageVariable(const ir::Dockerfile& df, size_t index, std::string_view name) {
  // The last assignment wins: the one before `index` in the own stage, else the last one in the nearest
  // stage of the chain that has one.
  for (int stage : StageChain(df, index)) {
    const auto& assignments = df.stages[static_cast<size_t>(stage)].assignments;
    auto found = assignments.find(name);
    if (found == assignments.end()) continue;
    const std::vector<size_t>& at = found->second;
    auto end = stage == df.instructions[index].stage ? std::lower_bound(at.begin(), at.end(), index) : at.end();
    if (end == at.begin()) continue;
    const ir::Instruction& inst = df.instructions[*(end - 1)];
    const std::vector<std::string>& args = inst.node_args;
    std::optional<std::string> value;
    if (inst.kind == ir::InstructionKind::kEnv) {
      for (size_t k = 0; k + 1 < args.size(); k += 3)
        if (args[k] == name) value = Unquote(args[k + 1]);
    } else {
      for (const std::string& word : args) {
        size_t eq = word.find('=');
        if (eq != std::string::npos && std::string_view(word).substr(0, eq) == name)
          value = Unquote(std::string_view(word).substr(eq + 1));
      }
    }
    return value;
  }
  return std::nullopt;
}

namespace {

std::optional<std::string> ExpandEnv(const ir::Dockerfile& df, size_t index, std::string_view word, int depth) {
  std::string out;
  for (size_t at = 0; at < word.size();) {
    if (word[at] != '$') {
      out.push_back(word[at++]);
      continue;
    }
    const bool braced = at + 1 < word.size() && word[at + 1] == '{';
    size_t begin = at + (braced ? 2 : 1), end = begin;
    while (end < word.size() && (std::isalnum(static_cast<unsigned char>(word[end])) || word[end] == '_')) ++end;
    if (end == begin || (braced && (end >= word.size() || word[end] != '}'))) return std::nullopt;  // ${X:-y}, $1
    const std::string_view name = word.substr(begin, end - begin);
    std::optional<std::string> value = StageVariable(df, index, name);
    // A value with a space or quote would not stay one word where a rule writes it back.
    if (!value || value->find_first_of(" \t\"'\\") != std::string::npos) return std::nullopt;
    // StageVariable reads ENV and ARG alike: the value counts only if the last assignment is an ENV.
    bool from_env = false;
    size_t env_at = 0;
    for (int stage : StageChain(df, index)) {
      const auto& assignments = df.stages[static_cast<size_t>(stage)].assignments;
      auto found = assignments.find(name);
      if (found == assignments.end()) continue;
      auto last = stage == df.instructions[index].stage ? std::lower_bound(found->second.begin(), found->second.end(), index)
                                                        : found->second.end();
      if (last == found->second.begin()) continue;
      from_env = df.instructions[*(last - 1)].kind == ir::InstructionKind::kEnv;
      env_at = *(last - 1);
      break;
    }
    if (!from_env) return std::nullopt;
    // `ENV BUILD_DIR ${GOPATH}/src/${PACKAGE}`: its variables as the ENV itself saw them, literal ENVs too.
    if (value->find('$') != std::string::npos) {
      if (depth >= 8) return std::nullopt;
      value = ExpandEnv(df, env_at, *value, depth + 1);
      if (!value) return std::nullopt;
    }
    out += *value;
    at = end + (braced ? 1 : 0);
  }
  return out;
}

}  // namespace

std::optional<std::string> ExpandLiteralEnv(const ir::Dockerfile& df, size_t index, std::string_view word) {
  return ExpandEnv(df, index, word, 0);
}

bool StageSetsEnvPrefix(const ir::Dockerfile& df, size_t index, std::string_view prefix) {
  for (int stage : StageChain(df, index)) {
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kEnv) continue;
      for (size_t k = 0; k < inst.node_args.size(); k += 3)
        if (inst.node_args[k].starts_with(prefix)) return true;
    }
  }
  return false;
}

std::optional<std::string> CommandVariable(const shell::Command& command, const shell::ToolCall& call,
                                           std::string_view name) {
  std::optional<std::string> value;
  auto read = [&](const shell::Word& word) {
    size_t eq = word.value.find('=');
    if (eq != std::string::npos && std::string_view(word.value).substr(0, eq) == name) value = word.value.substr(eq + 1);
  };
  for (const shell::Word& word : command.env) read(word);
  for (size_t w : call.env_words)
    if (w < command.words.size()) read(command.words[w]);
  return value;
}

bool RemovesUnder(const shell::ToolCall& call, std::string_view path) {
  if (call.tool != "rm") return false;
  for (const shell::Operand& operand : call.operands)
    if (IsUnder(operand.value, path)) return true;
  return false;
}

bool IsUnder(std::string_view value, std::string_view path) {
  return value.starts_with(path) && (value.size() == path.size() || value[path.size()] == '/');
}

}  // namespace dockopt
