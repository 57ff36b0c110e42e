// The context root's .gitignore, read closely enough to tell committed files from local ones: a
// build output or database that git does not ignore is committed, so the project ships it.
#pragma once

#include <optional>
#include <string>

#include "context/matcher.h"

namespace dockopt::context {

/// A matcher for `dir`/.gitignore (nullopt when there is none or it cannot be read as patterns).
/// Git's rules in the ignore-file syntax: a pattern with no inner '/' matches at any depth
/// ("**/p"), a leading '/' anchors it, a trailing '/' is dropped (directories and their contents
/// match the same here), '!' re-includes. Nested .gitignore files are not read: a path they would
/// ignore counts as committed, which only keeps more.
std::optional<PatternMatcher> LoadGitIgnore(const std::string& dir);

}  // namespace dockopt::context
