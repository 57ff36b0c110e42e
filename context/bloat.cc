// FindBloat: classifies the walked directories and files (see bloat.h).
#include "context/bloat.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace dockopt::context {
namespace {

const char* DirKind(const WalkedDir& dir) {
  if (dir.has_pyvenv_cfg) return "venv";
  const std::string name = BaseName(dir.path);
  if (name == "node_modules") return "node_modules";
  if (name == ".git") return "git";
  if (name == "__pycache__") return "pycache";
  if (name == ".pytest_cache") return "pytest-cache";
  if (name == ".mypy_cache") return "mypy-cache";
  if (name == ".tox") return "tox";
  if (name == "dist" || name == "build" || name == "target" || name == ".next") return "build-output";
  return nullptr;
}

// app.sqlite, app.sqlite3 and their -journal, -wal and -shm files; not Prefect's Dockerfile.sqlite-builder.
bool IsSqliteFile(const std::string& name) {
  const size_t at = name.rfind(".sqlite");
  if (at == std::string::npos) return false;
  std::string_view rest = std::string_view(name).substr(at + 7);
  while (!rest.empty() && rest.front() >= '0' && rest.front() <= '9') rest.remove_prefix(1);
  return rest.empty() || rest == "-journal" || rest == "-wal" || rest == "-shm";
}

const char* FileKind(const WalkedFile& file) {
  const std::string name = BaseName(file.path);
  if (name.ends_with(".log")) return "log";
  if (IsSqliteFile(name) || name.ends_with(".db")) return "database";
  if (file.bytes > kLargeFileBytes) return "large-file";
  return nullptr;
}

bool UnderAny(const std::string& path, const std::set<std::string>& dirs) {
  for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
    if (dirs.count(path.substr(0, slash))) return true;
  return false;
}

}  // namespace

std::string BaseName(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::vector<Bloat> FindBloat(const WalkResult& walk) {
  std::vector<const WalkedDir*> dirs;
  for (const WalkedDir& dir : walk.dirs)
    if (!dir.path.empty()) dirs.push_back(&dir);
  std::sort(dirs.begin(), dirs.end(), [](const auto* a, const auto* b) { return a->path < b->path; });
  std::vector<Bloat> out;
  std::set<std::string> flagged;
  for (const WalkedDir* dir : dirs) {
    if (dir->files == 0) continue;  // nothing sent from it
    const char* kind = DirKind(*dir);
    if (kind == nullptr || UnderAny(dir->path, flagged)) continue;
    flagged.insert(dir->path);
    out.push_back({dir->path, kind, dir->bytes, true});
  }
  for (const WalkedFile& file : walk.files) {
    const char* kind = FileKind(file);
    if (kind == nullptr || UnderAny(file.path, flagged)) continue;
    out.push_back({file.path, kind, file.bytes, false});
  }
  std::sort(out.begin(), out.end(), [](const Bloat& a, const Bloat& b) {
    return a.bytes != b.bytes ? a.bytes > b.bytes : a.path < b.path;
  });
  return out;
}

}  // namespace dockopt::context
