// ScriptMemo: scripts keyed by instruction text, rebased to where the instruction is now.
#include "transforms/script_memo.h"

#include "shell/rebase.h"

namespace dockopt {

std::string ScriptMemo::Key(const ir::Dockerfile& dockerfile, const ir::Instruction& instruction) {
  std::string_view text = dockerfile.Text(instruction.span);
  std::string key;
  key.reserve(text.size() + 1);
  key += dockerfile.escape;
  key += text;
  return key;
}

std::optional<shell::Script> ScriptMemo::Take(const ir::Dockerfile& dockerfile, const ir::Instruction& instruction) {
  if (kept_.empty()) return std::nullopt;
  auto it = kept_.find(Key(dockerfile, instruction));
  if (it == kept_.end() || it->second.empty()) return std::nullopt;
  Kept kept = std::move(it->second.back());
  it->second.pop_back();
  shell::Rebase(kept.script, static_cast<int64_t>(instruction.span.begin) - static_cast<int64_t>(kept.offset));
  return std::move(kept.script);
}

void ScriptMemo::Keep(const ir::Dockerfile& dockerfile, const ir::Instruction& instruction, shell::Script&& script) {
  kept_[Key(dockerfile, instruction)].push_back({instruction.span.begin, std::move(script)});
}

}  // namespace dockopt
