// Tests for the builders' command lines: layers as docker makes them, chroot isolation, no leftovers.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "verify/builder.h"
#include "verify/smoke_command.h"
#include "verify/verify.h"

namespace dockopt::verify {
namespace {

using ::testing::ElementsAre;

TEST(BuildArgv, Buildah) {
  Builder b(BuilderKind::kBuildah);
  EXPECT_THAT(b.BuildArgv("/w/Dockerfile.original", "/w/context", "localhost/x:original", true),
              ElementsAre("buildah", "bud", "--no-cache", "--isolation", "chroot", "--layers", "--format", "docker",
                          "--force-rm", "-f", "/w/Dockerfile.original", "-t", "localhost/x:original", "/w/context"));
}

TEST(BuildArgv, DockerAndPodman) {
  EXPECT_THAT(Builder(BuilderKind::kDocker).BuildArgv("D", "C", "T"),
              ElementsAre("docker", "build", "--force-rm", "-f", "D", "-t", "T", "C"));
  EXPECT_THAT(Builder(BuilderKind::kPodman).BuildArgv("D", "C", "T"),
              ElementsAre("podman", "build", "--isolation", "chroot", "--layers", "--format", "docker", "--force-rm",
                          "-f", "D", "-t", "T", "C"));
}

TEST(RunArgv, BuildahRunsAsTheImageUser) {
  EXPECT_THAT(Builder(BuilderKind::kBuildah).RunArgv("ctr", "appuser", {"/bin/sh", "-c", "id -u"}),
              ElementsAre("buildah", "run", "--isolation", "chroot", "--user", "appuser", "ctr", "--", "/bin/sh", "-c",
                          "id -u"));
  EXPECT_THAT(Builder(BuilderKind::kBuildah).RunArgv("ctr", "", {"true"}),
              ElementsAre("buildah", "run", "--isolation", "chroot", "ctr", "--", "true"));
}

TEST(RunArgv, DockerOverridesTheEntrypoint) {
  EXPECT_THAT(Builder(BuilderKind::kDocker).RunArgv("img", "app", {"/app/hello", "greet"}),
              ElementsAre("docker", "run", "--rm", "--network", "host", "--entrypoint", "/app/hello", "--user", "app",
                          "img", "greet"));
}

TEST(SmokeArgv, ShellFormAndJsonArrays) {
  EXPECT_THAT(SmokeArgv("echo $HOME | wc -c"), ElementsAre("/bin/sh", "-c", "echo $HOME | wc -c"));
  EXPECT_THAT(SmokeArgv(R"(["/app/hello", "greet", "a b"])"), ElementsAre("/app/hello", "greet", "a b"));
  EXPECT_THAT(SmokeArgv(R"([1, 2])"), ElementsAre("/bin/sh", "-c", "[1, 2]"));
  EXPECT_THAT(SmokeArgv("[ -f /x ]"), ElementsAre("/bin/sh", "-c", "[ -f /x ]"));
}

TEST(ParseBuilderName, Names) {
  bool ok = false;
  EXPECT_EQ(ParseBuilderName("podman", ok), BuilderKind::kPodman);
  EXPECT_TRUE(ok);
  EXPECT_EQ(ParseBuilderName("auto", ok), std::nullopt);
  EXPECT_TRUE(ok);
  ParseBuilderName("kaniko", ok);
  EXPECT_FALSE(ok);
}

}  // namespace
}  // namespace dockopt::verify
