// Tests for DF105 npm-cache through Optimize with only DF105 selected.
#include <gtest/gtest.h>

#include "context/test_tree.h"
#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF105";

TEST(NpmCacheTest, AppendsCacheClean) {
  EXPECT_EQ(Fixed(kRule, "FROM node:20\nRUN npm install -g pm2\n"),
            "FROM node:20\nRUN npm install -g pm2 && npm cache clean --force\n");
  EXPECT_EQ(Fixed(kRule, "FROM node:20\nCOPY . .\nRUN npm ci && npm run build\n"),
            "FROM node:20\nCOPY . .\nRUN npm ci && npm cache clean --force && npm run build\n");
  EXPECT_EQ(Fixed(kRule, "FROM node:20\nRUN yarn install --frozen-lockfile\n"),
            "FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n");
  EXPECT_EQ(Fixed(kRule, "FROM node:20\nRUN yarn\n"), "FROM node:20\nRUN yarn && yarn cache clean\n");
}

// uptime-kuma: the clean came in the next RUN, a layer too late; it moves into the install's RUN, so a
// merge of the two RUNs (DF111) does not clean twice.
TEST(NpmCacheTest, ALateCleanupRunMovesIntoTheInstall) {
  EXPECT_EQ(Fixed(kRule, "FROM node:16-alpine\nCOPY package.json yarn.lock ./\nRUN yarn --frozen-lockfile --prod\n"
                         "RUN yarn cache clean\nCOPY . .\n"),
            "FROM node:16-alpine\nCOPY package.json yarn.lock ./\nRUN yarn --frozen-lockfile --prod && yarn cache clean\n"
            "COPY . .\n");
  EXPECT_EQ(Fixed(kRule, "FROM node:20\nRUN npm ci\nRUN npm cache clean --force\n"),
            "FROM node:20\nRUN npm ci && npm cache clean --force\n");
  // A later RUN that does more than clean stays.
  EXPECT_EQ(Fixed(kRule, "FROM node:20\nRUN yarn\nRUN yarn cache clean && rm -rf /tmp/x\n"),
            "FROM node:20\nRUN yarn && yarn cache clean\nRUN yarn cache clean && rm -rf /tmp/x\n");
}

TEST(NpmCacheTest, SuggestsCiWithACopiedLockfile) {
  std::string text = "FROM node:20\nCOPY package.json package-lock.json ./\nRUN npm install\n";
  OptimizeResult result = RunRule(kRule, text);
  EXPECT_EQ(result.output,
            "FROM node:20\nCOPY package.json package-lock.json ./\nRUN npm install && npm cache clean --force\n");
  bool suggested = false;
  for (const Report& report : result.reports)
    suggested = suggested || (report.safety == "unsafe fix" && !report.applied);
  EXPECT_TRUE(suggested);
  EXPECT_EQ(Fixed(kRule, "FROM node:20\nCOPY package*.json ./\nRUN npm i --production\n", /*unsafe=*/true),
            "FROM node:20\nCOPY package*.json ./\nRUN npm ci --production && npm cache clean --force\n");
  // `COPY . .` names no lockfile; installing named packages is not `npm ci`.
  EXPECT_EQ(Fixed(kRule, "FROM node:20\nCOPY . .\nRUN npm install\n", true),
            "FROM node:20\nCOPY . .\nRUN npm install && npm cache clean --force\n");
  EXPECT_EQ(Fixed(kRule, "FROM node:20\nCOPY package-lock.json .\nRUN npm install left-pad\n", true),
            "FROM node:20\nCOPY package-lock.json .\nRUN npm install left-pad && npm cache clean --force\n");
}

// A .dockerignore that lists package-lock.json leaves `package*.json` with package.json alone: `npm ci`
// would fail for want of a lockfile (held13 nestjs-realworld-example-app).
TEST(NpmCacheTest, NoCiWhenTheDockerignoreDropsTheLockfile) {
  context::testing::TempTree tree;
  tree.Write("package.json", "{}\n");
  tree.Write("package-lock.json", "{}\n");
  const std::string text = "FROM node:12-alpine\nCOPY package*.json ./\nRUN npm install\nCOPY . .\n";
  EXPECT_EQ(Fixed(kRule, text, /*unsafe=*/true, tree.str()),
            "FROM node:12-alpine\nCOPY package*.json ./\nRUN npm ci && npm cache clean --force\nCOPY . .\n");
  tree.Write(".dockerignore", "node_modules\nnpm-debug.log\npackage-lock.json");
  EXPECT_EQ(Fixed(kRule, text, /*unsafe=*/true, tree.str()),
            "FROM node:12-alpine\nCOPY package*.json ./\nRUN npm install && npm cache clean --force\nCOPY . .\n");
}

TEST(NpmCacheTest, YarnBerryIsUnsafe) {
  std::string text = "FROM node:20\nCOPY .yarnrc.yml package.json yarn.lock ./\nRUN yarn install --immutable\n";
  OptimizeResult result = RunRule(kRule, text);
  EXPECT_EQ(result.output, text);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].safety, "unsafe fix");
}

TEST(NpmCacheTest, Negatives) {
  for (std::string_view text : {
           "FROM node:20\nRUN npm ci && npm cache clean --force\n",
           "FROM node:20\nRUN npm install && rm -rf /root/.npm\n",
           "FROM node:20\nRUN yarn install && yarn cache clean\n",
           "FROM node:20\nRUN --mount=type=cache,target=/root/.npm npm ci\n",
           "FROM node:20\nRUN npm run build\n",
           "FROM node:20\nRUN [\"npm\", \"ci\"]\n",
       }) {
    OptimizeResult result = RunRule(kRule, text);
    EXPECT_EQ(result.output, text);
    EXPECT_TRUE(result.reports.empty()) << text;
  }
}

TEST(NpmCacheTest, CommentsAndLayout) {
  EXPECT_EQ(Fixed(kRule, "FROM node:20\n"
                         "RUN npm ci \\\n"
                         "    # only runtime deps\n"
                         "    --omit=dev\n"),
            "FROM node:20\n"
            "RUN npm ci \\\n"
            "    # only runtime deps\n"
            "    --omit=dev && \\\n"
            "    npm cache clean --force\n");
  EXPECT_EQ(Fixed(kRule, "from node:20\r\nrun\tnpm ci\r\n"),
            "from node:20\r\nrun\tnpm ci && npm cache clean --force\r\n");
}

}  // namespace
}  // namespace dockopt
