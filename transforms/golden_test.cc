// Golden cases: each golden/rules/<ID>/<case> runs with only that rule; output must match and be stable.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "ir/test_support.h"
#include "transforms/optimize.h"
#include "transforms/rule.h"

namespace dockopt {
namespace {

namespace fs = std::filesystem;

using testing::ReadFile;

fs::path GoldenDir() { return fs::path(DOCKOPT_SOURCE_DIR) / "golden"; }

std::vector<fs::path> Cases(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_directory() && fs::exists(entry.path() / "input.Dockerfile")) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

OptimizeOptions OptionsFor(const fs::path& dir, std::string_view rule_id) {
  OptimizeOptions options;
  if (!rule_id.empty()) options.select = {std::string(rule_id)};
  if (fs::exists(dir / "options")) options.unsafe = ReadFile(dir / "options").find("--unsafe") != std::string::npos;
  if (fs::is_directory(dir / "context")) options.context_dir = (dir / "context").string();
  return options;
}

void CheckCase(const fs::path& dir, std::string_view rule_id) {
  SCOPED_TRACE(dir.string());
  OptimizeOptions options = OptionsFor(dir, rule_id);
  SourceBuffer input("Dockerfile", ReadFile(dir / "input.Dockerfile"));
  OptimizeResult result = Optimize(input, options);
  ASSERT_TRUE(result.ok()) << (result.errors.empty() ? "" : result.errors[0].message);
  std::string expected = ReadFile(dir / "expected.Dockerfile");
  EXPECT_EQ(result.output, expected);
  // expected.findings (optional): each line is text one of the findings must hold, so a suggestion-only
  // case proves its reason, not only that the Dockerfile stayed as it was.
  if (fs::exists(dir / "expected.findings")) {
    std::string wanted = ReadFile(dir / "expected.findings");
    for (size_t at = 0; at < wanted.size();) {
      size_t end = wanted.find('\n', at);
      if (end == std::string::npos) end = wanted.size();
      const std::string line = wanted.substr(at, end - at);
      at = end + 1;
      if (line.empty()) continue;
      bool found = std::any_of(result.reports.begin(), result.reports.end(),
                               [&](const Report& r) { return r.message.find(line) != std::string::npos; });
      EXPECT_TRUE(found) << "no finding holds: " << line;
    }
  }
  for (const Diagnostic& d : result.errors) ADD_FAILURE() << "rule bug: " << d.message;
  // Idempotence: optimizing the expected output again changes nothing.
  SourceBuffer again("Dockerfile", expected);
  OptimizeResult second = Optimize(again, options);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second.output, expected) << "not idempotent";
}

TEST(Golden, EveryRuleCaseMatchesAndIsStable) {
  size_t cases = 0;
  for (const Rule& rule : Rules()) {
    for (const fs::path& dir : Cases(GoldenDir() / "rules" / std::string(rule.info.id))) {
      CheckCase(dir, rule.info.id);
      ++cases;
    }
  }
  EXPECT_GT(cases, 0u);
}

TEST(Golden, SeedWithAllRules) {
  fs::path dir = GoldenDir() / "seed";
  if (!fs::exists(dir / "expected.Dockerfile")) GTEST_SKIP() << "golden/seed has no expected output yet";
  CheckCase(dir, "");
}

TEST(Registry, IdsAreUniqueAndSorted) {
  const auto& rules = Rules();
  for (size_t i = 1; i < rules.size(); ++i) EXPECT_LT(rules[i - 1].info.id, rules[i].info.id);
}

TEST(Registry, EveryRuleHasADocPageAndGoldenCases) {
  for (const Rule& rule : Rules()) {
    std::string id(rule.info.id);
    SCOPED_TRACE(id);
    fs::path doc = fs::path(DOCKOPT_SOURCE_DIR) / "docs" / "rules" / (id + ".md");
    ASSERT_TRUE(fs::exists(doc)) << "missing " << doc;
    std::string text = ReadFile(doc);
    size_t at = 0;
    for (const char* heading : {"## What it does", "## Why is this bad?", "## Example", "## Use instead",
                                "## Fix safety", "## Options", "## References"}) {
      size_t found = text.find(heading, at);
      EXPECT_NE(found, std::string::npos) << "heading '" << heading << "' missing or out of order";
      if (found != std::string::npos) at = found;
    }
    auto cases = Cases(GoldenDir() / "rules" / id);
    EXPECT_GE(cases.size(), 2u) << "needs a positive and a negative golden case";
    bool negative = false, positive = false;
    for (const fs::path& dir : cases) {
      bool same = ReadFile(dir / "input.Dockerfile") == ReadFile(dir / "expected.Dockerfile");
      negative |= same;
      positive |= !same;
    }
    EXPECT_TRUE(negative) << "no negative case (expected == input)";
    if (rule.info.safety != Safety::kSuggestion) {
      EXPECT_TRUE(positive) << "no case where the rule rewrites";
    }
  }
}

}  // namespace
}  // namespace dockopt
