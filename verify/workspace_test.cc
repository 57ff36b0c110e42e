// Tests for Workspace: the context is copied, only the copy is edited, and paths cannot escape it.
#include "verify/workspace.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dockopt::verify {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

class WorkspaceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    source_ = fs::temp_directory_path() / ("dockopt-ws-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    fs::create_directories(source_ / "app");
    std::ofstream(source_ / "app/main.py") << "print(1)\n";
    fs::create_symlink("/etc/hostname", source_ / "escape");
  }
  void TearDown() override { fs::remove_all(source_); }
  fs::path source_;
};

TEST_F(WorkspaceTest, TouchEditsOnlyTheCopy) {
  std::string root;
  {
    Workspace ws;
    ASSERT_TRUE(ws.ok());
    root = ws.root();
    std::string error;
    ASSERT_TRUE(ws.CopyContext(source_.string(), error)) << error;
    ASSERT_TRUE(ws.Touch("app/main.py", "\n", error)) << error;
    EXPECT_EQ(Slurp(fs::path(ws.context()) / "app/main.py"), "print(1)\n\n");
    EXPECT_EQ(Slurp(source_ / "app/main.py"), "print(1)\n");
    EXPECT_FALSE(ws.WriteFile("Dockerfile.original", "FROM x\n", error).empty());
  }
  EXPECT_FALSE(fs::exists(root));  // removed without Keep()
}

TEST_F(WorkspaceTest, RefusesPathsOutsideTheCopy) {
  Workspace ws;
  std::string error;
  ASSERT_TRUE(ws.CopyContext(source_.string(), error)) << error;
  EXPECT_FALSE(ws.Touch("../../../etc/hostname", "\n", error));
  EXPECT_FALSE(ws.Touch("escape", "\n", error));
  EXPECT_EQ(error, "--rebuild-touch escape: the path leads outside the context");
  EXPECT_FALSE(ws.Touch("app/missing.py", "\n", error));
  EXPECT_EQ(error, "--rebuild-touch app/missing.py: no such file in the context");
}

TEST_F(WorkspaceTest, MissingContext) {
  Workspace ws;
  std::string error;
  EXPECT_FALSE(ws.CopyContext((source_ / "nope").string(), error));
  EXPECT_EQ(error, (source_ / "nope").string() + ": not a directory");
}

}  // namespace
}  // namespace dockopt::verify
