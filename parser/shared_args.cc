// SharedArgs: argument lists interned by their items.
#include "parser/shared_args.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace dockopt {
namespace {

// Cheap: a list's size, its items' sizes and their first and last 8 bytes. A collision only costs a
// comparison that fails (and the older list's slot).
size_t Hash(const std::vector<std::string>& items) {
  size_t hash = items.size();
  auto mix = [&hash](uint64_t value) { hash = (hash ^ value) * 0x100000001b3ULL; };
  for (const std::string& item : items) {
    mix(item.size());
    uint64_t head = 0;
    uint64_t tail = 0;
    const size_t n = std::min<size_t>(item.size(), 8);
    std::memcpy(&head, item.data(), n);
    std::memcpy(&tail, item.data() + item.size() - n, n);
    mix(head);
    mix(tail);
  }
  return hash ^ (hash >> 29);
}

}  // namespace

void SharedArgs::Share(SharedList<std::string>& list) {
  if (list.empty()) return;
  if (!recent_) recent_ = std::make_unique<std::array<SharedList<std::string>, kSlots>>();
  SharedList<std::string>& slot = (*recent_)[Hash(list.items()) % kSlots];
  if (slot == list) list = slot;
  else slot = list;
}

void SharedArgs::Share(ir::Instruction& instruction) {
  Share(instruction.node_args);
  Share(instruction.exec_args);
}

}  // namespace dockopt
