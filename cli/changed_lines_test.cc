// Diff-aware review: unified diff parsing, path matching, and the --changed-lines/--diff-base runs.
#include "cli/changed_lines.h"

#include <gtest/gtest.h>

#include "cli/test_cli.h"

namespace dockopt::cli {
namespace {

using testing::CliTest;
using testing::Outcome;
namespace fs = std::filesystem;

TEST(ParseUnifiedDiff, AddedLinesOfEachNewFile) {
  std::string diff =
      "diff --git a/app/Dockerfile b/app/Dockerfile\n"
      "index 1..2 100644\n"
      "--- a/app/Dockerfile\n"
      "+++ b/app/Dockerfile\n"
      "@@ -2,3 +2,4 @@ FROM debian\n"
      " RUN a\n"
      "-RUN b\n"
      "+RUN c\n"
      "+RUN d\n"
      " RUN e\n"
      "@@ -10,0 +11 @@\n"
      "+RUN f\n"
      "--- a/gone\n"
      "+++ /dev/null\n"
      "@@ -1 +0,0 @@\n"
      "-x\n";
  ChangedLines changed = ParseUnifiedDiff(diff);
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed["app/Dockerfile"], (std::set<uint32_t>{3, 4, 11}));
}

TEST(ParseUnifiedDiff, PathsMatchByTrailingComponents) {
  ChangedLines changed = {{"svc/api/Dockerfile", {1}}};
  EXPECT_NE(LinesFor(changed, "api/Dockerfile"), nullptr);
  EXPECT_NE(LinesFor(changed, "/repo/svc/api/Dockerfile"), nullptr);
  EXPECT_NE(LinesFor(changed, "./svc/api/Dockerfile"), nullptr);
  EXPECT_EQ(LinesFor(changed, "web/Dockerfile"), nullptr);
}

constexpr const char* kTwoRuns =
    "FROM debian\n"
    "RUN apt-get update && apt-get install -y curl\n"
    "RUN pip install flask\n";

TEST_F(CliTest, ChangedLinesKeepsOnlyFindingsOnAddedLines) {
  fs::path file = Write("Dockerfile", kTwoRuns);
  fs::path diff = Write("change.diff", "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -3 +3 @@\n-RUN pip install x\n"
                                       "+RUN pip install flask\n");
  Outcome run = Dockopt("optimize --format gitlab --select DF101,DF104 --changed-lines " + diff.string() + " " +
                        file.string());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out.find("DF101"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("DF104"), std::string::npos) << run.out;
}

TEST_F(CliTest, DiffBaseAsksGitForTheChangedLines) {
  fs::path file = Write("Dockerfile", "FROM debian\nRUN apt-get update && apt-get install -y curl\n");
  std::string git = "cd " + dir_.string() + " && git -c init.defaultBranch=main init -q && git add Dockerfile && " +
                    "git -c user.name=t -c user.email=t@t commit -qm base";
  ASSERT_EQ(std::system((git + " >/dev/null 2>&1").c_str()), 0);
  std::ofstream(file, std::ios::app) << "RUN pip install flask\n";
  Outcome run = Dockopt("optimize --format json --select DF101,DF104 --diff-base HEAD " + file.string());
  EXPECT_EQ(run.out.find("\"DF101\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"DF104\""), std::string::npos) << run.out;
  Outcome outside = Dockopt("optimize --format json --diff-base HEAD /dev/null/Dockerfile");
  EXPECT_EQ(outside.exit_code, 2);
}

}  // namespace
}  // namespace dockopt::cli
