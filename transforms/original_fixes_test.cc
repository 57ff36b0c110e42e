// MapFixesToOriginal: a later round's edits land on the original bytes, merged where they must be.
#include "transforms/original_fixes.h"

#include <gtest/gtest.h>

#include "transforms/apply_edits.h"

namespace dockopt {
namespace {

Edits Applied(const OriginalFixes& fixes) {
  Edits all;
  for (const Edits& fix : fixes.fixes) all.insert(all.end(), fix.begin(), fix.end());
  return all;
}

TEST(OriginalFixes, SeparateRoundsStaySeparateReplacements) {
  std::string original = "aaa bbb ccc";
  RoundEdits first{{{{0, 3}, "AAA"}}, {0}};
  std::string after_first = ApplyEdits(original, first.edits);  // "AAA bbb ccc"
  RoundEdits second{{{{8, 11}, "CC"}}, {1}};
  std::string output = ApplyEdits(after_first, second.edits);  // "AAA bbb CC"
  OriginalFixes fixes = MapFixesToOriginal(original, output, {first, second}, 2);
  EXPECT_FALSE(fixes.fell_back);
  EXPECT_EQ(fixes.fixes[0], (Edits{{{0, 3}, "AAA"}}));
  EXPECT_EQ(fixes.fixes[1], (Edits{{{8, 11}, "CC"}}));  // mapped back through round 1 (same length)
  EXPECT_EQ(ApplyEdits(original, Applied(fixes)), output);
}

TEST(OriginalFixes, ALaterEditOfInsertedTextMergesIntoTheEarlierFix) {
  std::string original = "x\ny\n";
  RoundEdits first{{{{2, 2}, "new line\n"}}, {0}};  // insert before "y"
  std::string after_first = ApplyEdits(original, first.edits);  // "x\nnew line\ny\n"
  RoundEdits second{{{{2, 5}, "NEW"}, {{13, 13}, "!"}}, {1, 1}};  // edits the inserted text, and after "y\n"
  std::string output = ApplyEdits(after_first, second.edits);
  OriginalFixes fixes = MapFixesToOriginal(original, output, {first, second}, 2);
  EXPECT_FALSE(fixes.fell_back);
  EXPECT_EQ(fixes.fixes[0], (Edits{{{2, 2}, "NEW line\n"}}));  // the earliest owner carries the merged change
  EXPECT_EQ(fixes.fixes[1], (Edits{{{4, 4}, "!"}}));           // its own edit elsewhere stays its own
  EXPECT_EQ(fixes.merged_into[1], -1);
  EXPECT_EQ(ApplyEdits(original, Applied(fixes)), output);
}

TEST(OriginalFixes, AFixWhollyInsideAnotherIsCarriedByIt) {
  std::string original = "RUN a && b\n";
  RoundEdits first{{{{0, 11}, "RUN a \\\n && b\n"}}, {0}};
  std::string after_first = ApplyEdits(original, first.edits);
  RoundEdits second{{{{4, 5}, "A"}}, {1}};
  std::string output = ApplyEdits(after_first, second.edits);
  OriginalFixes fixes = MapFixesToOriginal(original, output, {first, second}, 2);
  EXPECT_EQ(fixes.fixes[0], (Edits{{{0, 11}, output}}));
  EXPECT_TRUE(fixes.fixes[1].empty());
  EXPECT_EQ(fixes.merged_into[1], 0);
}

}  // namespace
}  // namespace dockopt
