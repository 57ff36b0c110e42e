// The `.dockopt.toml` configuration: its settings as plain data, loading with exact error places,
// and finding the files that apply to a Dockerfile.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/diagnostic.h"
#include "ir/source.h"

namespace dockopt::config {

/// One table's settings; an absent key leaves the setting to the layer below.
struct Settings {
  std::optional<std::vector<std::string>> select, ignore;  // rule IDs
  std::optional<bool> unsafe;
  std::map<std::string, std::string> severity;  // rule ID -> "info" | "warning" | "error"
  std::optional<std::string> user_name;         // [rules.DF301] user
  std::optional<uint32_t> user_uid;             // [rules.DF301] uid
  std::map<std::string, std::string> base_images;  // [rules.DF202.base-images]: image -> image to use
};

/// `[[overrides]]`: settings for the Dockerfiles whose path (relative to the config's directory)
/// matches one of `paths` (fnmatch globs; `*` also crosses '/').
struct Override {
  std::vector<std::string> paths;
  Settings settings;
};

struct File {
  std::string path;  // of the .dockopt.toml
  Settings settings;
  std::vector<Override> overrides;
};

/// Parses `source` (a .dockopt.toml). Unknown keys, wrong types, unknown rule IDs and bad values
/// come back as an error Diagnostic placed at the offending key or value.
std::optional<Diagnostic> Load(const SourceBuffer& source, const std::vector<std::string_view>& known_rules,
                               File& out);

/// The `.dockopt.toml` files from the Dockerfile's directory up to the filesystem root, nearest first.
std::vector<std::string> FindConfigFiles(const std::string& dockerfile);

/// `settings` after `layer`: every key `layer` sets replaces the one below; maps merge per key.
void Apply(const Settings& layer, Settings& settings);

/// The settings for `dockerfile` from `files` (nearest first): the farthest file first, each
/// file's own settings, then its matching overrides, so nearer files win.
Settings Resolve(const std::vector<File>& files, const std::string& dockerfile);

}  // namespace dockopt::config
