// FindDockerfiles: a recursive walk with .gitignore rules read into dockerignore-style patterns.
#include "cli/find_dockerfiles.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <system_error>

#include "context/path_clean.h"
#include "context/pattern.h"

namespace dockopt::cli {
namespace {

namespace fs = std::filesystem;

// One .gitignore line. `pattern` matches the path relative to the .gitignore's directory (anchored)
// or an entry's name (unanchored).
struct IgnoreRule {
  context::Pattern pattern;
  bool anchored = false;
  bool negated = false;
  bool dir_only = false;
};

struct IgnoreFile {
  std::string base;  // its directory, relative to the walk's root, "" for the root
  std::vector<IgnoreRule> rules;
};

std::optional<IgnoreRule> ReadRule(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  while (!line.empty() && line.back() == ' ' && !(line.size() >= 2 && line[line.size() - 2] == '\\'))
    line.remove_suffix(1);  // trailing spaces, unless escaped
  if (line.empty() || line.front() == '#') return std::nullopt;
  IgnoreRule rule;
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
  if (line.empty()) return std::nullopt;
  std::string error;
  std::optional<context::Pattern> pattern =
      context::Pattern::Compile(rule.anchored ? context::CleanPath(line) : std::string(line), false, error);
  if (!pattern) return std::nullopt;  // git ignores what it cannot read, too
  rule.pattern = std::move(*pattern);
  return rule;
}

std::optional<IgnoreFile> ReadIgnoreFile(const fs::path& dir, const std::string& base) {
  std::ifstream in(dir / ".gitignore", std::ios::binary);
  if (!in) return std::nullopt;
  IgnoreFile file{base, {}};
  std::string line;
  while (std::getline(in, line))
    if (std::optional<IgnoreRule> rule = ReadRule(line)) file.rules.push_back(std::move(*rule));
  if (file.rules.empty()) return std::nullopt;
  return file;
}

// `relative` is the entry's path from the walk's root; the last matching rule of the deepest file decides.
bool Ignored(const std::vector<IgnoreFile>& files, const std::string& relative, std::string_view name, bool is_dir) {
  for (auto file = files.rbegin(); file != files.rend(); ++file) {
    std::string_view below = relative;
    if (!file->base.empty()) below.remove_prefix(file->base.size() + 1);
    for (auto rule = file->rules.rbegin(); rule != file->rules.rend(); ++rule) {
      if (rule->dir_only && !is_dir) continue;
      if (rule->pattern.Matches(rule->anchored ? below : name)) return !rule->negated;
    }
  }
  return false;
}

void Walk(const fs::path& dir, const std::string& relative, std::vector<IgnoreFile>& ignores,
          std::vector<std::string>& out) {
  std::optional<IgnoreFile> own = ReadIgnoreFile(dir, relative);
  if (own) ignores.push_back(std::move(*own));
  std::error_code ec;
  std::vector<std::pair<std::string, bool>> entries;  // name, is a directory
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    bool is_dir = it->is_directory(ec) && !it->is_symlink(ec);
    if (is_dir ? name == ".git" : !IsDockerfileName(name) || !it->is_regular_file(ec)) continue;
    entries.emplace_back(std::move(name), is_dir);
  }
  std::sort(entries.begin(), entries.end());
  for (const auto& [name, is_dir] : entries) {
    std::string path = relative.empty() ? name : relative + "/" + name;
    if (Ignored(ignores, path, name, is_dir)) continue;
    if (is_dir) Walk(dir / name, path, ignores, out);
    else out.push_back((dir / name).string());
  }
  if (own) ignores.pop_back();
}

}  // namespace

bool IsDockerfileName(std::string_view name) {
  if (name == "Dockerfile" || name == "dockerfile") return true;
  if (name.ends_with(".dockerignore")) return false;  // Dockerfile.dockerignore: BuildKit's per-file ignore list
  return name.starts_with("Dockerfile.") || name.ends_with(".Dockerfile") || name.ends_with(".dockerfile");
}

bool FindDockerfiles(const std::string& dir, std::vector<std::string>& out, std::string& error) {
  std::error_code ec;
  fs::directory_iterator probe(dir, ec);
  if (ec) {
    error = dir + ": " + ec.message();
    return false;
  }
  std::vector<IgnoreFile> ignores;
  Walk(fs::path(dir), "", ignores, out);
  return true;
}

}  // namespace dockopt::cli
