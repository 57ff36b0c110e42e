// Tests for BuildKit word expansion against the transcribed upstream data files.
#include "shell/lex.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace dockopt::shell {
namespace {

std::filesystem::path DataDir() {
  return std::filesystem::path(DOCKOPT_CORPUS_DIR) / "buildkit-parser-extra" / "shell";
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

TEST(LexTest, Basics) {
  EnvMap env{{"A", "x y"}, {"EMPTY", ""}};
  EXPECT_EQ(ProcessWord("a${A}b", env).result, "ax yb");
  EXPECT_EQ(ProcessWord("${EMPTY:-d}", env).result, "d");
  EXPECT_EQ(ProcessWord("${EMPTY-d}", env).result, "");
  EXPECT_EQ(ProcessWord("${UNSET:+x}", env).result, "");
  EXPECT_EQ(ProcessWord("$A", env).words, (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(ProcessWord("\"$A\"", env).words, (std::vector<std::string>{"x y"}));
  EXPECT_FALSE(ProcessWord("${UNSET?}", env).ok());
  EXPECT_EQ(ProcessWord("$UNSET", env, ExpandOptions{.skip_unset_env = true}).result, "$UNSET");
  EXPECT_EQ(ProcessWord("a`b", env, ExpandOptions{.escape = '`'}).result, "ab");
  std::string deep(200, '{');
  EXPECT_FALSE(ProcessWord("${A:-" + std::string(100, '$') + deep, env).ok());
}

TEST(LexTest, UnsetWithoutDefaultNamesTheValuesTheResultNeeded) {
  EnvMap env{{"SET", "v"}};
  auto needed = [&](std::string_view word) { return ProcessWord(word, env).unset_without_default; };
  using Names = std::set<std::string>;
  EXPECT_EQ(needed("$A ${B} ${C#x} ${D%x} ${E/x/y}"), (Names{"A", "B", "C", "D", "E"}));
  EXPECT_EQ(needed("${A-w} ${B:-w} ${C+w} ${D:+w} $SET ${SET}"), Names{});
  EXPECT_EQ(ProcessWord("${A:-w}", env).unmatched, Names{"A"});  // still referenced and unset
  EXPECT_EQ(needed("${SET:-$A} ${B:+$C}"), Names{});  // words that go unused need nothing
  EXPECT_EQ(needed("${B:-$A} ${SET:+$C}"), (Names{"A", "C"}));
}

TEST(LexTest, EnvVarTestFile) {
  std::filesystem::path path = DataDir() / "envVarTest";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "corpus absent: " << path;
  std::ifstream in(path);
  EnvMap env{{"PWD", "/home"}, {"SHELL", "bash"}, {"KOREAN", "한국어"}, {"NULL", ""}};
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (Trim(line).empty() || Trim(line)[0] == '#') continue;
    size_t a = line.find('|');
    size_t b = line.find('|', a + 1);
    ASSERT_NE(b, std::string::npos) << line;
    std::string platform = Trim(line.substr(0, a));
    if (platform != "A" && platform != "U") continue;
    std::string input = Trim(line.substr(a + 1, b - a - 1));
    std::string expected = Trim(line.substr(b + 1));
    ExpandResult r = ProcessWord(input, env);
    std::string got = r.ok() ? r.result : "error";
    EXPECT_EQ(got, expected) << "input: " << input << " error: " << r.error;
    ++checked;
  }
  EXPECT_GT(checked, 150);
}

TEST(LexTest, WordsTestFile) {
  std::filesystem::path path = DataDir() / "wordsTest";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "corpus absent: " << path;
  std::ifstream in(path);
  std::vector<std::string> envs;
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.starts_with("#")) continue;
    if (line.starts_with("ENV ")) {
      std::string rest = line.substr(3);
      rest.erase(0, rest.find_first_not_of(' '));
      envs.push_back(rest);
      continue;
    }
    size_t bar = line.find('|');
    ASSERT_NE(bar, std::string::npos) << line;
    std::string input = Trim(line.substr(0, bar));
    std::string rest = line.substr(bar + 1);
    rest.erase(0, rest.find_first_not_of(' '));
    std::vector<std::string> expected;
    std::stringstream ss(rest);
    for (std::string part; std::getline(ss, part, ',');) expected.push_back(part);
    if (!rest.empty() && rest.back() == ',') expected.emplace_back();
    ExpandResult r = ProcessWord(input, BuildEnvs(envs));
    std::vector<std::string> got = r.ok() ? r.words : std::vector<std::string>{"error"};
    EXPECT_EQ(got, expected) << "input: " << input;
    ++checked;
  }
  EXPECT_GT(checked, 15);
}

TEST(LexTest, ProcessWithMatchesFile) {
  std::filesystem::path path = DataDir() / "process-with-matches.jsonl";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "corpus absent: " << path;
  std::ifstream in(path);
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (Trim(line).empty()) continue;
    nlohmann::json row = nlohmann::json::parse(line);
    EnvMap env;
    for (const auto& [k, v] : row["envs"].items()) env[k] = v.get<std::string>();
    std::string input = row["input"];
    ExpandResult r = ProcessWord(input, env);
    if (row["expected_error"].get<bool>()) {
      EXPECT_FALSE(r.ok()) << "input: " << input << " gave " << r.result;
    } else {
      ASSERT_TRUE(r.ok()) << "input: " << input << " error: " << r.error;
      EXPECT_EQ(r.result, row["expected"].get<std::string>()) << "input: " << input;
      std::set<std::string> matches(row["matches"].begin(), row["matches"].end());
      std::set<std::string> unmatched(row["unmatched"].begin(), row["unmatched"].end());
      EXPECT_EQ(r.matched, matches) << "input: " << input;
      EXPECT_EQ(r.unmatched, unmatched) << "input: " << input;
    }
    ++checked;
  }
  EXPECT_EQ(checked, 47);
}

}  // namespace
}  // namespace dockopt::shell
