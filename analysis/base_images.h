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
  /// Commands of the toolchain that `slim_variant` lacks (go, javac, mvn, gcc, ...): a stage that runs
  /// one of them cannot move to it.
  std::vector<std::string> slim_lacks_tools;
  /// An image for static binaries (Go built with CGO_ENABLED=0): "gcr.io/distroless/static-debian12".
  std::string static_runtime;
  double size_mb = 0;        // uncompressed image size, when the table knows it (0: unknown)
  double slim_size_mb = 0;   // the same for slim_variant
  std::string source;        // where these facts come from (URL or "curated")
  std::string reference;     // the normalised reference looked up: "python:3.11" for "docker.io/library/python:3.11"
};

struct ImageNameTag {
  std::string name;  // "python", "nvidia/cuda"
  std::string tag;   // "3.11-slim"; "latest" when the reference has none
};

/// `image` lower-cased, without its digest and the "docker.io/" and "library/" prefixes, split into
/// name and tag; nullopt for a variable ("$BASE") or a reference with only a digest.
std::optional<ImageNameTag> NormalisedReference(std::string_view image);

/// Facts about an image reference ("python:3.11", "docker.io/library/node:20-alpine",
/// "ubuntu:20.04"); nullopt for images the table does not know (private registries, variables).
/// A digest ("python:3.11@sha256:...") is ignored; a reference with only a digest is unknown.
std::optional<BaseImageFacts> LookupBaseImage(std::string_view image);

/// The packages of `slim_lacks` (of any image) that `use` shows a stage needs: `use` is a command
/// name ("curl" -> {"curl", "ca-certificates"}: the package and what it needs with it) or
/// "pip:NAME" / "gem:NAME" / "npm:NAME" for a library loaded at run time ("pip:psycopg" -> {"libpq5"}).
/// The caller keeps those the image's `slim_lacks` holds.
std::vector<std::string> PackagesForUse(std::string_view use);

/// Why installing `package` of `ecosystem` ("pip", "npm", "gem") compiles native code on an image
/// without compilers ("sdist only; needs pg_config ..."); "" when it is not known to.
std::string SourceBuildReason(std::string_view ecosystem, std::string_view package);

/// The Python 3 version `apt-get install python3` gives on `os` ("3.6" on Ubuntu 18.04, "3.11" on
/// Debian bookworm or "12"); "" for other families and releases the table does not know.
std::string DistroPython3(const OsRelease& os);

/// The directories image family `family` ("golang", as BaseImageFacts::family) puts on PATH before
/// the OS default (analysis/data/image-path-dirs.tsv): {"/go/bin", "/usr/local/go/bin"}; empty when none.
std::vector<std::string> ImagePathDirs(std::string_view family);

/// Whether image family `family` ("ruby") installs program `name` ("bundle") under /usr/local/bin itself
/// (analysis/data/image-programs.tsv).
bool IsImageProgram(std::string_view family, std::string_view name);

/// Whether the image `facts` describes holds Debian's ca-certificates package
/// (analysis/data/image-ca-certificates.tsv): python, ruby, php images yes; debian, ubuntu, node:slim no.
bool HasCaCertificates(const BaseImageFacts& facts);

/// Every toolchain command slim-lacks.tsv names (gcc, make, go, cargo, javac, mvn, cmake, ...): a
/// container whose command runs one of them is a build environment, not a runtime.
const std::vector<std::string>& ToolchainCommands();

}  // namespace dockopt::analysis
