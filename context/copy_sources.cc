// ExtractCopySources / CheckCopySources (see copy_sources.h).
#include "context/copy_sources.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <unordered_map>

#include "context/glob.h"
#include "context/path_clean.h"

namespace dockopt::context {
namespace {

constexpr size_t kMaxMatches = 20;

bool IsRemote(const std::string& source) {
  return source.find("://") != std::string::npos || source.starts_with("git@");
}

void CollectFrom(const ir::Dockerfile& dockerfile, const ir::Instruction& inst, std::vector<CopySource>& out) {
  if (inst.kind != ir::InstructionKind::kCopy && inst.kind != ir::InstructionKind::kAdd) return;
  if (inst.FindFlag("from") != nullptr || inst.node_args.size() < 2) return;
  const std::string name = inst.kind == ir::InstructionKind::kCopy ? "COPY" : "ADD";
  const std::string_view text = dockerfile.source->text();
  for (size_t i = 0; i + 1 < inst.node_args.size(); ++i) {
    const std::string& arg = inst.node_args[i];
    if (arg.starts_with("<<") || IsRemote(arg)) continue;  // heredoc or URL: not from the context
    CopySource source{arg, name, inst.start_line, 0};
    const size_t at = text.substr(0, inst.span.end).find(arg, inst.args.begin);
    if (!inst.args.empty() && at != std::string_view::npos) {
      const LineCol where = dockerfile.source->Locate(static_cast<uint32_t>(at));
      source.line = where.line;
      source.column = where.col;
    }
    out.push_back(std::move(source));
  }
}

// Expands `parts[index..]` below `dir` (relative; "" is the root), appending matches to `out`.
void Resolve(const std::string& root, const std::string& dir, const std::vector<std::string>& parts, size_t index,
             std::vector<std::string>& out) {
  if (out.size() >= kMaxMatches) return;
  const std::string& part = parts[index];
  const bool last = index + 1 == parts.size();
  auto visit = [&](const std::string& rel) {
    struct stat st {};
    const std::string full = root + "/" + rel;
    if (last) {
      if (::lstat(full.c_str(), &st) == 0) out.push_back(rel);
    } else if (::stat(full.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      Resolve(root, rel, parts, index + 1, out);
    }
  };
  const std::string prefix = dir.empty() ? "" : dir + "/";
  if (!HasGlobMeta(part)) {
    visit(prefix + part);
    return;
  }
  DIR* handle = ::opendir((root + "/" + dir).c_str());
  if (handle == nullptr) return;
  std::vector<std::string> names;
  while (const dirent* entry = ::readdir(handle)) {
    const std::string name = entry->d_name;
    if (name == "." || name == "..") continue;
    if (GlobMatch(part, name) == GlobResult::kMatch) names.push_back(name);
  }
  ::closedir(handle);
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) visit(prefix + name);
}

}  // namespace

std::vector<CopySource> ExtractCopySources(const ir::Dockerfile& dockerfile) {
  std::vector<CopySource> out;
  for (const ir::Instruction& inst : dockerfile.instructions) CollectFrom(dockerfile, inst, out);
  return out;
}

std::vector<CopySourceCheck> CheckCopySources(const std::string& root, const std::vector<CopySource>& sources,
                                              const PatternMatcher* matcher, const WalkResult& walk) {
  std::unordered_map<std::string, uint64_t> kept_files_below;
  for (const WalkedDir& dir : walk.dirs) kept_files_below[dir.path] = dir.files;
  std::vector<CopySourceCheck> out;
  for (const CopySource& source : sources) {
    CopySourceCheck check{source, false, false, false, "", {}};
    std::string cleaned = CleanPath(source.source);
    // substr, not erase(0, n): GCC 12 at -O3 reports a false -Wrestrict overlap in erase at 0.
    size_t first = cleaned.find_first_not_of('/');
    cleaned = first == std::string::npos ? "." : cleaned.substr(first);
    if (source.source.find('$') != std::string::npos) {
      check.unchecked = true;
      check.note = "uses a variable";
    } else if (cleaned == ".." || cleaned.starts_with("../")) {
      check.unchecked = true;
      check.note = "outside the build context";
    } else if (cleaned == ".") {
      check.found = true;
      check.matches.push_back(".");
    } else {
      std::vector<std::string> parts;
      for (size_t start = 0;;) {
        const size_t slash = cleaned.find('/', start);
        parts.push_back(cleaned.substr(start, slash - start));
        if (slash == std::string::npos) break;
        start = slash + 1;
      }
      Resolve(root, "", parts, 0, check.matches);
      check.found = !check.matches.empty();
      if (check.found && matcher != nullptr) {
        check.excluded = std::all_of(check.matches.begin(), check.matches.end(), [&](const std::string& m) {
          if (!matcher->MatchesOrParentMatches(m)) return false;
          const auto it = kept_files_below.find(m);  // an excluded dir may still send re-included files
          return it == kept_files_below.end() || it->second == 0;
        });
      }
    }
    out.push_back(std::move(check));
  }
  return out;
}

bool HasCopyErrors(const std::vector<CopySourceCheck>& checks) {
  return std::any_of(checks.begin(), checks.end(),
                     [](const CopySourceCheck& c) { return !c.unchecked && (!c.found || c.excluded); });
}

}  // namespace dockopt::context
