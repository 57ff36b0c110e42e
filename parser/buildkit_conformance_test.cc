// Conformance with BuildKit's own parser test data: golden dumps, negative cases, and the extra tables.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "ir/test_support.h"
#include "parser/dump_buildkit.h"
#include "parser/heredoc.h"
#include "parser/json_array.h"
#include "parser/parse.h"
#include "parser/words.h"

namespace dockopt {
namespace {

namespace fs = std::filesystem;
using testing::CorpusDir;
using testing::ListSorted;
using testing::ReadFile;

#define REQUIRE_CORPUS(path)                                                  \
  if (!fs::exists(path)) GTEST_SKIP() << "corpus absent: " << (path).string()

TEST(BuildkitConformance, EveryGoldenCaseDumpsExactly) {
  fs::path dir = CorpusDir() / "buildkit-parser";
  REQUIRE_CORPUS(dir);
  auto cases = ListSorted(dir, true);
  ASSERT_EQ(cases.size(), 33u);
  for (const fs::path& c : cases) {
    SourceBuffer source(c.filename().string(), ReadFile(c / "Dockerfile"));
    ParseResult result = ParseSyntax(source);
    ASSERT_TRUE(result.dockerfile) << c.filename() << ": " << (result.diagnostics.empty() ? "" : result.diagnostics[0].message);
    EXPECT_EQ(DumpBuildkit(*result.dockerfile), ReadFile(c / "result")) << "case " << c.filename();
  }
}

TEST(BuildkitConformance, EveryNegativeCaseIsRejected) {
  fs::path dir = CorpusDir() / "buildkit-parser-negative";
  REQUIRE_CORPUS(dir);
  auto cases = ListSorted(dir, true);
  ASSERT_EQ(cases.size(), 4u);
  for (const fs::path& c : cases) {
    SourceBuffer source(c.filename().string(), ReadFile(c / "Dockerfile"));
    ParseResult result = Parse(source);
    EXPECT_FALSE(result.dockerfile) << "case " << c.filename() << " was accepted";
    ASSERT_FALSE(result.diagnostics.empty());
    EXPECT_EQ(result.diagnostics[0].severity, Severity::kError);
  }
}

std::vector<nlohmann::json> ReadJsonLines(const fs::path& path) {
  std::vector<nlohmann::json> rows;
  std::istringstream in(ReadFile(path));
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) rows.push_back(nlohmann::json::parse(line));
  return rows;
}

TEST(BuildkitConformance, HeredocExtraction) {
  fs::path dir = CorpusDir() / "buildkit-parser-extra" / "heredoc-extract";
  REQUIRE_CORPUS(dir);
  nlohmann::json expected = nlohmann::json::parse(ReadFile(dir / "expected.json"))["expected"];
  SourceBuffer source("Dockerfile", ReadFile(dir / "Dockerfile"));
  ParseResult result = ParseSyntax(source);
  ASSERT_TRUE(result.dockerfile);
  const auto& instructions = result.dockerfile->instructions;
  ASSERT_EQ(instructions.size(), expected.size() + 1);
  for (size_t i = 0; i < expected.size(); ++i) {
    const auto& want = expected[i]["heredocs"];
    const auto& got = instructions[i + 1].heredocs;
    if (want.is_null()) {
      EXPECT_TRUE(got.empty()) << "instruction " << i + 1;
      continue;
    }
    ASSERT_EQ(got.size(), want.size()) << "instruction " << i + 1;
    for (size_t h = 0; h < got.size(); ++h) {
      EXPECT_EQ(got[h].name, want[h]["Name"].get<std::string>()) << i + 1;
      EXPECT_EQ(got[h].fd, want[h]["FileDescriptor"].get<unsigned>()) << i + 1;
      EXPECT_EQ(got[h].expand, want[h]["Expand"].get<bool>()) << i + 1;
      EXPECT_EQ(got[h].chomp, want[h]["Chomp"].get<bool>()) << i + 1;
      EXPECT_EQ(got[h].content, want[h]["Content"].get<std::string>()) << i + 1;
    }
  }
}

TEST(BuildkitConformance, HeredocJsonFormNeverStartsAHeredoc) {
  fs::path dir = CorpusDir() / "buildkit-parser-extra" / "heredoc-json-form";
  REQUIRE_CORPUS(dir);
  nlohmann::json expected = nlohmann::json::parse(ReadFile(dir / "expected.json"));
  SourceBuffer source("Dockerfile", ReadFile(dir / "Dockerfile"));
  ParseResult result = ParseSyntax(source);
  ASSERT_TRUE(result.dockerfile);
  for (const auto& inst : result.dockerfile->instructions) EXPECT_TRUE(inst.heredocs.empty());
  EXPECT_FALSE(expected.is_null());
}

TEST(BuildkitConformance, HeredocWords) {
  fs::path path = CorpusDir() / "buildkit-parser-extra" / "heredoc-word.jsonl";
  REQUIRE_CORPUS(path);
  for (const auto& row : ReadJsonLines(path)) {
    std::string word = row["word"], error;
    auto heredoc = ParseHeredocWord(word, error);
    std::string expect = row["expect"];
    if (expect == "heredoc") {
      ASSERT_TRUE(heredoc) << word;
      EXPECT_EQ(heredoc->name, row["name"].get<std::string>()) << word;
    } else if (expect == "error") {
      EXPECT_FALSE(error.empty()) << word;
    } else {
      EXPECT_FALSE(heredoc) << word;
      EXPECT_TRUE(error.empty()) << word;
    }
  }
}

TEST(BuildkitConformance, HeredocsFromLine) {
  fs::path path = CorpusDir() / "buildkit-parser-extra" / "heredocs-from-line.jsonl";
  REQUIRE_CORPUS(path);
  for (const auto& row : ReadJsonLines(path)) {
    std::string line = row["line"], error;
    std::vector<std::string> names;
    for (const auto& h : HeredocsFromLine(line, error)) names.push_back(h.name);
    std::vector<std::string> want;
    if (!row["heredoc_names"].is_null()) want = row["heredoc_names"].get<std::vector<std::string>>();
    EXPECT_EQ(names, want) << line;
  }
}

TEST(BuildkitConformance, ParseWords) {
  fs::path path = CorpusDir() / "buildkit-parser-extra" / "parse-words.jsonl";
  REQUIRE_CORPUS(path);
  for (const auto& row : ReadJsonLines(path)) {
    std::string input = row["input"];
    EXPECT_EQ(ParseWords(input, '\\'), row["words"].get<std::vector<std::string>>()) << input;
  }
}

TEST(BuildkitConformance, JsonArrays) {
  fs::path path = CorpusDir() / "buildkit-parser-extra" / "json-arrays.jsonl";
  REQUIRE_CORPUS(path);
  for (const auto& row : ReadJsonLines(path)) {
    std::string input = row["input"];
    std::string trimmed = input.substr(input.find('['));
    while (!trimmed.empty() && (trimmed.back() == '\t' || trimmed.back() == ' ')) trimmed.pop_back();
    std::vector<std::string> elements;
    JsonArrayKind kind = ParseJsonArray(trimmed, elements);
    if (row["valid"].get<bool>()) {
      ASSERT_EQ(kind, JsonArrayKind::kStrings) << input;
      EXPECT_EQ(elements, row["elements"].get<std::vector<std::string>>()) << input;
    } else {
      EXPECT_EQ(kind, JsonArrayKind::kNotStrings) << input;
    }
  }
}

TEST(BuildkitConformance, NameValueChains) {
  fs::path path = CorpusDir() / "buildkit-parser-extra" / "name-value.jsonl";
  REQUIRE_CORPUS(path);
  for (const auto& row : ReadJsonLines(path)) {
    std::string func = row["func"];
    std::string keyword = func.find("ENV") != std::string::npos ? "ENV" : "LABEL";
    std::string text = "FROM scratch\n" + keyword + " " + row["input"].get<std::string>() + "\n";
    SourceBuffer source("Dockerfile", text);
    ParseResult result = ParseSyntax(source);
    if (row.contains("error")) {
      ASSERT_FALSE(result.dockerfile) << text;
      EXPECT_EQ(result.diagnostics[0].message, row["error"].get<std::string>());
    } else {
      ASSERT_TRUE(result.dockerfile) << text;
      EXPECT_EQ(result.dockerfile->instructions[1].node_args,
                row["expected_chain"].get<std::vector<std::string>>());
    }
  }
}

TEST(BuildkitConformance, LineNumbers) {
  fs::path dir = CorpusDir() / "buildkit-parser-extra" / "testfile-line";
  REQUIRE_CORPUS(dir);
  nlohmann::json expected = nlohmann::json::parse(ReadFile(dir / "expected.json"))["expected"];
  SourceBuffer source("Dockerfile", ReadFile(dir / "Dockerfile"));
  ParseResult result = ParseSyntax(source);
  ASSERT_TRUE(result.dockerfile);
  const auto& instructions = result.dockerfile->instructions;
  ASSERT_EQ(instructions.size(), expected["children"].size());
  for (size_t i = 0; i < instructions.size(); ++i) {
    EXPECT_EQ(instructions[i].start_line, expected["children"][i][0].get<uint32_t>()) << i;
    EXPECT_EQ(instructions[i].end_line, expected["children"][i][1].get<uint32_t>()) << i;
  }
}

TEST(BuildkitConformance, EmptyContinuationLinesWarn) {
  fs::path dir = CorpusDir() / "buildkit-parser-extra" / "empty-continuation-warning";
  REQUIRE_CORPUS(dir);
  nlohmann::json expected = nlohmann::json::parse(ReadFile(dir / "expected.json"));
  SourceBuffer source("Dockerfile", ReadFile(dir / "Dockerfile"));
  ParseResult result = ParseSyntax(source);
  ASSERT_TRUE(result.dockerfile);
  size_t warnings = 0;
  for (const auto& d : result.diagnostics) warnings += d.severity == Severity::kWarning;
  EXPECT_EQ(warnings, expected["expected_warning_count"].get<size_t>());
}

TEST(BuildkitConformance, Directives) {
  fs::path path = CorpusDir() / "buildkit-parser-extra" / "directives.jsonl";
  REQUIRE_CORPUS(path);
  size_t checked = 0;
  for (const auto& row : ReadJsonLines(path)) {
    if (row["func"] != "DirectiveParser.ParseAll" || !row.contains("expected_directives")) continue;
    std::string input = row["input"];
    SourceBuffer source("Dockerfile", input + "\nFROM scratch\n");
    ParseResult result = ParseSyntax(source);
    if (row.contains("error")) {
      EXPECT_FALSE(result.dockerfile) << input;
      continue;
    }
    ASSERT_TRUE(result.dockerfile) << input;
    std::vector<std::pair<std::string, std::string>> got, want;
    for (const auto& d : result.dockerfile->directives) got.emplace_back(d.name, d.value);
    for (const auto& d : row["expected_directives"]) want.emplace_back(d["name"], d["value"]);
    EXPECT_EQ(got, want) << input;
    ++checked;
  }
  EXPECT_GT(checked, 0u);
}

}  // namespace
}  // namespace dockopt
