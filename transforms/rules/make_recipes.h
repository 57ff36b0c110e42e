// What a `make` command runs: the recipe lines of the targets it names, read from the Makefile in the
// build context, so that a rule can tell which toolchain a `make` build drives.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "context/context_files.h"

namespace dockopt {

/// The recipe text (variables expanded, one line each) that `make TARGETS` runs from the Makefile
/// (GNUmakefile, makefile) in `dir` of the context: the named targets, or the first one when none is
/// named, and their prerequisites. nullopt when no Makefile can be read or a target has no rule.
std::optional<std::string> MakeRecipes(const context::ContextFiles& files, std::string_view dir,
                                       const std::vector<std::string>& targets);

/// Whether `text` runs `tool` as a command word: "go" in "$(shell which go) build", "cd ui && go vet".
bool RunsTool(std::string_view text, std::string_view tool);

}  // namespace dockopt
