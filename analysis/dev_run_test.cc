#include "analysis/dev_run.h"

#include <gtest/gtest.h>

namespace dockopt::analysis {
namespace {

using Words = std::vector<std::string>;

TEST(GoRunTest, FilesThenArguments) {
  std::optional<GoRun> run = ReadGoRun({"go", "run", "cmd/merlinserver/main.go", "-i", "0.0.0.0"});
  ASSERT_TRUE(run);
  EXPECT_EQ(run->blocker, "");
  EXPECT_EQ(run->targets, Words{"cmd/merlinserver/main.go"});
  EXPECT_EQ(run->args, (Words{"-i", "0.0.0.0"}));
  EXPECT_EQ(GoBinaryName(*run, "/go/src/merlin"), "merlinserver") << "a main.go is named after its folder";
}

TEST(GoRunTest, SeveralFiles) {
  std::optional<GoRun> run = ReadGoRun({"/usr/local/go/bin/go", "run", "main.go", "util.go", "serve"});
  ASSERT_TRUE(run);
  EXPECT_EQ(run->targets, (Words{"main.go", "util.go"}));
  EXPECT_EQ(run->args, Words{"serve"});
  EXPECT_EQ(GoBinaryName(*run, "/go/src/github.com/pangpanglabs/echosample"), "echosample");
}

TEST(GoRunTest, AFileThatIsNotMainNamesTheBinary) {
  std::optional<GoRun> run = ReadGoRun({"go", "run", "cmd/battery-historian/battery-historian.go", "--port", "9999"});
  ASSERT_TRUE(run);
  EXPECT_EQ(GoBinaryName(*run, "/go/src/x"), "battery-historian");
  EXPECT_EQ(run->args, (Words{"--port", "9999"}));
}

TEST(GoRunTest, BuildFlagsWithAndWithoutValues) {
  std::optional<GoRun> run = ReadGoRun({"go", "run", "-race", "-tags", "netgo", "-mod=vendor", "./cmd/api", "-v"});
  ASSERT_TRUE(run);
  EXPECT_EQ(run->blocker, "");
  EXPECT_EQ(run->build_flags, (Words{"-race", "-tags", "netgo", "-mod=vendor"}));
  EXPECT_EQ(run->targets, Words{"./cmd/api"});
  EXPECT_EQ(run->args, Words{"-v"}) << "flags after the package are the program's";
  EXPECT_EQ(GoBinaryName(*run, "/src"), "api");
}

TEST(GoRunTest, TheWorkingDirectoryNamesDot) {
  std::optional<GoRun> run = ReadGoRun({"go", "run", "."});
  ASSERT_TRUE(run);
  EXPECT_EQ(GoBinaryName(*run, "/app"), "app");
  EXPECT_EQ(GoBinaryName(*run, "/srv/hello-server"), "hello-server");
  EXPECT_EQ(GoBinaryName(*run, "/"), "app") << "the root has no name";
}

TEST(GoRunTest, AModuleMajorVersionIsSkipped) {
  std::optional<GoRun> run = ReadGoRun({"go", "run", "example.com/tool/v2"});
  ASSERT_TRUE(run);
  EXPECT_EQ(GoBinaryName(*run, "/"), "tool");
}

TEST(GoRunTest, ExecBlocks) {
  std::optional<GoRun> run = ReadGoRun({"go", "run", "-exec", "sudo", "."});
  ASSERT_TRUE(run);
  EXPECT_NE(run->blocker.find("-exec"), std::string::npos) << run->blocker;
}

TEST(GoRunTest, UnknownFlagsAndVersionsBlock) {
  EXPECT_NE(ReadGoRun({"go", "run", "-frobnicate", "."})->blocker, "");
  EXPECT_NE(ReadGoRun({"go", "run", "golang.org/x/tools/cmd/stringer@latest"})->blocker.find("module version"),
            std::string::npos);
  EXPECT_NE(ReadGoRun({"go", "run"})->blocker, "");
  EXPECT_NE(ReadGoRun({"go", "run", "./..."})->blocker, "");
}

TEST(GoRunTest, OtherCommandsAreNotGoRun) {
  EXPECT_FALSE(ReadGoRun({"go", "build", "."}));
  EXPECT_FALSE(ReadGoRun({"godep", "go", "run", "main.go"})) << "the vendoring wrapper stays a suggestion";
  EXPECT_FALSE(ReadGoRun({"cargo", "run"}));
}


TEST(CargoRunTest, ReleaseBinAndArguments) {
  std::optional<CargoRun> run = ReadCargoRun({"cargo", "run", "--release", "--bin", "server", "--locked", "--", "-p", "80"});
  ASSERT_TRUE(run);
  EXPECT_EQ(run->blocker, "");
  EXPECT_EQ(run->bin, "server");
  EXPECT_EQ(run->build_flags, (Words{"--bin", "server", "--locked"}));
  EXPECT_EQ(run->args, (Words{"-p", "80"}));
}

TEST(CargoRunTest, UnknownOptionsBlock) {
  EXPECT_NE(ReadCargoRun({"cargo", "run", "--features", "x"})->blocker, "");
  EXPECT_NE(ReadCargoRun({"cargo", "run", "serve"})->blocker, "") << "an argument before '--'";
  EXPECT_FALSE(ReadCargoRun({"cargo", "build"}));
}

TEST(CargoRunTest, BinaryNameFromCargoToml) {
  EXPECT_EQ(CargoBinaryName("[package]\nname = \"hello\"\nversion = \"0.1.0\"\n"), "hello");
  EXPECT_EQ(CargoBinaryName("[package]\nname = \"lib\"\n\n[[bin]]\nname = \"cli\"\npath = \"src/main.rs\"\n"), "cli");
  EXPECT_FALSE(CargoBinaryName("[workspace]\nmembers = [\"a\"]\n"));
}


TEST(JvmRunTest, RunGoalsNameTheirBlocker) {
  EXPECT_NE(JvmRunBlocker({"./mvnw", "cargo:run", "-P", "tomcat9"}).find("servlet container"), std::string::npos);
  EXPECT_NE(JvmRunBlocker({"mvn", "-q", "spring-boot:run"}).find("'spring-boot:run'"), std::string::npos);
  EXPECT_NE(JvmRunBlocker({"./gradlew", "bootRun"}).find("'bootRun'"), std::string::npos);
  EXPECT_EQ(JvmRunBlocker({"mvn", "test"}), "");
  EXPECT_EQ(JvmRunBlocker({"java", "-jar", "app.jar"}), "");
}

}  // namespace
}  // namespace dockopt::analysis
