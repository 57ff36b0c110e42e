// DF202 on node runtime images whose final stage builds with its devDependencies installed: split when
// npm can prune them for a `node FILE` command (goldens), otherwise a suggestion that says why not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF202";

std::string App(std::string_view image, std::string_view install, std::string_view build, std::string_view cmd) {
  return "FROM " + std::string(image) + "\nWORKDIR /app\nCOPY . .\nRUN " + std::string(install) + "\nRUN " +
         std::string(build) + "\nCMD " + std::string(cmd) + "\n";
}

TEST(SplitNodeBuildTest, YarnsNodeModulesAreNamedNotPruned) {
  ExpectBlocked(kRule, App("node:20-slim", "yarn install --frozen-lockfile", "yarn build", "[\"node\", \"dist/main.js\"]"),
                "the devDependencies of the yarn build stay in the final image; split the build into a builder stage "
                "(not rewritten: dockopt prunes only npm's node_modules, and yarn installed these)");
  ExpectBlocked(kRule, App("node:22-alpine", "yarn workspaces focus web", "yarn web:build", "[\"yarn\", \"start\"]"),
                "and yarn installed these");
  ExpectBlocked(kRule, App("node:22-alpine", "pnpm install", "pnpm run build:prod", "[\"node\", \"dist/main.js\"]"),
                "and pnpm installed these");
}

TEST(SplitNodeBuildTest, AnOldNpmOrAnotherCommandIsNamed) {
  ExpectBlocked(kRule, App("node:8-slim", "npm ci", "npm run build", "[\"node\", \"dist/main.js\"]"),
                "the npm of 'node:8-slim' is older than 6 and cannot prune them");
  ExpectBlocked(kRule, App("node:20-slim", "npm ci", "npm run build", "[\"npm\", \"start\"]"),
                "the container's command runs 'npm', which may use them");
}

TEST(SplitNodeBuildTest, NoClaimWithoutDevDependencies) {
  for (const std::string& input : std::vector<std::string>
       {App("node:20-slim", "npm ci --omit=dev", "npm run build", "[\"npm\", \"start\"]"),
        App("node:20-slim", "yarn install --production", "yarn build", "[\"yarn\", \"start\"]"),
        std::string("FROM node:20-slim\nENV NODE_ENV=production\nWORKDIR /app\nCOPY . .\nRUN yarn install\nRUN yarn build\nCMD [\"yarn\", \"start\"]\n"),
        App("node:20-slim", "yarn install", "yarn test", "[\"yarn\", \"start\"]"),
        App("node:20-slim", "npm install left-pad", "npm run build", "[\"npm\", \"start\"]")}) {
    OptimizeResult result = RunRule(kRule, input, true);
    EXPECT_EQ(result.output, input);
    EXPECT_TRUE(result.reports.empty()) << input << (result.reports.empty() ? "" : result.reports.front().message);
  }
}

}  // namespace
}  // namespace dockopt
