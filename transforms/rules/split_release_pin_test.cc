// BookwormPinnedTag: which golang and rust tags get a bookworm builder.
#include "transforms/rules/split_release_pin.h"

#include <gtest/gtest.h>

namespace dockopt::split {
namespace {

TEST(BookwormPinnedTag, RollingTagsGetTheirBookwormVariant) {
  EXPECT_EQ(BookwormPinnedTag("golang", ""), "bookworm");
  EXPECT_EQ(BookwormPinnedTag("golang", "latest"), "bookworm");
  EXPECT_EQ(BookwormPinnedTag("golang", "1"), "1-bookworm");
  EXPECT_EQ(BookwormPinnedTag("golang", "1.22"), "1.22-bookworm");
  EXPECT_EQ(BookwormPinnedTag("golang", "1.25"), "1.25-bookworm");
  EXPECT_EQ(BookwormPinnedTag("rust", "1"), "1-bookworm");
  EXPECT_EQ(BookwormPinnedTag("rust", "1.85"), "1.85-bookworm");
  EXPECT_EQ(BookwormPinnedTag("rust", "latest"), "bookworm");
}

TEST(BookwormPinnedTag, NoneWhereTheVariantMayNotExist) {
  EXPECT_EQ(BookwormPinnedTag("golang", "1.19"), "");      // before the bookworm variants
  EXPECT_EQ(BookwormPinnedTag("rust", "1.63"), "");
  EXPECT_EQ(BookwormPinnedTag("golang", "1.22.3"), "");    // a patch version
  EXPECT_EQ(BookwormPinnedTag("golang", "1.22-bookworm"), "");
  EXPECT_EQ(BookwormPinnedTag("golang", "1.22-alpine"), "");
  EXPECT_EQ(BookwormPinnedTag("rust", "slim"), "");
  EXPECT_EQ(BookwormPinnedTag("gcc", "latest"), "");
  EXPECT_EQ(BookwormPinnedTag("python", "3.11"), "");
}

}  // namespace
}  // namespace dockopt::split
