// Byte sizes: parsing "10MB"/"500k"/"1G" and printing "312.5 MiB".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dockopt::context {

/// Parses a size: a number (decimals allowed) and an optional unit: B, K/KB/KiB, M/MB/MiB, G/GB/GiB,
/// T/TB/TiB, any case. Units are powers of 1024, as `du -h` prints them. nullopt if malformed.
std::optional<uint64_t> ParseSize(std::string_view text);

/// "0 B", "512 B", "1.5 KiB", "312.5 MiB", "1.2 GiB".
std::string FormatSize(uint64_t bytes);

}  // namespace dockopt::context
