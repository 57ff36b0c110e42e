// Walker, bloat and COPY-source checks over generated context trees.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include "context/analyze.h"
#include "context/bloat.h"
#include "context/copy_sources.h"
#include "context/fix.h"
#include "context/test_matcher.h"
#include "context/test_tree.h"
#include "context/walker.h"

namespace dockopt::context {
namespace {

using testing::MakeMatcher;
using testing::TempTree;

WalkResult Walk(const TempTree& tree, const PatternMatcher* matcher = nullptr) {
  WalkOptions options;
  options.matcher = matcher;
  WalkResult result;
  EXPECT_TRUE(WalkContext(tree.str(), options, result)) << (result.errors.empty() ? "" : result.errors[0]);
  return result;
}

bool HasFile(const WalkResult& walk, const std::string& path) {
  return std::any_of(walk.files.begin(), walk.files.end(), [&](const WalkedFile& f) { return f.path == path; });
}

const Bloat* FindKind(const std::vector<Bloat>& bloat, const std::string& path) {
  for (const Bloat& b : bloat)
    if (b.path == path) return &b;
  return nullptr;
}

TEST(Walker, SeedLayoutWithoutIgnoreSendsEverything) {
  TempTree tree;
  tree.MakeSeed();
  const WalkResult walk = Walk(tree);
  EXPECT_GT(walk.total_bytes, 100ull << 20);
  EXPECT_GT(walk.file_count, 20000u);
  const auto bloat = FindBloat(walk);
  ASSERT_NE(FindKind(bloat, ".venv"), nullptr);
  EXPECT_EQ(FindKind(bloat, ".venv")->kind, "venv");
  EXPECT_EQ(FindKind(bloat, ".venv")->bytes, (100ull << 20) + 16);
  ASSERT_NE(FindKind(bloat, "frontend/node_modules"), nullptr);
  EXPECT_EQ(FindKind(bloat, "frontend/node_modules")->bytes, 20000u);
  ASSERT_NE(FindKind(bloat, ".git"), nullptr);
  EXPECT_EQ(FindKind(bloat, ".git")->kind, "git");
  ASSERT_NE(FindKind(bloat, "app/__pycache__"), nullptr);
  // Nothing inside a flagged directory is flagged again (the 70 MiB file is inside .venv).
  EXPECT_EQ(FindKind(bloat, ".venv/lib/python3.11/site-packages/torch/libtorch_cpu.so"), nullptr);
}

TEST(Walker, ExcludedDirectoryIsNeverOpened) {
  TempTree tree;
  tree.MakeSeed(2000);
  const auto matcher = MakeMatcher({"**/node_modules", "**/.venv", ".git"});
  const WalkResult walk = Walk(tree, &matcher);
  EXPECT_EQ(walk.pruned_dirs, 3u);
  EXPECT_LT(walk.total_bytes, 4096u);
  EXPECT_FALSE(HasFile(walk, "frontend/node_modules/pkg0/f0.js"));
  EXPECT_TRUE(HasFile(walk, "app/main.py"));
  for (const WalkedDir& d : walk.dirs) EXPECT_EQ(d.path.find("node_modules"), std::string::npos) << d.path;
}

TEST(Walker, ExceptionReincludesInsideExcludedDirectory) {
  TempTree tree;
  tree.Write("node_modules/keep.js", "keep");
  tree.Write("node_modules/drop.js", "drop");
  tree.Write("node_modules/sub/x.js", "x");
  const auto matcher = MakeMatcher({"node_modules", "!node_modules/keep.js"});
  const WalkResult walk = Walk(tree, &matcher);
  // node_modules must be read (an exception points inside); node_modules/sub need not be.
  EXPECT_EQ(walk.pruned_dirs, 1u);
  EXPECT_TRUE(HasFile(walk, "node_modules/keep.js"));
  EXPECT_FALSE(HasFile(walk, "node_modules/drop.js"));
  EXPECT_FALSE(HasFile(walk, "node_modules/sub/x.js"));
  EXPECT_EQ(walk.total_bytes, 4u);
}

TEST(Walker, NestedNodeModulesFlaggedOnceAndExcludedEverywhere) {
  TempTree tree;
  tree.Write("node_modules/a/node_modules/b/index.js", "bbbb");
  tree.Write("node_modules/a/index.js", "aa");
  tree.Write("packages/web/node_modules/c/index.js", "ccc");
  tree.Write("packages/web/src/app.js", "app");
  const auto bloat = FindBloat(Walk(tree));
  ASSERT_NE(FindKind(bloat, "node_modules"), nullptr);
  EXPECT_EQ(FindKind(bloat, "node_modules")->bytes, 6u);
  EXPECT_EQ(FindKind(bloat, "node_modules/a/node_modules"), nullptr);
  ASSERT_NE(FindKind(bloat, "packages/web/node_modules"), nullptr);
  const auto matcher = MakeMatcher({"**/node_modules"});
  const WalkResult walk = Walk(tree, &matcher);
  EXPECT_EQ(walk.file_count, 1u);
  EXPECT_TRUE(HasFile(walk, "packages/web/src/app.js"));
}

TEST(Walker, VenvFoundByPyvenvCfgWhateverItsName) {
  TempTree tree;
  tree.Write("env2/pyvenv.cfg", "home = /usr/bin\n");
  tree.Sparse("env2/lib/big.so", 3ull << 20);
  tree.Write("venv_notes/readme.txt", "not a venv");
  const auto bloat = FindBloat(Walk(tree));
  ASSERT_NE(FindKind(bloat, "env2"), nullptr);
  EXPECT_EQ(FindKind(bloat, "env2")->kind, "venv");
  EXPECT_EQ(FindKind(bloat, "venv_notes"), nullptr);
}

TEST(Walker, FlagsLogsDatabasesBuildOutputsAndLargeFiles) {
  TempTree tree;
  tree.Write("server.log", "log");
  tree.Write("data/app.sqlite3", "db");
  tree.Write("data/app.sqlite3-wal", "db");
  tree.Write("Dockerfile.sqlite-builder", "FROM debian\n");  // held16's Prefect: a Dockerfile, not a database
  tree.Write("local.db", "db");
  tree.Write("dist/app.whl", "whl");
  tree.Write("web/.next/cache", "n");
  tree.Sparse("assets/video.mp4", 2ull << 20);
  tree.Write("src/small.txt", "s");
  const auto bloat = FindBloat(Walk(tree));
  EXPECT_EQ(FindKind(bloat, "server.log")->kind, "log");
  EXPECT_EQ(FindKind(bloat, "data/app.sqlite3")->kind, "database");
  EXPECT_EQ(FindKind(bloat, "data/app.sqlite3-wal")->kind, "database");
  EXPECT_EQ(FindKind(bloat, "Dockerfile.sqlite-builder"), nullptr);
  EXPECT_EQ(FindKind(bloat, "local.db")->kind, "database");
  EXPECT_EQ(FindKind(bloat, "dist")->kind, "build-output");
  EXPECT_EQ(FindKind(bloat, "web/.next")->kind, "build-output");
  EXPECT_EQ(FindKind(bloat, "assets/video.mp4")->kind, "large-file");
  EXPECT_EQ(FindKind(bloat, "src/small.txt"), nullptr);
  EXPECT_EQ(bloat.front().path, "assets/video.mp4");  // largest first
}

TEST(Walker, SymlinksAreCountedNotFollowedEvenInLoops) {
  TempTree tree;
  tree.Write("real/file.txt", "12345");
  tree.Link(".", "loop");              // a directory loop
  tree.Link("self", "self");           // a link to itself
  tree.Link("real", "real_link");      // a link to a directory: not entered
  tree.Link("/nonexistent/target", "dangling");
  const WalkResult walk = Walk(tree);
  EXPECT_EQ(walk.file_count, 5u);
  EXPECT_TRUE(HasFile(walk, "loop"));
  EXPECT_FALSE(HasFile(walk, "real_link/file.txt"));
  EXPECT_EQ(walk.total_bytes, 5u + 1 + 4 + 4 + std::string("/nonexistent/target").size());
}

TEST(Walker, OddNamesAreMatchedAndReported) {
  TempTree tree;
  tree.Write("with space/a file.txt", "1");
  tree.Write("-rf", "22");
  tree.Write("--help/x", "333");
  tree.Write("caf\u00e9/\u65e5\u672c.txt", "4444");
  const auto matcher = MakeMatcher({"caf?/*.txt", "with space"});
  const WalkResult walk = Walk(tree, &matcher);
  EXPECT_TRUE(HasFile(walk, "-rf"));
  EXPECT_TRUE(HasFile(walk, "--help/x"));
  EXPECT_FALSE(HasFile(walk, "caf\u00e9/\u65e5\u672c.txt"));  // '?' is one rune, not one byte
  EXPECT_FALSE(HasFile(walk, "with space/a file.txt"));
  EXPECT_EQ(walk.total_bytes, 5u);
}

TEST(Walker, EmptyContext) {
  TempTree tree;
  const WalkResult walk = Walk(tree);
  EXPECT_EQ(walk.total_bytes, 0u);
  EXPECT_EQ(walk.file_count, 0u);
  EXPECT_TRUE(FindBloat(walk).empty());
}

TEST(Walker, MissingContextIsAnError) {
  WalkResult walk;
  EXPECT_FALSE(WalkContext("/nonexistent/dockopt/context", {}, walk));
  ASSERT_EQ(walk.errors.size(), 1u);
  EXPECT_EQ(walk.errors[0], "cannot read context directory '/nonexistent/dockopt/context': No such file or directory");
}

// Tests run as root, where chmod 000 does not stop reads; the identity seam makes the walker judge
// the mode bits as an unprivileged user would, so the error path is tested either way.
TEST(Walker, UnreadableFileAndDirectoryAreErrors) {
  TempTree tree;
  tree.Write("secret.txt", "s");
  tree.Write("locked/inner.txt", "i");
  tree.Write("ok.txt", "o");
  ::chmod((tree.root() / "secret.txt").c_str(), 0);
  ::chmod((tree.root() / "locked").c_str(), 0);
  WalkOptions options;
  options.identity = Identity{54321, 54321};
  WalkResult walk;
  EXPECT_FALSE(WalkContext(tree.str(), options, walk));
  std::sort(walk.errors.begin(), walk.errors.end());
  ASSERT_EQ(walk.errors.size(), 2u);
  EXPECT_EQ(walk.errors[0], "cannot read 'secret.txt': Permission denied");
  EXPECT_EQ(walk.errors[1], "cannot read directory 'locked': Permission denied");
}

TEST(Walker, UnreadableButExcludedIsFine) {
  TempTree tree;
  tree.Write("secret.txt", "s");
  tree.Write("locked/inner.txt", "i");
  ::chmod((tree.root() / "secret.txt").c_str(), 0);
  ::chmod((tree.root() / "locked").c_str(), 0);
  // The wildcard exception stops pruning, so 'locked' is opened; fsutil ignores EACCES there.
  const auto matcher = MakeMatcher({"secret.txt", "locked", "!*.md"});
  WalkOptions options;
  options.matcher = &matcher;
  options.identity = Identity{54321, 54321};
  WalkResult walk;
  EXPECT_TRUE(WalkContext(tree.str(), options, walk)) << walk.errors[0];
}

TEST(Walker, UnreadableForRealUser) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: chmod 000 does not block reads (covered by the identity seam)";
  TempTree tree;
  tree.Write("locked/inner.txt", "i");
  ::chmod((tree.root() / "locked").c_str(), 0);
  WalkResult walk;
  EXPECT_FALSE(WalkContext(tree.str(), {}, walk));
  ASSERT_FALSE(walk.errors.empty());
  EXPECT_EQ(walk.errors[0], "cannot read directory 'locked': Permission denied");
}

std::vector<CopySourceCheck> Check(const TempTree& tree, const PatternMatcher& matcher,
                                   const std::vector<std::string>& sources) {
  std::vector<CopySource> list;
  for (const std::string& s : sources) list.push_back({s, "COPY", 1, 6, ""});
  WalkOptions options;
  options.matcher = &matcher;
  WalkResult walk;
  EXPECT_TRUE(WalkContext(tree.str(), options, walk));
  return CheckCopySources(tree.str(), list, &matcher, walk);
}

TEST(CopySources, FoundMissingExcludedAndWildcards) {
  TempTree tree;
  tree.Write("requirements.txt", "a");
  tree.Write("requirements-dev.txt", "b");
  tree.Write("app/main.py", "c");
  tree.Write("secrets/key", "d");
  tree.Write("docs/README.md", "e");
  tree.Write("docs/other.md", "f");
  const auto matcher = MakeMatcher({"secrets", "docs", "!docs/README.md"});
  const auto checks = Check(tree, matcher, {"requirements*.txt", "app/", "/app/main.py", "secrets/key", "missing.txt",
                                            "docs", "*.nothing", "${APP}", "../outside", "."});
  ASSERT_EQ(checks.size(), 10u);
  EXPECT_TRUE(checks[0].found);
  EXPECT_EQ(checks[0].matches, (std::vector<std::string>{"requirements-dev.txt", "requirements.txt"}));
  EXPECT_TRUE(checks[1].found && !checks[1].excluded);
  EXPECT_TRUE(checks[2].found && !checks[2].excluded);
  EXPECT_TRUE(checks[3].found && checks[3].excluded);
  EXPECT_FALSE(checks[4].found);
  EXPECT_TRUE(checks[5].found && !checks[5].excluded) << "docs/README.md is re-included, so 'docs' sends something";
  EXPECT_FALSE(checks[6].found);
  EXPECT_TRUE(checks[7].unchecked);
  EXPECT_TRUE(checks[8].unchecked);
  EXPECT_TRUE(checks[9].found);
  EXPECT_TRUE(HasCopyErrors(checks));
}

// `COPY ${JAR_FILE} app.jar` with `ARG JAR_FILE=build/libs/app.jar`: checked at the default.
TEST(CopySources, ChecksAVariableSourceAtItsDefault) {
  TempTree tree;
  tree.Write("build/libs/app.jar", "jar");
  const auto matcher = MakeMatcher({"build"});
  std::vector<CopySource> list = {{"${JAR_FILE}", "COPY", 1, 6, "build/libs/app.jar"},
                                  {"${OTHER}", "COPY", 2, 6, "not/there.jar"},
                                  {"${NONE}", "COPY", 3, 6, ""}};
  WalkOptions options;
  options.matcher = &matcher;
  WalkResult walk;
  ASSERT_TRUE(WalkContext(tree.str(), options, walk));
  const auto checks = CheckCopySources(tree.str(), list, &matcher, walk);
  ASSERT_EQ(checks.size(), 3u);
  EXPECT_TRUE(checks[0].found && checks[0].excluded) << "the default build fails: the ignore file hides the jar";
  EXPECT_EQ(checks[0].matches, (std::vector<std::string>{"build/libs/app.jar"}));
  EXPECT_TRUE(checks[1].unchecked) << "a --build-arg may name a path the default does not";
  EXPECT_TRUE(checks[2].unchecked);
}

TEST(Fix, ProtectsLiteralSourcesAndSkipsWildcardOnes) {
  TempTree tree;
  tree.Write("build/app.js", "app");
  tree.Write("build/junk.bin", "junk");
  tree.Write("dist/pkg.whl", "whl");
  tree.Write("node_modules/x/index.js", "x");
  tree.Write("keep.txt", "k");
  ContextRequest request{tree.str(), tree.str() + "/Dockerfile", {}, std::nullopt};
  request.copy_sources = {{"build/app.js", "COPY", 2, 6, ""}, {"dist/*.whl", "COPY", 3, 6, ""}};
  ContextReport report;
  std::string error;
  ASSERT_TRUE(AnalyzeContext(request, report, error)) << error;
  FixPlan plan;
  ASSERT_TRUE(PlanFix(request, report, plan, error)) << error;
  EXPECT_NE(std::find(plan.added.begin(), plan.added.end(), "**/node_modules"), plan.added.end());
  const auto build = std::find(plan.added.begin(), plan.added.end(), "**/build");
  ASSERT_NE(build, plan.added.end());
  ASSERT_NE(build + 1, plan.added.end());
  EXPECT_EQ(*(build + 1), "!build/app.js");
  EXPECT_EQ(std::find(plan.added.begin(), plan.added.end(), "**/dist"), plan.added.end());
  ASSERT_EQ(plan.skipped.size(), 1u);
  EXPECT_NE(plan.skipped[0].find("'**/dist' not added"), std::string::npos) << plan.skipped[0];
  for (const auto& c : plan.after_checks) EXPECT_TRUE(c.found && !c.excluded) << c.source.source;
  EXPECT_EQ(plan.new_text, std::string(kFixHeader) + "\n**/build\n!build/app.js\n**/node_modules\n");
}

// `COPY ./dist/${TARGETARCH}/ttyd /usr/bin/ttyd`: no default names the file, but it lies under dist/,
// which looks like a build output: leaving dist/ out would break the COPY on every platform.
TEST(Fix, KeepsTheFolderBeforeAVariableSource) {
  TempTree tree;
  tree.Write("dist/amd64/ttyd", "binary");
  tree.Write("build/junk.o", "junk");
  ContextRequest request{tree.str(), tree.str() + "/Dockerfile", {}, std::nullopt};
  request.copy_sources = {{"./dist/${TARGETARCH}/ttyd", "COPY", 4, 6, ""}};
  ContextReport report;
  std::string error;
  ASSERT_TRUE(AnalyzeContext(request, report, error)) << error;
  ASSERT_TRUE(report.copy_sources.at(0).unchecked);
  FixPlan plan;
  ASSERT_TRUE(PlanFix(request, report, plan, error)) << error;
  EXPECT_EQ(std::find(plan.added.begin(), plan.added.end(), "**/dist"), plan.added.end());
  EXPECT_NE(std::find(plan.added.begin(), plan.added.end(), "**/build"), plan.added.end()) << "unrelated bloat still goes";
  ASSERT_EQ(plan.skipped.size(), 1u);
  EXPECT_NE(plan.skipped[0].find("'**/dist' not added"), std::string::npos) << plan.skipped[0];
}

}  // namespace
}  // namespace dockopt::context
