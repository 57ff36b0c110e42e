// .gitignore files read as gitignore(5) says: one reader for the Dockerfile walk (`optimize -r`) and
// for `context --fix`, which tells committed build outputs from local leftovers.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "context/pattern.h"

namespace dockopt::context {

/// The .gitignore files that apply while a tree is walked from its root: push a directory's file on
/// the way down, pop it on the way up. Each file applies below its directory, a deeper one wins, the
/// last matching line wins, `!` re-includes, a trailing `/` matches only directories, a pattern with a
/// `/` before its end is anchored to the file's directory and one without matches a name at any
/// depth; `*`, `?`, `[...]` and `**` as gitignore(5) says. Not read: `.git/info/exclude` and
/// `core.excludesFile`.
class GitIgnoreStack {
 public:
  /// Reads `dir`/.gitignore, `relative` being `dir`'s path from the walk's root ("" for the root).
  /// Returns false, pushing nothing, when there is no such file or no line in it is a rule.
  bool Push(const std::filesystem::path& dir, const std::string& relative);
  void Pop() { files_.pop_back(); }
  bool empty() const { return files_.empty(); }

  /// Whether the entry at `relative` (named `name`) is ignored by the files pushed so far. Its parent
  /// directories are not looked at: a walk does not enter an ignored directory.
  bool Ignored(std::string_view relative, std::string_view name, bool is_dir) const;

 private:
  struct Rule {
    Pattern pattern;
    bool anchored = false;
    bool negated = false;
    bool dir_only = false;
  };
  struct File {
    std::string base;  // its directory, relative to the walk's root, "" for the root
    std::vector<Rule> rules;
  };
  static bool ReadRule(std::string_view line, Rule& rule);
  std::vector<File> files_;
};

/// Whether git ignores a path of the tree at `root`: it or a directory above it matches the
/// .gitignore files from the root down to its directory.
class GitIgnoredPaths {
 public:
  explicit GitIgnoredPaths(std::filesystem::path root) : root_(std::move(root)) {}

  /// `path` is clean and relative to the root; `is_dir` says whether it names a directory.
  bool Ignored(std::string_view path, bool is_dir);
  /// True when the root has a .gitignore: without one, nothing tells committed files from others.
  bool HasRootFile() const;

 private:
  std::filesystem::path root_;
};

}  // namespace dockopt::context
