// The apply property over the real-world corpus: applying every rdjson suggestion, or every SARIF
// replacement, to the original bytes gives exactly the optimizer's output (safe and --unsafe runs).
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "emitter/review_formats.h"
#include "ir/test_support.h"
#include "transforms/apply_edits.h"

namespace dockopt {
namespace {

using nlohmann::json;

// The byte offset of a 1-based line and column; `code_points` counts the column in code points.
uint32_t Offset(const SourceBuffer& source, uint32_t line, uint32_t column, bool code_points) {
  if (line > source.LineCount()) return static_cast<uint32_t>(source.text().size());
  uint32_t at = source.LineStart(line);
  if (!code_points) return at + column - 1;
  for (uint32_t seen = 1; seen < column; ++seen) {
    ++at;
    while (at < source.text().size() && (static_cast<unsigned char>(source.text()[at]) & 0xC0) == 0x80) ++at;
  }
  return at;
}

Edits RdjsonEdits(const SourceBuffer& source, const json& doc) {
  Edits edits;
  for (const json& d : doc["diagnostics"]) {
    if (!d.contains("suggestions")) continue;
    for (const json& s : d["suggestions"]) {
      const json& start = s["range"]["start"];
      const json& end = s["range"].contains("end") ? s["range"]["end"] : start;  // no end: an insertion
      edits.push_back({{Offset(source, start["line"], start["column"], false), Offset(source, end["line"], end["column"], false)},
                       s["text"]});
    }
  }
  return edits;
}

Edits SarifEdits(const SourceBuffer& source, const json& doc) {
  Edits edits;
  for (const json& result : doc["runs"][0]["results"]) {
    if (!result.contains("fixes")) continue;
    for (const json& change : result["fixes"][0]["artifactChanges"]) {
      for (const json& r : change["replacements"]) {
        const json& region = r["deletedRegion"];
        edits.push_back({{Offset(source, region["startLine"], region["startColumn"], true),
                          Offset(source, region["endLine"], region["endColumn"], true)},
                         r["insertedContent"]["text"]});
      }
    }
  }
  return edits;
}

// Sorted by start, no two may overlap or share a start; then applied.
std::string ApplyInOrder(std::string_view text, Edits edits, const std::string& name) {
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  for (size_t i = 1; i < edits.size(); ++i) {
    const Edit &before = edits[i - 1], &after = edits[i];
    EXPECT_TRUE(before.span.end <= after.span.begin && before.span.begin != after.span.begin) << name << ": overlap";
  }
  return ApplyEdits(text, edits);
}

void CheckCorpus(bool unsafe) {
  auto files = testing::ListSorted(testing::CorpusDir() / "real-world", false, ".Dockerfile");
  if (files.empty()) GTEST_SKIP() << "corpus absent: " << (testing::CorpusDir() / "real-world").string();
  OptimizeOptions options;
  options.unsafe = unsafe;
  size_t changed = 0, replacements = 0, merged = 0, fell_back = 0;
  for (const auto& path : files) {
    std::string name = path.filename().string();
    SourceBuffer source(name, testing::ReadFile(path));
    OptimizeResult result = Optimize(source, options);
    if (!result.ok()) continue;
    ReviewRun run{{FileReview{&source, {}, result.changed}}, {}, "test"};
    for (const Report& report : result.reports) run.files[0].findings.push_back({report, Level::kWarning});
    Edits from_rdjson = RdjsonEdits(source, json::parse(RenderRdjson(run)));
    Edits from_sarif = SarifEdits(source, json::parse(RenderSarif(run)));
    changed += result.changed;
    fell_back += result.fixes_fell_back;
    replacements += from_rdjson.size();
    ASSERT_EQ(ApplyInOrder(source.text(), from_rdjson, name), result.output) << name << ": rdjson suggestions";
    ASSERT_EQ(ApplyInOrder(source.text(), from_sarif, name), result.output) << name << ": SARIF replacements";
    for (const Report& report : result.reports) {
      EXPECT_TRUE(report.applied || report.fix.empty()) << name << ": an unapplied fix is not a suggestion";
      EXPECT_FALSE(!unsafe && report.safety == "unsafe fix" && report.applied) << name << ": unsafe fix in a safe run";
      merged += report.fix_merged_into >= 0;
    }
  }
  EXPECT_GT(changed, 100u);
  EXPECT_EQ(fell_back, 0u) << "files whose fixes fell back to one replacement of the changed region";
  std::printf("%s: %zu files changed, %zu replacements, %zu fixes folded into another's\n", unsafe ? "unsafe" : "safe",
              changed, replacements, merged);
}

TEST(ReviewApplyProperty, SafeRun) { CheckCorpus(false); }
TEST(ReviewApplyProperty, UnsafeRun) { CheckCorpus(true); }

}  // namespace
}  // namespace dockopt
