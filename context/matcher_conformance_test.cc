// Conformance: every row of the moby/patternmatcher tables in the shared corpus is a test.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "context/ignore_file.h"
#include "context/matcher.h"

namespace dockopt::context {
namespace {

const std::filesystem::path kCorpus = DOCKOPT_CORPUS_DIR;

std::vector<std::vector<std::string>> ReadTsv(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string> cells;
    std::stringstream stream(line);
    std::string cell;
    while (std::getline(stream, cell, '\t')) cells.push_back(cell);
    if (line.back() == '\t') cells.emplace_back();
    rows.push_back(cells);
  }
  return rows;
}

// One row of dockerignore-patterns.tsv; `absent` marks the placeholder used when the corpus is missing.
struct PatternRow {
  size_t number = 0;
  std::vector<std::string> cells;
  bool absent = false;
};

std::vector<PatternRow> LoadPatternRows() {
  const auto path = kCorpus / "dockerignore-patterns.tsv";
  std::vector<PatternRow> rows;
  if (!std::filesystem::exists(path)) return {PatternRow{0, {}, true}};
  for (auto& cells : ReadTsv(path)) rows.push_back({rows.size() + 1, std::move(cells), false});
  return rows;
}

class PatternsTable : public ::testing::TestWithParam<PatternRow> {
 protected:
  void SetUp() override {
    if (GetParam().absent) GTEST_SKIP() << "corpus absent: " << (kCorpus / "dockerignore-patterns.tsv");
    ASSERT_GE(GetParam().cells.size(), 7u);
  }
  std::vector<std::string> Patterns() const {
    return nlohmann::json::parse(GetParam().cells[0]).get<std::vector<std::string>>();
  }
};

// patternmatcher.MatchesOrParentMatches(path, patterns): the helper every row was asserted through.
TEST_P(PatternsTable, MatchesOrParentMatches) {
  const auto& row = GetParam().cells;
  SCOPED_TRACE("patterns " + row[0] + " path '" + row[1] + "' (" + row[6] + ")");
  bool excluded = false;
  std::string error;
  const bool ok = MatchesOrParentMatches(row[1], Patterns(), excluded, error);
  if (!row[3].empty()) {
    EXPECT_FALSE(ok) << "expected an error (" << row[3] << ")";
    EXPECT_FALSE(error.empty());
  } else {
    EXPECT_TRUE(ok) << error;
    EXPECT_EQ(excluded, row[2] == "yes");
  }
}

// The walker's entry point must agree: feed each parent directory in turn, as a tree walk does.
TEST_P(PatternsTable, MatchesUsingParentResults) {
  const auto& row = GetParam().cells;
  if (!row[3].empty()) return;  // error rows: covered by MatchesOrParentMatches
  PatternMatcher matcher;
  std::string error;
  size_t bad = 0;
  ASSERT_TRUE(matcher.Init(Patterns(), error, bad)) << error;
  std::string file = row[1];
  while (file.size() > 1 && file.back() == '/') file.pop_back();
  if (file == "." || file.empty() || file.front() == '/') return;  // not a path a walk can reach
  SCOPED_TRACE("patterns " + row[0] + " path '" + file + "'");
  MatchInfo info;
  bool excluded = false;
  size_t start = 0;
  while (true) {
    const size_t slash = file.find('/', start);
    MatchInfo next;
    excluded = matcher.MatchesUsingParentResults(file.substr(0, slash), info, next);
    info = next;
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  EXPECT_EQ(excluded, row[2] == "yes");
}

INSTANTIATE_TEST_SUITE_P(Corpus, PatternsTable, ::testing::ValuesIn(LoadPatternRows()),
                         [](const auto& info) { return "row_" + std::to_string(info.param.number); });

TEST(MatcherConformance, PatternsTableHasEveryRow) {
  const auto rows = LoadPatternRows();
  if (rows.front().absent) GTEST_SKIP() << "corpus absent: " << (kCorpus / "dockerignore-patterns.tsv");
  EXPECT_EQ(rows.size(), 137u) << "the corpus README promises 137 rows";
}

TEST(MatcherConformance, CompileTable) {
  const auto path = kCorpus / "dockerignore-pattern-compile.tsv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "corpus absent: " << path;
  const auto rows = ReadTsv(path);
  ASSERT_EQ(rows.size(), 21u);
  for (const auto& row : rows) {
    SCOPED_TRACE("pattern '" + row[0] + "'");
    std::string error;
    auto pattern = Pattern::Compile(row[0], false, error);
    ASSERT_TRUE(pattern) << error;
    const std::string type = row[1];
    const MatchType want = type == "exactMatch"    ? MatchType::kExact
                           : type == "prefixMatch" ? MatchType::kPrefix
                           : type == "suffixMatch" ? MatchType::kSuffix
                                                   : MatchType::kRegexp;
    EXPECT_EQ(pattern->match_type(), want) << type;
    EXPECT_EQ(pattern->regexp_source(), row.size() > 2 ? row[2] : "");
  }
}

TEST(MatcherConformance, ReadAll) {
  const auto path = kCorpus / "dockerignore-readall.json";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "corpus absent: " << path;
  std::ifstream in(path);
  const auto doc = nlohmann::json::parse(in);
  const auto lines = ReadIgnoreLines(doc.at("input_dockerignore").get<std::string>());
  std::vector<std::string> got;
  for (const auto& line : lines) got.push_back(line.pattern);
  EXPECT_EQ(got, doc.at("expected_patterns").get<std::vector<std::string>>());
  EXPECT_TRUE(ReadIgnoreLines("").empty());
}

}  // namespace
}  // namespace dockopt::context
