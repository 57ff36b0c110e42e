// DumpTree: a compact outline of a script's command tree, for golden tests and debugging.
#pragma once

#include <string>

#include "shell/script.h"

namespace dockopt::shell {

/// One line per command and per nested part, indented by depth:
///   `&& simple: apt-get install -y curl  [cond loop fn sub pipe] tool=apt-get:install`
///   `if` / `  then:` / `case` / `  arm *|amd64:` / `unparsed: <text>`
/// Simple commands show their words' raw text, their redirects and the walker's context flags.
std::string DumpTree(const Script& script);

}  // namespace dockopt::shell
