// FindDockerfiles: a recursive walk that skips what .gitignore files exclude.
#include "cli/find_dockerfiles.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "context/gitignore.h"

namespace dockopt::cli {
namespace {

namespace fs = std::filesystem;

void Walk(const fs::path& dir, const std::string& relative, context::GitIgnoreStack& ignores,
          std::vector<std::string>& out) {
  const bool own = ignores.Push(dir, relative);
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
    if (ignores.Ignored(path, name, is_dir)) continue;
    if (is_dir) Walk(dir / name, path, ignores, out);
    else out.push_back((dir / name).string());
  }
  if (own) ignores.Pop();
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
  context::GitIgnoreStack ignores;
  Walk(fs::path(dir), "", ignores, out);
  return true;
}

}  // namespace dockopt::cli
