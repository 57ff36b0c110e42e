// DF202 on shell code nested in a RUN (effects_nested.h): what stays unknown or uncertain inside a
// branch still blocks the split, and the finding names it.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF202";

TEST(SplitNestedTest, UnknownCommandInsideAnIfBlocksAndIsNamed) {
  constexpr std::string_view kInput =
      "FROM gcc:12\nWORKDIR /src\nCOPY . .\nRUN make && if [ -n \"$X\" ]; then frobnicate --all; fi\nCMD [\"./app\"]\n";
  ExpectBlocked(kRule, kInput, "the RUN at line 4 runs 'frobnicate', whose effects dockopt does not know");
}

TEST(SplitNestedTest, AVariableWithoutAValueIsNamedAsTheBlocker) {
  constexpr std::string_view kInput =
      "FROM gcc:12\nARG SRC\nWORKDIR /src\nCOPY . .\nRUN make && mkdir -p $SRC\nCMD [\"./app\"]\n";
  ExpectBlocked(kRule, kInput, "the RUN at line 5 runs 'mkdir', whose effects dockopt does not know: '$SRC' holds a variable "
                               "dockopt cannot resolve");
}

TEST(SplitNestedTest, PackagesInstalledOnlyOnABranchBlock) {
  constexpr std::string_view kInput =
      "FROM gcc:12\nWORKDIR /src\nCOPY . .\n"
      "RUN make && if [ -n \"$X\" ]; then apt-get update && apt-get install -y libpq5; fi\nCMD [\"./app\"]\n";
  ExpectBlocked(kRule, kInput, "the RUN at line 4 runs 'apt-get install' only on some branches");
}

TEST(SplitNestedTest, AWriteOnlyOnABranchOutsideTheSureWritesBlocks) {
  constexpr std::string_view kInput =
      "FROM gcc:12\nWORKDIR /src\nCOPY . .\n"
      "RUN make && if [ -n \"$X\" ]; then mkdir -p /srv/data; fi\nCMD [\"./app\"]\n";
  ExpectBlocked(kRule, kInput, "may or may not write '/srv/data'");
}

}  // namespace
}  // namespace dockopt
