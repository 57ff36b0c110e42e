// Lexical path helpers with Go's path/filepath semantics on '/'-separated paths.
#pragma once

#include <string>
#include <string_view>

namespace dockopt::context {

/// filepath.Clean: collapses "//", removes "." elements, resolves ".." lexically; "" becomes ".".
std::string CleanPath(std::string_view path);

/// strings.TrimSpace for the ASCII whitespace Go trims (space, \t, \n, \v, \f, \r).
std::string_view TrimSpace(std::string_view text);

}  // namespace dockopt::context
