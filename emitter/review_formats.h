// The machine formats of `dockopt optimize --format`: one function per format over a ReviewRun.
#pragma once

#include <string>

#include "emitter/review_model.h"

namespace dockopt {

/// The whole document for `format` (not kText, which the CLI renders per finding on stderr).
std::string RenderReview(ReviewFormat format, const ReviewRun& run);

std::string RenderJson(const ReviewRun& run);    // the project's own schema (docs/review.md)
std::string RenderRdjson(const ReviewRun& run);  // reviewdog DiagnosticResult, with suggestions
std::string RenderSarif(const ReviewRun& run);   // SARIF 2.1.0 with rules, fixes, fingerprints
std::string RenderGithub(const ReviewRun& run);  // GitHub Actions annotation commands
std::string RenderGitlab(const ReviewRun& run);  // GitLab Code Quality report

}  // namespace dockopt
