// Loads a .dockopt.toml with toml++ (Debian's libtomlplusplus-dev), checking every key and value.
#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <toml++/toml.h>

#include "config/config.h"

namespace dockopt::config {
namespace {

// A failed check: where (toml++'s 1-based line and column) and what.
struct Problem {
  toml::source_position at;
  std::string message;
};

class Loader {
 public:
  Loader(const std::vector<std::string_view>& known_rules) : known_rules_(known_rules) {}

  // The top level, or one [[overrides]] entry's table when `in_override`.
  std::optional<Problem> ReadSettings(const toml::table& table, bool in_override, Settings& out, File* file) {
    for (auto&& [key, node] : table) {
      std::string_view name = key.str();
      std::optional<Problem> problem;
      if (name == "select" || name == "ignore") problem = RuleList(node, name == "select" ? out.select : out.ignore);
      else if (name == "unsafe") problem = Bool(node, out.unsafe);
      else if (name == "severity") problem = Severity(node, out.severity);
      else if (name == "rules") problem = Rules(node, out);
      else if (name == "overrides" && !in_override && file != nullptr) problem = Overrides(node, *file);
      else if (name == "paths" && in_override) continue;  // read by Overrides
      else problem = Problem{key.source().begin, fmt::format("unknown key '{}' (expected one of: {})", name, ExpectedKeys(in_override))};
      if (problem) return problem;
    }
    return std::nullopt;
  }

 private:
  static std::string_view ExpectedKeys(bool in_override) {
    return in_override ? "select, ignore, unsafe, severity, rules, paths"
                       : "select, ignore, unsafe, severity, rules, overrides";
  }

  bool Known(std::string_view id) const {
    return std::find(known_rules_.begin(), known_rules_.end(), id) != known_rules_.end();
  }

  std::optional<Problem> RuleId(const toml::node& node, std::string_view id) const {
    if (Known(id)) return std::nullopt;
    return Problem{node.source().begin, fmt::format("unknown rule '{}' (see 'dockopt rules')", id)};
  }

  std::optional<Problem> RuleList(const toml::node& node, std::optional<std::vector<std::string>>& out) const {
    const toml::array* array = node.as_array();
    if (array == nullptr) return Problem{node.source().begin, "expected an array of rule IDs, like [\"DF101\"]"};
    std::vector<std::string> ids;
    for (const toml::node& item : *array) {
      std::optional<std::string> id = item.value<std::string>();
      if (!id) return Problem{item.source().begin, "expected a rule ID string, like \"DF101\""};
      if (auto problem = RuleId(item, *id)) return problem;
      ids.push_back(*id);
    }
    out = std::move(ids);
    return std::nullopt;
  }

  static std::optional<Problem> Bool(const toml::node& node, std::optional<bool>& out) {
    if (!node.is_boolean()) return Problem{node.source().begin, "expected true or false"};
    out = node.value<bool>();
    return std::nullopt;
  }

  std::optional<Problem> Severity(const toml::node& node, std::map<std::string, std::string>& out) const {
    const toml::table* table = node.as_table();
    if (table == nullptr) return Problem{node.source().begin, "expected a table of rule ID = \"info\"|\"warning\"|\"error\""};
    for (auto&& [key, value] : *table) {
      if (!Known(key.str()))
        return Problem{key.source().begin, fmt::format("unknown rule '{}' (see 'dockopt rules')", key.str())};
      std::optional<std::string> level = value.value<std::string>();
      if (!level || (*level != "info" && *level != "warning" && *level != "error"))
        return Problem{value.source().begin, "expected \"info\", \"warning\" or \"error\""};
      out[std::string(key.str())] = *level;
    }
    return std::nullopt;
  }

  // [rules.DF301] user/uid and [rules.DF202] base-images: the per-rule options.
  std::optional<Problem> Rules(const toml::node& node, Settings& out) const {
    const toml::table* rules = node.as_table();
    if (rules == nullptr) return Problem{node.source().begin, "expected a table of per-rule options"};
    for (auto&& [key, value] : *rules) {
      std::string_view id = key.str();
      const toml::table* options = value.as_table();
      if (id != "DF301" && id != "DF202")
        return Problem{key.source().begin, fmt::format("no options for '{}' (rules with options: DF202, DF301)", id)};
      if (options == nullptr) return Problem{value.source().begin, "expected a table of options"};
      for (auto&& [option, setting] : *options) {
        std::optional<Problem> problem;
        if (id == "DF301" && option.str() == "user") problem = UserName(setting, out.user_name);
        else if (id == "DF301" && option.str() == "uid") problem = Uid(setting, out.user_uid);
        else if (id == "DF202" && option.str() == "base-images") problem = BaseImages(setting, out.base_images);
        else
          problem = Problem{option.source().begin,
                            fmt::format("unknown option '{}' for {} (expected: {})", option.str(), id,
                                        id == "DF301" ? "user, uid" : "base-images")};
        if (problem) return problem;
      }
    }
    return std::nullopt;
  }

  static std::optional<Problem> UserName(const toml::node& node, std::optional<std::string>& out) {
    std::optional<std::string> name = node.value<std::string>();
    bool valid = name && !name->empty() && name->size() <= 32 && name->front() != '-' &&
                 std::all_of(name->begin(), name->end(), [](char c) {
                   return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
                 });
    if (!valid) return Problem{node.source().begin, "expected a user name (letters, digits, '_', '-', '.')"};
    out = name;
    return std::nullopt;
  }

  static std::optional<Problem> Uid(const toml::node& node, std::optional<uint32_t>& out) {
    std::optional<int64_t> uid = node.value_exact<int64_t>();
    if (!uid || *uid < 1 || *uid > 2147483647)
      return Problem{node.source().begin, "expected a non-root uid: an integer from 1 to 2147483647"};
    out = static_cast<uint32_t>(*uid);
    return std::nullopt;
  }

  static std::optional<Problem> BaseImages(const toml::node& node, std::map<std::string, std::string>& out) {
    const toml::table* table = node.as_table();
    if (table == nullptr) return Problem{node.source().begin, "expected a table of \"image\" = \"replacement image\""};
    for (auto&& [image, replacement] : *table) {
      std::optional<std::string> to = replacement.value<std::string>();
      if (!to || to->empty()) return Problem{replacement.source().begin, "expected an image name string"};
      out[std::string(image.str())] = *to;
    }
    return std::nullopt;
  }

  std::optional<Problem> Overrides(const toml::node& node, File& file) {
    const toml::array* array = node.as_array();
    if (array == nullptr || !array->is_array_of_tables())
      return Problem{node.source().begin, "expected [[overrides]] tables"};
    for (const toml::node& entry : *array) {
      const toml::table& table = *entry.as_table();
      Override override;
      const toml::node* paths = table.get("paths");
      if (paths == nullptr) return Problem{entry.source().begin, "an [[overrides]] entry needs 'paths'"};
      const toml::array* globs = paths->as_array();
      if (globs == nullptr || globs->empty()) return Problem{paths->source().begin, "expected an array of path globs"};
      for (const toml::node& glob : *globs) {
        std::optional<std::string> text = glob.value<std::string>();
        if (!text || text->empty()) return Problem{glob.source().begin, "expected a path glob string"};
        override.paths.push_back(*text);
      }
      if (auto problem = ReadSettings(table, true, override.settings, nullptr)) return problem;
      file.overrides.push_back(std::move(override));
    }
    return std::nullopt;
  }

  const std::vector<std::string_view>& known_rules_;
};

Diagnostic At(const SourceBuffer& source, toml::source_position at, std::string message) {
  uint32_t line = std::clamp<uint32_t>(at.line, 1, source.LineCount());
  uint32_t offset = source.LineStart(line) + (at.column > 0 ? at.column - 1 : 0);
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(source.text().size()));
  return {Severity::kError, {offset, offset}, std::move(message)};
}

}  // namespace

std::optional<Diagnostic> Load(const SourceBuffer& source, const std::vector<std::string_view>& known_rules,
                               File& out) {
  out.path = source.path();
  toml::table table;
  try {
    table = toml::parse(source.text(), source.path());
  } catch (const toml::parse_error& error) {
    std::string message(error.description());  // "Error while parsing ...": our messages are lowercase
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    return At(source, error.source().begin, std::move(message));
  }
  Loader loader(known_rules);
  if (std::optional<Problem> problem = loader.ReadSettings(table, false, out.settings, &out))
    return At(source, problem->at, std::move(problem->message));
  return std::nullopt;
}

}  // namespace dockopt::config
