// Tab-separated data tables: one row a line, '#' lines and blank lines skipped, "-" for empty.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dockopt::analysis {

/// The rows of `text`, each split on tabs; a field "-" comes back empty.
std::vector<std::vector<std::string_view>> TsvRows(std::string_view text);

/// `field` split on spaces (empty words dropped).
std::vector<std::string> Words(std::string_view field);

}  // namespace dockopt::analysis
