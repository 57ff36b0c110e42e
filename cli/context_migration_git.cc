// ReadsGitMetadata (see context_migration_git.h).
#include "cli/context_migration_git.h"

#include <fmt/core.h>

#include <array>
#include <string_view>

#include "context/context_files.h"

namespace dockopt::cli {
namespace {

// git subcommands that read the repository's history or refs (not clone, config or init).
constexpr std::array<std::string_view, 8> kReads = {"git describe", "git rev-parse", "git log",    "git rev-list",
                                                    "git show",     "git symbolic-ref", "git status", "git tag"};

std::optional<std::string_view> GitRead(std::string_view text) {
  for (std::string_view read : kReads)
    if (text.find(read) != std::string_view::npos) return read;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> ReadsGitMetadata(const ir::Dockerfile& dockerfile, const std::string& context_dir) {
  bool runs_make = false;
  for (const ir::Instruction& inst : dockerfile.instructions) {
    if (inst.kind != ir::InstructionKind::kRun) continue;
    if (std::optional<std::string_view> read = GitRead(inst.logical))
      return fmt::format("a RUN runs '{}'", *read);
    runs_make |= inst.logical.find("make") != std::string_view::npos;
  }
  if (!runs_make) return std::nullopt;
  const context::ContextFiles files(context_dir);
  for (const char* makefile : {"Makefile", "GNUmakefile", "makefile"})
    if (std::optional<std::string> text = files.Read(makefile, 1 << 20))
      if (std::optional<std::string_view> read = GitRead(*text))
        return fmt::format("'{}', which a RUN's make runs, runs '{}'", makefile, *read);
  return std::nullopt;
}

}  // namespace dockopt::cli
