// DF202 on shell code nested in a RUN (effects_nested.h): what stays unknown or uncertain inside a
// branch still blocks the split, and the finding names it.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF202";

// The split of `input` (with --unsafe) is refused: the file is unchanged and the one finding says `why`.
void ExpectBlocked(std::string_view input, std::string_view why) {
  OptimizeResult result = RunRule(kRule, input, true);
  EXPECT_EQ(result.output, input);
  ASSERT_EQ(result.reports.size(), 1u);
  const std::string& message = result.reports.front().message;
  EXPECT_NE(message.find(why), std::string::npos) << message;
}

TEST(SplitNestedTest, UnknownCommandInsideAnIfBlocksAndIsNamed) {
  constexpr std::string_view kInput =
      "FROM gcc:12\nWORKDIR /src\nCOPY . .\nRUN make && if [ -n \"$X\" ]; then frobnicate --all; fi\nCMD [\"./app\"]\n";
  ExpectBlocked(kInput, "the RUN at line 4 runs 'frobnicate', whose effects dockopt does not know");
}

TEST(SplitNestedTest, PackagesInstalledOnlyOnABranchBlock) {
  constexpr std::string_view kInput =
      "FROM gcc:12\nWORKDIR /src\nCOPY . .\n"
      "RUN make && if [ -n \"$X\" ]; then apt-get update && apt-get install -y libpq5; fi\nCMD [\"./app\"]\n";
  ExpectBlocked(kInput, "the RUN at line 4 runs 'apt-get install' only on some branches");
}

TEST(SplitNestedTest, AWriteOnlyOnABranchOutsideTheSureWritesBlocks) {
  constexpr std::string_view kInput =
      "FROM gcc:12\nWORKDIR /src\nCOPY . .\n"
      "RUN make && if [ -n \"$X\" ]; then mkdir -p /srv/data; fi\nCMD [\"./app\"]\n";
  ExpectBlocked(kInput, "may or may not write '/srv/data'");
}

}  // namespace
}  // namespace dockopt
