// SharedArgs: argument lists interned by their items.
#include "parser/shared_args.h"

#include <functional>
#include <string_view>

namespace dockopt {

size_t SharedArgs::Hash::operator()(const SharedList<std::string>& list) const {
  size_t hash = list.size();
  for (const std::string& item : list)  // boost::hash_combine's mix
    hash ^= std::hash<std::string_view>()(item) + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
  return hash;
}

void SharedArgs::Share(SharedList<std::string>& list) {
  if (list.empty()) return;
  auto [kept, inserted] = seen_.insert(list);
  if (!inserted) list = *kept;
}

void SharedArgs::Share(ir::Instruction& instruction) {
  Share(instruction.node_args);
  Share(instruction.exec_args);
}

}  // namespace dockopt
