// ScriptMemo: scripts keyed by instruction text, rebased to where the instruction is now.
#include "transforms/script_memo.h"

#include <algorithm>

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

void ScriptMemo::ForgetTouched(const Edits& edits) {
  if (kept_.empty() || edits.empty()) return;
  std::vector<Span> spans;  // disjoint (the round's choice never overlaps), so sorted by begin and by end
  spans.reserve(edits.size());
  for (const Edit& edit : edits) spans.push_back(edit.span);
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
  // True when an edit touches [begin, end] (borders included: an insertion there may join the text).
  auto touched = [&](uint32_t begin, uint32_t end) {
    auto after = std::upper_bound(spans.begin(), spans.end(), end, [](uint32_t at, Span s) { return at < s.begin; });
    return after != spans.begin() && std::prev(after)->end >= begin;
  };
  for (auto it = kept_.begin(); it != kept_.end();) {
    const uint32_t length = static_cast<uint32_t>(it->first.size() - 1);  // the key is escape + text
    std::erase_if(it->second, [&](const Kept& kept) { return touched(kept.offset, kept.offset + length); });
    it = it->second.empty() ? kept_.erase(it) : std::next(it);
  }
}

}  // namespace dockopt
