// ContextFiles (see context_files.h).
#include "context/context_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "context/glob.h"
#include "context/ignore_file.h"
#include "context/path_clean.h"

namespace dockopt::context {
namespace {

namespace fs = std::filesystem;

std::string JoinRel(const std::string& dir, const std::string& name) { return dir.empty() ? name : dir + "/" + name; }

std::vector<std::string> SplitPath(const std::string& path) {
  std::vector<std::string> parts;
  for (size_t start = 0;;) {
    const size_t slash = path.find('/', start);
    parts.push_back(path.substr(start, slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return parts;
}

}  // namespace

ContextFiles::ContextFiles(std::string dir) : dir_(std::move(dir)) {
  std::error_code ec;
  canonical_dir_ = fs::weakly_canonical(fs::path(dir_), ec).string();
  if (ec) canonical_dir_ = dir_;
}

std::optional<ContextFiles> ContextFiles::Open(const std::string& dir, std::string& error) {
  IgnoreFile file;
  if (!LoadIgnoreFile(dir, dir + "/Dockerfile", file, error)) return std::nullopt;
  ContextFiles out(dir);
  if (file.exists) {
    out.matcher_.emplace();
    if (!BuildMatcher(file, *out.matcher_, error)) return std::nullopt;
  }
  return out;
}

std::optional<std::string> ContextFiles::Kept(std::string_view path) const {
  std::string cleaned = CleanPath(path);
  // substr, not erase(0, n): GCC 12 at -O3 reports a false -Wrestrict overlap in erase at 0.
  const size_t first = cleaned.find_first_not_of('/');
  cleaned = first == std::string::npos ? "" : cleaned.substr(first);
  if (cleaned == ".") cleaned.clear();
  if (cleaned == ".." || cleaned.starts_with("../")) return std::nullopt;
  if (!cleaned.empty() && matcher_ && matcher_->MatchesOrParentMatches(cleaned)) return std::nullopt;
  return cleaned;
}

std::optional<std::string> ContextFiles::Inside(const std::string& rel) const {
  const fs::path full = rel.empty() ? fs::path(dir_) : fs::path(dir_) / rel;
  std::error_code ec;
  const std::string real = fs::weakly_canonical(full, ec).string();
  if (ec) return std::nullopt;
  if (real != canonical_dir_ && !real.starts_with(canonical_dir_ + "/")) return std::nullopt;  // a symlink out
  return full.string();
}

bool ContextFiles::Exists(std::string_view path) const {
  const std::optional<std::string> rel = Kept(path);
  if (!rel) return false;
  std::error_code ec;
  return fs::exists(fs::symlink_status(fs::path(dir_) / *rel, ec));
}

bool ContextFiles::IsFile(std::string_view path) const {
  const std::optional<std::string> rel = Kept(path);
  const std::optional<std::string> full = rel ? Inside(*rel) : std::nullopt;
  std::error_code ec;
  return full && fs::is_regular_file(*full, ec);
}

bool ContextFiles::IsDirectory(std::string_view path) const {
  const std::optional<std::string> rel = Kept(path);
  const std::optional<std::string> full = rel ? Inside(*rel) : std::nullopt;
  std::error_code ec;
  return full && fs::is_directory(*full, ec);
}

std::optional<std::string> ContextFiles::Read(std::string_view path, uint64_t max_bytes) const {
  if (!IsFile(path)) return std::nullopt;
  const fs::path full = fs::path(dir_) / *Kept(path);
  std::error_code ec;
  const uint64_t size = fs::file_size(full, ec);
  if (ec || size > max_bytes) return std::nullopt;
  std::ifstream in(full, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text(size, '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  text.resize(static_cast<size_t>(in.gcount()));
  return text;
}

std::string ContextFiles::ReadHead(std::string_view path, size_t n) const {
  if (!IsFile(path)) return "";
  std::ifstream in(fs::path(dir_) / *Kept(path), std::ios::binary);
  std::string head(n, '\0');
  in.read(head.data(), static_cast<std::streamsize>(n));
  head.resize(static_cast<size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  return head;
}

std::vector<std::string> ContextFiles::List(std::string_view dir, std::string_view name_glob, bool directories) const {
  std::vector<std::string> out;
  const std::optional<std::string> rel = Kept(dir);
  const std::optional<std::string> full = rel ? Inside(*rel) : std::nullopt;
  if (!full) return out;
  std::error_code ec;
  for (fs::directory_iterator it(*full, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (GlobMatch(name_glob, name) != GlobResult::kMatch) continue;
    const std::string child = JoinRel(*rel, name);
    if (directories ? IsDirectory(child) : IsFile(child)) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> ContextFiles::Glob(std::string_view pattern) const {
  std::vector<std::string> out;
  const std::optional<std::string> cleaned = Kept(pattern);
  if (!cleaned) return out;
  if (cleaned->empty()) return {"."};
  Expand("", SplitPath(*cleaned), 0, out);
  return out;
}

void ContextFiles::Walk(const std::function<Step(const std::string& path, bool directory)>& visit) const {
  WalkDir("", visit);
}

// False when the visitor asked to stop.
bool ContextFiles::WalkDir(const std::string& dir, const std::function<Step(const std::string&, bool)>& visit) const {
  std::vector<std::pair<std::string, bool>> entries;
  std::error_code ec;
  for (fs::directory_iterator it(dir.empty() ? fs::path(dir_) : fs::path(dir_) / dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string rel = JoinRel(dir, it->path().filename().string());
    std::error_code kind_ec;
    if (Kept(rel)) entries.emplace_back(rel, it->is_directory(kind_ec) && !it->is_symlink(kind_ec));
  }
  std::sort(entries.begin(), entries.end());
  for (const auto& [rel, directory] : entries) {
    const Step step = visit(rel, directory);
    if (step == Step::kStop) return false;
    if (directory && step == Step::kContinue && !WalkDir(rel, visit)) return false;
  }
  return true;
}

// Expands `parts[index..]` below `dir` (relative; "" is the root), appending matches to `out`.
void ContextFiles::Expand(const std::string& dir, const std::vector<std::string>& parts, size_t index,
                          std::vector<std::string>& out) const {
  const std::string& part = parts[index];
  const bool last = index + 1 == parts.size();
  auto visit = [&](const std::string& rel) {
    if (!Kept(rel)) return;
    if (last) {
      if (Exists(rel)) out.push_back(rel);
    } else if (IsDirectory(rel)) {
      Expand(rel, parts, index + 1, out);
    }
  };
  if (!HasGlobMeta(part)) {
    visit(JoinRel(dir, part));
    return;
  }
  const std::optional<std::string> full = Inside(dir);
  if (!full) return;
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(*full, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (GlobMatch(part, name) == GlobResult::kMatch) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) visit(JoinRel(dir, name));
}

}  // namespace dockopt::context
