#include "transforms/edit_ranges.h"

#include <gtest/gtest.h>

#include <string>

#include "transforms/apply_edits.h"

namespace dockopt {
namespace {

TEST(FinalEditRanges, CarriesEarlierRoundsThroughLaterEdits) {
  // Round 0 inserts "X\n" at 2; round 1 replaces the first line, before it.
  const std::vector<Edits> rounds = {{{{2, 2}, "X\n"}}, {{{0, 1}, "AAA"}}};
  EXPECT_EQ(FinalEditRanges(rounds), (std::vector<ByteRange>{{0, 3}, {4, 6}}));
}

TEST(FinalEditRanges, ALaterEditInsideAnEarlierOneWidensNothingElse) {
  // Round 0 writes "abc" over byte 0; round 1 deletes its "b".
  const std::vector<Edits> rounds = {{{{0, 1}, "abc"}}, {{{1, 2}, ""}}};
  EXPECT_EQ(FinalEditRanges(rounds), (std::vector<ByteRange>{{0, 2}}));
}

TEST(FinalEditRanges, ADeletionIsAPoint) {
  EXPECT_EQ(FinalEditRanges({{{{2, 4}, ""}}}), (std::vector<ByteRange>{{2, 2}}));
}

// The case the old line-based property failed on: a rule inserts a line equal to its neighbour,
// and the diff shows the neighbour as the added one.
TEST(HunksOutside, AnInsertedCopyOfTheNextLineMaySlide) {
  const std::string before = "FROM a\nRUN x\n";
  const Edits edits = {{{7, 7}, "RUN y\nRUN x\n"}};  // after FROM: "RUN y", then a second "RUN x"
  const std::string after = ApplyEdits(before, edits);
  const EditRanges ranges{{{7, 7}}, FinalEditRanges({edits})};
  // The diff may say "+RUN y", the old "RUN x" kept, then "+RUN x" after it, outside the edit ...
  EXPECT_TRUE(HunksOutside(before, after, {{{7, 7}, {7, 13}}, {{13, 13}, {19, 25}}}, ranges).empty());
  // ... or show the edit's own place.
  EXPECT_TRUE(HunksOutside(before, after, {{{7, 7}, {7, 19}}}, ranges).empty());
}

TEST(HunksOutside, AChangeNoEditMadeIsReported) {
  const std::string before = "FROM a\nRUN x\n", after = "FROM b\nRUN x\nRUN y\n";
  const Edits edits = {{{13, 13}, "RUN y\n"}};  // only the insertion was an edit
  const std::vector<Hunk> hunks = {{{0, 7}, {0, 7}}, {{13, 13}, {13, 19}}};
  const std::vector<Hunk> outside = HunksOutside(before, after, hunks, {{{13, 13}}, FinalEditRanges({edits})});
  ASSERT_EQ(outside.size(), 1u);
  EXPECT_EQ(outside[0].before.begin, 0u);
}

TEST(HunksOutside, ADeletionMustHappenWhereAnEditDeleted) {
  const std::string before = "A\nB\nC\n", after = "A\nC\n";
  EXPECT_TRUE(HunksOutside(before, after, {{{2, 4}, {2, 2}}}, {{{2, 4}}, FinalEditRanges({{{{2, 4}, ""}}})}).empty());
  EXPECT_EQ(HunksOutside(before, after, {{{2, 4}, {2, 2}}}, {{{0, 0}}, FinalEditRanges({{{{0, 0}, ""}}})}).size(), 1u);
}

// A merge of two lines edits each of them; the bytes between the edits are unchanged, though the
// line diff shows the whole lines changed.
TEST(HunksOutside, AReplacementNeedsAnEditOnEveryChangedLine) {
  const std::string before = "RUN a\nRUN b\nRUN c\n";
  const Edits edits = {{{5, 10}, " && \\\n   "}};  // "RUN a\nRUN b" -> "RUN a && \\\n   b"
  const std::string after = ApplyEdits(before, edits);
  const EditRanges ranges{{{5, 10}}, FinalEditRanges({edits})};
  const Hunk hunk{{0, 12}, {0, static_cast<uint32_t>(after.size() - 6)}};
  EXPECT_TRUE(HunksOutside(before, after, {hunk}, ranges).empty());
  // The same hunk with the third line changed too, where no edit was.
  const std::string changed = after.substr(0, after.size() - 6) + "RUN d\n";
  const Hunk wider{{0, 18}, {0, static_cast<uint32_t>(changed.size())}};
  EXPECT_EQ(HunksOutside(before, changed, {wider}, ranges).size(), 1u);
}

TEST(ByteChanges, FindsTheBytesThatDiffer) {
  const std::string before = "FROM a\nRUN x\nRUN z\n", after = "FROM a\nRUN yx\nRUN q\n";
  const std::vector<Hunk> changes = ByteChanges(before, {7, 19}, after, {7, 20}, 1);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].before, (ByteRange{11, 11}));  // "y" added before "x"
  EXPECT_EQ(changes[0].after, (ByteRange{11, 12}));
  EXPECT_EQ(changes[1].before, (ByteRange{17, 18}));  // "z" became "q"
  EXPECT_EQ(changes[1].after, (ByteRange{18, 19}));
  EXPECT_TRUE(ByteChanges(before, {0, 19}, before, {0, 19}).empty());
  const std::vector<Hunk> coarse = ByteChanges(before, {0, 19}, after, {0, 20}, 1, 1);
  ASSERT_EQ(coarse.size(), 1u);
  EXPECT_TRUE(coarse[0].coarse);
}

// An edit's text holding a newline: the byte diff matches the old newline inside it, and the runs
// around it join into one insertion again.
TEST(ByteChanges, JoinsRunsAFewMatchedBytesApart) {
  const std::string before = "RUN a\n\nENV x\n";
  const Edits edits = {{{5, 5}, " && \\\n    b"}};
  const std::string after = ApplyEdits(before, edits);
  const std::vector<Hunk> changes = ByteChanges(before, {0, 14}, after, {0, static_cast<uint32_t>(after.size())});
  const EditRanges ranges{{{5, 5}}, FinalEditRanges({edits})};
  EXPECT_TRUE(HunksOutside(before, after, changes, ranges).empty());
}

}  // namespace
}  // namespace dockopt
