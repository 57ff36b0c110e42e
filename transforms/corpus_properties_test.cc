// Properties over the real-world corpus: no crash, output re-parses, optimizing twice changes nothing,
// and every byte the diff shows changed lies inside an applied edit, mapped through the later rounds.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "emitter/unified_diff.h"
#include "ir/test_support.h"
#include "parser/parse.h"
#include "transforms/edit_ranges.h"
#include "transforms/optimize.h"

namespace dockopt {
namespace {

namespace fs = std::filesystem;

using testing::ReadFile;

// Byte offsets where each line of `text` starts, plus the text's size at the end.
std::vector<uint32_t> LineStarts(std::string_view text) {
  std::vector<uint32_t> starts = {0};
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts.push_back(static_cast<uint32_t>(i + 1));
  if (starts.back() != text.size()) starts.push_back(static_cast<uint32_t>(text.size()));
  return starts;
}

// A hunk header's "-12,3" or "+12" as {first line, line count}.
std::pair<size_t, size_t> HeaderRange(const std::string& field) {
  const size_t comma = field.find(',');
  const size_t first = std::stoul(field.substr(1, comma == std::string::npos ? std::string::npos : comma - 1));
  return {first, comma == std::string::npos ? 1 : std::stoul(field.substr(comma + 1))};
}

// The changes the unified diff shows that no applied edit explains. Each hunk of the diff (with its
// context lines) is a window. It is explained when, outside the edit ranges, its old and new text are
// equal; otherwise it is diffed again by bytes, and each changed run must lie in an edit range, alone
// or joined with the runs a few bytes from it (see ByteChanges and HunksOutside).
std::vector<Hunk> UnexplainedChanges(const std::string& before, const std::string& after, const EditRanges& ranges) {
  const std::vector<uint32_t> old_starts = LineStarts(before), new_starts = LineStarts(after);
  auto window = [](const std::vector<uint32_t>& starts, size_t first, size_t count) {
    const size_t from = count == 0 ? first : first - 1;  // a count of 0 names the line before
    auto at = [&](size_t line) { return starts[std::min(line, starts.size() - 1)]; };
    return ByteRange{at(from), at(from + count)};
  };
  std::vector<Hunk> windows;  // before: the old window, after: the new one
  std::istringstream in(UnifiedDiff(before, after, {}));
  for (std::string text; std::getline(in, text);) {
    if (!text.starts_with("@@")) continue;
    std::istringstream header(text.substr(3));  // "-12,3 +12,4 @@"
    std::string old_field, new_field;
    header >> old_field >> new_field;
    const auto [old_first, old_count] = HeaderRange(old_field);
    const auto [new_first, new_count] = HeaderRange(new_field);
    const Hunk next{window(old_starts, old_first, old_count), window(new_starts, new_first, new_count)};
    // An edit reaching into two windows (a block moved from one hunk to the next) joins them.
    auto spans = [](const std::vector<ByteRange>& rs, ByteRange a, ByteRange b) {
      return std::any_of(rs.begin(), rs.end(), [&](const ByteRange& r) { return r.begin < a.end && r.end > b.begin; });
    };
    if (!windows.empty() && (spans(ranges.before, windows.back().before, next.before) ||
                             spans(ranges.after, windows.back().after, next.after))) {
      windows.back().before.end = next.before.end;
      windows.back().after.end = next.after.end;
    } else {
      windows.push_back(next);
    }
  }
  std::vector<Hunk> unexplained;
  for (const Hunk& w : windows) {
    if (DiffersOnlyInside(before, w.before, after, w.after, ranges)) continue;
    const std::vector<Hunk> joined = HunksOutside(before, after, ByteChanges(before, w.before, after, w.after), ranges);
    for (const Hunk& run : HunksOutside(before, after, ByteChanges(before, w.before, after, w.after, 1), ranges))
      for (const Hunk& group : joined)
        if (group.after.begin <= run.after.begin && run.after.end <= group.after.end) unexplained.push_back(run);
  }
  return unexplained;
}

void CheckProperties(bool unsafe, std::map<std::string, size_t>& fired, size_t& changed_files) {
  fs::path dir = fs::path(DOCKOPT_CORPUS_DIR) / "real-world";
  if (!fs::exists(dir)) GTEST_SKIP() << "corpus absent: " << dir.string();
  OptimizeOptions options;
  options.unsafe = unsafe;
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".Dockerfile") continue;
    ++files;
    std::string name = entry.path().filename().string();
    SourceBuffer source(name, ReadFile(entry.path()));
    OptimizeResult result = Optimize(source, options);
    if (!result.ok()) continue;  // rejected input: covered by the parser's corpus test
    for (const Diagnostic& d : result.errors) ADD_FAILURE() << name << ": " << d.message;
    std::set<std::string> rules;
    for (const Report& r : result.reports) rules.insert(r.rule_id);
    for (const std::string& r : rules) ++fired[r];
    if (!result.changed) continue;
    ++changed_files;
    SourceBuffer output(name, result.output);
    ASSERT_TRUE(Parse(output).dockerfile) << name << ": output does not parse";
    OptimizeResult again = Optimize(output, options);
    ASSERT_TRUE(again.ok()) << name;
    EXPECT_EQ(again.output, result.output) << name << ": optimizing twice changed it again";
    // Every byte the diff shows changed lies where some round's edits landed in the final text.
    const std::string before(source.text());
    EditRanges ranges{{}, FinalEditRanges(result.round_edits)};
    for (const Report& r : result.reports)
      for (const Edit& e : r.fix) ranges.before.push_back({e.span.begin, e.span.end});
    for (const Hunk& hunk : UnexplainedChanges(before, result.output, ranges))
      ADD_FAILURE() << name << ": line " << source.Locate(hunk.before.begin).line
                    << " changed outside every applied edit: '"
                    << before.substr(hunk.before.begin, hunk.before.end - hunk.before.begin) << "' became '"
                    << result.output.substr(hunk.after.begin, hunk.after.end - hunk.after.begin) << "'";
  }
  EXPECT_GE(files, 1500u);
}

TEST(CorpusProperties, SafeFixes) {
  std::map<std::string, size_t> fired;
  size_t changed = 0;
  CheckProperties(false, fired, changed);
  std::printf("safe: %zu files changed\n", changed);
  for (const auto& [rule, count] : fired) std::printf("  %s fires on %zu files\n", rule.c_str(), count);
}

TEST(CorpusProperties, UnsafeFixes) {
  std::map<std::string, size_t> fired;
  size_t changed = 0;
  CheckProperties(true, fired, changed);
  std::printf("unsafe: %zu files changed\n", changed);
}

}  // namespace
}  // namespace dockopt
