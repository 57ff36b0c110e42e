// Tests for the owners and user-database commands production repeats (split_owner.h, split_replay.h).
#include <gtest/gtest.h>

#include "analysis/test_parse.h"
#include "transforms/rules/split_owner.h"
#include "transforms/rules/split_replay.h"

namespace dockopt::split {
namespace {

using analysis::testing::ParseText;

std::string OwnerIn(const std::string& text, const std::string& user) {
  analysis::testing::Parsed p = ParseText(text);
  analysis::StageFlow flow = analysis::AnalyzeStage(p.df, 0, analysis::FlowOptions{});
  return WithPrimaryGroup(p.df, flow, user);
}

TEST(SplitOwnerTest, NumericUserTakesThePrimaryGroupUseraddGave) {
  const std::string stage = "FROM ubuntu:22.04\nARG UID=1001\n"
                            "RUN useradd -u \"$UID\" -g 0 -d /app -c \"default user\" default\nUSER $UID\nRUN true\n";
  EXPECT_EQ(OwnerIn(stage, "1001"), "1001:0");
  EXPECT_EQ(OwnerIn("FROM ubuntu:22.04\nRUN useradd -u 1001 --gid staff app\nUSER 1001\n", "1001"), "1001:staff");
  EXPECT_EQ(OwnerIn("FROM alpine:3.19\nRUN adduser -D -u 1001 -G www-data app\nUSER 1001\n", "1001"), "1001:www-data");
}

TEST(SplitOwnerTest, NamesAndUnknownUsersStayAsTheyAre) {
  // By name, BuildKit's COPY --chown already takes the user's primary group.
  EXPECT_EQ(OwnerIn("FROM ubuntu:22.04\nRUN useradd -g 0 app\nUSER app\n", "app"), "app");
  // No group set: the user's own group, which --chown=NUMBER gives too.
  EXPECT_EQ(OwnerIn("FROM ubuntu:22.04\nRUN useradd -u 1001 app\nUSER 1001\n", "1001"), "1001");
  EXPECT_EQ(OwnerIn("FROM ubuntu:22.04\nRUN useradd -u 1001 -g 0 app\nUSER 1002\n", "1002"), "1002");
  EXPECT_EQ(OwnerIn("FROM ubuntu:22.04\nRUN useradd -u 1001 -g 0 app\n", "1001:5"), "1001:5");
}

TEST(SplitReplayTest, UserDatabaseModeNarrowedToTheDatabase) {
  EXPECT_EQ(UserDatabaseModeReplay("chmod -R g=u /etc/passwd /app"), "chmod -R g=u /etc/passwd");
  EXPECT_EQ(UserDatabaseModeReplay("chmod g+w /etc/passwd /etc/group"), "chmod g+w /etc/passwd /etc/group");
  EXPECT_EQ(UserDatabaseModeReplay("chgrp 0 /etc/passwd"), "chgrp 0 /etc/passwd");
}

TEST(SplitReplayTest, OtherModeChangesAreNotReplayed) {
  EXPECT_EQ(UserDatabaseModeReplay("chmod -R g=u /app"), "");
  EXPECT_EQ(UserDatabaseModeReplay("chmod g=u /etc/passwd app"), "");        // a relative operand
  EXPECT_EQ(UserDatabaseModeReplay("chmod $MODE /etc/passwd"), "");          // an expansion
  EXPECT_EQ(UserDatabaseModeReplay("chmod --reference=/x /etc/passwd"), "");  // reads another file
  EXPECT_EQ(UserDatabaseModeReplay("chown app /etc/passwd*"), "");
  EXPECT_EQ(UserDatabaseModeReplay("cp /x /etc/passwd"), "");
}

}  // namespace
}  // namespace dockopt::split
