// ImageInfo: what verify compares about a built image, parsed from the builder's inspect output.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dockopt::verify {

/// One history entry, oldest first, as `docker history` shows it (reversed).
struct Layer {
  std::string created_by;  // the instruction as the builder recorded it
  uint64_t size = 0;       // bytes; 0 for metadata-only entries
  bool empty = false;      // metadata only (ENV, CMD, ...): no filesystem layer
};

struct ImageInfo {
  uint64_t size = 0;                  // sum of the layer sizes
  std::vector<Layer> history;         // includes the base image's entries
  std::string user;
  std::vector<std::string> entrypoint;  // exec form as stored in the config
  std::vector<std::string> cmd;
  std::vector<std::string> expose;      // "8000/tcp", sorted
  std::string workdir;
  std::map<std::string, std::string> env;
  std::string base_name;              // the final stage's FROM image, when the history says
  size_t base_entries = 0;            // leading history entries that came with that base image
  bool operator==(const ImageInfo&) const = default;
};

/// Parses `buildah inspect --type image` JSON. Sizes come from the manifest's layer list
/// (uncompressed tar sizes), history and config from the OCIv1 section (Docker as fallback).
/// On failure returns nullopt and sets `error`.
std::optional<ImageInfo> ParseBuildahInspect(const std::string& json_text, std::string& error);

/// Parses `docker|podman image inspect IMAGE` JSON (an array of one object) plus the lines of
/// `history --no-trunc --human=false --format '{{.Size}}\t{{.CreatedBy}}'` (newest first).
std::optional<ImageInfo> ParseDockerInspect(const std::string& inspect_json, const std::string& history_lines,
                                            std::string& error);

/// Gives each non-empty history entry the next layer's size, in order. Missing sizes are 0;
/// layers without a history entry are appended as "(no history entry)".
std::vector<Layer> AlignHistory(std::vector<Layer> history, const std::vector<uint64_t>& layer_sizes);

/// Reads the final stage's base from buildah's history comments: the last entry whose comment is
/// "FROM <name>" with a name that is not a bare image ID starts the stage's own steps.
void FindBase(ImageInfo& info, const std::vector<std::string>& comments);

/// The keys set by ENV instructions of the image's own steps (after base_entries).
std::vector<std::string> OwnEnvKeys(const ImageInfo& info);

/// Renders a history entry's command the way a person reads it: "RUN pip install ...",
/// "COPY file:... in /app", "ENV A=b"; the "/bin/sh -c #(nop)" noise removed.
std::string CleanCreatedBy(const std::string& created_by);

}  // namespace dockopt::verify
