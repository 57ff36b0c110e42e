// ParseSize / FormatSize (see size.h).
#include "context/size.h"

#include <fmt/core.h>

#include <cctype>
#include <cmath>
#include <string>

namespace dockopt::context {

std::optional<uint64_t> ParseSize(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
  const std::string number(text.substr(0, i));
  if (number.empty() || number == "." || number.find('.') != number.rfind('.')) return std::nullopt;
  std::string unit;
  for (char c : text.substr(i)) unit.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (unit.ends_with("ib")) unit.erase(unit.size() - 2);
  else if (unit.size() == 2 && unit.back() == 'b') unit.pop_back();
  double scale = 1;
  if (unit.empty() || unit == "b") scale = 1;
  else if (unit == "k") scale = 1024.0;
  else if (unit == "m") scale = 1024.0 * 1024;
  else if (unit == "g") scale = 1024.0 * 1024 * 1024;
  else if (unit == "t") scale = 1024.0 * 1024 * 1024 * 1024;
  else return std::nullopt;
  const double value = std::stod(number) * scale;
  if (!std::isfinite(value) || value > 1.8e19) return std::nullopt;
  return static_cast<uint64_t>(std::llround(value));
}

std::string FormatSize(uint64_t bytes) {
  static constexpr const char* kUnits[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return fmt::format("{} B", bytes);
  double value = static_cast<double>(bytes);
  size_t unit = 0;
  while (value >= 1024 && unit + 1 < std::size(kUnits)) value /= 1024, ++unit;
  return fmt::format("{:.1f} {}", value, kUnits[unit]);
}

}  // namespace dockopt::context
