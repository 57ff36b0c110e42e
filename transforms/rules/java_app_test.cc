// Tests for BuildsOrRunsJava.
#include "transforms/rules/java_app.h"

#include <gtest/gtest.h>

#include "analysis/test_parse.h"

namespace dockopt {
namespace {

bool Runs(std::string text) { return BuildsOrRunsJava(analysis::testing::ParseText(std::move(text)).df); }

TEST(JavaAppTest, AJavaProgramNamedInTheFileCounts) {
  EXPECT_TRUE(Runs("FROM centos:7\nCMD [\"java\", \"-jar\", \"app.jar\"]\n"));
  // An entrypoint script runs `exec $JAVA ...`: the ENV names the program.
  EXPECT_TRUE(Runs("FROM centos:7\nENV JAVA=\"/usr/lib/jvm/java-1.8.0-openjdk/bin/java\"\nENTRYPOINT [\"bin/start.sh\"]\n"));
  EXPECT_FALSE(Runs("FROM centos:7\nENV JAVA_HOME=/usr/lib/jvm/java-1.8.0-openjdk\nENTRYPOINT [\"bin/start.sh\"]\n"));
}

}  // namespace
}  // namespace dockopt
