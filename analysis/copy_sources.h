// The one reading of a COPY or ADD: its sources, destination and flags, where each source comes
// from (the context, a URL, a git repository, a heredoc), and which context paths it names.
// Rules, analysis/, and the `dockopt context` checks (through ContextCopySources) all read COPY/ADD here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "context/context_files.h"
#include "context/copy_sources.h"
#include "ir/dockerfile.h"

namespace dockopt::analysis {

/// Where a source's bytes come from, as BuildKit's dockerfile2llb decides it.
enum class SourceOrigin : uint8_t {
  kPath,     // a path in the build context, or in the --from stage or image
  kUrl,      // "http(s)://...": ADD downloads it (any other "scheme://" too: never a context path)
  kGit,      // "git@host:repo", "git://", "ssh://", or a ref ending in ".git": ADD clones it.
             // BuildKit reads a scheme-less "dir/x.git" as a git ref too; "x.git" alone is counted
             // here as git as well, which only makes callers more careful.
  kHeredoc,  // "<<EOF": the instruction's own text
};

struct CopySourceArg {
  std::string path;             // as BuildKit reads it: "requirements*.txt", "app/", "."
  SourceOrigin origin = SourceOrigin::kPath;
  bool has_variable = false;    // holds '$': its value is known only when the build runs
  bool has_glob = false;        // holds a filepath.Match metacharacter: *, ?, [ or '\'
  bool archive_name = false;    // ends in a tar or compression extension (.tar, .tgz, .gz, .xz, ...)
};

struct CopyArgs {
  bool add = false;  // ADD rather than COPY
  std::vector<CopySourceArg> sources;
  std::string destination;  // as BuildKit reads it, quotes removed (variables unexpanded)
  // The flags, as BuildKit reads them; nullopt or false when absent.
  std::optional<std::string> from, chown, chmod, checksum;
  std::vector<std::string> excludes;  // each --exclude, in order
  bool link = false, parents = false, keep_git_dir = false;
  std::vector<std::string> other_flags;  // the name of any other flag
  std::vector<std::string> flag_names;   // every flag's name, in order

  /// True when every flag is one ADD and COPY share (--chown, --chmod, --link, --exclude): such an
  /// ADD could be a COPY.
  bool OnlyCopyFlags() const;
  /// True when some source holds a variable.
  bool AnySourceVariable() const;
};

/// Reads a COPY or ADD (exec or shell form); nullopt for any other instruction or one with no destination.
std::optional<CopyArgs> ReadCopyArgs(const ir::Instruction& instruction);

/// True when `instruction` is a COPY or ADD with a `--from` flag: the only ones whose ReadCopyArgs has
/// `from` set, told without reading the rest.
bool HasFromFlag(const ir::Instruction& instruction);

/// The sources read from the build context: of COPY/ADD without --from, neither URL, git nor heredoc,
/// with where each is written. What `dockopt context` checks.
std::vector<context::CopySource> ContextCopySources(const ir::Dockerfile& dockerfile);

/// The context paths a source names, its glob expanded (no cap); nullopt when that cannot be known
/// here: a variable, a source not from the context, or one that leaves it.
std::optional<std::vector<std::string>> ExpandInContext(const CopySourceArg& source,
                                                        const context::ContextFiles& files);

/// How many leading bytes IsArchiveContent needs.
constexpr size_t kArchiveHeadBytes = 512;
/// True when a file starting with `head` is an archive ADD unpacks: a tar, or gzip, bzip2, xz or zstd
/// data (BuildKit tells archives by content, not by name).
bool IsArchiveContent(std::string_view head);

}  // namespace dockopt::analysis
