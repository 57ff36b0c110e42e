// TextArena: bump allocation in 64 KiB blocks; a longer string gets a block of its own.
#include "ir/text_arena.h"

#include <algorithm>
#include <cstring>

namespace dockopt::ir {

std::string_view TextArena::Store(std::string_view text) {
  if (text.empty()) return {};
  if (blocks_.empty() || capacity_ - used_ < text.size()) {
    capacity_ = std::max(kBlockBytes, text.size());
    blocks_.push_back(std::shared_ptr<char[]>(new char[capacity_]));
    used_ = 0;
  }
  char* at = blocks_.back().get() + used_;
  std::memcpy(at, text.data(), text.size());
  used_ += text.size();
  return {at, text.size()};
}

}  // namespace dockopt::ir
