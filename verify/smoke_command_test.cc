// Tests for smoke commands: which need a shell, how plain words split, and the plan per image.
#include "verify/smoke_command.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dockopt::verify {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST(ShellSyntaxIn, PlainWordsNeedNoShell) {
  EXPECT_EQ(ShellSyntaxIn("/usr/local/bin/app -selftest"), "");
  EXPECT_EQ(ShellSyntaxIn("app greet 'a b' \"c d\""), "");
  EXPECT_EQ(ShellSyntaxIn("app 'a|b;c > $HOME'"), "");  // single quotes make it all literal
  EXPECT_EQ(ShellSyntaxIn("curl http://x/#frag a~b"), "");  // '#' and '~' inside a word are literal
  EXPECT_EQ(ShellSyntaxIn("app --level=3"), "");
}

TEST(ShellSyntaxIn, NamesWhatNeedsAShell) {
  EXPECT_EQ(ShellSyntaxIn("uvicorn --version | cut -d' ' -f1"), "a pipe '|'");
  EXPECT_EQ(ShellSyntaxIn("app && echo ok"), "'&' (a background job or '&&')");
  EXPECT_EQ(ShellSyntaxIn("app; echo $?"), "a command separator ';'");
  EXPECT_EQ(ShellSyntaxIn("app > /dev/null"), "a redirection");
  EXPECT_EQ(ShellSyntaxIn("echo $HOME"), "an expansion '$'");
  EXPECT_EQ(ShellSyntaxIn("echo \"$HOME\""), "an expansion '$' inside double quotes");
  EXPECT_EQ(ShellSyntaxIn("ls /app/*.py"), "a glob pattern");
  EXPECT_EQ(ShellSyntaxIn("ls ~/x"), "a tilde '~'");
  EXPECT_EQ(ShellSyntaxIn("cd /app"), "the shell word 'cd'");
  EXPECT_EQ(ShellSyntaxIn("DEBUG=1 app"), "a variable assignment 'DEBUG=1'");
  EXPECT_EQ(ShellSyntaxIn("app 'unclosed"), "an unclosed quote");
  EXPECT_EQ(ShellSyntaxIn("   "), "no command");
}

TEST(PlainWords, RemovesQuotesAndJoinsAdjacentParts) {
  EXPECT_THAT(PlainWords("  app\t-x  'a b' \"c\"d ''  "), ElementsAre("app", "-x", "a b", "cd", ""));
  EXPECT_THAT(PlainWords(""), IsEmpty());
}

TEST(PlanSmoke, ShellWhereThereIsOne) {
  SmokePlan plan = PlanSmoke("app | wc -l", true);
  EXPECT_THAT(plan.argv, ElementsAre("/bin/sh", "-c", "app | wc -l"));
  EXPECT_EQ(plan.cannot_run, "");
}

TEST(PlanSmoke, PlainWordsRunAsArgvWithoutAShell) {
  SmokePlan plan = PlanSmoke("/usr/local/bin/shortener -selftest 'x y'", false);
  EXPECT_THAT(plan.argv, ElementsAre("/usr/local/bin/shortener", "-selftest", "x y"));
  EXPECT_EQ(plan.cannot_run, "");
}

TEST(PlanSmoke, ShellSyntaxWithoutAShellSaysSoPlainly) {
  SmokePlan plan = PlanSmoke("/app/hello | wc -c", false);
  EXPECT_THAT(plan.argv, IsEmpty());
  EXPECT_THAT(plan.cannot_run, HasSubstr("this image has no shell (/bin/sh), and the command needs one: it uses a pipe"));
  EXPECT_THAT(plan.cannot_run, HasSubstr("JSON array"));
}

TEST(PlanSmoke, JsonArraysRunAsIsEverywhere) {
  for (bool shell : {true, false})
    EXPECT_THAT(PlanSmoke(R"(["/app/hello", "a|b"])", shell).argv, ElementsAre("/app/hello", "a|b"));
  EXPECT_THAT(PlanSmoke("[1, 2]", true).argv, ElementsAre("/bin/sh", "-c", "[1, 2]"));
  EXPECT_THAT(PlanSmoke("[ -f /x ]", false).cannot_run, HasSubstr("a glob pattern"));
}

TEST(MissingProgram, RecognizesTheRuntimesMessages) {
  EXPECT_TRUE(MissingProgram("error running container: fork/exec /bin/sh: no such file or directory", "/bin/sh"));
  EXPECT_TRUE(MissingProgram("crun: executable file `/bin/sh` not found in $PATH: No such file", "/bin/sh"));
  EXPECT_FALSE(MissingProgram("sh: 1: exit: Illegal number", "/bin/sh"));
  EXPECT_FALSE(MissingProgram("/app/x: no such file or directory", "/bin/sh"));
}


TEST(ImageCommandPlan, EntrypointThenCmd) {
  EXPECT_THAT(ImageCommandPlan({"/bin/app"}, {"serve", "-v"}).argv, ElementsAre("/bin/app", "serve", "-v"));
  EXPECT_THAT(ImageCommandPlan({}, {"go", "run", "."}).argv, ElementsAre("go", "run", "."));
  EXPECT_EQ(ImageCommandPlan({}, {}).cannot_run, "the image sets no ENTRYPOINT or CMD");
}

}  // namespace
}  // namespace dockopt::verify
