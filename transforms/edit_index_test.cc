#include "transforms/edit_index.h"

#include <gtest/gtest.h>

#include <random>

#include "transforms/apply_edits.h"

namespace dockopt {
namespace {

// The walks EditWalk replaced (original_fixes.cc before it), kept as the reference answers.
uint32_t WalkBackWidening(uint32_t offset, const Edits& sorted, bool right) {
  int64_t delta = 0;
  for (const Edit& edit : sorted) {
    int64_t new_begin = edit.span.begin + delta;
    int64_t new_end = new_begin + static_cast<int64_t>(edit.text.size());
    if (offset < new_begin) break;
    if (offset <= new_end) return right ? edit.span.end : edit.span.begin;
    delta += static_cast<int64_t>(edit.text.size()) - static_cast<int64_t>(edit.span.size());
  }
  return static_cast<uint32_t>(offset - delta);
}

uint32_t WalkForward(uint32_t offset, const Edits& sorted, bool right) {
  int64_t delta = 0;
  for (const Edit& edit : sorted) {
    bool after_offset = right ? edit.span.begin > offset || (edit.span.begin == offset && !edit.span.empty())
                              : edit.span.begin >= offset;
    if (after_offset) break;
    if (offset < edit.span.end) {
      int64_t new_begin = edit.span.begin + delta;
      return static_cast<uint32_t>(right ? new_begin + static_cast<int64_t>(edit.text.size()) : new_begin);
    }
    delta += static_cast<int64_t>(edit.text.size()) - static_cast<int64_t>(edit.span.size());
  }
  return static_cast<uint32_t>(offset + delta);
}

// Random edits over a 60-byte text: insertions, deletions, replacements, some overlapping (fixes
// whose own edits overlap must not confuse the indexes either).
Edits RandomEdits(std::mt19937& random, int count) {
  Edits edits;
  for (int i = 0; i < count; ++i) {
    uint32_t begin = random() % 60, size = random() % 4 == 0 ? 0 : random() % 6;
    edits.push_back({{begin, begin + size}, std::string(random() % 5, 'x')});
  }
  return edits;
}

TEST(EditWalk, MapsEveryOffsetAsTheWalksDo) {
  std::mt19937 random(14);
  for (int trial = 0; trial < 500; ++trial) {
    Edits edits = RandomEdits(random, static_cast<int>(random() % 8));
    EditWalk by_begin(SortedForMapBack(edits));
    Edits sorted = SortedEdits(edits);
    EditWalk by_begin_end(sorted);
    for (uint32_t offset = 0; offset < 90; ++offset) {
      ASSERT_EQ(by_begin.Back(offset, false, false), MapBack(offset, edits)) << trial << " " << offset;
      for (bool right : {false, true}) {
        ASSERT_EQ(by_begin_end.Back(offset, true, right), WalkBackWidening(offset, sorted, right)) << trial;
        ASSERT_EQ(by_begin_end.Forward(offset, right), WalkForward(offset, sorted, right)) << trial;
      }
    }
  }
}

TEST(AcceptedEdits, AgreesWithEditsOverlap) {
  std::mt19937 random(5);
  for (int trial = 0; trial < 300; ++trial) {
    Edits accepted;
    AcceptedEdits index;
    for (int fix = 0; fix < 12; ++fix) {
      Edits edits = RandomEdits(random, 1 + static_cast<int>(random() % 3));
      ASSERT_EQ(index.Overlaps(edits), EditsOverlap(accepted, edits)) << trial << " " << fix;
      if (random() % 3 != 0) {  // accept some even when they overlap, as a fix's own edits may
        accepted.insert(accepted.end(), edits.begin(), edits.end());
        index.Add(edits);
      }
    }
  }
}

TEST(AcceptedEdits, AnInsertionAtAnAcceptedEditsStartOverlapsButOneAtItsEndDoesNot) {
  AcceptedEdits index;
  index.Add({{{10, 20}, "a"}});
  EXPECT_TRUE(index.Overlaps({{{10, 10}, "b"}}));
  EXPECT_TRUE(index.Overlaps({{{15, 15}, "b"}}));
  EXPECT_FALSE(index.Overlaps({{{20, 20}, "b"}}));
  EXPECT_FALSE(index.Overlaps({{{5, 10}, "b"}}));
  index.Clear();
  EXPECT_FALSE(index.Overlaps({{{15, 15}, "b"}}));
}

}  // namespace
}  // namespace dockopt
