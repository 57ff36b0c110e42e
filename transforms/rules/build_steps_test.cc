// Tests for the word-level view of scripts (CommandSegments) and NativeBuildStep.
#include "transforms/rules/build_steps.h"

#include <gtest/gtest.h>

namespace dockopt {
namespace {

using List = Segments::List;

TEST(CommandSegmentsTest, CommentsAddNoWords) {
  // A start script's note names tools ("as", "make") that no command runs.
  EXPECT_EQ(CommandSegments("#!/bin/sh\n# start as the web user, make sure\nexec php-fpm").list(),
            (List{{"exec", "php-fpm"}}));
  EXPECT_EQ(CommandSegments("mkdir -p ~/.cabal/bin # working around a bug").list(), (List{{"mkdir", "-p", "~/.cabal/bin"}}));
  // Not a comment: inside a word, after a quote, or `$#`.
  EXPECT_EQ(CommandSegments("echo a#b \"#x\" $#").list(), (List{{"echo", "a#b", "#x", "$#"}}));
}

TEST(CommandSegmentsTest, ABuildToolNamedOnlyInACommentIsNoBuildStep) {
  EXPECT_FALSE(NativeBuildStep("# make is run by CI, not here\nexec ./server"));
  EXPECT_EQ(NativeBuildStep("make all # build"), std::optional<std::string>("make"));
}

}  // namespace
}  // namespace dockopt
