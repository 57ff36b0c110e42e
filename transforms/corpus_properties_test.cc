// Properties over the real-world corpus: no crash, output re-parses, optimizing twice changes nothing,
// and every changed line lies inside a finding that was applied.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "emitter/unified_diff.h"
#include "ir/test_support.h"
#include "parser/parse.h"
#include "transforms/optimize.h"

namespace dockopt {
namespace {

namespace fs = std::filesystem;

using testing::ReadFile;

// Original-side line numbers the diff touches: deleted lines, and the line an insertion follows. A line
// deleted in one place and added in another with the same text is a move the diff chose (identical
// lines such as two equal RUNs can pair either way round), not a change: it is left out.
std::vector<uint32_t> ChangedLines(const std::string& before, const std::string& after) {
  std::vector<uint32_t> lines;
  std::string diff = UnifiedDiff(before, after, {});
  std::multiset<std::string> deleted, added;
  {
    std::istringstream scan(diff);
    for (std::string text; std::getline(scan, text);) {
      if (text.starts_with("---") || text.starts_with("+++")) continue;
      if (text.starts_with("-")) deleted.insert(text.substr(1));
      if (text.starts_with("+")) added.insert(text.substr(1));
    }
  }
  auto moved = [&](const std::string& text, const std::multiset<std::string>& other) {
    std::string_view body = std::string_view(text).substr(1);
    return body.find_first_not_of(" \t") != std::string_view::npos && other.count(std::string(body)) > 0;
  };
  std::istringstream in(diff);
  uint32_t line = 0;
  for (std::string text; std::getline(in, text);) {
    if (text.starts_with("@@")) {
      line = static_cast<uint32_t>(std::stoul(text.substr(4)));
      if (text.find(",0 ") != std::string::npos && text.find(",0 ") < text.find('+')) ++line;  // empty old side
    } else if (text.starts_with("---") || text.starts_with("+++") || text.starts_with("\\")) {
      continue;
    } else if (text.starts_with("-")) {
      if (!moved(text, added)) lines.push_back(line);
      ++line;
    } else if (text.starts_with("+")) {
      if (!moved(text, deleted)) lines.push_back(line > 1 ? line - 1 : 1);
    } else {
      ++line;
    }
  }
  return lines;
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
    for (uint32_t line : ChangedLines(std::string(source.text()), result.output)) {
      // The diff may align a moved blank or comment line a few lines away from the edit that moved it.
      std::string_view text = source.LineText(line);
      size_t first_char = text.find_first_not_of(" \t");
      uint32_t slack = first_char == std::string_view::npos || text[first_char] == '#' ? 3 : 1;
      auto covers = [&](uint32_t l) {
        for (const Report& r : result.reports) {
          if (!r.applied) continue;
          uint32_t first = source.Locate(r.where.begin).line, last = source.Locate(r.where.end).line;
          if (l + slack >= first && l <= last + slack) return true;
        }
        return false;
      };
      bool covered = covers(line);
      // The diff may keep one of two identical lines as context and delete the other: the change is
      // then explained when either copy lies inside an applied finding.
      for (uint32_t other = 1; !covered && first_char != std::string_view::npos && other <= source.LineCount();
           ++other)
        covered = other != line && source.LineText(other) == text && covers(other);
      EXPECT_TRUE(covered) << name << ": line " << line << " changed outside every applied finding";
    }
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
