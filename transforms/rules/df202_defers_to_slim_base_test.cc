// DF202 leaves a final stage that builds nothing of its own, on a toolchain image, to DF203's base swap
// (cruise-control, held8: a split added a stage that only copied the builder's output once more).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "transforms/optimize.h"

namespace dockopt {
namespace {

OptimizeResult OptimizeWith(const std::string& text, std::vector<std::string> select) {
  OptimizeOptions options;
  options.select = std::move(select);
  options.unsafe = true;
  return Optimize(SourceBuffer("Dockerfile", text), options);
}

constexpr std::string_view kJarOnJdk =
    "FROM maven:3-eclipse-temurin-17 AS build\nWORKDIR /src\nCOPY . .\nRUN mvn -B package\n"
    "FROM eclipse-temurin:17\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n"
    "COPY --from=build /src/target/app.jar /app.jar\nCMD [\"java\", \"-jar\", \"/app.jar\"]\n";

TEST(Df202DefersToSlimBase, AStageThatOnlyCopiesGetsTheSwapNotASplit) {
  OptimizeResult both = OptimizeWith(std::string(kJarOnJdk), {"DF202", "DF203"});
  EXPECT_NE(both.output.find("FROM eclipse-temurin:17-jre\n"), std::string::npos) << both.output;
  EXPECT_EQ(both.output.find("AS production"), std::string::npos) << both.output;
  EXPECT_EQ(both.output.find("AS builder"), std::string::npos) << both.output;
}

TEST(Df202DefersToSlimBase, WithoutDf203TheSplitStays) {
  OptimizeResult alone = OptimizeWith(std::string(kJarOnJdk), {"DF202"});
  EXPECT_NE(alone.output.find("AS production"), std::string::npos) << alone.output;
}

TEST(Df202DefersToSlimBase, AStageThatInstallsDependenciesIsStillSplit) {
  const std::string text = "FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm install\nCOPY . .\nCMD [\"node\", \"server.js\"]\n";
  OptimizeResult both = OptimizeWith(text, {"DF202", "DF203"});
  EXPECT_NE(both.output.find("AS production"), std::string::npos) << both.output;
}

}  // namespace
}  // namespace dockopt
