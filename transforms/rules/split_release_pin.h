// The builder of a golang or rust image whose tag names no Debian release (`golang:1.22`, `rust:1`,
// `golang`): the registry moved those tags from bookworm to trixie in 2025-08, while production runs on
// `debian:bookworm-slim`. A program built on trixie's newer C library may need symbols bookworm's lacks
// (`GLIBC_2.38 not found`), so the split pins the builder to the bookworm variant, as a hand-written
// split does (`rust:1-bookworm` with `debian:bookworm-slim`).
#pragma once

#include <string>
#include <string_view>

namespace dockopt::split {

/// The bookworm variant's tag of a golang or rust image tag that names no release: "" and "latest" ->
/// "bookworm", "1" -> "1-bookworm", "1.22" -> "1.22-bookworm" (golang 1.20 on; rust 1.70 on, when the
/// bookworm variants began); "" for anything else (a patch version, whose bookworm variant may not
/// exist; a tag that names a release or another variant; other families).
std::string BookwormPinnedTag(std::string_view family, std::string_view tag);

}  // namespace dockopt::split
