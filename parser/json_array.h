// Exec form: reads `["a", "b"]` the way BuildKit's parseJSON (Go's encoding/json) does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dockopt {

enum class JsonArrayKind {
  kStrings,     // a JSON array of strings: exec form
  kNotStrings,  // valid JSON, but not an array of strings: BuildKit reports an error
  kInvalid,     // not valid JSON: BuildKit falls back to shell form
};

/// Classifies `text` (already trimmed, starting with '['); on kStrings fills `elements`
/// with the decoded strings (invalid UTF-8 and lone surrogates become U+FFFD, as in Go).
JsonArrayKind ParseJsonArray(std::string_view text, std::vector<std::string>& elements);

/// Go's json.Valid with its nesting limit of 10000: true if `text` is one JSON value.
bool IsValidJson(std::string_view text);

}  // namespace dockopt
