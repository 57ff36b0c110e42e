// DF203 for a final stage on a full Debian image (`debian:bookworm`, `debian`): the slim variant holds the
// same packages, installed without their manuals, info pages and message translations (its dpkg
// excludes /usr/share/{doc,man,info,locale,groff,lintian,linda}, keeping the copyright files), about
// 40 MB less.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "analysis/base_images.h"
#include "transforms/rule_context.h"

namespace dockopt {

/// The slim tag of a full Debian image reference's tag: "bookworm" -> "bookworm-slim", "" and "latest" ->
/// "stable-slim", "12.5" -> "12.5-slim"; nullopt where none is published (already slim, experimental,
/// rc-buggy).
std::optional<std::string> DebianSlimTag(std::string_view tag);

/// Reports (and, unsafe, fixes) the final stage `stage` on the full Debian image `image`; nothing when
/// the stage builds (DF202 splits it onto the slim image) or when it has no slim variant.
void CheckDebianSlim(RuleContext& context, int stage, const std::string& image, const analysis::BaseImageFacts& facts);

}  // namespace dockopt
