// Config files end to end: found by walking up, nearest over parent, command line over both,
// per-rule options reaching the rule, and a bad file stopping the run with exit 2.
#include <gtest/gtest.h>

#include "cli/test_cli.h"

namespace {

using dockopt::cli::testing::CliTest;
using dockopt::cli::testing::Outcome;
namespace fs = std::filesystem;

constexpr const char* kFile =
    "FROM debian:bookworm\n"
    "RUN apt-get update && apt-get install -y curl\n"
    "RUN pip install flask\n"
    "CMD [\"flask\", \"run\"]\n";

class ConfigCliTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    fs::create_directories(dir_ / "svc" / "api");
    Write("svc/api/Dockerfile", kFile);
  }
  // The rule IDs the json format reports for svc/api/Dockerfile.
  std::string Rules(const std::string& flags = "") {
    Outcome run = Dockopt("optimize --format json --exit-zero " + flags + " " + (dir_ / "svc/api/Dockerfile").string());
    EXPECT_EQ(run.exit_code, 0) << run.err;
    std::string ids;
    for (size_t at = run.out.find("\"rule\": \""); at != std::string::npos; at = run.out.find("\"rule\": \"", at + 1))
      ids += run.out.substr(at + 9, 5) + " ";
    return ids;
  }
};

TEST_F(ConfigCliTest, NearestConfigWinsOverParentAndCommandLineOverBoth) {
  Write(".dockopt.toml", "select = [\"DF101\"]\n");
  EXPECT_EQ(Rules(), "DF101 DF101 ");  // the parent's select
  Write("svc/.dockopt.toml", "select = [\"DF104\"]\n");
  EXPECT_EQ(Rules(), "DF104 ");  // the nearer file wins
  EXPECT_EQ(Rules("--select DF301"), "DF301 ");  // the command line wins
  EXPECT_EQ(Rules("--no-config --select DF104,DF301"), "DF104 DF301 ");
  EXPECT_EQ(Rules("--config " + (dir_ / ".dockopt.toml").string()), "DF101 DF101 ");  // this file only
}

TEST_F(ConfigCliTest, OverridesSeverityUnsafeAndRuleOptionsApply) {
  Write(".dockopt.toml",
        "select = [\"DF301\"]\n[severity]\nDF301 = \"error\"\n[rules.DF301]\nuser = \"svc\"\nuid = 20001\n"
        "[[overrides]]\npaths = [\"svc/api/*\"]\nunsafe = true\n");
  Outcome run = Dockopt("optimize --format rdjson " + (dir_ / "svc/api/Dockerfile").string());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.out.find("\"severity\": \"ERROR\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("useradd --create-home --uid 20001 svc"), std::string::npos) << run.out;  // unsafe: applied
}

TEST_F(ConfigCliTest, BadConfigStopsTheRunWithExit2AndACaret) {
  Write("svc/.dockopt.toml", "select = [\"DF101\"]\nunsave = true\n");
  Outcome run = Dockopt("optimize " + (dir_ / "svc/api/Dockerfile").string());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, (dir_ / "svc/.dockopt.toml").string() +
                         ":2:1: error: unknown key 'unsave' (expected one of: select, ignore, unsafe, severity, "
                         "rules, overrides)\nunsave = true\n^\n");
  EXPECT_EQ(Dockopt("optimize --no-config --exit-zero " + (dir_ / "svc/api/Dockerfile").string()).exit_code, 0);
}

}  // namespace
