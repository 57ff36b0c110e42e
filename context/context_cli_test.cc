// End to end: runs the built `dockopt context` binary on generated trees; checks output and exit codes.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <set>
#include <sys/stat.h>
#include <nlohmann/json.hpp>

#include "context/fix.h"
#include "context/test_tree.h"
#include "ir/test_support.h"

namespace dockopt::context {
namespace {

using testing::TempTree;

struct RunResult {
  int exit = -1;
  std::string out, err;
};

RunResult RunDockopt(const TempTree& tree, const std::string& args) {
  const std::string out = tree.str() + ".out", err = tree.str() + ".err";
  const std::string command = std::string("'") + DOCKOPT_BINARY + "' context " + args + " >'" + out + "' 2>'" + err + "'";
  const int status = std::system(command.c_str());
  RunResult r;
  r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = dockopt::testing::ReadFile(out);
  r.err = dockopt::testing::ReadFile(err);
  ::unlink(out.c_str());
  ::unlink(err.c_str());
  return r;
}

std::string Q(const std::string& s) { return "'" + s + "'"; }

TEST(ContextCli, SeedReportText) {
  TempTree tree;
  tree.MakeSeed();
  const RunResult r = RunDockopt(tree, Q(tree.str()));
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("would send:    106.0 MiB"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(".venv/  [venv]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("frontend/node_modules/  [node_modules]"), std::string::npos);
  EXPECT_NE(r.out.find("ok         COPY 'alembic.ini'"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("COPY '/install'"), std::string::npos) << "--from sources are not context sources";
}

TEST(ContextCli, SeedReportJson) {
  TempTree tree;
  tree.MakeSeed();
  const RunResult r = RunDockopt(tree, Q(tree.str()) + " --format json --top 3");
  ASSERT_EQ(r.exit, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_GT(doc["total_bytes"].get<uint64_t>(), 100ull << 20);
  EXPECT_GT(doc["file_count"].get<uint64_t>(), 20000u);
  ASSERT_EQ(doc["largest"].size(), 3u);
  EXPECT_EQ(doc["largest"][0]["path"], ".venv/lib/python3.11/site-packages/torch/libtorch_cpu.so");
  EXPECT_EQ(doc["largest"][0]["bytes"], 70ull << 20);
  std::set<std::string> kinds;
  for (const auto& b : doc["bloat"]) kinds.insert(b["kind"].get<std::string>());
  EXPECT_TRUE(kinds.count("venv") && kinds.count("node_modules") && kinds.count("git") && kinds.count("pycache"));
  ASSERT_EQ(doc["copy_sources"].size(), 6u);
  for (const auto& c : doc["copy_sources"]) {
    EXPECT_TRUE(c["found"].get<bool>()) << c.dump();
    EXPECT_FALSE(c["excluded"].get<bool>()) << c.dump();
  }
}

TEST(ContextCli, FixDropsSeedToAppCodeAndIsIdempotent) {
  TempTree tree;
  tree.MakeSeed();
  const std::string original = tree.Read(".dockerignore");
  const RunResult first = RunDockopt(tree, Q(tree.str()) + " --fix");
  ASSERT_EQ(first.exit, 0) << first.err;
  EXPECT_NE(first.out.find("context before: 106.0 MiB"), std::string::npos) << first.out;
  const std::string fixed = tree.Read(".dockerignore");
  EXPECT_TRUE(fixed.starts_with(original)) << "existing lines and comments stay in place";
  EXPECT_NE(fixed.find(std::string(kFixHeader) + "\n"), std::string::npos);
  for (const char* p : {"**/.venv\n", "**/node_modules\n", "**/.git\n", "**/__pycache__\n"})
    EXPECT_NE(fixed.find(p), std::string::npos) << p << " missing from:\n" << fixed;

  const RunResult after = RunDockopt(tree, Q(tree.str()) + " --format json");
  ASSERT_EQ(after.exit, 0) << after.err;
  const auto doc = nlohmann::json::parse(after.out);
  EXPECT_LT(doc["total_bytes"].get<uint64_t>(), 4096u) << "only the app code is left";
  EXPECT_TRUE(doc["bloat"].empty()) << doc["bloat"].dump();
  for (const auto& c : doc["copy_sources"]) EXPECT_TRUE(c["found"].get<bool>() && !c["excluded"].get<bool>()) << c.dump();
  EXPECT_NE(first.out.find(std::string("context after:  ") + std::to_string(doc["total_bytes"].get<uint64_t>()) + " B"),
            std::string::npos) << "the size --fix predicted is the size measured afterwards\n" << first.out;

  const RunResult second = RunDockopt(tree, Q(tree.str()) + " --fix");
  ASSERT_EQ(second.exit, 0) << second.err;
  EXPECT_NE(second.out.find("no change"), std::string::npos) << second.out;
  EXPECT_EQ(tree.Read(".dockerignore"), fixed);
}

TEST(ContextCli, FixCreatesMissingIgnoreFileAndKeepsCopySources) {
  TempTree tree;
  tree.Write("node_modules/a/index.js", "x");
  tree.Write("build/app.js", "app");
  tree.Write("Dockerfile", "FROM scratch\nCOPY build/app.js /app.js\n");
  const RunResult r = RunDockopt(tree, Q(tree.str()) + " --fix");
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(tree.Read(".dockerignore"), std::string(kFixHeader) + "\n**/build\n!build/app.js\n**/node_modules\n");
  EXPECT_NE(r.out.find("note: added '!build/app.js' after '**/build'"), std::string::npos) << r.out;
  EXPECT_EQ(RunDockopt(tree, Q(tree.str())).exit, 0);
}

TEST(ContextCli, MaxSize) {
  TempTree tree;
  tree.Sparse("big.bin", 3ull << 20);
  tree.Write("Dockerfile", "FROM scratch\nCOPY big.bin /\n");
  EXPECT_EQ(RunDockopt(tree, Q(tree.str()) + " --max-size 2MB").exit, 1);
  EXPECT_EQ(RunDockopt(tree, Q(tree.str()) + " --max-size 1G").exit, 0);
  EXPECT_EQ(RunDockopt(tree, Q(tree.str()) + " --max-size 500k").exit, 1);
  const RunResult bad = RunDockopt(tree, Q(tree.str()) + " --max-size lots");
  EXPECT_EQ(bad.exit, 2);
  EXPECT_EQ(bad.err, "dockopt context: bad size 'lots' (expected e.g. '10MB', '500k', '1G')\n");
}

TEST(ContextCli, MissingDockerfileIsExit2) {
  TempTree tree;
  tree.Write("app.py", "x");
  const RunResult r = RunDockopt(tree, Q(tree.str()) + " --fix");
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find("Dockerfile"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_FALSE(std::filesystem::exists(tree.root() / ".dockerignore")) << "nothing written";
}

TEST(ContextCli, MissingContextIsExit2) {
  TempTree tree;
  const RunResult r = RunDockopt(tree, Q(tree.str() + "/nope"));
  EXPECT_EQ(r.exit, 2);
  EXPECT_EQ(r.err, "dockopt context: cannot read context directory '" + tree.str() +
                       "/nope': No such file or directory\n");
}

TEST(ContextCli, BadPatternIsExit2WithFileLine) {
  TempTree tree;
  tree.Write("Dockerfile", "FROM scratch\n");
  tree.Write(".dockerignore", "# ok\nnode_modules\n[x-]\n");
  const RunResult r = RunDockopt(tree, Q(tree.str()) + " --fix");
  EXPECT_EQ(r.exit, 2);
  EXPECT_EQ(r.err, tree.str() + "/.dockerignore:3:1: error: bad pattern '[x-]': syntax error in pattern\n");
  EXPECT_EQ(tree.Read(".dockerignore"), "# ok\nnode_modules\n[x-]\n");
}

TEST(ContextCli, ExcludedCopySourceIsAnError) {
  TempTree tree;
  tree.Write("Dockerfile", "FROM scratch\nCOPY config/app.yaml /etc/\n");
  tree.Write("config/app.yaml", "a: 1\n");
  tree.Write(".dockerignore", "config\n");
  const RunResult r = RunDockopt(tree, Q(tree.str()));
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.out.find("excluded   COPY 'config/app.yaml'"), std::string::npos) << r.out;
  EXPECT_EQ(r.err, tree.str() + "/Dockerfile:2:6: error: COPY source 'config/app.yaml' is excluded by '" + tree.str() +
                       "/.dockerignore'; BuildKit would fail the build\n");
}

TEST(ContextCli, DockerfileSpecificIgnoreFileWins) {
  TempTree tree;
  tree.Write("build/app.Dockerfile", "FROM scratch\nCOPY src /src\n");
  tree.Write("build/app.Dockerfile.dockerignore", "logs\n");
  tree.Write(".dockerignore", "src\n");  // would hide 'src', but does not apply to app.Dockerfile
  tree.Write("src/main.c", "int main;\n");
  tree.Write("logs/a.txt", "12345678");
  const RunResult r = RunDockopt(tree, Q(tree.str()) + " -f " + Q(tree.str() + "/build/app.Dockerfile") + " --format json");
  ASSERT_EQ(r.exit, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["ignore_file"]["path"], tree.str() + "/build/app.Dockerfile.dockerignore");
  EXPECT_TRUE(doc["copy_sources"][0]["found"].get<bool>());
  EXPECT_FALSE(doc["copy_sources"][0]["excluded"].get<bool>());
  for (const auto& f : doc["largest"]) EXPECT_NE(f["path"], "logs/a.txt");
}

TEST(ContextCli, HeredocUrlAndFromSourcesAreSkipped) {
  TempTree tree;
  tree.Write("Dockerfile",
             "FROM alpine AS b\nFROM alpine\nCOPY --from=b /x /x\nADD https://example.com/a.tgz /\n"
             "COPY <<EOF /etc/conf\nhello\nEOF\nCOPY [\"a b.txt\", \"/dst/\"]\n");
  tree.Write("a b.txt", "x");
  const RunResult r = RunDockopt(tree, Q(tree.str()) + " --format json");
  ASSERT_EQ(r.exit, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["copy_sources"].size(), 1u) << doc["copy_sources"].dump();
  EXPECT_EQ(doc["copy_sources"][0]["source"], "a b.txt");
  EXPECT_EQ(doc["copy_sources"][0]["line"], 8);
}

TEST(ContextCli, EmptyContext) {
  TempTree tree;
  tree.Write("Dockerfile", "FROM scratch\n");
  const RunResult r = RunDockopt(tree, Q(tree.str()) + " --format json");
  ASSERT_EQ(r.exit, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["file_count"], 1);  // the Dockerfile itself is part of the context
  EXPECT_TRUE(doc["bloat"].empty());
}

TEST(ContextCli, UnreadableDirectoryIsExit2) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: chmod 000 does not block reads (the walker test covers it)";
  TempTree tree;
  tree.Write("Dockerfile", "FROM scratch\n");
  tree.Write("locked/x", "x");
  ::chmod((tree.root() / "locked").c_str(), 0);
  const RunResult r = RunDockopt(tree, Q(tree.str()));
  EXPECT_EQ(r.exit, 2);
  EXPECT_EQ(r.err, "error: cannot read directory 'locked': Permission denied\n");
}

}  // namespace
}  // namespace dockopt::context
