// Tests for the text table and the JSON document of a VerifyReport.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "verify/checks.h"
#include "verify/render_json.h"
#include "verify/render_text.h"

namespace dockopt::verify {
namespace {

VerifyReport Sample() {
  VerifyReport r;
  r.dockerfile = "app/Dockerfile";
  r.context = "app";
  r.builder = "buildah";
  r.optimized_from = "in-memory optimize --unsafe";
  r.applied_rules = {"DF101", "DF301"};
  r.rebuild_touch = "main.py";
  ImageInfo a;
  a.history = {{"/bin/sh -c #(nop) ADD file:abc in / ", 80'000'000, false},
               {"/bin/sh -c #(nop) CMD [\"bash\"]", 0, true},
               {"/bin/sh -c #(nop) WORKDIR /app", 0, true},
               {"/bin/sh -c pip install -r requirements.txt", 25'000'000, false}};
  a.base_name = "docker.io/library/debian:bookworm-slim";
  a.base_entries = 2;
  a.size = 105'000'000;
  a.cmd = {"python", "main.py"};
  a.workdir = "/app";
  ImageInfo b = a;
  b.history[3] = {"/bin/sh -c pip install --no-cache-dir -r requirements.txt", 5'000'000, false};
  b.history.push_back({"/bin/sh -c #(nop) USER app", 0, true});
  b.size = 85'000'000;
  b.user = "app";
  r.original = {true, 40.0, 9.5, "", a};
  r.optimized = {true, 42.25, 1.5, "", b};
  r.smokes.push_back({"python main.py --version", {0, "1.0\n", "", ""}, {0, "1.0\n", "", ""}, ""});
  RunChecks(r);
  return r;
}

TEST(RenderText, WholeTable) {
  EXPECT_EQ(RenderText(Sample()),
            "dockopt verify app/Dockerfile (builder: buildah; optimized: in-memory optimize --unsafe; rules applied: "
            "DF101 DF301)\n"
            "\n"
            "                       original                 optimized                change\n"
            "  build                ok, 40.0 s               ok, 42.2 s\n"
            "  image size           105.0 MB                 85.0 MB                  -19.0% (20.0 MB saved)\n"
            "  layers               2                        2\n"
            "  rebuild after edit   9.5 s                    1.5 s                    -84%\n"
            "  user                 root                     app\n"
            "  entrypoint           -                        -\n"
            "  cmd                  python main.py           python main.py\n"
            "  expose               -                        -\n"
            "  workdir              /app                     /app\n"
            "  env                  0 variables              0 variables\n"
            "\n"
            "original layers (oldest first):\n"
            "     80.0 MB  FROM docker.io/library/debian:bookworm-slim (1 layers)\n"
            "           -  WORKDIR /app\n"
            "     25.0 MB  RUN pip install -r requirements.txt\n"
            "\n"
            "optimized layers (oldest first):\n"
            "     80.0 MB  FROM docker.io/library/debian:bookworm-slim (1 layers)\n"
            "           -  WORKDIR /app\n"
            "      5.0 MB  RUN pip install --no-cache-dir -r requirements.txt\n"
            "           -  USER app\n"
            "\n"
            "checks:\n"
            "  ✓ optimized image builds: 42.2 s\n"
            "  ✓ optimized image is not larger: 105.0 MB -> 85.0 MB (-19.0%)\n"
            "  ✓ ENTRYPOINT unchanged: (none)\n"
            "  ✓ CMD unchanged: [python, main.py]\n"
            "  ✓ EXPOSE unchanged: (none)\n"
            "  ✓ WORKDIR unchanged: /app\n"
            "  ✓ ENV unchanged: 0 variables, 0 set by the Dockerfile\n"
            "  ✓ USER changed as the applied rules say: root (default) -> app (DF301)\n"
            "  ✓ smoke: python main.py --version: exit 0\n"
            "\n"
            "all 9 checks hold\n");
}

TEST(RenderText, FailuresShowCrossesAndSmokeOutput) {
  VerifyReport r = Sample();
  r.smokes[0].optimized = {1, "", "ModuleNotFoundError: No module named 'psycopg2'\n", ""};
  r.exit_code = kVerifyOk;
  RunChecks(r);
  std::string text = RenderText(r);
  EXPECT_NE(text.find("  ✗ smoke: python main.py --version: exit 0 -> 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("smoke 'python main.py --version' differs:\n"
                      "  original exit 0; stdout: 1.0\n"
                      "  optimized exit 1; stdout: \n"
                      "    stderr: ModuleNotFoundError: No module named 'psycopg2'\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\n1 of 9 checks failed\n"), std::string::npos);
}

TEST(RenderText, SmokeWithoutAShellSaysWhy) {
  VerifyReport r = Sample();
  r.smokes[0].optimized = {-1, "", "", "this image has no shell (/bin/sh), and the command needs one: it uses a pipe '|'"};
  r.exit_code = kVerifyOk;
  RunChecks(r);
  std::string text = RenderText(r);
  EXPECT_NE(text.find("  optimized: not run: this image has no shell (/bin/sh), and the command needs one: it uses a "
                      "pipe '|'\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("✗ smoke: python main.py --version: cannot run in the optimized image: this image has no shell"),
            std::string::npos)
      << text;
  auto doc = nlohmann::json::parse(RenderJson(r));
  EXPECT_TRUE(doc["smoke"][0]["original"]["cannot_run"].is_null());
  EXPECT_EQ(doc["smoke"][0]["optimized"]["cannot_run"],
            "this image has no shell (/bin/sh), and the command needs one: it uses a pipe '|'");
  EXPECT_EQ(doc["smoke"][0]["same"], false);
}

TEST(RenderText, CannotRun) {
  VerifyReport r;
  r.dockerfile = "Dockerfile";
  r.optimized_from = "o.Dockerfile";
  r.exit_code = kVerifyCannotRun;
  r.error = "no usable container builder";
  EXPECT_EQ(RenderText(r),
            "dockopt verify Dockerfile (builder: none; optimized: o.Dockerfile)\n\n"
            "cannot verify: no usable container builder\n");
}

TEST(RenderText, LayerCacheIsNamedInTheHeader) {
  VerifyReport r;
  r.dockerfile = "Dockerfile";
  r.builder = "buildah";
  r.optimized_from = "o.Dockerfile";
  r.layer_cache = true;
  r.exit_code = kVerifyCannotRun;
  r.error = "x";
  EXPECT_EQ(RenderText(r), "dockopt verify Dockerfile (builder: buildah, layer cache; optimized: o.Dockerfile)\n\n"
                           "cannot verify: x\n");
  EXPECT_EQ(nlohmann::json::parse(RenderJson(r))["layer_cache"], true);
}

TEST(RenderJson, SchemaFields) {
  auto doc = nlohmann::json::parse(RenderJson(Sample()));
  EXPECT_EQ(doc["schema"], "dockopt-verify/1");
  EXPECT_EQ(doc["exit_code"], 0);
  EXPECT_TRUE(doc["error"].is_null());
  EXPECT_EQ(doc["builder"], "buildah");
  EXPECT_EQ(doc["applied_rules"], nlohmann::json({"DF101", "DF301"}));
  EXPECT_EQ(doc["rebuild_touch"], "main.py");
  EXPECT_EQ(doc["layer_cache"], false);
  const auto& original = doc["images"]["original"];
  EXPECT_EQ(original["size_bytes"], 105'000'000);
  EXPECT_EQ(original["rebuild_seconds"], 9.5);
  EXPECT_EQ(original["cmd"], nlohmann::json({"python", "main.py"}));
  EXPECT_EQ(original["history"].size(), 4u);
  EXPECT_EQ(original["history"][1]["empty_layer"], true);
  EXPECT_EQ(doc["images"]["optimized"]["user"], "app");
  EXPECT_EQ(doc["checks"].size(), 9u);
  EXPECT_EQ(doc["checks"][0]["name"], "optimized image builds");
  EXPECT_EQ(doc["smoke"][0]["same"], true);
  EXPECT_EQ(doc["smoke"][0]["optimized"]["stdout"], "1.0\n");
}

TEST(RenderJson, CannotRunHasErrorAndOriginalLog) {
  VerifyReport r;
  r.exit_code = kVerifyCannotRun;
  r.error = "the original Dockerfile does not build";
  r.original.log_tail = "exit status 3";
  auto doc = nlohmann::json::parse(RenderJson(r));
  EXPECT_EQ(doc["exit_code"], 2);
  EXPECT_EQ(doc["error"], "the original Dockerfile does not build");
  EXPECT_EQ(doc["images"]["original"]["built"], false);
  EXPECT_EQ(doc["images"]["original"]["log_tail"], "exit status 3");
  EXPECT_FALSE(doc["images"].contains("optimized"));
}

}  // namespace
}  // namespace dockopt::verify
