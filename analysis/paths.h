// Container paths as the flow model keeps them: absolute, normalized, with variables expanded.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace dockopt::analysis {

/// `path` resolved against `cwd` ("/" when empty) with ".", ".." and repeated slashes removed and
/// no trailing slash: Join("/app", "./dist/") == "/app/dist".
std::string Join(std::string_view cwd, std::string_view path);

/// True when `path` is `dir` or lies inside it ("/app/x" is under "/app"; "/apple" is not).
bool IsUnder(std::string_view path, std::string_view dir);

/// `text` with $NAME and ${NAME} replaced from `vars`, and of a known NAME ${NAME%GLOB}, %%, #, ## and
/// ${NAME:-WORD}, -, :+, +; nullopt when a variable is unknown or the text holds a command
/// substitution or another ${...} form.
std::optional<std::string> Expand(std::string_view text, const std::map<std::string, std::string>& vars);

/// Expand, with each variable's value from `lookup` (nullptr: unknown), so that callers with
/// defaults need not copy their variables into a map.
std::optional<std::string> ExpandWith(std::string_view text,
                                      const std::function<const std::string*(const std::string&)>& lookup);

/// True when the path holds a glob character.
bool HasGlob(std::string_view path);

}  // namespace dockopt::analysis
