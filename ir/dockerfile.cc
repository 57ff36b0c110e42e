// Dockerfile lookups.
#include "ir/dockerfile.h"

namespace dockopt::ir {

int Dockerfile::FindStage(std::string_view name) const {
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  std::string wanted = lower(name);
  for (size_t i = 0; i < stages.size(); ++i)
    if (!stages[i].name.empty() && lower(stages[i].name) == wanted) return static_cast<int>(i);
  return -1;
}

}  // namespace dockopt::ir
