#include "analysis/tsv.h"

namespace dockopt::analysis {

std::vector<std::vector<std::string_view>> TsvRows(std::string_view text) {
  std::vector<std::vector<std::string_view>> rows;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields;
    while (true) {
      size_t tab = line.find('\t');
      std::string_view field = line.substr(0, tab);
      fields.push_back(field == "-" ? std::string_view() : field);
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

std::vector<std::string> Words(std::string_view field) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < field.size()) {
    size_t end = field.find(' ', i);
    if (end == std::string_view::npos) end = field.size();
    if (end > i) words.emplace_back(field.substr(i, end - i));
    i = end + 1;
  }
  return words;
}

}  // namespace dockopt::analysis
