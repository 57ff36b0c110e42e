// RunFlowMemo: keys spell out every field of the shell state a RUN's walk reads.
#include "analysis/flow_memo.h"

#include <cstdint>

namespace dockopt::analysis {
namespace {

// Each field is its length then its bytes, so that two different states never spell the same key.
void Field(std::string& key, std::string_view value) {
  const auto size = static_cast<uint32_t>(value.size());
  key.append(reinterpret_cast<const char*>(&size), sizeof size);
  key += value;
}

void Map(std::string& key, const std::map<std::string, std::string>& map) {
  Field(key, std::to_string(map.size()));
  for (const auto& [name, value] : map) {
    Field(key, name);
    Field(key, value);
  }
}

}  // namespace

std::string RunFlowMemo::Key(char escape, std::string_view text, const ShellState& state) {
  std::string key;
  key.reserve(text.size() + 256);
  key += escape;
  Field(key, text);
  Field(key, state.cwd);
  Field(key, state.oldpwd);
  Field(key, std::to_string(state.dirs.size()));
  for (const std::string& dir : state.dirs) Field(key, dir);
  Map(key, state.downloads);
  Map(key, state.vars);
  Field(key, state.home);
  Field(key, state.context_root);
  Map(key, state.context_files);
  Field(key, state.image);
  return key;
}

const RunFlow* RunFlowMemo::Find(const std::string& key) const {
  auto it = kept_.find(key);
  return it == kept_.end() ? nullptr : &it->second;
}

void RunFlowMemo::Keep(std::string key, RunFlow flow) { kept_.insert_or_assign(std::move(key), std::move(flow)); }

}  // namespace dockopt::analysis
