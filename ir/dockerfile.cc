// Dockerfile lookups.
#include "ir/dockerfile.h"

#include <cctype>

namespace dockopt::ir {

int Dockerfile::FindStage(std::string_view name) const {
  auto same = [](std::string_view a, std::string_view b) {  // ASCII case-insensitive, as BuildKit's stage names
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
  };
  for (size_t i = 0; i < stages.size(); ++i)
    if (!stages[i].name.empty() && same(stages[i].name, name)) return static_cast<int>(i);
  return -1;
}

}  // namespace dockopt::ir
