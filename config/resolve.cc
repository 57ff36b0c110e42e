// Finding the .dockopt.toml files above a Dockerfile and layering their settings.
#include <fnmatch.h>

#include <filesystem>

#include "config/config.h"

namespace dockopt::config {

namespace fs = std::filesystem;

std::vector<std::string> FindConfigFiles(const std::string& dockerfile) {
  std::vector<std::string> found;
  std::error_code error;
  fs::path dir = fs::absolute(dockerfile == "-" ? fs::path("Dockerfile") : fs::path(dockerfile), error).parent_path();
  if (error) return found;
  for (dir = dir.lexically_normal();; dir = dir.parent_path()) {
    fs::path candidate = dir / ".dockopt.toml";
    if (fs::is_regular_file(candidate, error)) found.push_back(candidate.string());
    if (dir == dir.root_path() || dir.empty()) break;
  }
  return found;
}

void Apply(const Settings& layer, Settings& settings) {
  if (layer.select) settings.select = layer.select;
  if (layer.ignore) settings.ignore = layer.ignore;
  if (layer.unsafe) settings.unsafe = layer.unsafe;
  for (const auto& [rule, level] : layer.severity) settings.severity[rule] = level;
  if (layer.user_name) settings.user_name = layer.user_name;
  if (layer.user_uid) settings.user_uid = layer.user_uid;
  for (const auto& [image, replacement] : layer.base_images) settings.base_images[image] = replacement;
}

Settings Resolve(const std::vector<File>& files, const std::string& dockerfile) {
  Settings settings;
  std::error_code error;
  fs::path target = fs::absolute(dockerfile, error).lexically_normal();
  for (auto file = files.rbegin(); file != files.rend(); ++file) {
    Apply(file->settings, settings);
    fs::path base = fs::absolute(file->path, error).lexically_normal().parent_path();
    std::string relative = target.lexically_relative(base).generic_string();
    for (const Override& override : file->overrides) {
      for (const std::string& glob : override.paths) {
        if (fnmatch(glob.c_str(), relative.c_str(), 0) == 0) {
          Apply(override.settings, settings);
          break;
        }
      }
    }
  }
  return settings;
}

}  // namespace dockopt::config
