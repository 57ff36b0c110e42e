// UTF-8 decoding the way Go does it: an invalid byte reads as U+FFFD and advances one byte.
#pragma once

#include <string>
#include <string_view>

namespace dockopt::context {

inline constexpr char32_t kRuneError = 0xFFFD;

struct DecodedRune {
  char32_t rune = kRuneError;
  size_t size = 0;  // bytes consumed; 0 only for empty input
};

/// Decodes the first rune of `text`.
DecodedRune DecodeRune(std::string_view text);

/// Decodes all of `text` into runes.
std::u32string DecodeUtf8(std::string_view text);

/// Appends `rune` encoded as UTF-8.
void AppendUtf8(std::string& out, char32_t rune);

}  // namespace dockopt::context
