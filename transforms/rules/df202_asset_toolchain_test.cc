// DF202 on node kept only for a front-end build (df202_asset_toolchain.h): named when the container's
// command and the scripts it starts run no node, silent when node may be the container's.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "context/test_tree.h"
#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF202";

std::string PhpApp(std::string_view node_use, std::string_view cmd) {
  return "FROM debian:bookworm-slim\n"
         "RUN apt-get update && apt-get install -y --no-install-recommends php-fpm nodejs npm && rm -rf /var/lib/apt/lists/*\n"
         "WORKDIR /var/www/html\nCOPY . .\nRUN " + std::string(node_use) + "\nCMD " + std::string(cmd) + "\n";
}

TEST(AssetToolchainTest, NodeThatOnlyBuiltTheAssetsIsNamed) {
  ExpectBlocked(kRule, PhpApp("npm ci && npm run build && rm -rf node_modules", "[\"php-fpm8.2\", \"-F\"]"),
                "'nodejs', 'npm' stay in the final image, though they are only the build's ('npm run build' in the "
                "RUN at line 5) and the container's command runs no node");
}

TEST(AssetToolchainTest, NodeTheContainerMayRunIsNotNamed) {
  for (const std::string& input : std::vector<std::string>{
           // a command-line program installed globally, or a module the application may call (mjml)
           PhpApp("npm install -g bower && bower install && npm run build", "[\"php-fpm8.2\", \"-F\"]"),
           PhpApp("npm install mjml && npm run build", "[\"php-fpm8.2\", \"-F\"]"),
           // node is the container's own program
           PhpApp("npm ci && npm run build", "[\"node\", \"server.js\"]"),
           PhpApp("npm ci && npm run build", "[\"npm\", \"start\"]"),
           // no build: the packages are installed for the container
           PhpApp("npm ci", "[\"php-fpm8.2\", \"-F\"]")}) {
    OptimizeResult result = RunRule(kRule, input, true);
    EXPECT_EQ(result.output, input);
    EXPECT_TRUE(result.reports.empty()) << input << (result.reports.empty() ? "" : result.reports.front().message);
  }
}

// A split keeps node in production as a runtime package (the file does not say the application never runs
// it); the rewrite says so (khoj's shape, 1b6283c4).
TEST(AssetToolchainTest, ASplitThatKeepsNodeSaysSo) {
  const std::string input =
      "FROM ubuntu:22.04\n"
      "RUN apt-get update && apt-get install -y --no-install-recommends python3-pip python3-dev gcc nodejs npm && rm -rf /var/lib/apt/lists/*\n"
      "WORKDIR /app\nCOPY requirements.txt .\nRUN pip3 install --no-cache-dir -r requirements.txt\n"
      "COPY . .\nRUN npm ci && npm run build\nCMD [\"python3\", \"app.py\"]\n";
  OptimizeResult result = RunRule(kRule, input, true);
  // The split's production copies /app whole, node_modules included: the next round says so (npmdev).
  ASSERT_EQ(result.reports.size(), 2u);
  EXPECT_NE(result.reports.back().message.find("the devDependencies of the npm build ('npm run build' in the stage "
                                               "'builder') stay in the final image"),
            std::string::npos)
      << result.reports.back().message;
  const std::string& message = result.reports.front().message;
  EXPECT_NE(result.output, input);
  EXPECT_NE(message.find("production keeps 'nodejs', 'npm', which only the build ran ('npm run build' in the RUN at "
                         "line 7): leave them out if the application never runs node"),
            std::string::npos)
      << message;
}

// Rails' asset build runs node through the asset pipeline (Growstuff, held11).
TEST(AssetToolchainTest, RailsAssetPrecompileIsTheBuild) {
  ExpectBlocked(kRule,
                "FROM debian:bookworm-slim\n"
                "RUN apt-get update && apt-get install -y --no-install-recommends ruby nodejs && rm -rf /var/lib/apt/lists/*\n"
                "WORKDIR /app\nCOPY . .\nRUN RAILS_ENV=production bundle exec rake assets:precompile\n"
                "CMD [\"bundle\", \"exec\", \"puma\"]\n",
                "'nodejs' stays in the final image, though it is only the build's ('bundle exec rake assets:precompile' in "
                "the RUN at line 5)");
}

// Part-DB's shape: the entrypoint comes with `COPY . .` and a RUN moves it onto PATH; it is read there.
TEST(AssetToolchainTest, AnEntrypointMovedByARunIsReadFromTheContext) {
  const std::string input =
      "FROM debian:bookworm-slim\n"
      "RUN apt-get update && apt-get install -y --no-install-recommends apache2 php nodejs npm && rm -rf /var/lib/apt/lists/*\n"
      "WORKDIR /var/www/html\nCOPY . .\nRUN npm ci && npm run build\n"
      "RUN cp ./.docker/app-entrypoint.sh /usr/local/bin/app-entrypoint.sh\n"
      "ENTRYPOINT [\"app-entrypoint.sh\"]\nCMD [\"apache2ctl\", \"-D\", \"FOREGROUND\"]\n";
  context::testing::TempTree tree;
  tree.Write(".docker/app-entrypoint.sh", "#!/bin/sh\nchown -R www-data uploads\nexec \"$@\"\n");
  OptimizeResult quiet = RunRule(kRule, input, true, tree.str());
  ASSERT_EQ(quiet.reports.size(), 1u);
  EXPECT_NE(quiet.reports.front().message.find("'nodejs', 'npm' stay in the final image"), std::string::npos)
      << quiet.reports.front().message;
  // The same script starting the asset watcher keeps node the container's.
  context::testing::TempTree watching;
  watching.Write(".docker/app-entrypoint.sh", "#!/bin/sh\nnpm run watch &\nexec \"$@\"\n");
  EXPECT_TRUE(RunRule(kRule, input, true, watching.str()).reports.empty());
  // Without the context the script is unread: nothing is claimed.
  EXPECT_TRUE(RunRule(kRule, input, true).reports.empty());
}

}  // namespace
}  // namespace dockopt
