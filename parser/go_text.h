// Go string semantics BuildKit relies on: unicode.IsSpace, TrimSpace, strconv.Quote, UTF-8 decoding.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dockopt::go {

/// Decodes one UTF-8 rune at s[pos]; invalid bytes decode as U+FFFD with width 1, like Go.
char32_t DecodeRune(std::string_view s, size_t pos, size_t& width);
void AppendRune(std::string& out, char32_t rune);

/// unicode.IsSpace.
bool IsSpace(char32_t rune);
/// unicode.IsSpace applied to one byte taken as a rune (BuildKit's flag reader does this).
inline bool IsSpaceByte(unsigned char c) { return IsSpace(c); }

/// bytes.TrimLeftFunc(s, unicode.IsSpace): the number of leading bytes that are space runes.
size_t LeadingSpace(std::string_view s);
/// strings.TrimSpace.
std::string_view TrimSpace(std::string_view s);
/// True for the bytes of the regexp `[\t\v\f\r ]` BuildKit splits arguments on.
inline bool IsSplitBlank(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r'; }

/// strconv.Quote.
std::string Quote(std::string_view s);
/// Replaces every invalid UTF-8 byte with U+FFFD, as Go's decoders do.
std::string ValidUtf8(std::string_view s);
/// True if `s` is valid UTF-8; else `bad` is the offset of the first invalid byte.
bool IsValidUtf8(std::string_view s, size_t& bad);

}  // namespace dockopt::go
