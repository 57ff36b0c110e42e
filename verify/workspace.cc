// Workspace: mkdtemp, recursive copy, and cleanup of the temporary build folder.
#include "verify/workspace.h"

#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace dockopt::verify {

namespace fs = std::filesystem;

Workspace::Workspace() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/dockopt-verify-XXXXXX";
  if (mkdtemp(pattern.data()) != nullptr) root_ = pattern;
}

Workspace::~Workspace() {
  if (root_.empty() || keep_) return;
  std::error_code ignored;
  fs::remove_all(root_, ignored);
}

bool Workspace::CopyContext(const std::string& context_dir, std::string& error) {
  std::error_code ec;
  if (!fs::is_directory(context_dir, ec)) {
    error = context_dir + ": not a directory";
    return false;
  }
  fs::copy(context_dir, context(), fs::copy_options::recursive | fs::copy_options::copy_symlinks, ec);
  if (ec) {
    error = "copying the context " + context_dir + ": " + ec.message();
    return false;
  }
  return true;
}

std::string Workspace::WriteFile(const std::string& name, const std::string& bytes, std::string& error) {
  std::string path = root_ + "/" + name;
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  out.close();
  if (!out) {
    error = path + ": cannot write";
    return "";
  }
  return path;
}

std::string Workspace::ResolveInside(const std::string& relative_path, std::string& error) const {
  fs::path path = fs::path(context()) / relative_path;
  std::error_code ec;
  if (relative_path.empty() || !fs::is_regular_file(path, ec)) {
    error = "--rebuild-touch " + relative_path + ": no such file in the context";
    return "";
  }
  // Only the copy may change: refuse paths (or symlinks) that lead out of it.
  std::string resolved = fs::weakly_canonical(path, ec).string();
  std::string inside = fs::weakly_canonical(context(), ec).string() + "/";
  if (ec || resolved.rfind(inside, 0) != 0) {
    error = "--rebuild-touch " + relative_path + ": the path leads outside the context";
    return "";
  }
  return resolved;
}

bool Workspace::Touch(const std::string& relative_path, const std::string& suffix, std::string& error) {
  std::string path = ResolveInside(relative_path, error);
  if (path.empty()) return false;
  std::ofstream out(path, std::ios::binary | std::ios::app);
  out << suffix;
  if (!out) {
    error = "--rebuild-touch " + relative_path + ": cannot write the copy";
    return false;
  }
  return true;
}

}  // namespace dockopt::verify
