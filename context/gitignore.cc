// GitIgnoreStack and GitIgnoredPaths (see gitignore.h).
#include "context/gitignore.h"

#include <fstream>
#include <optional>
#include <system_error>

#include "context/path_clean.h"

namespace dockopt::context {

bool GitIgnoreStack::ReadRule(std::string_view line, Rule& rule) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  while (!line.empty() && line.back() == ' ' && !(line.size() >= 2 && line[line.size() - 2] == '\\'))
    line.remove_suffix(1);  // trailing spaces, unless escaped
  if (line.empty() || line.front() == '#') return false;
  if (line.front() == '!') {
    rule.negated = true;
    line.remove_prefix(1);
  } else if (line.starts_with("\\!") || line.starts_with("\\#")) {
    line.remove_prefix(1);
  }
  if (!line.empty() && line.back() == '/') {
    rule.dir_only = true;
    line.remove_suffix(1);
  }
  rule.anchored = line.find('/') != std::string_view::npos;
  while (line.starts_with("/")) line.remove_prefix(1);
  if (line.empty()) return false;
  std::string error;
  std::optional<Pattern> pattern = Pattern::Compile(rule.anchored ? CleanPath(line) : std::string(line), false, error);
  if (!pattern) return false;  // git ignores what it cannot read, too
  rule.pattern = std::move(*pattern);
  return true;
}

bool GitIgnoreStack::Push(const std::filesystem::path& dir, const std::string& relative) {
  std::ifstream in(dir / ".gitignore", std::ios::binary);
  if (!in) return false;
  File file{relative, {}};
  for (std::string line; std::getline(in, line);) {
    Rule rule;
    if (ReadRule(line, rule)) file.rules.push_back(std::move(rule));
  }
  if (file.rules.empty()) return false;
  files_.push_back(std::move(file));
  return true;
}

bool GitIgnoreStack::Ignored(std::string_view relative, std::string_view name, bool is_dir) const {
  for (auto file = files_.rbegin(); file != files_.rend(); ++file) {
    std::string_view below = relative;
    if (!file->base.empty()) below.remove_prefix(file->base.size() + 1);
    for (auto rule = file->rules.rbegin(); rule != file->rules.rend(); ++rule) {
      if (rule->dir_only && !is_dir) continue;
      if (rule->pattern.Matches(rule->anchored ? below : name)) return !rule->negated;
    }
  }
  return false;
}

bool GitIgnoredPaths::Ignored(std::string_view path, bool is_dir) {
  GitIgnoreStack stack;
  stack.Push(root_, "");
  std::string prefix;
  std::filesystem::path dir = root_;
  while (!path.empty()) {
    const size_t slash = path.find('/');
    const std::string_view name = path.substr(0, slash);
    const bool last = slash == std::string_view::npos;
    if (!prefix.empty()) prefix += '/';
    prefix += name;
    // Git does not look inside an ignored directory, so nothing below it can be re-included.
    if (stack.Ignored(prefix, name, last ? is_dir : true)) return true;
    if (last) break;
    dir /= std::string(name);
    stack.Push(dir, prefix);
    path.remove_prefix(slash + 1);
  }
  return false;
}

bool GitIgnoredPaths::HasRootFile() const {
  GitIgnoreStack stack;
  return stack.Push(root_, "");
}

}  // namespace dockopt::context
