// AbsentLocalLeftovers (see context_migration_leftovers.h).
#include "cli/context_migration_leftovers.h"

#include <filesystem>
#include <regex>
#include <string_view>

#include "context/gitignore.h"

namespace dockopt::cli {
namespace {

struct Leftover {
  std::string_view path;         // a folder name, or a path from the root
  std::string_view rebuilt_by;  // a regex over the Dockerfile; "" for a cache nothing reads
  // A regex over the Dockerfile for what could run the folder's contents; "" when anything could.
  // A folder the image does not rebuild is still a leftover when nothing in the image could use it.
  std::string_view used_by = "";
};
// The package managers' folders, each with the commands that fill it inside the image, and the
// tools' caches.
constexpr Leftover kLeftovers[] = {
    // node_modules sent to an image without node (a Django app whose package.json only lints) is
    // the developer's checkout, never the app's: a clean clone has none.
    {"node_modules", R"(\bnpm\s+(ci|install|i)\b|\byarn(\s+install)?\s*($|&&|;|\|\||--|\\)|\bpnpm\s+(install|i)\b|\bbun\s+install\b)",
     R"(\b(node|nodejs|npm|npx|yarn|pnpm|bun|deno|corepack)\b)"},
    {".venv", R"(\b(pip3?|poetry|uv|pipenv|pdm)\s+(install|sync)\b)"},
    {"venv", R"(\b(pip3?|poetry|uv|pipenv|pdm)\s+(install|sync)\b)"},
    {"vendor/bundle", R"(\bbundle(\s+install)?\s*($|&&|;|\|\||--|\\))"},
    {"target", R"(\bcargo\s+(build|install)\b|\bmvnw?\b)"},
    {".gradle", R"(\bgradlew?\b)"},
    {"__pycache__", ""},
    {".pytest_cache", ""},
    {".mypy_cache", ""},
    {".ruff_cache", ""},
    {".tox", ""},
    {".nox", ""},
};
constexpr const char* kKind = "local leftovers .gitignore ignores";

bool NamedByCopy(const context::ContextReport& report, std::string_view path) {
  const std::string_view name = path.substr(path.rfind('/') + 1);
  for (const context::CopySourceCheck& c : report.copy_sources)
    if (c.source.source.find(name) != std::string::npos) return true;
  return false;
}

}  // namespace

std::vector<LeaveOut> AbsentLocalLeftovers(const context::ContextReport& report, const std::string& text) {
  std::vector<LeaveOut> out;
  context::GitIgnoredPaths git(report.dir);
  if (!git.HasRootFile()) return out;
  for (const Leftover& l : kLeftovers) {
    const auto mentions = [&](std::string_view re) { return std::regex_search(text, std::regex(std::string(re))); };
    if (!l.rebuilt_by.empty() && !mentions(l.rebuilt_by) && (l.used_by.empty() || mentions(l.used_by))) continue;
    const std::string path(l.path);
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::path(report.dir) / path, ec) || NamedByCopy(report, path)) continue;
    if (!git.Ignored(path, true)) continue;
    // A name .gitignore ignores at any depth (no '/' in its line) is ignored below too: a
    // monorepo's packages each have their own node_modules.
    const bool any_depth = path.find('/') == std::string::npos && git.Ignored("dockopt-probe/" + path, true);
    const std::string line = any_depth ? "**/" + path : path;
    if (report.matcher.MatchesOrParentMatches(path) || report.matcher.MatchesOrParentMatches("dockopt-probe/" + path))
      continue;
    out.push_back({line, kKind});
  }
  return out;
}

}  // namespace dockopt::cli
