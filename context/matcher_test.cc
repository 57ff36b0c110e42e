// Matcher behaviour beyond the corpus: errors with file:line, pruning, ignore-file choice, globbing.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "context/glob.h"
#include "context/ignore_file.h"
#include "context/matcher.h"
#include "context/path_clean.h"
#include "context/test_matcher.h"

namespace dockopt::context {
namespace {

using testing::MakeMatcher;

TEST(Matcher, ReversedRangeFailsAtInitNotLater) {
  // filepath.Match(p, ".") accepts it; Go's regexp rejects range `l-O`. We report it up front.
  PatternMatcher matcher;
  std::string error;
  size_t bad = 99;
  EXPECT_FALSE(matcher.Init({"ok", "[Local-Only]/"}, error, bad));
  EXPECT_EQ(bad, 1u);
  EXPECT_EQ(error, "syntax error in pattern (invalid character class range)");
}

TEST(Matcher, BadPatternNamesFileLineAndColumn) {
  IgnoreFile file;
  file.path = ".dockerignore";
  file.text = "# comment\nnode_modules\n  [x-]\n";
  file.lines = ReadIgnoreLines(file.text);
  PatternMatcher matcher;
  std::string error;
  EXPECT_FALSE(BuildMatcher(file, matcher, error));
  EXPECT_EQ(error, ".dockerignore:3:3: error: bad pattern '[x-]': syntax error in pattern");
}

TEST(Matcher, LoneBangIsAnError) {
  IgnoreFile file;
  file.path = ".dockerignore";
  file.lines = ReadIgnoreLines("a\n!\n");
  PatternMatcher matcher;
  std::string error;
  EXPECT_FALSE(BuildMatcher(file, matcher, error));
  EXPECT_EQ(error, ".dockerignore:2:1: error: bad pattern '!': illegal exclusion pattern '!'");
}

TEST(Matcher, CommentOnlyWhenHashIsFirstByte) {
  const auto lines = ReadIgnoreLines("#x\n  #y\n\xEF\xBB\xBF" "z\r\n/abs/./p/\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].pattern, "#y");  // indented '#' is a pattern, as in Docker
  EXPECT_EQ(lines[0].line, 2u);
  EXPECT_EQ(lines[1].pattern, "\xEF\xBB\xBF" "z");  // a BOM counts only at the very start
  EXPECT_EQ(lines[2].pattern, "abs/p");
}

TEST(Matcher, LastMatchWinsAndParentsMatch) {
  auto m = MakeMatcher({"docs", "!docs/keep.md", "docs/keep.md"});
  EXPECT_TRUE(m.MatchesOrParentMatches("docs/keep.md"));
  m = MakeMatcher({"docs", "!docs/keep.md"});
  EXPECT_FALSE(m.MatchesOrParentMatches("docs/keep.md"));
  EXPECT_TRUE(m.MatchesOrParentMatches("docs/other.md"));
  EXPECT_TRUE(m.MatchesOrParentMatches("docs/a/b/c"));
  m = MakeMatcher({"abc/**"});
  EXPECT_FALSE(m.MatchesOrParentMatches("abc"));
  EXPECT_TRUE(m.MatchesOrParentMatches("abc/x"));
}

TEST(Matcher, RunesNotBytes) {
  auto m = MakeMatcher({"a?b", "caf[é]"});
  EXPECT_TRUE(m.MatchesOrParentMatches("a\u263Ab"));
  EXPECT_TRUE(m.MatchesOrParentMatches("caf\u00e9"));
  EXPECT_FALSE(m.MatchesOrParentMatches("a/b"));
}

TEST(Matcher, PruningFollowsFsutil) {
  EXPECT_TRUE(MakeMatcher({"node_modules"}).CanSkipExcludedDir("node_modules"));
  EXPECT_FALSE(MakeMatcher({"node_modules", "!node_modules/keep"}).CanSkipExcludedDir("node_modules"));
  EXPECT_TRUE(MakeMatcher({"node_modules", "!src/keep"}).CanSkipExcludedDir("node_modules"));
  EXPECT_TRUE(MakeMatcher({"build", "!build/**"}).CanSkipExcludedDir("dist"));
  // A wildcard exception could re-include anything anywhere: no excluded dir may be skipped.
  EXPECT_FALSE(MakeMatcher({"node_modules", "!*.md"}).CanSkipExcludedDir("node_modules"));
}

TEST(Glob, GoFilepathMatch) {
  EXPECT_EQ(GlobMatch("*.txt", "a.txt"), GlobResult::kMatch);
  EXPECT_EQ(GlobMatch("*.txt", "d/a.txt"), GlobResult::kNoMatch);
  EXPECT_EQ(GlobMatch("d/*.txt", "d/a.txt"), GlobResult::kMatch);
  EXPECT_EQ(GlobMatch("requirements*.txt", "requirements-dev.txt"), GlobResult::kMatch);
  EXPECT_EQ(GlobMatch("[", "x"), GlobResult::kBadPattern);
  EXPECT_EQ(GlobMatch("a[", "b"), GlobResult::kBadPattern);  // reported even after a mismatch
  EXPECT_EQ(GlobMatch("a\\*b", "a*b"), GlobResult::kMatch);
}

TEST(PathClean, GoClean) {
  EXPECT_EQ(CleanPath(""), ".");
  EXPECT_EQ(CleanPath("docs/"), "docs");
  EXPECT_EQ(CleanPath("a/./b//c/.."), "a/b");
  EXPECT_EQ(CleanPath("../../x"), "../../x");
  EXPECT_EQ(CleanPath("/../x"), "/x");
  EXPECT_EQ(CleanPath("a/../.."), "..");
}

class IgnoreFileChoice : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dockopt-ignore-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    std::filesystem::create_directories(dir_ / "build");
    Write(dir_ / ".dockerignore", "generic\n");
    Write(dir_ / "build/app.Dockerfile", "FROM scratch\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  static void Write(const std::filesystem::path& path, const std::string& text) { std::ofstream(path) << text; }
  std::filesystem::path dir_;
};

TEST_F(IgnoreFileChoice, FallsBackToContextDockerignore) {
  IgnoreFile file;
  std::string error;
  ASSERT_TRUE(LoadIgnoreFile(dir_, dir_ / "build/app.Dockerfile", file, error)) << error;
  EXPECT_EQ(file.path, (dir_ / ".dockerignore").string());
  ASSERT_EQ(file.lines.size(), 1u);
  EXPECT_EQ(file.lines[0].pattern, "generic");
}

TEST_F(IgnoreFileChoice, PrefersDockerfileSpecificFile) {
  Write(dir_ / "build/app.Dockerfile.dockerignore", "specific\n");
  IgnoreFile file;
  std::string error;
  ASSERT_TRUE(LoadIgnoreFile(dir_, dir_ / "build/app.Dockerfile", file, error)) << error;
  EXPECT_EQ(file.path, (dir_ / "build/app.Dockerfile.dockerignore").string());
  ASSERT_EQ(file.lines.size(), 1u);
  EXPECT_EQ(file.lines[0].pattern, "specific");
}

TEST_F(IgnoreFileChoice, AbsentFileIsNotAnError) {
  std::filesystem::remove(dir_ / ".dockerignore");
  IgnoreFile file;
  std::string error;
  ASSERT_TRUE(LoadIgnoreFile(dir_, dir_ / "Dockerfile", file, error)) << error;
  EXPECT_FALSE(file.exists);
  EXPECT_EQ(file.path, (dir_ / ".dockerignore").string());
}

}  // namespace
}  // namespace dockopt::context
