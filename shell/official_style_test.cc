// RUN bodies written after the Docker official images (shell/testdata/official_style, listed in its
// SOURCES.tsv): each prints back byte for byte, its command tree matches the golden <name>.tree, and
// nearly all are fully modelled.
// DOCKOPT_UPDATE_GOLDEN=1 rewrites the .tree files.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "ir/test_support.h"
#include "shell/parse_script.h"
#include "shell/tree_dump.h"

namespace dockopt::shell {
namespace {

TEST(OfficialStyleTest, TreesMatchAndNearlyAllAreModelled) {
  std::filesystem::path dir = std::filesystem::path(DOCKOPT_SOURCE_DIR) / "shell/testdata/official_style";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "test data absent: " << dir;
  std::vector<std::filesystem::path> scripts;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".sh") scripts.push_back(entry.path());
  std::sort(scripts.begin(), scripts.end());
  ASSERT_GE(scripts.size(), 60u);
  std::string sources = testing::ReadFile(dir / "SOURCES.tsv");  // where each script comes from
  bool update = std::getenv("DOCKOPT_UPDATE_GOLDEN") != nullptr;
  size_t modelled = 0;
  std::string unmodelled;  // named in the failure message
  for (const std::filesystem::path& path : scripts) {
    // Appended, not `"\n" + name + "\t"`: GCC 12 at -O3 reports a false -Wrestrict in that operator+.
    std::string row = "\n";
    row += path.filename().string();
    row += '\t';
    EXPECT_NE(sources.find(row), std::string::npos) << path.filename() << " is not listed in SOURCES.tsv";
    std::string text = testing::ReadFile(path);
    Script script = ParseScript(text, ParseOptions{4, '\\', false});  // as the arguments of `RUN `
    std::string why;
    ASSERT_TRUE(CheckTiling(script, &why)) << path << ": " << why;
    ASSERT_EQ(Print(script), text) << path;
    if (script.FullyModelled())
      ++modelled;
    else
      unmodelled.append(" ").append(path.filename().string()).append(" (").append(script.error).append(")");
    std::string tree = DumpTree(script);
    std::filesystem::path golden = path;
    golden.replace_extension(".tree");
    if (update) {
      std::ofstream(golden, std::ios::binary) << tree;
      continue;
    }
    ASSERT_TRUE(std::filesystem::exists(golden)) << golden << " missing; run with DOCKOPT_UPDATE_GOLDEN=1";
    EXPECT_EQ(tree, testing::ReadFile(golden)) << path;
  }
  double share = 100.0 * static_cast<double>(modelled) / static_cast<double>(scripts.size());
  printf("official-style scripts: %zu, %zu fully modelled (%.1f%%)\n", scripts.size(), modelled, share);
  EXPECT_GE(share, 98.0) << "not fully modelled:" << unmodelled;
}

}  // namespace
}  // namespace dockopt::shell
