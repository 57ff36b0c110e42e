// Workspace: a temporary folder holding a copy of the build context and both Dockerfiles.
#pragma once

#include <string>

namespace dockopt::verify {

/// Creates $TMPDIR/dockopt-verify-XXXXXX on construction and removes it on destruction
/// unless Keep() was called. The user's context is copied in, never touched.
class Workspace {
 public:
  Workspace();
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  bool ok() const { return !root_.empty(); }
  const std::string& root() const { return root_; }
  std::string context() const { return root_ + "/context"; }

  /// Copies `context_dir` recursively (symlinks as symlinks) to context(). False + `error` on failure.
  bool CopyContext(const std::string& context_dir, std::string& error);
  /// Writes `bytes` to root()/name and returns its path (empty + `error` on failure).
  std::string WriteFile(const std::string& name, const std::string& bytes, std::string& error);
  /// The resolved path of context()/relative_path if it is a file inside the copy; else "" + `error`.
  std::string ResolveInside(const std::string& relative_path, std::string& error) const;
  /// Appends `suffix` (whitespace: harmless in source, JSON, requirements files) to
  /// context()/relative_path: a content change a build cache notices.
  bool Touch(const std::string& relative_path, const std::string& suffix, std::string& error);
  void Keep() { keep_ = true; }

 private:
  std::string root_;
  bool keep_ = false;
};

}  // namespace dockopt::verify
