#include "context/find_by_name.h"

#include <algorithm>
#include <array>

namespace dockopt::context {
namespace {

// Folders that hold other projects' files, never the project's own scripts.
constexpr std::array<std::string_view, 6> kSkipped = {"node_modules", "vendor", ".git", ".venv", "bower_components", "__pycache__"};

std::string_view NameOf(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::optional<std::string> UniqueFileNamed(const ContextFiles& files, std::string_view name, size_t max_entries) {
  std::optional<std::string> found;
  size_t seen = 0;
  bool ambiguous = false;
  files.Walk([&](const std::string& path, bool directory) {
    if (++seen > max_entries) {
      ambiguous = true;
      return ContextFiles::Step::kStop;
    }
    std::string_view entry = NameOf(path);
    if (directory)
      return std::find(kSkipped.begin(), kSkipped.end(), entry) != kSkipped.end() ? ContextFiles::Step::kSkip
                                                                                 : ContextFiles::Step::kContinue;
    if (entry != name || !files.IsFile(path)) return ContextFiles::Step::kContinue;
    if (found) {
      ambiguous = true;
      return ContextFiles::Step::kStop;
    }
    found = path;
    return ContextFiles::Step::kContinue;
  });
  if (ambiguous) return std::nullopt;
  return found;
}

}  // namespace dockopt::context
