#include "analysis/npm_lifecycle.h"

#include <gtest/gtest.h>

namespace dockopt::analysis {
namespace {

TEST(DeferInstallScripts, PostinstallRunsInRebuild) {
  const DeferredScripts d = DeferInstallScripts(ReadPackageJson(R"({"scripts": {"postinstall": "npm run build"}})"), Ecosystem::kNpm);
  EXPECT_EQ(d.blocker, "");
  EXPECT_EQ(d.command, "npm rebuild");
  EXPECT_EQ(d.scripts, std::vector<std::string>{"postinstall"});
  EXPECT_TRUE(d.root_runs_first);
}

TEST(DeferInstallScripts, PrepareFamilyAndPrepublishInNpmOrder) {
  const DeferredScripts d = DeferInstallScripts(
      ReadPackageJson(R"({"scripts": {"postprepare": "c", "prepare": "b", "preprepare": "a", "prepublish": "p"}})"),
      Ecosystem::kNpm);
  EXPECT_EQ(d.command, "npm rebuild && npm run prepublish && npm run prepare");
  EXPECT_EQ(d.scripts, (std::vector<std::string>{"prepublish", "preprepare", "prepare", "postprepare"}));
  EXPECT_FALSE(d.root_runs_first);
  EXPECT_EQ(DeferInstallScripts(ReadPackageJson(R"({"scripts": {"postprepare": "c"}})"), Ecosystem::kNpm).command,
            "npm rebuild && npm run postprepare");
}

TEST(DeferInstallScripts, BlockedWhereNotEquivalent) {
  const PackageJsonFacts post = ReadPackageJson(R"({"scripts": {"postinstall": "x"}})");
  EXPECT_NE(DeferInstallScripts(post, Ecosystem::kYarn).blocker, "");
  EXPECT_NE(DeferInstallScripts(post, Ecosystem::kPnpm).blocker, "");
  EXPECT_NE(DeferInstallScripts(ReadPackageJson(R"({"scripts": {"preinstall": "x"}})"), Ecosystem::kNpm).blocker, "");
  EXPECT_NE(DeferInstallScripts(ReadPackageJson(R"({"workspaces": ["a"], "scripts": {"postinstall": "x"}})"),
                                Ecosystem::kNpm).blocker, "");
}

TEST(LockedDependenciesHaveInstallScripts, FromTheLockV2Packages) {
  EXPECT_EQ(LockedDependenciesHaveInstallScripts(
                R"({"lockfileVersion": 3, "packages": {"": {"hasInstallScript": true}, "node_modules/ms": {}}})"),
            false);
  EXPECT_EQ(LockedDependenciesHaveInstallScripts(
                R"({"lockfileVersion": 2, "packages": {"": {}, "node_modules/esbuild": {"hasInstallScript": true}}})"),
            true);
  EXPECT_EQ(LockedDependenciesHaveInstallScripts(R"({"lockfileVersion": 1, "dependencies": {}})"), std::nullopt);
  EXPECT_EQ(LockedDependenciesHaveInstallScripts("not json"), std::nullopt);
}

TEST(ShipsNpm6, ByTheNodeMajor) {
  EXPECT_TRUE(ShipsNpm6("node:14-alpine"));
  EXPECT_TRUE(ShipsNpm6("mhart/alpine-node:14"));
  EXPECT_TRUE(ShipsNpm6("docker.io/library/node:8"));
  EXPECT_FALSE(ShipsNpm6("node:16"));
  EXPECT_FALSE(ShipsNpm6("node:22-slim"));
  EXPECT_FALSE(ShipsNpm6("node:lts"));
  EXPECT_FALSE(ShipsNpm6("python:3.12"));
}

}  // namespace
}  // namespace dockopt::analysis
