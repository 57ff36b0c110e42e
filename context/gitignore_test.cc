// GitIgnoredPaths: which paths of a tree git ignores, as `context --fix` asks when it tells committed
// build outputs from local leftovers. The walk's use (GitIgnoreStack) is tested through
// `optimize -r` in cli/recursive_cli_test.cc.
#include "context/gitignore.h"

#include <gtest/gtest.h>

#include "context/test_tree.h"

namespace dockopt::context {
namespace {

using testing::TempTree;

TEST(GitIgnoredPathsTest, NoRootFileIgnoresNothing) {
  TempTree tree;
  GitIgnoredPaths git(tree.root());
  EXPECT_FALSE(git.HasRootFile());
  EXPECT_FALSE(git.Ignored("dist", true));
}

TEST(GitIgnoredPathsTest, UnanchoredNamesMatchAtAnyDepthAndAnchoredOnesOnlyAtTheRoot) {
  TempTree tree;
  tree.Write(".gitignore", "# build outputs\nnode_modules\n/dist\n");
  GitIgnoredPaths git(tree.root());
  EXPECT_TRUE(git.HasRootFile());
  EXPECT_TRUE(git.Ignored("node_modules", true));
  EXPECT_TRUE(git.Ignored("web/node_modules", true));
  EXPECT_TRUE(git.Ignored("dist", true));
  EXPECT_FALSE(git.Ignored("web/dist", true));
}

TEST(GitIgnoredPathsTest, ATrailingSlashMatchesOnlyDirectories) {
  TempTree tree;
  tree.Write(".gitignore", "build/\n");
  GitIgnoredPaths git(tree.root());
  EXPECT_TRUE(git.Ignored("build", true));
  EXPECT_FALSE(git.Ignored("build", false));
}

TEST(GitIgnoredPathsTest, AnIgnoredParentIgnoresEverythingBelowEvenANegatedPath) {
  TempTree tree;
  tree.Write(".gitignore", "out/\n!out/keep.db\n");
  GitIgnoredPaths git(tree.root());
  EXPECT_TRUE(git.Ignored("out/sub/x.log", false));
  EXPECT_TRUE(git.Ignored("out/keep.db", false));
}

TEST(GitIgnoredPathsTest, ANestedFileAppliesBelowItsDirectoryAndTheLastMatchingLineWins) {
  TempTree tree;
  tree.Write(".gitignore", "*.db\n");
  tree.Write("web/.gitignore", "/build\n!seed.db\n");
  GitIgnoredPaths git(tree.root());
  EXPECT_TRUE(git.Ignored("web/build", true));
  EXPECT_FALSE(git.Ignored("build", true));
  EXPECT_FALSE(git.Ignored("web/seed.db", false));
  EXPECT_TRUE(git.Ignored("local.db", false));
  EXPECT_TRUE(git.Ignored("web/local.db", false));
}

}  // namespace
}  // namespace dockopt::context
