// NodeTagPrunesDevDependencies: which node image tags carry an npm that reads --omit=dev.
#include "transforms/rules/split_node_prune.h"

#include <gtest/gtest.h>

namespace dockopt::split {
namespace {

TEST(NodeTagPrunesDevDependencies, Node15AndNewerAndRollingTags) {
  for (std::string_view tag : {"15", "20", "20.19.6-bullseye-slim", "22-alpine", "lts-alpine", "current-slim", "",
                               "latest", "slim", "alpine3.19", "iron", "hydrogen-alpine", "bookworm-slim"})
    EXPECT_TRUE(NodeTagPrunesDevDependencies(tag)) << tag;
}

TEST(NodeTagPrunesDevDependencies, OlderNpmIgnoresOmit) {
  for (std::string_view tag : {"14", "14.21-alpine", "10-slim", "8", "0.10", "argon", "boron-slim", "carbon", "fermium-alpine",
                               "some-custom-tag"})
    EXPECT_FALSE(NodeTagPrunesDevDependencies(tag)) << tag;
}

}  // namespace
}  // namespace dockopt::split
