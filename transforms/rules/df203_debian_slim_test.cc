// DebianSlimTag: the slim tag published for each kind of full Debian tag.
#include "transforms/rules/df203_debian_slim.h"

#include <gtest/gtest.h>

namespace dockopt {
namespace {

TEST(DebianSlimTag, ReleasesNumbersAndDatesGetTheirSlimTag) {
  EXPECT_EQ(DebianSlimTag("bookworm"), "bookworm-slim");
  EXPECT_EQ(DebianSlimTag("12"), "12-slim");
  EXPECT_EQ(DebianSlimTag("12.5"), "12.5-slim");
  EXPECT_EQ(DebianSlimTag("bookworm-20240311"), "bookworm-20240311-slim");
  EXPECT_EQ(DebianSlimTag("stable"), "stable-slim");
  EXPECT_EQ(DebianSlimTag("sid"), "sid-slim");
}

TEST(DebianSlimTag, LatestIsStable) {
  EXPECT_EQ(DebianSlimTag(""), "stable-slim");
  EXPECT_EQ(DebianSlimTag("latest"), "stable-slim");
}

TEST(DebianSlimTag, NoneWhereNoneIsPublished) {
  EXPECT_EQ(DebianSlimTag("bookworm-slim"), std::nullopt);
  EXPECT_EQ(DebianSlimTag("stable-slim"), std::nullopt);
  EXPECT_EQ(DebianSlimTag("experimental"), std::nullopt);
  EXPECT_EQ(DebianSlimTag("rc-buggy"), std::nullopt);
}

}  // namespace
}  // namespace dockopt
