// RenderReview: dispatches to the format's renderer.
#include "emitter/review_formats.h"

namespace dockopt {

std::string RenderReview(ReviewFormat format, const ReviewRun& run) {
  switch (format) {
    case ReviewFormat::kJson: return RenderJson(run);
    case ReviewFormat::kRdjson: return RenderRdjson(run);
    case ReviewFormat::kSarif: return RenderSarif(run);
    case ReviewFormat::kGithub: return RenderGithub(run);
    case ReviewFormat::kGitlab: return RenderGitlab(run);
    case ReviewFormat::kText: return "";
  }
  return "";
}

}  // namespace dockopt
