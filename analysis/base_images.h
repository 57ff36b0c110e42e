// Base-image knowledge as data (analysis/data/base-images.tsv, with a source for each row): which
// distribution release an image runs, whether it carries a toolchain, its slim or runtime variant,
// and what the full image has that the slim one lacks. See docs/base-images.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/os_release.h"

namespace dockopt::analysis {

struct BaseImageFacts {
  std::string family;        // table row family: "python", "node", "golang", "eclipse-temurin", "ubuntu"
  OsRelease os;              // {kDebian, "bookworm"} for python:3.11; {kAlpine, "3.18"} for node:16-alpine3.18
  bool toolchain = false;    // compilers or an SDK in the image: golang, rust, gcc, buildpack-deps, JDKs,
                             // maven, gradle, and the full (non-slim) python/node/ruby images
  bool slim = false;         // already the small variant (-slim, -alpine, jre, distroless)
  /// The same language runtime without the toolchain, same release: "python:3.11-slim" for
  /// "python:3.11", "eclipse-temurin:17-jre" for "eclipse-temurin:17-jdk"; "" when none is known
  /// or the image is already slim.
  std::string slim_variant;
  /// A plain OS image of the same release for compiled programs: "debian:bookworm-slim",
  /// "ubuntu:22.04", "alpine:3.18"; "" when unknown.
  std::string runtime_base;
  /// Packages the full image has that `slim_variant` lacks (buildpack-deps layers: curl, git,
  /// libpq5, ...), so a swap can install back what the stage uses.
  std::vector<std::string> slim_lacks;
  double size_mb = 0;        // uncompressed image size, when the table knows it (0: unknown)
  double slim_size_mb = 0;   // the same for slim_variant
  std::string source;        // where these facts come from (URL or "curated")
};

/// Facts about an image reference ("python:3.11", "docker.io/library/node:20-alpine",
/// "ubuntu:20.04"); nullopt for images the table does not know (private registries, variables).
std::optional<BaseImageFacts> LookupBaseImage(std::string_view image);

}  // namespace dockopt::analysis
