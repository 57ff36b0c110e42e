// DF301 for a final stage on the official nginx image: move it to nginxinc/nginx-unprivileged, the
// image nginx documents for running as a non-root user.
#pragma once

#include <optional>
#include <string>

#include "ir/edit.h"
#include "transforms/rule_context.h"
#include "transforms/rules/base_image.h"

namespace dockopt {

/// The rewrite onto nginx-unprivileged, or why there is none.
struct UnprivilegedNginx {
  Edits edits;            // FROM, and the EXPOSE/HEALTHCHECK that name the old port; empty when blocked
  std::string user;       // the USER to switch to at the end ("101", the image's own)
  std::string title;      // the fix's title
  std::string message;    // appended to the finding: the port change, or the blocker
  bool blocked = false;
};

/// nullopt unless the final stage is FROM the official nginx image (or an in-file stage on it)
/// and serves with nginx's own command. Then the image's master runs as root; nginx-unprivileged runs
/// it as uid 101, with its pid and temp files in /tmp and its default server on 8080 instead of 80.
std::optional<UnprivilegedNginx> PlanUnprivilegedNginx(RuleContext& context, int final_stage,
                                                       const ImageRef& image);

}  // namespace dockopt
