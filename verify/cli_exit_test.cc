// Tests of `dockopt verify` exit codes that need no builder: usage errors and "no builder" (exit 2).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

#include "verify/subprocess.h"

namespace dockopt::verify {
namespace {

namespace fs = std::filesystem;

class VerifyCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dockopt-cli-test-" + std::to_string(getpid()));
    fs::create_directories(dir_);
    std::ofstream(dir_ / "Dockerfile") << "FROM debian:bookworm-slim\nRUN true\n";
    std::ofstream(dir_ / "Dockerfile.opt") << "FROM debian:bookworm-slim\n";
    fs::create_directories(dir_ / "empty-path");
  }
  void TearDown() override { fs::remove_all(dir_); }

  ProcessResult Verify(std::vector<std::string> args, bool empty_path = false) {
    args.insert(args.begin(), {DOCKOPT_BINARY, "verify"});
    ProcessOptions options;
    options.cwd = dir_.string();
    if (empty_path) options.env = {{"PATH", (dir_ / "empty-path").string()}};
    return RunProcess(args, options);
  }
  fs::path dir_;
};

TEST_F(VerifyCliTest, NoBuilderInPathExitsTwoWithInstallAdvice) {
  ProcessResult r = Verify({"--optimized", "Dockerfile.opt"}, true);
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.out.find("cannot verify: no usable container builder:\n"
                       "  buildah is not installed (not in PATH)\n"
                       "  podman is not installed (not in PATH)\n"
                       "  docker is not installed (not in PATH)\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("apt-get install -y buildah"), std::string::npos);
  EXPECT_NE(r.out.find("apt-get install -y podman"), std::string::npos);
}

TEST_F(VerifyCliTest, RequestedBuilderMissing) {
  ProcessResult r = Verify({"--optimized", "Dockerfile.opt", "--builder", "buildah", "--format", "json"}, true);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("\"error\": \"buildah is not installed (not in PATH)\\n"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("cannot verify: buildah is not installed"), std::string::npos) << r.err;
}

TEST_F(VerifyCliTest, DockerWithoutDaemon) {
  if (!FindInPath("docker") || RunProcess({"docker", "info"}).ok())
    GTEST_SKIP() << "needs a docker CLI without a running daemon";
  ProcessResult r = Verify({"--optimized", "Dockerfile.opt", "--builder", "docker"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("docker is installed but its daemon does not answer"), std::string::npos) << r.out;
}

// A stand-in buildah that records its arguments and fails every build: the original build's
// command line shows whether verify asked for a build from scratch.
TEST_F(VerifyCliTest, LayerCacheDropsNoCacheFromTheBuilds) {
  fs::create_directories(dir_ / "fake-bin");
  fs::path fake = dir_ / "fake-bin" / "buildah";
  std::ofstream(fake) << "#!/bin/sh\necho \"$*\" >> " << (dir_ / "calls").string() << "\nexit 1\n";
  fs::permissions(fake, fs::perms::owner_all);
  auto first_build = [&](std::vector<std::string> extra) {
    fs::remove(dir_ / "calls");
    std::vector<std::string> args = {DOCKOPT_BINARY, "verify", "--optimized", "Dockerfile.opt", "--builder", "buildah"};
    args.insert(args.end(), extra.begin(), extra.end());
    ProcessOptions options;
    options.cwd = dir_.string();
    options.env = {{"PATH", (dir_ / "fake-bin").string()}};
    EXPECT_EQ(RunProcess(args, options).exit_code, 2);  // the original "does not build"
    std::ifstream calls(dir_ / "calls");
    std::string line;
    std::getline(calls, line);
    return line;
  };
  std::string fresh = first_build({});
  ASSERT_TRUE(fresh.starts_with("bud ")) << fresh;
  EXPECT_NE(fresh.find("--no-cache"), std::string::npos) << fresh;
  std::string cached = first_build({"--layer-cache"});
  ASSERT_TRUE(cached.starts_with("bud ")) << cached;
  EXPECT_EQ(cached.find("--no-cache"), std::string::npos) << cached;
}

// buildah 1.28's cache lookup can fail when another process removes an image meanwhile: with
// --layer-cache that build runs once more (a stand-in that always fails that way is built twice).
TEST_F(VerifyCliTest, LayerCacheRetriesABuildThatLostTheCacheRace) {
  fs::create_directories(dir_ / "fake-bin");
  fs::path fake = dir_ / "fake-bin" / "buildah";
  std::ofstream(fake) << "#!/bin/sh\necho \"$1\" >> " << (dir_ / "calls").string()
                      << "\necho 'Error: checking if cached image exists from a previous build: getting top layer info: "
                         "layer not known'\nexit 125\n";
  fs::permissions(fake, fs::perms::owner_all);
  ProcessOptions options;
  options.cwd = dir_.string();
  options.env = {{"PATH", (dir_ / "fake-bin").string()}};
  ProcessResult r = RunProcess({DOCKOPT_BINARY, "verify", "--optimized", "Dockerfile.opt", "--layer-cache"}, options);
  EXPECT_EQ(r.exit_code, 2) << r.out;
  std::ifstream calls(dir_ / "calls");
  std::string all((std::istreambuf_iterator<char>(calls)), std::istreambuf_iterator<char>());
  EXPECT_EQ(all, "bud\nbud\nrmi\n");  // built twice, then its tag removed
  EXPECT_NE(r.err.find("lost a race with an image removal"), std::string::npos) << r.err;
}

TEST_F(VerifyCliTest, UsageErrors) {
  EXPECT_EQ(Verify({"--format", "yaml"}).exit_code, 2);
  EXPECT_EQ(Verify({"--builder", "kaniko"}).exit_code, 2);
  EXPECT_EQ(Verify({"-f", "missing/Dockerfile"}).exit_code, 2);
  EXPECT_EQ(Verify({"--no-such-flag"}).exit_code, 2);
  ProcessResult help = Verify({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--rebuild-touch"), std::string::npos);
  EXPECT_NE(help.out.find("--layer-cache"), std::string::npos);
}

}  // namespace
}  // namespace dockopt::verify
