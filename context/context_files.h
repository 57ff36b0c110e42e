// ContextFiles: the one way to read the build context (exists, read, list, glob), as the builder
// sees it: .dockerignore exclusions count, nothing outside the context is read (not even through a
// symlink), and reads are bounded, so a rule never slurps a data file.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "context/matcher.h"

namespace dockopt::context {

class ContextFiles {
 public:
  /// Manifests, lock files and scripts are small; a bigger file is not read.
  static constexpr uint64_t kMaxReadBytes = 8ull << 20;

  /// Loads `dir`/.dockerignore; nullopt with `error` set when it cannot be read or has a bad pattern.
  static std::optional<ContextFiles> Open(const std::string& dir, std::string& error);
  /// A context with no ignore file: every file counts (tests, and checks that apply the ignore
  /// file themselves).
  explicit ContextFiles(std::string dir);

  const std::string& root() const { return dir_; }

  // Paths are relative to the context root, '/'-separated; a leading "./" or "/" is the root.
  bool Exists(std::string_view path) const;  // a file, directory or symlink (even dangling)
  bool IsFile(std::string_view path) const;  // a regular file, after following symlinks
  bool IsDirectory(std::string_view path) const;
  /// The file's bytes; nullopt when it is missing, not a regular file, or bigger than `max_bytes`.
  std::optional<std::string> Read(std::string_view path, uint64_t max_bytes = kMaxReadBytes) const;
  /// The first `n` bytes of a file (fewer when it is shorter); "" when it cannot be read.
  std::string ReadHead(std::string_view path, size_t n) const;
  /// Entries of one directory whose name matches `name_glob` (filepath.Match), sorted; directories
  /// only when `directories` is set, else regular files only.
  std::vector<std::string> List(std::string_view dir, std::string_view name_glob, bool directories = false) const;
  /// Every path a COPY source pattern matches, the way BuildKit resolves it (Clean, filepath.Match
  /// per path element, a leading '/' is the root), sorted, with no cap: "src/*.py" -> {"src/a.py"}.
  /// "." gives {"."}; a source leaving the context gives nothing.
  std::vector<std::string> Glob(std::string_view pattern) const;

  enum class Step : uint8_t { kContinue, kSkip, kStop };  // kSkip: do not descend into this directory
  /// Visits every kept entry below the root, depth first in name order, without following symlinks.
  void Walk(const std::function<Step(const std::string& path, bool directory)>& visit) const;

 private:
  /// The cleaned relative path ("" for the root), or nullopt when it leaves the context or is excluded.
  std::optional<std::string> Kept(std::string_view path) const;
  /// The absolute path of a kept `rel` whose symlinks (if any) stay inside the context.
  std::optional<std::string> Inside(const std::string& rel) const;
  bool WalkDir(const std::string& dir, const std::function<Step(const std::string&, bool)>& visit) const;
  void Expand(const std::string& dir, const std::vector<std::string>& parts, size_t index,
              std::vector<std::string>& out) const;

  std::string dir_;
  std::string canonical_dir_;
  std::optional<PatternMatcher> matcher_;
};

}  // namespace dockopt::context
