// File input and atomic output: temp file + fsync + rename, keeping the file mode.
#include "cli/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fmt/core.h>

namespace dockopt::cli {

bool ReadInput(const std::string& path, std::string& out, std::string& error) {
  int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = fmt::format("{}: {}", path, std::strerror(errno));
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    error = fmt::format("{}: is a directory", path);
    if (fd != STDIN_FILENO) ::close(fd);
    return false;
  }
  out.clear();
  // A regular file is read into a string of its size: grown by appends, a large file's string
  // would hold up to twice its bytes for the whole run.
  if (S_ISREG(st.st_mode) && st.st_size > 0) out.reserve(static_cast<size_t>(st.st_size));
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = fmt::format("{}: {}", path, std::strerror(errno));
      if (fd != STDIN_FILENO) ::close(fd);
      return false;
    }
    if (n == 0) break;
    out.append(buffer, static_cast<size_t>(n));
  }
  if (fd != STDIN_FILENO) ::close(fd);
  return true;
}

namespace {

// Writes straight into an existing non-regular file (/dev/null, /dev/stdout, a FIFO): renaming a
// temporary file over it would replace the device itself, which root is allowed to do.
bool WriteInPlace(const std::string& path, const std::string& bytes, std::string& error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) {
    error = fmt::format("{}: {}", path, std::strerror(errno));
    return false;
  }
  size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = fmt::format("{}: write failed: {}", path, std::strerror(errno));
      ::close(fd);
      return false;
    }
    written += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) {
    error = fmt::format("{}: close failed: {}", path, std::strerror(errno));
    return false;
  }
  return true;
}

}  // namespace

bool WriteFileAtomic(const std::string& given, const std::string& bytes, std::string& error) {
  // A symlink stays a symlink: the file it points to is the one rewritten.
  std::string path = given;
  struct stat link {};
  if (::lstat(given.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    char* resolved = ::realpath(given.c_str(), nullptr);
    if (resolved != nullptr) {
      path = resolved;
      std::free(resolved);
    }
  }
  mode_t mode = 0644;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    if (!S_ISREG(st.st_mode)) return WriteInPlace(path, bytes, error);
    mode = st.st_mode & 07777;
  }
  std::string temp = path + ".dockopt-tmp-XXXXXX";
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    error = fmt::format("{}: cannot create temporary file: {}", path, std::strerror(errno));
    return false;
  }
  auto fail = [&](const char* what) {
    error = fmt::format("{}: {}: {}", path, what, std::strerror(errno));
    ::close(fd);
    ::unlink(temp.c_str());
    return false;
  };
  size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail("write failed");
    written += static_cast<size_t>(n);
  }
  if (::fchmod(fd, mode) != 0) return fail("chmod failed");
  if (::fsync(fd) != 0) return fail("fsync failed");
  if (::close(fd) != 0) {
    error = fmt::format("{}: close failed: {}", path, std::strerror(errno));
    ::unlink(temp.c_str());
    return false;
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    error = fmt::format("{}: rename failed: {}", path, std::strerror(errno));
    ::unlink(temp.c_str());
    return false;
  }
  return true;
}

}  // namespace dockopt::cli
