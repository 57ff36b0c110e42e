// RunFlowMemo: keys spell out every field of the shell state a RUN's walk reads (long ones as a SHA-1 digest).
#include "analysis/flow_memo.h"

#include <boost/uuid/detail/sha1.hpp>

namespace dockopt::analysis {
namespace {

// Spells the key into `sink` (a callable taking a string_view): each field is its length then its
// bytes, so that two different states never spell the same key.
template <typename Sink>
void Spell(Sink&& sink, char escape, std::string_view text, const ShellState& state) {
  auto field = [&](std::string_view value) {
    const auto size = static_cast<uint32_t>(value.size());
    sink(std::string_view(reinterpret_cast<const char*>(&size), sizeof size));
    sink(value);
  };
  auto map = [&](const std::map<std::string, std::string>& values) {
    field(std::to_string(values.size()));
    for (const auto& [name, value] : values) {
      field(name);
      field(value);
    }
  };
  sink(std::string_view(&escape, 1));
  field(text);
  field(state.cwd);
  field(state.oldpwd);
  field(std::to_string(state.dirs.size()));
  for (const std::string& dir : state.dirs) field(dir);
  map(state.downloads);
  map(state.vars);
  field(state.home);
  field(state.context_root);
  map(state.context_files);
  field(state.image);
}

}  // namespace

std::optional<RunFlowMemo::Key> RunFlowMemo::KeyOf(char escape, std::string_view text, const ShellState& state) {
  size_t bytes = 0;
  Spell([&](std::string_view part) { bytes += part.size(); }, escape, text, state);
  if (bytes > kMaxKeyBytes) return std::nullopt;
  Key key;
  if (bytes <= kExactKeyBytes) {
    key.reserve(bytes);
    Spell([&](std::string_view part) { key += part; }, escape, text, state);
    return key;
  }
  boost::uuids::detail::sha1 sha1;
  Spell([&](std::string_view part) { sha1.process_bytes(part.data(), part.size()); }, escape, text, state);
  unsigned int digest[5];
  sha1.get_digest(digest);
  key += '\0';
  key.append(reinterpret_cast<const char*>(digest), sizeof digest);
  return key;
}

const RunFlow* RunFlowMemo::Find(const Key& key) const {
  auto it = kept_.find(key);
  return it == kept_.end() ? nullptr : &it->second;
}

void RunFlowMemo::Keep(Key key, RunFlow flow) { kept_.insert_or_assign(std::move(key), std::move(flow)); }

}  // namespace dockopt::analysis
