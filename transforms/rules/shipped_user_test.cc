// Tests for ShippedUser: the node user exists only on images built after it was added.
#include "transforms/rules/shipped_user.h"

#include <gtest/gtest.h>

namespace dockopt {
namespace {

std::optional<std::string> UserOf(const char* name, const char* tag) {
  ImageRef image;
  image.name = name;
  image.tag = tag;
  image.known = true;
  return ShippedUser(image);
}

TEST(ShippedUser, NodeImagesBuiltAfterTheUserWasAddedHaveIt) {
  for (const char* tag : {"", "latest", "lts", "boron", "8", "20-slim", "22.4.1-alpine", "4", "6-slim", "6.9",
                          "6.9.1", "7.2.0", "4.6.1", "0.12", "0.12.17", "0.10.48", "10.16"})
    EXPECT_EQ(UserOf("node", tag), "node") << tag;
  EXPECT_EQ(UserOf("docker.io/library/node", "18"), "node");
}

// Pinned tags built before 2016-11-03 never had the user: `USER node` there fails at run time.
TEST(ShippedUser, NodeImagesPinnedBeforeTheUserHaveNone) {
  for (const char* tag : {"0.12.4-slim", "0.12.16", "0.10.40", "0.12.4", "4.2.1", "4.6.0", "5", "5.10.0", "6.2",
                          "6.9.0", "6-alpine", "7.4-alpine", "0.11"})
    EXPECT_EQ(UserOf("node", tag), std::nullopt) << tag;
}

TEST(ShippedUser, OtherImages) {
  EXPECT_EQ(UserOf("mcr.microsoft.com/dotnet/aspnet", "8.0"), "app");
  EXPECT_EQ(UserOf("mcr.microsoft.com/dotnet/aspnet", "6.0"), std::nullopt);
  EXPECT_EQ(UserOf("mynode/node", "18"), std::nullopt);
  EXPECT_EQ(UserOf("python", "3.12"), std::nullopt);
}

}  // namespace
}  // namespace dockopt
