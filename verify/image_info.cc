// ImageInfo parsing: buildah and docker/podman inspect JSON to one shape.
#include "verify/image_info.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <sstream>

namespace dockopt::verify {

namespace {

using nlohmann::json;

std::vector<std::string> StringList(const json& value) {
  std::vector<std::string> out;
  if (value.is_array())
    for (const auto& item : value)
      if (item.is_string()) out.push_back(item.get<std::string>());
  return out;
}

std::string StringField(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Fills the config fields from an OCI or Docker image config ("config" / "Config").
void ReadConfig(const json& config, ImageInfo& info) {
  if (!config.is_object()) return;
  info.user = StringField(config, config.contains("User") ? "User" : "user");
  info.entrypoint = StringList(config.value("Entrypoint", json()));
  info.cmd = StringList(config.value("Cmd", json()));
  info.workdir = StringField(config, "WorkingDir");
  if (auto ports = config.find("ExposedPorts"); ports != config.end() && ports->is_object())
    for (const auto& [port, unused] : ports->items()) info.expose.push_back(port);
  std::sort(info.expose.begin(), info.expose.end());
  for (const auto& entry : StringList(config.value("Env", json()))) {
    size_t eq = entry.find('=');
    info.env[entry.substr(0, eq)] = eq == std::string::npos ? "" : entry.substr(eq + 1);
  }
}

std::vector<std::string> ReadComments(const json& history) {
  std::vector<std::string> out;
  if (history.is_array())
    for (const auto& entry : history) out.push_back(StringField(entry, "comment"));
  return out;
}

bool IsImageId(const std::string& name) {
  if (name.size() < 12) return false;
  for (char c : name)
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

std::vector<Layer> ReadHistory(const json& history) {
  std::vector<Layer> out;
  if (!history.is_array()) return out;
  for (const auto& entry : history) {
    Layer layer;
    layer.created_by = StringField(entry, "created_by");
    layer.empty = entry.value("empty_layer", false);
    out.push_back(std::move(layer));
  }
  return out;
}

json ParseObject(const std::string& text, std::string& error) {
  json value = json::parse(text, nullptr, false);
  if (value.is_discarded()) error = "inspect output is not JSON";
  return value;
}

}  // namespace

std::vector<Layer> AlignHistory(std::vector<Layer> history, const std::vector<uint64_t>& layer_sizes) {
  size_t next = 0;
  for (auto& layer : history) {
    if (layer.empty) continue;
    layer.size = next < layer_sizes.size() ? layer_sizes[next] : 0;
    ++next;
  }
  for (; next < layer_sizes.size(); ++next) history.push_back({"(no history entry)", layer_sizes[next], false});
  return history;
}

namespace {

// Runs a reader; a JSON document of an unexpected shape (a history entry that is not an object, a
// size that is a string) makes nlohmann throw: that becomes an error, as the header promises.
template <typename Reader>
std::optional<ImageInfo> Guarded(Reader read, std::string& error) {
  try {
    return read();
  } catch (const json::exception& e) {
    error = std::string("inspect output has an unexpected shape: ") + e.what();
    return std::nullopt;
  }
}

std::optional<ImageInfo> ReadBuildahInspect(const std::string& json_text, std::string& error) {
  json root = ParseObject(json_text, error);
  if (!error.empty()) return std::nullopt;
  if (root.is_array() && root.size() == 1) root = root[0];
  if (!root.is_object()) {
    error = "inspect output is not a JSON object";
    return std::nullopt;
  }
  json manifest = root.value("Manifest", json());
  if (manifest.is_string()) manifest = json::parse(manifest.get<std::string>(), nullptr, false);
  std::vector<uint64_t> sizes;
  if (manifest.is_object() && manifest.contains("layers") && manifest["layers"].is_array())
    for (const auto& layer : manifest["layers"]) {
      // Converting a fractional or negative size to uint64_t would be undefined (found by fuzzing).
      const json size = layer.value("size", json(0));
      if (!size.is_number_unsigned() && !(size.is_number_integer() && size.get<int64_t>() == 0)) {
        error = "inspect output has an unexpected shape: a layer size that is not a whole number of bytes: " + size.dump();
        return std::nullopt;
      }
      sizes.push_back(size.get<uint64_t>());
    }
  const json& oci = root.contains("OCIv1") ? root["OCIv1"] : root.value("Docker", json::object());
  const json& docker = root.contains("Docker") ? root["Docker"] : oci;
  if (!oci.is_object() || !oci.contains("config")) {
    error = "inspect output has no image config (OCIv1.config)";
    return std::nullopt;
  }
  ImageInfo info;
  ReadConfig(oci["config"], info);
  const json& history = oci.contains("history") ? oci["history"] : docker.value("history", json());
  info.history = AlignHistory(ReadHistory(history), sizes);
  FindBase(info, ReadComments(history));
  for (uint64_t size : sizes) info.size += size;
  return info;
}

std::optional<ImageInfo> ReadDockerInspect(const std::string& inspect_json, const std::string& history_lines,
                                           std::string& error) {
  json root = ParseObject(inspect_json, error);
  if (!error.empty()) return std::nullopt;
  if (root.is_array() && !root.empty()) root = root[0];
  if (!root.is_object() || !root.contains("Config")) {
    error = "image inspect output has no Config";
    return std::nullopt;
  }
  ImageInfo info;
  ReadConfig(root["Config"], info);
  std::istringstream lines(history_lines);
  std::string line;
  while (std::getline(lines, line)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    Layer layer;
    layer.size = std::strtoull(line.substr(0, tab).c_str(), nullptr, 10);
    layer.created_by = line.substr(tab + 1);
    layer.empty = layer.size == 0;
    info.history.insert(info.history.begin(), std::move(layer));  // newest first -> oldest first
  }
  for (const auto& layer : info.history) info.size += layer.size;
  if (root.contains("Size") && root["Size"].is_number_unsigned()) info.size = root["Size"].get<uint64_t>();
  return info;
}

}  // namespace

std::optional<ImageInfo> ParseBuildahInspect(const std::string& json_text, std::string& error) {
  return Guarded([&] { return ReadBuildahInspect(json_text, error); }, error);
}

std::optional<ImageInfo> ParseDockerInspect(const std::string& inspect_json, const std::string& history_lines,
                                            std::string& error) {
  return Guarded([&] { return ReadDockerInspect(inspect_json, history_lines, error); }, error);
}

void FindBase(ImageInfo& info, const std::vector<std::string>& comments) {
  for (size_t i = comments.size(); i-- > 0;) {
    if (comments[i].rfind("FROM ", 0) != 0) continue;
    std::string name = comments[i].substr(5);
    if (IsImageId(name)) continue;
    info.base_name = name;
    info.base_entries = i;
    return;
  }
}

std::vector<std::string> OwnEnvKeys(const ImageInfo& info) {
  std::vector<std::string> keys;
  for (size_t i = info.base_entries; i < info.history.size(); ++i) {
    const std::string& text = info.history[i].created_by;
    size_t nop = text.find("#(nop)");
    if (nop == std::string::npos) continue;
    std::istringstream words(text.substr(nop + 6));
    std::string word;
    if (!(words >> word) || word != "ENV") continue;
    while (words >> word) {
      size_t eq = word.find('=');
      if (eq == std::string::npos || eq == 0) continue;
      std::string key = word.substr(0, eq);
      bool name = !std::isdigit(static_cast<unsigned char>(key[0]));
      for (char c : key) name &= std::isalnum(static_cast<unsigned char>(c)) || c == '_';
      if (name && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    }
  }
  return keys;
}

std::string CleanCreatedBy(const std::string& created_by) {
  std::string text = created_by;
  auto strip = [&](const std::string& prefix, const std::string& replacement) {
    if (text.rfind(prefix, 0) == 0) text = replacement + text.substr(prefix.size());
  };
  strip("/bin/sh -c #(nop) ", "");
  strip("/bin/sh -c ", "RUN ");
  std::string collapsed;
  bool space = false;
  for (char c : text) {
    bool is_space = c == ' ' || c == '\t' || c == '\n';
    if (is_space && space) continue;
    collapsed += is_space ? ' ' : c;
    space = is_space;
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  while (!collapsed.empty() && collapsed.front() == ' ') collapsed.erase(collapsed.begin());
  return collapsed;
}

}  // namespace dockopt::verify
