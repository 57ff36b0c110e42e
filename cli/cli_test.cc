// End-to-end tests of the dockopt binary: exit codes, stdout/stderr, in-place rewriting.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli/test_cli.h"
#include "ir/test_support.h"

namespace {

namespace fs = std::filesystem;
using dockopt::testing::ReadFile;
using dockopt::cli::testing::CliTest;
using dockopt::cli::testing::Outcome;

constexpr const char* kAptFile = "FROM debian\nRUN apt-get update && apt-get install -y curl\n";
constexpr const char* kAptFixed =
    "FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n";

TEST_F(CliTest, ParseErrorGoesToStderrWithExit2AndNothingOnStdout) {
  fs::path file = Write("Dockerfile", "FROM a\nFORM b\n");
  Outcome run = Dockopt("parse --emit " + file.string());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, file.string() + ":2:1: error: unknown instruction 'FORM', did you mean 'FROM'?\nFORM b\n^~~~\n");
}

TEST_F(CliTest, ParseEmitFromStdinIsByteExact) {
  std::string text = "\xEF\xBB\xBF# escape=`\r\nFROM a\r\nRUN echo `\r\n  hi\r\n";
  Outcome run = Dockopt("parse --emit -", text);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, text);
}

TEST_F(CliTest, ParseJsonHasInstructionsAndShellModel) {
  Outcome run = Dockopt("parse --dump=json -", kAptFile);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_NE(run.out.find("\"schema\": 1"), std::string::npos);
  EXPECT_NE(run.out.find("\"kind\": \"run\""), std::string::npos);
  EXPECT_NE(run.out.find("\"subcommand\": \"install\""), std::string::npos);
}

TEST_F(CliTest, OptimizeWritesTheResultToStdoutAndFindingsToStderr) {
  Outcome run = Dockopt("optimize -", kAptFile);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, kAptFixed);
  EXPECT_NE(run.err.find("<stdin>:2:"), std::string::npos);
  EXPECT_NE(run.err.find("DF101"), std::string::npos);
  EXPECT_NE(run.err.find("[safe fix, applied]"), std::string::npos);
}

TEST_F(CliTest, CheckExitsOneWhenSomethingWouldChangeAndWritesNothing) {
  fs::path file = Write("Dockerfile", kAptFile);
  Outcome run = Dockopt("optimize --check -q " + file.string());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(ReadFile(file), kAptFile);
  fs::path clean = Write("Clean.Dockerfile", kAptFixed);
  EXPECT_EQ(Dockopt("optimize --check -q " + clean.string()).exit_code, 0);
}

TEST_F(CliTest, DiffIsUnifiedWithPathLabels) {
  fs::path file = Write("Dockerfile", kAptFile);
  Outcome run = Dockopt("optimize --diff -q " + file.string());
  EXPECT_EQ(run.exit_code, 0);
  std::string label = file.string();
  EXPECT_EQ(run.out, "--- a" + label + "\n+++ b" + label + "\n@@ -1,2 +1,2 @@\n FROM debian\n-" +
                         std::string(kAptFile).substr(12) + "+" + std::string(kAptFixed).substr(12));
}

TEST_F(CliTest, InPlaceRewriteKeepsTheModeAndOnlyWritesChangedFiles) {
  fs::path changed = Write("a.Dockerfile", kAptFile);
  fs::path unchanged = Write("b.Dockerfile", kAptFixed);
  ASSERT_EQ(chmod(changed.c_str(), 0640), 0);
  struct stat before {};
  ASSERT_EQ(stat(unchanged.c_str(), &before), 0);
  Outcome run = Dockopt("optimize -i -q -j 2 " + changed.string() + " " + unchanged.string());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReadFile(changed), kAptFixed);
  struct stat after {};
  ASSERT_EQ(stat(changed.c_str(), &after), 0);
  EXPECT_EQ(after.st_mode & 0777, 0640u);
  struct stat untouched {};
  ASSERT_EQ(stat(unchanged.c_str(), &untouched), 0);
  EXPECT_EQ(untouched.st_ino, before.st_ino) << "an unchanged file was rewritten";
  for (const auto& entry : fs::directory_iterator(dir_))
    EXPECT_EQ(entry.path().string().find("dockopt-tmp"), std::string::npos) << "temp file left behind";
}

TEST_F(CliTest, BadInputAmongSeveralFilesExitsTwoAndLeavesItUntouched) {
  fs::path good = Write("good.Dockerfile", kAptFile);
  fs::path bad = Write("bad.Dockerfile", "FROM a\nRUN <<EOF\nno end\n");
  Outcome run = Dockopt("optimize -i -q " + good.string() + " " + bad.string());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(ReadFile(bad), "FROM a\nRUN <<EOF\nno end\n");
  EXPECT_NE(run.err.find("unterminated heredoc"), std::string::npos);
}

TEST_F(CliTest, OutputFileOptionWritesAtomically) {
  fs::path out = dir_ / "out.Dockerfile";
  Outcome run = Dockopt("optimize -q -o " + out.string() + " -", kAptFile);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(ReadFile(out), kAptFixed);
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Dockopt("optimize --select DF999 -", kAptFile).exit_code, 2);
  EXPECT_EQ(Dockopt("optimize a b").exit_code, 2);  // several files need -i, --diff or --check
  EXPECT_EQ(Dockopt("nosuchcommand").exit_code, 2);
  EXPECT_EQ(Dockopt("parse --dump=yaml -", kAptFile).exit_code, 2);
  EXPECT_EQ(Dockopt("optimize /nonexistent/Dockerfile").exit_code, 2);
}

TEST_F(CliTest, SelectAndIgnoreChooseRules) {
  Outcome ignored = Dockopt("optimize -q --ignore DF101 -", kAptFile);
  EXPECT_EQ(ignored.out, kAptFile);
  Outcome suppressed = Dockopt("optimize -q -", std::string("FROM debian\n# dockopt: ignore=DF101\n") +
                                                  std::string(kAptFile).substr(12));
  EXPECT_EQ(suppressed.out, std::string("FROM debian\n# dockopt: ignore=DF101\n") + std::string(kAptFile).substr(12));
}

TEST_F(CliTest, RulesAndExplain) {
  Outcome rules = Dockopt("rules");
  EXPECT_EQ(rules.exit_code, 0);
  EXPECT_NE(rules.out.find("DF101  apt-hygiene"), std::string::npos);
  Outcome explain = Dockopt("explain df101");
  EXPECT_EQ(explain.exit_code, 0);
  EXPECT_NE(explain.out.find("## Fix safety"), std::string::npos);
  EXPECT_EQ(Dockopt("explain DF999").exit_code, 2);
}

TEST_F(CliTest, EveryListedRuleHasAnEmbeddedDocPage) {
  std::istringstream rules(Dockopt("rules").out);
  std::string line;
  std::getline(rules, line);  // header
  size_t count = 0;
  while (std::getline(rules, line)) {
    std::string id = line.substr(0, line.find(' '));
    Outcome explain = Dockopt("explain " + id);
    EXPECT_EQ(explain.exit_code, 0) << id;
    EXPECT_EQ(explain.out.rfind("# " + id, 0), 0u) << id << " page does not start with its title";
    ++count;
  }
  EXPECT_GE(count, 13u);
}

TEST_F(CliTest, VersionAndHelp) {
  EXPECT_EQ(Dockopt("--version").out.substr(0, 8), "dockopt ");
  Outcome help = Dockopt("help optimize");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--unsafe"), std::string::npos);
}

}  // namespace
