// SharedArgs: argument lists interned by their items.
#include "parser/shared_args.h"

#include <functional>
#include <string_view>
#include <vector>

namespace dockopt {
namespace {

size_t Hash(const std::vector<std::string>& items) {
  size_t hash = items.size();
  for (const std::string& item : items)  // boost::hash_combine's mix
    hash ^= std::hash<std::string_view>()(item) + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
  return hash;
}

}  // namespace

void SharedArgs::Share(SharedList<std::string>& list) {
  if (list.empty()) return;
  SharedList<std::string>& slot = recent_[Hash(list.items()) % kSlots];
  if (slot == list) list = slot;
  else slot = list;
}

void SharedArgs::Share(ir::Instruction& instruction) {
  Share(instruction.node_args);
  Share(instruction.exec_args);
}

}  // namespace dockopt
