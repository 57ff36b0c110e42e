// TextArena: stable storage for the strings the IR views, packed into large blocks.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

namespace dockopt::ir {

/// Copies strings into blocks that never move, so views stay valid as long as the arena (or a copy
/// of it: copies share the blocks) lives. One heap block per 64 KiB instead of a string per copy.
class TextArena {
 public:
  std::string_view Store(std::string_view text);

 private:
  static constexpr size_t kBlockBytes = 64 * 1024;
  std::vector<std::shared_ptr<char[]>> blocks_;
  size_t used_ = 0;      // bytes used in blocks_.back()
  size_t capacity_ = 0;  // size of blocks_.back()
};

}  // namespace dockopt::ir
