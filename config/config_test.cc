// The config file: a good file's every key, golden error messages for bad ones, and layering.
#include "config/config.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "emitter/render_diagnostic.h"
#include "ir/test_support.h"

namespace dockopt::config {
namespace {

namespace fs = std::filesystem;
using dockopt::testing::ReadFile;

const std::vector<std::string_view> kRules = {"DF101", "DF104", "DF111", "DF202", "DF301"};
const fs::path kGolden = fs::path(DOCKOPT_SOURCE_DIR) / "golden" / "config";

TEST(ConfigLoad, GoodFileSetsEveryKey) {
  SourceBuffer source("full.toml", ReadFile(kGolden / "good" / "full.toml"));
  File file;
  std::optional<Diagnostic> problem = Load(source, kRules, file);
  ASSERT_FALSE(problem) << problem->message;
  const Settings& s = file.settings;
  EXPECT_EQ(s.select, (std::vector<std::string>{"DF101", "DF104", "DF301"}));
  EXPECT_EQ(s.ignore, (std::vector<std::string>{"DF111"}));
  EXPECT_EQ(s.unsafe, true);
  EXPECT_EQ(s.severity, (std::map<std::string, std::string>{{"DF301", "error"}, {"DF104", "info"}}));
  EXPECT_EQ(s.user_name, "svc");
  EXPECT_EQ(s.user_uid, 20001u);
  EXPECT_EQ(s.base_images.at("python:3.12"), "registry.example.com/python:3.12-slim");
  ASSERT_EQ(file.overrides.size(), 1u);
  EXPECT_EQ(file.overrides[0].paths, (std::vector<std::string>{"legacy/*", "*.dev.Dockerfile"}));
  EXPECT_EQ(file.overrides[0].settings.unsafe, false);
  EXPECT_EQ(file.overrides[0].settings.severity.at("DF101"), "warning");
}

// golden/config/bad/<case>/dockopt.toml -> expected.txt (the rendered error: file:line:col, line, caret).
// DOCKOPT_UPDATE_GOLDEN=1 rewrites the expected files.
TEST(ConfigLoad, BadFilesGiveGoldenErrors) {
  auto cases = testing::ListSorted(kGolden / "bad", true);
  ASSERT_GE(cases.size(), 10u);
  for (const fs::path& dir : cases) {
    SourceBuffer source("dockopt.toml", ReadFile(dir / "dockopt.toml"));
    File file;
    std::optional<Diagnostic> problem = Load(source, kRules, file);
    ASSERT_TRUE(problem) << dir.filename() << " loaded without error";
    std::string rendered = RenderDiagnostic(source, *problem);
    if (std::getenv("DOCKOPT_UPDATE_GOLDEN")) std::ofstream(dir / "expected.txt", std::ios::binary) << rendered;
    EXPECT_EQ(rendered, ReadFile(dir / "expected.txt")) << dir.filename();
  }
}

TEST(ConfigResolve, NearerFileWinsAndOverridesMatchPathsUnderTheirFile) {
  File parent{"/repo/.dockopt.toml", {}, {}};
  parent.settings.select = std::vector<std::string>{"DF101"};
  parent.settings.unsafe = true;
  parent.settings.severity = {{"DF101", "error"}, {"DF104", "info"}};
  File child{"/repo/svc/.dockopt.toml", {}, {}};
  child.settings.severity = {{"DF101", "info"}};
  child.overrides.push_back({{"legacy/*"}, {}});
  child.overrides[0].settings.unsafe = false;
  Settings api = Resolve({child, parent}, "/repo/svc/api/Dockerfile");
  EXPECT_EQ(api.select, std::vector<std::string>{"DF101"});  // from the parent
  EXPECT_EQ(api.unsafe, true);
  EXPECT_EQ(api.severity.at("DF101"), "info");  // the nearer file wins
  EXPECT_EQ(api.severity.at("DF104"), "info");
  Settings legacy = Resolve({child, parent}, "/repo/svc/legacy/Dockerfile");
  EXPECT_EQ(legacy.unsafe, false);  // the override under svc/
}

}  // namespace
}  // namespace dockopt::config
