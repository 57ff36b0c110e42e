// CommandNamesFileUnder (see context_migration_named.h).
#include "cli/context_migration_named.h"

#include <string_view>

#include "context/context_files.h"

namespace dockopt::cli {
namespace {

// Characters that may stand before a relative path in a command: a word start, a quote, `=`, `(`.
bool PathStart(char c) { return std::string_view(" \t\n'\"=(;&|,[").find(c) != std::string_view::npos; }
bool PathEnd(char c) { return std::string_view(" \t\n'\"`;&|),]").find(c) != std::string_view::npos; }

}  // namespace

std::optional<std::string> CommandNamesFileUnder(const ir::Dockerfile& dockerfile, const std::string& context_dir,
                                                 const std::string& dir) {
  const context::ContextFiles files(context_dir);
  const std::string prefix = dir + "/";
  for (const ir::Instruction& inst : dockerfile.instructions) {
    if (inst.kind != ir::InstructionKind::kRun && inst.kind != ir::InstructionKind::kCmd &&
        inst.kind != ir::InstructionKind::kEntrypoint)
      continue;
    const std::string_view text = inst.logical;
    for (size_t at = text.find(prefix); at != std::string_view::npos; at = text.find(prefix, at + 1)) {
      size_t start = at;
      if (start >= 2 && text.substr(start - 2, 2) == "./") start -= 2;  // ./build/ci.go
      if (start > 0 && !PathStart(text[start - 1])) continue;          // /go-ethereum/build/bin: an image path
      size_t end = at + prefix.size();
      while (end < text.size() && !PathEnd(text[end])) ++end;
      const std::string path(text.substr(at, end - at));
      if (path.size() > prefix.size() && path.find_first_of("$*?") == std::string::npos && files.IsFile(path))
        return path;
    }
  }
  return std::nullopt;
}

}  // namespace dockopt::cli
