// WalkContext: an openat/readdir walk with fsutil's exclusion and pruning rules (see walker.h).
#include "context/walker.h"

#include <dirent.h>
#include <fcntl.h>
#include <fmt/core.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace dockopt::context {
namespace {

constexpr size_t kMaxErrors = 20;

class Walker {
 public:
  Walker(const WalkOptions& options, WalkResult& out) : options_(options), out_(out) {
    if (options.identity) {
      identity_ = *options.identity;
      check_modes_ = true;
    } else {
      identity_ = {::geteuid(), ::getegid()};
      check_modes_ = identity_.uid != 0;
      const int n = ::getgroups(0, nullptr);
      if (n > 0) {
        groups_.resize(static_cast<size_t>(n));
        groups_.resize(static_cast<size_t>(::getgroups(n, groups_.data())));
      }
    }
  }

  // Walks the directory open at `fd` (takes ownership), recorded as out_.dirs[index].
  void Walk(int fd, size_t index, const MatchInfo& info) {
    DIR* dir = ::fdopendir(fd);
    if (dir == nullptr) {
      ::close(fd);
      Fail(out_.dirs[index].path, "cannot read directory", errno);
      return;
    }
    const std::string rel = out_.dirs[index].path;
    std::string child;
    MatchInfo child_info;
    while (true) {
      errno = 0;
      const dirent* entry = ::readdir(dir);
      if (entry == nullptr) {
        if (errno != 0) Fail(rel, "cannot read directory", errno);
        break;
      }
      const char* name = entry->d_name;
      if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'))) continue;
      if (std::strcmp(name, "pyvenv.cfg") == 0) out_.dirs[index].has_pyvenv_cfg = true;
      child = rel.empty() ? std::string(name) : rel + "/" + name;
      const bool excluded =
          options_.matcher != nullptr && options_.matcher->MatchesUsingParentResults(child, info, child_info);
      unsigned char type = entry->d_type;
      struct stat st {};
      bool have_stat = false;
      if (type == DT_UNKNOWN) {
        if (::fstatat(::dirfd(dir), name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;  // vanished
        have_stat = true;
        type = S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
      }
      if (type == DT_DIR) {
        WalkChildDir(::dirfd(dir), name, child, excluded, child_info, index);
        continue;
      }
      if (excluded) continue;
      if (!have_stat && ::fstatat(::dirfd(dir), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno != ENOENT) Fail(child, "cannot stat", errno);
        continue;
      }
      if (S_ISREG(st.st_mode) && !CanRead(st, false)) {
        Fail(child, "cannot read", EACCES);
        continue;
      }
      const uint64_t bytes = (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) ? static_cast<uint64_t>(st.st_size) : 0;
      out_.files.push_back({child, bytes});
      out_.dirs[index].bytes += bytes;
      out_.dirs[index].files += 1;
    }
    ::closedir(dir);
  }

 private:
  void WalkChildDir(int parent_fd, const char* name, const std::string& child, bool excluded,
                    const MatchInfo& child_info, size_t parent_index) {
    if (excluded && options_.matcher->CanSkipExcludedDir(child)) {
      ++out_.pruned_dirs;
      return;
    }
    const int fd = ::openat(parent_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int err = fd < 0 ? errno : 0;
    if (fd >= 0) {
      struct stat st {};
      if (::fstat(fd, &st) == 0 && !CanRead(st, true)) err = EACCES;
    }
    if (err != 0) {
      if (fd >= 0) ::close(fd);
      if (err == ENOENT) return;  // vanished while walking
      if (excluded && err == EACCES) return;  // fsutil ignores permission errors on excluded paths
      Fail(child, "cannot read directory", err);
      return;
    }
    if (!excluded) ++out_.dir_count;
    const size_t index = out_.dirs.size();
    out_.dirs.push_back({child, 0, 0, excluded, false});
    Walk(fd, index, child_info);
    out_.dirs[parent_index].bytes += out_.dirs[index].bytes;
    out_.dirs[parent_index].files += out_.dirs[index].files;
  }

  // Checks the mode bits for read (and, for directories, search) permission.
  bool CanRead(const struct stat& st, bool is_dir) const {
    if (!check_modes_) return true;
    mode_t need_r = S_IROTH, need_x = S_IXOTH;
    if (st.st_uid == identity_.uid) {
      need_r = S_IRUSR, need_x = S_IXUSR;
    } else if (st.st_gid == identity_.gid || InGroups(st.st_gid)) {
      need_r = S_IRGRP, need_x = S_IXGRP;
    }
    if (identity_.uid == 0 && options_.identity) return true;
    return (st.st_mode & need_r) != 0 && (!is_dir || (st.st_mode & need_x) != 0);
  }

  bool InGroups(gid_t gid) const {
    for (gid_t g : groups_)
      if (g == gid) return true;
    return false;
  }

  void Fail(const std::string& path, const char* what, int err) {
    if (out_.errors.size() < kMaxErrors)
      out_.errors.push_back(fmt::format("{} '{}': {}", what, path.empty() ? "." : path, std::strerror(err)));
    else if (out_.errors.size() == kMaxErrors)
      out_.errors.push_back("more errors not shown");
  }

  const WalkOptions& options_;
  WalkResult& out_;
  Identity identity_;
  bool check_modes_ = false;
  std::vector<gid_t> groups_;
};

}  // namespace

bool WalkContext(const std::string& root, const WalkOptions& options, WalkResult& out) {
  out = WalkResult{};
  const int fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    out.errors.push_back(fmt::format("cannot read context directory '{}': {}", root, std::strerror(errno)));
    return false;
  }
  out.dirs.push_back({"", 0, 0, false, false});
  Walker walker(options, out);
  walker.Walk(fd, 0, MatchInfo{});
  out.total_bytes = out.dirs[0].bytes;
  out.file_count = out.dirs[0].files;
  return out.errors.empty();
}

}  // namespace dockopt::context
