// AnalyzeContext (see analyze.h).
#include "context/analyze.h"

namespace dockopt::context {

bool WalkAndCheck(const ContextRequest& request, const PatternMatcher& matcher, WalkResult& walk,
                  std::vector<CopySourceCheck>& checks, std::string& error) {
  WalkOptions options;
  options.matcher = &matcher;
  options.identity = request.identity;
  if (!WalkContext(request.dir, options, walk)) {
    error.clear();
    for (const std::string& e : walk.errors) error.append(error.empty() ? "" : "\n").append("error: ").append(e);  // append: GCC 12 -Wrestrict
    return false;
  }
  checks = CheckCopySources(request.dir, request.copy_sources, &matcher, walk);
  return true;
}

bool AnalyzeContext(const ContextRequest& request, ContextReport& report, std::string& error) {
  report.dir = request.dir;
  report.dockerfile = request.dockerfile;
  if (!LoadIgnoreFile(request.dir, request.dockerfile, report.ignore, error)) {
    error = "error: " + error;
    return false;
  }
  if (!BuildMatcher(report.ignore, report.matcher, error)) return false;
  if (!WalkAndCheck(request, report.matcher, report.walk, report.copy_sources, error)) return false;
  report.bloat = FindBloat(report.walk);
  return true;
}

}  // namespace dockopt::context
