// DF301 for a final stage on the official nginx image: move it to nginxinc/nginx-unprivileged, the
// image nginx documents for running as a non-root user.
#pragma once

#include <optional>
#include <string>

#include "transforms/rule_context.h"
#include "transforms/rules/base_image.h"

namespace dockopt {

/// The move onto nginx-unprivileged as DF301 describes it (never applied: another publisher's image,
/// and the port clients reach changes), or why there is none.
struct UnprivilegedNginx {
  std::string title;      // the move, in a few words
  std::string message;    // appended to the finding: the port change, or the blocker
  bool blocked = false;
};

/// nullopt unless the final stage is FROM the official nginx image (or an in-file stage on it)
/// and serves with nginx's own command. Then the image's master runs as root; nginx-unprivileged runs
/// it as uid 101, with its pid and temp files in /tmp and its default server on 8080 instead of 80.
std::optional<UnprivilegedNginx> PlanUnprivilegedNginx(RuleContext& context, int final_stage,
                                                       const ImageRef& image);

}  // namespace dockopt
