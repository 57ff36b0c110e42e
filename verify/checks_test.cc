// Tests for the built-in checks and the rules that allow config changes.
#include "verify/checks.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "verify/rule_effects.h"

namespace dockopt::verify {
namespace {

// An original of 450 MB (root, base ENV PATH plus its own APP_ENV) and an optimized one of 180 MB.
VerifyReport Sample() {
  VerifyReport r;
  r.original.built = true;
  r.optimized.built = true;
  ImageInfo base;
  base.history = {{"/bin/sh -c #(nop) ENV PATH=/usr/bin", 0, true}};
  base.base_entries = 1;
  base.cmd = {"uvicorn", "app.main:app"};
  base.expose = {"8000/tcp"};
  base.workdir = "/app";
  base.env = {{"PATH", "/usr/bin"}, {"APP_ENV", "production"}};
  base.history.push_back({"/bin/sh -c #(nop) ENV APP_ENV=production", 0, true});
  r.original.info = base;
  r.original.info.size = 450'000'000;
  r.optimized.info = base;
  r.optimized.info.size = 180'000'000;
  return r;
}

std::vector<std::string> Failed(const VerifyReport& r) {
  std::vector<std::string> out;
  for (const auto& c : r.checks)
    if (!c.ok) out.push_back(c.name + ": " + c.detail);
  return out;
}

TEST(RunChecks, AllHold) {
  VerifyReport r = Sample();
  r.smokes.push_back({"python -V", {0, "3.11\n", "", ""}, {0, "3.11\n", "warning\n", ""}, ""});
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::IsEmpty());
  EXPECT_EQ(r.checks.size(), 9u);
  EXPECT_EQ(r.exit_code, kVerifyOk);
  EXPECT_EQ(r.checks[1].detail, "450.0 MB -> 180.0 MB (-60.0%)");
}

TEST(RunChecks, LargerImageFails) {
  VerifyReport r = Sample();
  r.optimized.info.size = 460'000'000;
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::ElementsAre("optimized image is not larger: 450.0 MB -> 460.0 MB (+2.2%)"));
  EXPECT_EQ(r.exit_code, kVerifyCheckFailed);
}

TEST(RunChecks, TinyGrowthIsWithinTolerance) {
  VerifyReport r = Sample();
  r.optimized.info.size = 450'012'288;  // + a useradd layer
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::IsEmpty());
  EXPECT_EQ(r.checks[1].detail, "450.0 MB -> 450.0 MB (+0.0%); 12288 bytes more, within the 0.1% tolerance");
  r.optimized.info.size = 450'450'001;
  r.exit_code = kVerifyOk;
  RunChecks(r);
  EXPECT_EQ(Failed(r).size(), 1u);
}

TEST(RunChecks, OptimizedBuildFailureIsTheOnlyCheck) {
  VerifyReport r = Sample();
  r.optimized.built = false;
  RunChecks(r);
  ASSERT_EQ(r.checks.size(), 1u);
  EXPECT_FALSE(r.checks[0].ok);
  EXPECT_EQ(r.exit_code, kVerifyCheckFailed);
}

TEST(RunChecks, UserChangeNeedsTheNonRootRule) {
  VerifyReport r = Sample();
  r.optimized.info.user = "appuser";
  RunChecks(r);
  EXPECT_THAT(Failed(r),
              ::testing::ElementsAre("USER unchanged: root (default) -> appuser (no applied rule changes USER)"));

  r.applied_rules = {"DF101", "DF301"};
  r.exit_code = kVerifyOk;
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::IsEmpty());
  EXPECT_EQ(r.checks.back().name, "USER changed as the applied rules say");
  EXPECT_EQ(r.checks.back().detail, "root (default) -> appuser (DF301)");
}

TEST(RunChecks, RootSpellingsAreTheSameUser) {
  VerifyReport r = Sample();
  r.original.info.user = "0:0";
  r.optimized.info.user = "root";
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::IsEmpty());
}

TEST(RunChecks, OwnEnvMustKeepItsValueEvenWithMultiStage) {
  VerifyReport r = Sample();
  r.applied_rules = {"DF202"};
  r.optimized.info.env["APP_ENV"] = "dev";
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::ElementsAre("ENV unchanged: APP_ENV: 'production' -> 'dev'"));
}

TEST(RunChecks, BaseEnvMayChangeOnlyWithMultiStage) {
  VerifyReport r = Sample();
  r.optimized.info.env = {{"PATH", "/bin"}, {"APP_ENV", "production"}, {"SSL_CERT_FILE", "/x"}};
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::ElementsAre("ENV unchanged: PATH: '/usr/bin' -> '/bin'; SSL_CERT_FILE=/x added"));

  r.applied_rules = {"DF202"};
  r.exit_code = kVerifyOk;
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::IsEmpty());
  EXPECT_EQ(r.checks[6].detail,
            "2 variables, 1 set by the Dockerfile; base image ENV differs (PATH: '/usr/bin' -> '/bin'; "
            "SSL_CERT_FILE=/x added), allowed by DF202");
}

TEST(RunChecks, ConfigChangesAreNamed) {
  VerifyReport r = Sample();
  r.optimized.info.cmd = {"python", "-m", "app"};
  r.optimized.info.expose = {};
  r.optimized.info.workdir = "";
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::ElementsAre("CMD unchanged: [uvicorn, app.main:app] -> [python, -m, app]",
                                                "EXPOSE unchanged: [8000/tcp] -> (none)",
                                                "WORKDIR unchanged: /app -> /"));
}

TEST(RunChecks, ANewBaseMayAddExposedPortsButNotDropThem) {
  VerifyReport r = Sample();
  r.optimized.info.expose = {"80/tcp", "8000/tcp"};
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::ElementsAre("EXPOSE unchanged: [8000/tcp] -> [80/tcp, 8000/tcp]"));
  r.applied_rules = {"DF202"};
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::IsEmpty());
  EXPECT_EQ(r.checks[4].detail, "[8000/tcp] -> [80/tcp, 8000/tcp]; 80/tcp from the new base image, allowed by DF202");
  r.optimized.info.expose = {"80/tcp"};
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::ElementsAre("EXPOSE unchanged: [8000/tcp] -> [80/tcp]"));
}

TEST(RunChecks, SmokeDifferencesNameTheCommand) {
  VerifyReport r = Sample();
  r.smokes.push_back({"cat /v", {0, "one\n", "", ""}, {0, "two\n", "", ""}, ""});
  r.smokes.push_back({"false", {1, "", "", ""}, {127, "", "not found", ""}, ""});
  r.smokes.push_back({"true", {0, "", "", ""}, {0, "", "", ""}, "first run: exit 0 -> 0, 5 -> 0 bytes of stdout"});
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::ElementsAre("smoke: cat /v: exit 0, stdout differs", "smoke: false: exit 1 -> 127"));
  EXPECT_EQ(r.checks.back().detail, "exit 0 (same on a retry; first run: exit 0 -> 0, 5 -> 0 bytes of stdout)");
  EXPECT_EQ(r.exit_code, kVerifyCheckFailed);
}

TEST(RunChecks, SmokeThatNeedsAMissingShellFailsPlainly) {
  VerifyReport r = Sample();
  r.smokes.push_back({"app | wc -l", {0, "3\n", "", ""}, {-1, "", "", "this image has no shell (/bin/sh)"}, ""});
  r.smokes.push_back({"app -selftest", {0, "ok\n", "", ""}, {0, "ok\n", "", ""}, ""});  // ran as argv there
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::ElementsAre(
                             "smoke: app | wc -l: cannot run in the optimized image: this image has no shell (/bin/sh)"));
  EXPECT_EQ(r.exit_code, kVerifyCheckFailed);
}

TEST(RunChecks, SmokeThatCannotRunInEitherImageStillFails) {
  VerifyReport r = Sample();
  r.smokes.push_back({"cd /", {-1, "", "", "no shell"}, {-1, "", "", "no shell"}, ""});
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::ElementsAre("smoke: cd /: cannot run in the original image: no shell"));
}

TEST(RunChecks, CannotRunKeepsExitTwoAndHasNoChecks) {
  VerifyReport r;
  r.exit_code = kVerifyCannotRun;
  RunChecks(r);
  EXPECT_TRUE(r.checks.empty());
  EXPECT_EQ(r.exit_code, kVerifyCannotRun);
}

TEST(AllowedBy, UnknownRulesAllowNothing) {
  AllowedChanges a = AllowedBy({"DF101", "DF102", "DF999"}, {"apt-hygiene"});
  EXPECT_FALSE(a.user);
  EXPECT_FALSE(a.base_env);
  AllowedChanges b = AllowedBy({"DF301", "DF202", "DF301"});
  EXPECT_TRUE(b.user);
  EXPECT_TRUE(b.base_env);
  EXPECT_THAT(b.user_because, ::testing::ElementsAre("DF301"));
  EXPECT_THAT(b.env_because, ::testing::ElementsAre("DF202"));
}

TEST(AllowedBy, MatchesByNameWhenIdsAreRenumbered) {
  AllowedChanges a = AllowedBy({"DF101", "DF305"}, {"apt-hygiene", "non-root-user"});
  EXPECT_TRUE(a.user);
  EXPECT_THAT(a.user_because, ::testing::ElementsAre("DF305"));
  EXPECT_TRUE(AllowedBy({"multi-stage-split"}).base_env);  // --assume-rules by name
}

TEST(Formats, MegabytesAndPercent) {
  EXPECT_EQ(FormatMegabytes(155856384), "155.9 MB");
  EXPECT_EQ(FormatChangePercent(200, 100), "-50.0%");
  EXPECT_EQ(FormatChangePercent(0, 100), "n/a");
  EXPECT_TRUE(IsRootUser(""));
  EXPECT_TRUE(IsRootUser("0"));
  EXPECT_TRUE(IsRootUser("root:root"));
  EXPECT_FALSE(IsRootUser("1000:0"));
}


TEST(RunChecks, GoRunMayBecomeItsBinaryOnlyWithTheSplit) {
  VerifyReport r = Sample();
  r.original.info.cmd = {"go", "run", ".", "-listen", ":8080"};
  r.optimized.info.cmd = {"/usr/local/bin/app", "-listen", ":8080"};
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::ElementsAre(::testing::StartsWith("CMD unchanged: [go, run")));

  r.applied_rules = {"DF202"};
  r.exit_code = kVerifyOk;
  RunChecks(r);
  EXPECT_THAT(Failed(r), ::testing::IsEmpty());

  r.optimized.info.cmd = {"/usr/local/bin/app", "-listen", ":9090"};
  r.exit_code = kVerifyOk;
  RunChecks(r);
  EXPECT_EQ(Failed(r).size(), 1u) << "other arguments are another command";
}

TEST(CompiledDevRun, ShellFormKeepsAssignmentsAndArguments) {
  EXPECT_TRUE(CompiledDevRun({"/bin/sh", "-c", "PORT=1 go run main.go -v"}, {"/bin/sh", "-c", "PORT=1 /usr/local/bin/x -v"}));
  EXPECT_FALSE(CompiledDevRun({"/bin/sh", "-c", "PORT=1 go run main.go -v"}, {"/bin/sh", "-c", "/usr/local/bin/x -v"}));
  EXPECT_FALSE(CompiledDevRun({"go", "run", "."}, {"x"})) << "the binary's path is absolute";
  EXPECT_FALSE(CompiledDevRun({"go", "build", "."}, {"/x"}));
  EXPECT_TRUE(CompiledDevRun({"cargo", "run", "--release", "--", "-p", "1"}, {"/src/target/release/x", "-p", "1"}));
}

}  // namespace
}  // namespace dockopt::verify
