// Tests for ImageInfo parsing, over buildah inspect JSON captured from real runs (testdata/).
#include "verify/image_info.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace dockopt::verify {
namespace {

using ::testing::ElementsAre;

std::string ReadTestdata(const std::string& name) {
  std::ifstream in(std::string(DOCKOPT_SOURCE_DIR) + "/verify/testdata/" + name);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(ParseBuildahInspect, SingleStagePythonSlim) {
  std::string error;
  auto info = ParseBuildahInspect(ReadTestdata("buildah_inspect_python_slim.json"), error);
  ASSERT_TRUE(info) << error;
  EXPECT_EQ(info->user, "nobody");
  EXPECT_THAT(info->cmd, ElementsAre("python"));
  EXPECT_TRUE(info->entrypoint.empty());
  EXPECT_TRUE(info->expose.empty());
  EXPECT_EQ(info->workdir, "");
  EXPECT_EQ(info->env.at("FOO"), "bar");
  EXPECT_EQ(info->env.at("PYTHON_VERSION"), "3.11.2");
  EXPECT_EQ(info->base_name, "docker.io/library/python:3.11-slim");
  EXPECT_EQ(info->base_entries, 10u);
  ASSERT_EQ(info->history.size(), 14u);
  EXPECT_EQ(CleanCreatedBy(info->history[11].created_by), "RUN echo hi > /x");
  EXPECT_FALSE(info->history[11].empty);
  EXPECT_TRUE(info->history[10].empty);
  uint64_t sum = 0;
  for (const auto& layer : info->history) sum += layer.size;
  EXPECT_EQ(sum, info->size);
  EXPECT_EQ(info->size, 155851264u);
  EXPECT_EQ(info->history[0].size, 77931520u);
  EXPECT_EQ(info->history[11].size, 2560u);
}

TEST(ParseBuildahInspect, MultiStageDistroless) {
  std::string error;
  auto info = ParseBuildahInspect(ReadTestdata("buildah_inspect_multistage.json"), error);
  ASSERT_TRUE(info) << error;
  EXPECT_EQ(info->user, "nonroot");
  EXPECT_THAT(info->entrypoint, ElementsAre("/artifact"));
  EXPECT_THAT(info->cmd, ElementsAre("--serve"));
  EXPECT_THAT(info->expose, ElementsAre("8080/tcp", "9090/tcp"));
  EXPECT_EQ(info->workdir, "/app");
  EXPECT_EQ(info->size, 2486784u + 2048u);
  EXPECT_EQ(info->base_name, "gcr.io/distroless/static-debian12:latest");
  EXPECT_EQ(info->base_entries, 2u);
  ASSERT_EQ(info->history.size(), 9u);
  EXPECT_EQ(info->history[0].size, 2486784u);
  EXPECT_EQ(info->history[2].size, 2048u);
  EXPECT_EQ(CleanCreatedBy(info->history[4].created_by), "EXPOSE 8080/tcp 9090");
  EXPECT_THAT(OwnEnvKeys(*info), ElementsAre("APP_MODE"));
}

TEST(ParseBuildahInspect, Errors) {
  std::string error;
  EXPECT_FALSE(ParseBuildahInspect("not json", error));
  EXPECT_EQ(error, "inspect output is not JSON");
  error.clear();
  EXPECT_FALSE(ParseBuildahInspect(R"({"Manifest": "{}"})", error));
  EXPECT_EQ(error, "inspect output has no image config (OCIv1.config)");
}

// Fuzzing (tests/fuzz/inspect_fuzzer): valid JSON of an unexpected shape used to escape as a
// nlohmann::type_error and end `dockopt verify` in std::terminate.
TEST(ParseBuildahInspect, UnexpectedShapesAreErrorsNotExceptions) {
  for (const char* text : {R"({"OCIv1":{"config":{}},"Manifest":{"layers":[1]}})",
                           R"({"OCIv1":{"config":{}},"Manifest":{"layers":[{"size":"x"}]}})",
                           R"({"OCIv1":{"config":{},"history":[1]}})", R"({"OCIv1":{"config":{}},"Docker":5})",
                           // A fractional or negative size converted to uint64_t was undefined behaviour.
                           R"({"OCIv1":{"config":{}},"Manifest":{"layers":[{"size":1e300}]}})",
                           R"({"OCIv1":{"config":{}},"Manifest":{"layers":[{"size":-1.5}]}})",
                           R"({"OCIv1":{"config":{}},"Manifest":{"layers":[{"size":-3}]}})"}) {
    std::string error;
    EXPECT_FALSE(ParseBuildahInspect(text, error)) << text;
    EXPECT_THAT(error, testing::StartsWith("inspect output has an unexpected shape: ")) << text;
  }
}

TEST(AlignHistory, EmptyEntriesTakeNoLayer) {
  std::vector<Layer> history = {{"ADD rootfs", 0, false}, {"ENV A=b", 0, true}, {"RUN x", 0, false}};
  auto aligned = AlignHistory(history, {100, 20});
  ASSERT_EQ(aligned.size(), 3u);
  EXPECT_EQ(aligned[0].size, 100u);
  EXPECT_EQ(aligned[1].size, 0u);
  EXPECT_EQ(aligned[2].size, 20u);
}

TEST(AlignHistory, MoreLayersThanHistoryAreAppended) {
  auto aligned = AlignHistory({{"RUN x", 0, false}}, {5, 7});
  ASSERT_EQ(aligned.size(), 2u);
  EXPECT_EQ(aligned[1].created_by, "(no history entry)");
  EXPECT_EQ(aligned[1].size, 7u);
}

TEST(AlignHistory, MissingSizesAreZero) {
  auto aligned = AlignHistory({{"RUN x", 0, false}, {"RUN y", 0, false}}, {5});
  EXPECT_EQ(aligned[1].size, 0u);
}

TEST(FindBase, SkipsImageIdComments) {
  ImageInfo info;
  info.history.resize(4);
  FindBase(info, {"", "FROM docker.io/library/debian:bookworm-slim", "FROM 0123456789ab", "FROM 0123456789abcdef"});
  EXPECT_EQ(info.base_name, "docker.io/library/debian:bookworm-slim");
  EXPECT_EQ(info.base_entries, 1u);
}

TEST(OwnEnvKeys, ReadsOnlyTheImagesOwnEnvEntries) {
  ImageInfo info;
  info.history = {{"/bin/sh -c #(nop) ENV PATH=/usr/bin", 0, true},
                  {"/bin/sh -c #(nop) ENV A=1 B_2=x 3X=bad", 0, true},
                  {"/bin/sh -c echo ENV C=1", 0, false}};
  info.base_entries = 1;
  EXPECT_THAT(OwnEnvKeys(info), ElementsAre("A", "B_2"));
}

TEST(CleanCreatedBy, RemovesShellNoise) {
  EXPECT_EQ(CleanCreatedBy("/bin/sh -c #(nop) WORKDIR /app"), "WORKDIR /app");
  EXPECT_EQ(CleanCreatedBy("/bin/sh -c apt-get update &&   \\\n  rm -rf x"), "RUN apt-get update && \\ rm -rf x");
  EXPECT_EQ(CleanCreatedBy("COPY . . # buildkit"), "COPY . . # buildkit");
}

// Hand-written in the shape of `docker image inspect` / `docker history` (no daemon was available to capture it).
TEST(ParseDockerInspect, ConfigAndHistoryLines) {
  std::string inspect = R"([{"Size": 130, "Config": {"User": "app", "Cmd": ["run"], "Env": ["A=1"],
                              "ExposedPorts": {"80/tcp": {}}, "WorkingDir": "/w"}}])";
  std::string history = "0\t/bin/sh -c #(nop)  CMD [\"run\"]\n30\t/bin/sh -c make\n100\t/bin/sh -c #(nop) ADD file:x in /\n";
  std::string error;
  auto info = ParseDockerInspect(inspect, history, error);
  ASSERT_TRUE(info) << error;
  EXPECT_EQ(info->size, 130u);
  EXPECT_EQ(info->user, "app");
  EXPECT_THAT(info->expose, ElementsAre("80/tcp"));
  ASSERT_EQ(info->history.size(), 3u);
  EXPECT_EQ(info->history[0].size, 100u);
  EXPECT_TRUE(info->history[2].empty);
  EXPECT_EQ(CleanCreatedBy(info->history[2].created_by), "CMD [\"run\"]");
}

}  // namespace
}  // namespace dockopt::verify
