// Tests for RunProcess: output capture, exit codes, timeouts, and programs that do not exist.
#include "verify/subprocess.h"

#include <gtest/gtest.h>

namespace dockopt::verify {
namespace {

TEST(RunProcess, CapturesStdoutAndStderrSeparately) {
  ProcessResult r = RunProcess({"/bin/sh", "-c", "echo out; echo err >&2; exit 3"});
  EXPECT_TRUE(r.started);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "out\n");
  EXPECT_EQ(r.err, "err\n");
  EXPECT_FALSE(r.ok());
}

TEST(RunProcess, ArgumentsAreNotShellParsed) {
  ProcessResult r = RunProcess({"echo", "$HOME; rm -rf /", "a b"});
  EXPECT_EQ(r.out, "$HOME; rm -rf / a b\n");
}

TEST(RunProcess, MergesStderrAndSetsEnvAndCwd) {
  ProcessOptions options;
  options.merge_stderr = true;
  options.cwd = "/";
  options.env = {{"DOCKOPT_TEST_VAR", "v1"}};
  ProcessResult r = RunProcess({"/bin/sh", "-c", "echo $DOCKOPT_TEST_VAR; pwd >&2"}, options);
  EXPECT_EQ(r.out, "v1\n/\n");
  EXPECT_TRUE(r.ok());
}

TEST(RunProcess, TimeoutKillsTheProcessGroup) {
  ProcessOptions options;
  options.timeout = std::chrono::seconds(1);
  ProcessResult r = RunProcess({"/bin/sh", "-c", "sleep 30 & sleep 30"}, options);
  EXPECT_TRUE(r.timed_out);
  EXPECT_LT(r.seconds, 10);
  EXPECT_FALSE(r.ok());
}

TEST(RunProcess, MissingProgram) {
  ProcessResult r = RunProcess({"dockopt-no-such-program"});
  EXPECT_FALSE(r.started);
  EXPECT_EQ(r.error, "dockopt-no-such-program: No such file or directory");
}

TEST(FindInPath, FindsShAndNotNonsense) {
  EXPECT_TRUE(FindInPath("sh"));
  EXPECT_TRUE(FindInPath("/bin/sh"));
  EXPECT_FALSE(FindInPath("dockopt-no-such-program"));
}

TEST(Tail, LastLines) {
  EXPECT_EQ(Tail("a\nb\nc\n", 2), "b\nc");
  EXPECT_EQ(Tail("a\nb", 5), "a\nb");
  EXPECT_EQ(Tail("", 3), "");
}

}  // namespace
}  // namespace dockopt::verify
