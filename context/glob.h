// Go's filepath.Match on '/'-separated paths: COPY source globbing and ignore-pattern validation.
#pragma once

#include <string_view>

namespace dockopt::context {

enum class GlobResult { kNoMatch, kMatch, kBadPattern };

/// Reports whether `name` matches the shell pattern `pattern` exactly as Go's filepath.Match does on
/// Linux: `*` and `?` never match '/', `[...]`/`[^...]` classes with ranges, `\` escapes. Like Go, it
/// reports kBadPattern for a malformed pattern even when the name fails to match early.
GlobResult GlobMatch(std::string_view pattern, std::string_view name);

/// True if `text` holds a glob metacharacter (`*`, `?`, `[`, `\`).
bool HasGlobMeta(std::string_view text);

}  // namespace dockopt::context
