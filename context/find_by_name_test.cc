#include "context/find_by_name.h"

#include <gtest/gtest.h>

#include "context/test_tree.h"

namespace dockopt::context {
namespace {

using testing::TempTree;

TEST(UniqueFileNamed, FindsTheOneFileOfThatName) {
  TempTree tree;
  tree.Write(".docker/partdb-entrypoint.sh", "#!/bin/sh\nexec \"$@\"\n");
  tree.Write("src/app.php", "<?php\n");
  ContextFiles files(tree.str());
  EXPECT_EQ(UniqueFileNamed(files, "partdb-entrypoint.sh"), ".docker/partdb-entrypoint.sh");
  EXPECT_EQ(UniqueFileNamed(files, "missing.sh"), std::nullopt);
}

TEST(UniqueFileNamed, TwoFilesOfThatNameFindNone) {
  TempTree tree;
  tree.Write("docker/dev/entrypoint.sh", "dev\n");
  tree.Write("docker/prod/entrypoint.sh", "prod\n");
  ContextFiles files(tree.str());
  EXPECT_EQ(UniqueFileNamed(files, "entrypoint.sh"), std::nullopt);
}

TEST(UniqueFileNamed, DependencyFoldersAreNotSearched) {
  TempTree tree;
  tree.Write("node_modules/pkg/entrypoint.sh", "theirs\n");
  tree.Write("bin/entrypoint.sh", "ours\n");
  ContextFiles files(tree.str());
  EXPECT_EQ(UniqueFileNamed(files, "entrypoint.sh"), "bin/entrypoint.sh");
}

TEST(UniqueFileNamed, AWalkPastItsBoundFindsNothing) {
  TempTree tree;
  for (int i = 0; i < 10; ++i) tree.Write("a/f" + std::to_string(i), "x\n");
  tree.Write("z/start.sh", "y\n");
  ContextFiles files(tree.str());
  EXPECT_EQ(UniqueFileNamed(files, "start.sh", 5), std::nullopt);
  EXPECT_EQ(UniqueFileNamed(files, "start.sh"), "z/start.sh");
}

}  // namespace
}  // namespace dockopt::context
