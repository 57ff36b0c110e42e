// Base image facts for the final-stage rules (DF201, DF301): which image a stage really starts from.
#pragma once

#include <string>
#include <string_view>

#include "ir/dockerfile.h"

namespace dockopt {

/// An external image reference split into its parts, lower-cased: "gcr.io/distroless/static:nonroot".
struct ImageRef {
  std::string name;  // "gcr.io/distroless/static", "python", "library/python"
  std::string tag;   // "nonroot", "3.11-slim"; "" when absent
  bool known = false;  // false when a variable could not be resolved
  /// The last path component of the name: "static", "python".
  std::string_view Short() const;
  std::string Reference() const;  // "name:tag", or the name alone when there is no tag
};

/// The external image stage `stage` starts from, following `FROM <stage>` chains inside the file and
/// resolving `${ARG}` from the defaults of ARGs before the first FROM.
ImageRef BaseImageOf(const ir::Dockerfile& df, int stage);

enum class BaseFamily : uint8_t {
  kDebian,      // Debian, Ubuntu and the official images built on them: apt-get, useradd
  kRedHat,      // Fedora, CentOS, Rocky, Alma, UBI: useradd
  kAlpine,      // Alpine and BusyBox: adduser -D
  kDistroless,  // gcr.io/distroless: no shell; user 65532 "nonroot" exists
  kScratch,     // nothing at all
  kUnknown,
};
BaseFamily FamilyOf(const ImageRef& image);

/// True when the image is built to run as a non-root user already (distroless :nonroot, Chainguard,
/// nginx-unprivileged, Bitnami, Jupyter's docker-stacks).
bool RunsAsNonRoot(const ImageRef& image);

/// The last stage of the file, or -1 when there is none.
int FinalStage(const ir::Dockerfile& df);

}  // namespace dockopt
