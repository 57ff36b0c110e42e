// ContextFiles: the one reader of the build context.
#include "context/context_files.h"

#include <gtest/gtest.h>

#include "context/test_tree.h"

namespace dockopt::context {
namespace {

using testing::TempTree;

TEST(ContextFiles, ReadsExistsAndListsInsideTheContext) {
  TempTree tree;
  tree.Write("app/main.py", "print(1)\n");
  tree.Write("app/util.py", "x");
  tree.Dir("app/pkg");
  const ContextFiles files(tree.str());
  EXPECT_TRUE(files.Exists("./app/main.py"));
  EXPECT_TRUE(files.IsFile("/app/main.py"));  // a leading '/' is the context root
  EXPECT_TRUE(files.IsDirectory("app"));
  EXPECT_FALSE(files.Exists("app/none.py"));
  EXPECT_EQ(files.Read("app/main.py"), "print(1)\n");
  EXPECT_EQ(files.ReadHead("app/main.py", 5), "print");
  EXPECT_EQ(files.List("app", "*.py"), (std::vector<std::string>{"main.py", "util.py"}));
  EXPECT_EQ(files.List("app", "*", true), (std::vector<std::string>{"pkg"}));
}

TEST(ContextFiles, NeverReadsOutsideTheContext) {
  TempTree outside, tree;
  outside.Write("secret", "s");
  tree.Link((outside.root() / "secret").string(), "link");
  tree.Link(outside.str(), "dirlink");
  tree.Write("ok", "o");
  const ContextFiles files(tree.str());
  EXPECT_TRUE(files.Exists("link"));  // the link itself is in the context ...
  EXPECT_FALSE(files.Read("link"));   // ... but what it points to is not
  EXPECT_FALSE(files.IsDirectory("dirlink"));
  EXPECT_TRUE(files.Glob("dirlink/*").empty());
  EXPECT_FALSE(files.Read("../" + outside.root().filename().string() + "/secret"));
  EXPECT_EQ(files.Read("ok"), "o");
}

TEST(ContextFiles, ReadsAreBounded) {
  TempTree tree;
  tree.Sparse("big.bin", ContextFiles::kMaxReadBytes + 1);
  tree.Write("small", "12345");
  const ContextFiles files(tree.str());
  EXPECT_FALSE(files.Read("big.bin"));
  EXPECT_FALSE(files.Read("small", 4));
  EXPECT_EQ(files.Read("small", 5), "12345");
}

TEST(ContextFiles, TheIgnoreFileHidesFiles) {
  TempTree tree;
  tree.Write(".dockerignore", "secrets\n*.log\n");
  tree.Write("secrets/key", "k");
  tree.Write("a.log", "l");
  tree.Write("a.txt", "t");
  std::string error;
  const std::optional<ContextFiles> files = ContextFiles::Open(tree.str(), error);
  ASSERT_TRUE(files) << error;
  EXPECT_FALSE(files->Exists("secrets/key"));
  EXPECT_FALSE(files->Read("a.log"));
  EXPECT_EQ(files->Glob("a.*"), (std::vector<std::string>{"a.txt"}));
}

TEST(ContextFiles, GlobsLikeBuildKitWithNoCap) {
  TempTree tree;
  for (int i = 0; i < 25; ++i) {
    // Appended, not `"d" + std::to_string(...)`: GCC 12 at -O3 reports a -Wrestrict false positive there.
    std::string path = "d";
    path += std::to_string(i % 5);
    path += "/f";
    path += std::to_string(i);
    path += ".txt";
    tree.Write(path, "x");
  }
  const ContextFiles files(tree.str());
  EXPECT_EQ(files.Glob("d*/f*.txt").size(), 25u);
  EXPECT_EQ(files.Glob("./d0/../d1/f1.txt"), (std::vector<std::string>{"d1/f1.txt"}));
  EXPECT_EQ(files.Glob("."), (std::vector<std::string>{"."}));
  EXPECT_TRUE(files.Glob("../x").empty());
}

TEST(ContextFiles, WalksInNameOrderAndSkipsOnRequest) {
  TempTree tree;
  tree.Write("b/x", "");
  tree.Write("a/y", "");
  tree.Write("vendor/z", "");
  const ContextFiles files(tree.str());
  std::vector<std::string> seen;
  files.Walk([&](const std::string& path, bool directory) {
    seen.push_back(path);
    return directory && path == "vendor" ? ContextFiles::Step::kSkip : ContextFiles::Step::kContinue;
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"a", "a/y", "b", "b/x", "vendor"}));
}

}  // namespace
}  // namespace dockopt::context
