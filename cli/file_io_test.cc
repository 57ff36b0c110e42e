// Atomic output must not replace what is not a regular file, nor turn a symlink into a file.
#include "cli/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace dockopt::cli {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("dockopt-file-io-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

// A FIFO stands for /dev/null and friends: renaming over it would leave a regular file behind.
TEST(WriteFileAtomic, WritesIntoANonRegularFileInsteadOfReplacingIt) {
  TempDir dir;
  const std::string fifo = (dir.path / "pipe").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  std::string error;
  ASSERT_TRUE(WriteFileAtomic(fifo, "FROM a\n", error)) << error;
  struct stat st {};
  ASSERT_EQ(::stat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode)) << "the FIFO was replaced by a regular file";
  char buffer[16] = {};
  EXPECT_EQ(::read(reader, buffer, sizeof buffer), 7);
  EXPECT_EQ(std::string(buffer, 7), "FROM a\n");
  ::close(reader);
}

TEST(WriteFileAtomic, RewritesTheTargetOfASymlinkAndKeepsTheLink) {
  TempDir dir;
  const fs::path target = dir.path / "Dockerfile.real";
  const fs::path link = dir.path / "Dockerfile";
  std::string error;
  ASSERT_TRUE(WriteFileAtomic(target.string(), "FROM old\n", error)) << error;
  fs::create_symlink(target.filename(), link);
  ASSERT_TRUE(WriteFileAtomic(link.string(), "FROM new\n", error)) << error;
  EXPECT_TRUE(fs::is_symlink(link));
  std::string text;
  ASSERT_TRUE(ReadInput(target.string(), text, error)) << error;
  EXPECT_EQ(text, "FROM new\n");
}

}  // namespace
}  // namespace dockopt::cli
