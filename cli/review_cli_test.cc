// `dockopt optimize --format`: the machine formats end to end, escaping, exit codes, --output-file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "cli/test_cli.h"

namespace {

using dockopt::cli::testing::CliTest;
using dockopt::cli::testing::Outcome;
using dockopt::testing::ReadFile;
using nlohmann::json;
namespace fs = std::filesystem;

constexpr const char* kAptFile = "FROM debian\nRUN apt-get update && apt-get install -y curl\n";

TEST_F(CliTest, RdjsonCarriesTheFixAsASuggestionAgainstTheOriginal) {
  Outcome run = Dockopt("optimize --format rdjson --select DF101 -", kAptFile);
  EXPECT_EQ(run.exit_code, 1);  // a fix would change the file
  json doc = json::parse(run.out);
  ASSERT_EQ(doc["diagnostics"].size(), 2u);  // lists removed (safe), --no-install-recommends (unsafe)
  const json& d = doc["diagnostics"][0];
  EXPECT_EQ(d["code"]["value"], "DF101");
  EXPECT_EQ(d["code"]["url"], "https://github.com/dockopt/dockopt/blob/main/docs/rules/DF101.md");
  EXPECT_EQ(d["location"]["path"], "<stdin>");
  ASSERT_EQ(d["suggestions"].size(), 1u);
  EXPECT_EQ(d["suggestions"][0]["range"]["start"], json({{"line", 2}, {"column", 46}}));
  EXPECT_FALSE(d["suggestions"][0]["range"].contains("end"));  // an insertion point
  EXPECT_EQ(d["suggestions"][0]["text"], " && rm -rf /var/lib/apt/lists/*");
  EXPECT_FALSE(doc["diagnostics"][1].contains("suggestions"));  // unsafe, and no --unsafe
  EXPECT_NE(doc["diagnostics"][1]["message"].get<std::string>().find("unsafe fix available with --unsafe"),
            std::string::npos);
}

TEST_F(CliTest, ExitZeroKeepsReportOnlyJobsGreenButNotBadInput) {
  EXPECT_EQ(Dockopt("optimize --format sarif --exit-zero -", kAptFile).exit_code, 0);
  EXPECT_EQ(Dockopt("optimize --check --exit-zero -", kAptFile).exit_code, 0);
  EXPECT_EQ(Dockopt("optimize --format json --exit-zero -", "FORM x\n").exit_code, 2);
}

TEST_F(CliTest, ExitCodeIsTheSameForEveryFormat) {
  for (const char* format : {"json", "rdjson", "sarif", "github", "gitlab"}) {
    EXPECT_EQ(Dockopt(std::string("optimize --format ") + format + " -", kAptFile).exit_code, 1) << format;
    EXPECT_EQ(Dockopt(std::string("optimize --format ") + format + " -", "FROM debian\n").exit_code, 0) << format;
  }
  EXPECT_EQ(Dockopt("optimize --check -q -", kAptFile).exit_code, 1);
}

TEST_F(CliTest, UnsafeFixIsASuggestionOnlyWithUnsafe) {
  std::string file = "FROM python:3.12\nCMD [\"python\"]\n";
  json safe = json::parse(Dockopt("optimize --format json --select DF301 -", file).out);
  const json& finding = safe["files"][0]["findings"][0];
  EXPECT_EQ(finding["fix"]["safety"], "unsafe");
  EXPECT_EQ(finding["fix"]["status"], "available");
  EXPECT_TRUE(finding["fix"]["replacements"].empty());
  json rd = json::parse(Dockopt("optimize --format rdjson --unsafe --select DF301 -", file).out);
  EXPECT_FALSE(rd["diagnostics"][0]["suggestions"].empty());
  EXPECT_NE(rd["diagnostics"][0]["message"].get<std::string>().find("unsafe fix"), std::string::npos);
}

TEST_F(CliTest, GithubAnnotationsEscapePropertiesAndMessage) {
  fs::path file = Write("a,b:c%.Dockerfile", kAptFile);
  Outcome run = Dockopt("optimize --format github --select DF101 '" + file.string() + "'");
  std::string escaped_path = (dir_ / "a%2Cb%3Ac%25.Dockerfile").string();
  EXPECT_EQ(run.out.rfind("::warning file=" + escaped_path + ",line=2,col=23,endLine=2,endColumn=46,"
                          "title=dockopt DF101 apt-hygiene::DF101 apt-hygiene: ", 0), 0u) << run.out;
  EXPECT_NE(run.out.find("%0Ahttps://github.com/dockopt/dockopt/blob/main/docs/rules/DF101.md\n"), std::string::npos);
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 2);  // one line per finding
}

TEST_F(CliTest, GitlabFingerprintsAreUniqueAndStableWhenLinesMove) {
  std::string twice = "FROM debian\nRUN apt-get update && apt-get install -y curl\n"
                      "RUN apt-get update && apt-get install -y curl\n";
  json report = json::parse(Dockopt("optimize --format gitlab --select DF101 -", twice).out);
  ASSERT_EQ(report.size(), 4u);  // two findings on each RUN
  std::set<std::string> fingerprints;
  for (const json& entry : report) fingerprints.insert(entry["fingerprint"].get<std::string>());
  EXPECT_EQ(fingerprints.size(), 4u);
  EXPECT_EQ(report[0]["severity"], "minor");
  EXPECT_EQ(report[0]["location"]["lines"]["begin"], 2);
  json moved = json::parse(Dockopt("optimize --format gitlab --select DF101 -", "# a comment\n" + twice).out);
  EXPECT_EQ(moved[0]["fingerprint"], report[0]["fingerprint"]);
  EXPECT_EQ(moved[0]["location"]["lines"]["begin"], 3);
}

TEST_F(CliTest, OutputFileTakesTheReportAndStdoutStaysEmpty) {
  fs::path out = dir_ / "report.sarif";
  Outcome run = Dockopt("optimize --format sarif --output-file " + out.string() + " -", kAptFile);
  EXPECT_EQ(run.out, "");
  json sarif = json::parse(ReadFile(out));
  EXPECT_EQ(sarif["version"], "2.1.0");
  const json& result = sarif["runs"][0]["results"][0];
  EXPECT_EQ(result["ruleId"], "DF101");
  EXPECT_TRUE(result["partialFingerprints"].contains("dockoptFinding/v1"));
  EXPECT_EQ(result["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
            " && rm -rf /var/lib/apt/lists/*");
}

TEST_F(CliTest, BadFormatIsAUsageError) {
  Outcome run = Dockopt("optimize --format xml -", kAptFile);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "dockopt optimize: --format takes text, json, rdjson, sarif, github or gitlab, not 'xml'\n");
}

}  // namespace
