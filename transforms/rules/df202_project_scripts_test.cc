// DF202 and the project's own tasks left to the builder (split_unknown.cc): the environment a command
// is given may not move where it writes, an interpreter named by its path is the same one, and a
// script of the project's own is unknown.
#include <gtest/gtest.h>

#include <string>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF202";

// A Rails-like app on ruby:3.2 whose last RUN is `command`, run in the project folder.
std::string App(std::string_view command) {
  return "FROM ruby:3.2\nRUN apt-get update && apt-get install -y build-essential libpq-dev nodejs\n"
         "WORKDIR /app\nCOPY . /app\nRUN bundle install\nRUN " +
         std::string(command) + "\nCMD [\"bundle\", \"exec\", \"puma\"]\n";
}

void ExpectSplit(std::string_view command) {
  OptimizeResult result = RunRule(kRule, App(command), true);
  EXPECT_NE(result.output.find("COPY --from=builder /app /app"), std::string::npos) << command << "\n" << result.output;
}

TEST(SplitProjectScriptsTest, AVariableGivenToTheCommandOnlySetsItsEnvironment) {
  ExpectSplit("RAILS_MASTER_KEY=${master_key} bundle exec rails assets:precompile");
  ExpectSplit("SECRET_KEY=x DATABASE_URL=postgres://db/app bundle exec rake assets:precompile");
}

TEST(SplitProjectScriptsTest, AnAssignmentThatMayMoveTheWritesBlocks) {
  ExpectBlocked(kRule, App("PREFIX=/usr/local ./build.sh"), "runs './build.sh', whose effects dockopt does not know");
  ExpectBlocked(kRule, App("DESTDIR=$OUT ./build.sh"), "runs './build.sh', whose effects dockopt does not know");
  ExpectBlocked(kRule, App("KEY=$(cat /run/key) ./build.sh"), "runs './build.sh', whose effects dockopt does not know");
}

TEST(SplitProjectScriptsTest, AnInterpreterByItsPathAndBundlerByItsGemName) {
  ExpectSplit("/usr/bin/python3 manage.py collectstatic --noinput");
  ExpectSplit("bundler exec jekyll build");
  ExpectBlocked(kRule, App("bundle exec jekyll build --destination /srv/site"),
                "runs 'bundle', whose effects dockopt does not know");
  ExpectBlocked(kRule, App("/opt/tools/bash compile.sh"), "whose effects dockopt does not know");
}

TEST(SplitProjectScriptsTest, ATaskRunnerByItsNodeModulesLink) {
  ExpectSplit("./node_modules/.bin/gulp styles");
  ExpectSplit("node_modules/.bin/grunt build");
  ExpectBlocked(kRule, App("./node_modules/.bin/gulp --cwd /srv styles"), "whose effects dockopt does not know");
  // webpack is no task runner of the project: it writes where its config says
  ExpectBlocked(kRule, App("./node_modules/.bin/webpack"), "whose effects dockopt does not know");
  ExpectBlocked(kRule, App("./node_modules/x/.bin/gulp"), "whose effects dockopt does not know");
}

TEST(SplitProjectScriptsTest, NotAssumedBesideADatabaseServer) {
  // A local database server's data lies outside the project: a migration may fill it.
  std::string app = App("bundle exec rake db:setup");
  std::string with_server = app.replace(app.find("nodejs"), 6, "nodejs mysql-server");
  ExpectBlocked(kRule, with_server, "the stage installs the database server 'mysql-server', whose data it may write");
  ExpectSplit("bundle exec rake db:setup");  // a client library alone leaves the assumption standing
}

TEST(SplitProjectScriptsTest, AScriptOfItsOwnMayWriteAnywhere) {
  // Only a framework's task runner (rake, rails, manage.py, npm run, gulp ...) is taken to write in the
  // project; a script run by its path or by an interpreter is code dockopt has not read.
  ExpectBlocked(kRule, App("./build.sh"), "runs './build.sh', whose effects dockopt does not know");
  ExpectBlocked(kRule, App("sh build.sh full"), "whose effects dockopt does not know");
  ExpectBlocked(kRule, App("/bin/bash compile.sh"), "whose effects dockopt does not know");
  ExpectBlocked(kRule, App("python3 db_store.py"), "whose effects dockopt does not know");
  ExpectBlocked(kRule, App("node server"), "whose effects dockopt does not know");
}

}  // namespace
}  // namespace dockopt
