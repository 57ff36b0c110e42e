// NodePruneCommand: which prune each node image tag's npm reads.
#include "transforms/rules/split_node_prune.h"

#include <gtest/gtest.h>

namespace dockopt::split {
namespace {

TEST(NodePruneCommand, Node15AndNewerAndRollingTagsOmitDev) {
  for (std::string_view tag : {"15", "20", "20.19.6-bullseye-slim", "22-alpine", "lts-alpine", "current-slim", "",
                               "latest", "slim", "alpine3.19", "iron", "hydrogen-alpine", "bookworm-slim"}) {
    EXPECT_EQ(NodePruneCommand(tag), "npm prune --omit=dev") << tag;
    EXPECT_TRUE(NodeTagPrunesDevDependencies(tag)) << tag;
  }
}

TEST(NodePruneCommand, Npm6LinesPruneForProduction) {
  // npm 6 ignores --omit=dev: it would keep every devDependency.
  for (std::string_view tag : {"10", "10-slim", "12.22-alpine", "14", "14.21-alpine", "dubnium", "erbium-slim", "fermium-alpine"})
    EXPECT_EQ(NodePruneCommand(tag), "npm prune --production") << tag;
}

TEST(NodePruneCommand, OlderNpmAndUnknownTagsGetNone) {
  for (std::string_view tag : {"8", "9-slim", "6", "0.10", "argon", "boron-slim", "carbon", "some-custom-tag"}) {
    EXPECT_EQ(NodePruneCommand(tag), "") << tag;
    EXPECT_FALSE(NodeTagPrunesDevDependencies(tag)) << tag;
  }
}

}  // namespace
}  // namespace dockopt::split
