#include "analysis/manifests.h"

#include <gtest/gtest.h>

#include "context/test_tree.h"

namespace dockopt::analysis {
namespace {

using context::testing::TempTree;

std::vector<std::string> ExtraPaths(const InstallInputs& in) {
  std::vector<std::string> out;
  for (const Extra& e : in.extras) out.push_back(e.path);
  return out;
}

TEST(ClassifyRequirement, TellsIndexProjectAndLocalPaths) {
  std::string path;
  EXPECT_EQ(ClassifyRequirement("flask==2.0", path), LocalRequirement::kNone);
  EXPECT_EQ(ClassifyRequirement("git+https://github.com/a/b", path), LocalRequirement::kNone);
  EXPECT_EQ(ClassifyRequirement("https://x.org/p-1.0.tar.gz", path), LocalRequirement::kNone);
  EXPECT_EQ(ClassifyRequirement("-e .", path), LocalRequirement::kProject);
  EXPECT_EQ(ClassifyRequirement(".[dev]", path), LocalRequirement::kProject);
  EXPECT_EQ(ClassifyRequirement("-e ./libs/acme", path), LocalRequirement::kPath);
  EXPECT_EQ(path, "libs/acme");
  EXPECT_EQ(ClassifyRequirement("acme @ file:./libs/acme", path), LocalRequirement::kPath);
  EXPECT_EQ(path, "libs/acme");
  EXPECT_EQ(ClassifyRequirement("wheels/x-1.0-py3-none-any.whl", path), LocalRequirement::kPath);
  EXPECT_EQ(ClassifyRequirement("--editable=libs/b/", path), LocalRequirement::kPath);
  EXPECT_EQ(path, "libs/b");
}

TEST(ResolveInstallInputs, FollowsRequirementIncludesAndLocalPaths) {
  TempTree t;
  t.Write("requirements.txt", "-r reqs/base.txt\n-c constraints.txt\nflask  # web\n-e ./libs/acme\n");
  t.Write("reqs/base.txt", "requests\n../libs/util\n");
  t.Write("constraints.txt", "requests<3\n");
  t.Write("libs/acme/setup.py", "");
  t.Write("libs/util/pyproject.toml", "");
  ContextFiles context(t.str());
  InstallInputs in = ResolveInstallInputs(context, "", Ecosystem::kPip, {"requirements.txt"});
  EXPECT_EQ(in.blocker, "");
  EXPECT_EQ(in.files, (std::vector<std::string>{"requirements.txt", "reqs/base.txt", "constraints.txt"}));
  EXPECT_EQ(ExtraPaths(in), (std::vector<std::string>{"libs/util", "libs/acme"}));
  EXPECT_TRUE(in.extras[0].directory);
  EXPECT_NE(in.extras[1].why.find("line 4 of 'requirements.txt'"), std::string::npos) << in.extras[1].why;
}

TEST(ResolveInstallInputs, BlocksOnTheProjectItselfOrAMissingFile) {
  TempTree t;
  t.Write("requirements.txt", "flask\n-e .\n");
  ContextFiles context(t.str());
  EXPECT_NE(ResolveInstallInputs(context, "", Ecosystem::kPip, {"requirements.txt"}).blocker.find("project itself"),
            std::string::npos);
  EXPECT_NE(ResolveInstallInputs(context, "", Ecosystem::kPip, {"dev.txt"}).blocker.find("'dev.txt' is not in"),
            std::string::npos);
  EXPECT_NE(ResolveInstallInputs(context, "", Ecosystem::kSetuptools).blocker.find("package sources"), std::string::npos);
  // The missing manifest is named from the context's root, folder included (kanidm's WORKDIR
  // kanidmd/daemon, a folder its sources do not have).
  EXPECT_EQ(ResolveInstallInputs(context, "kanidmd/daemon", Ecosystem::kCargo).blocker,
            "'kanidmd/daemon/Cargo.toml' is not in the build context");
}

TEST(ResolveInstallInputs, HonoursTheDockerignore) {
  TempTree t;
  t.Write(".dockerignore", "yarn.lock\n");
  t.Write("package.json", "{}");
  t.Write("yarn.lock", "");
  t.Write(".yarnrc.yml", "yarnPath: .yarn/releases/yarn.cjs\n");
  t.Write(".yarn/releases/yarn.cjs", "");
  std::string error;
  std::optional<ContextFiles> context = ContextFiles::Open(t.str(), error);
  ASSERT_TRUE(context) << error;
  InstallInputs in = ResolveInstallInputs(*context, "", Ecosystem::kYarn);
  EXPECT_EQ(in.blocker, "");
  EXPECT_EQ(in.files, (std::vector<std::string>{"package.json", ".yarnrc.yml"}));
  EXPECT_EQ(in.directories, (std::vector<std::string>{".yarn/releases"}));
}

TEST(ResolveInstallInputs, NodeWorkspacesHooksAndLocalDependencies) {
  TempTree t;
  t.Write("web/package.json", R"({"workspaces": ["packages/*"], "scripts": {"postinstall": "node scripts/fix.js",
    "build": "tsc"}, "dependencies": {"shared": "file:./shared"}})");
  t.Write("web/package-lock.json", "{}");
  t.Write("web/packages/a/package.json", "{}");
  t.Write("web/packages/b/package.json", "{}");
  t.Write("web/packages/README.md", "");
  t.Write("web/scripts/fix.js", "");
  t.Write("web/shared/package.json", "{}");
  ContextFiles context(t.str());
  InstallInputs in = ResolveInstallInputs(context, "web", Ecosystem::kNpm);
  EXPECT_EQ(in.blocker, "");
  EXPECT_EQ(in.files, (std::vector<std::string>{"package.json", "package-lock.json"}));
  EXPECT_EQ(ExtraPaths(in),
            (std::vector<std::string>{"packages/a/package.json", "packages/b/package.json", "shared", "scripts/fix.js"}));
}

TEST(ResolveInstallInputs, ComposerPathRepositoriesGoInFirst) {
  TempTree t;
  t.Write("composer.json", R"({"require": {"acme/slugger": "*"}, "repositories": [{"packagist.org": false},
    {"type": "path", "url": "packages/slugger"}, {"type": "vcs", "url": "https://example.com/x.git"}]})");
  t.Write("packages/slugger/composer.json", "{}");
  ContextFiles context(t.str());
  InstallInputs in = ResolveInstallInputs(context, "", Ecosystem::kComposer);
  EXPECT_EQ(in.blocker, "");
  EXPECT_EQ(ExtraPaths(in), (std::vector<std::string>{"packages/slugger"}));
  t.Write("composer.json", R"({"repositories": [{"type": "path", "url": "packages/*"}]})");
  EXPECT_NE(ResolveInstallInputs(context, "", Ecosystem::kComposer).blocker.find("wildcard"), std::string::npos);
}

TEST(ResolveInstallInputs, BundleCacheGoesInFirst) {
  TempTree t;
  t.Write("Gemfile", "source 'https://rubygems.org'\ngem 'pg'\n");
  t.Write("Gemfile.lock", "");
  t.Write("vendor/cache/pg-1.5.4.gem", "");
  ContextFiles context(t.str());
  InstallInputs in = ResolveInstallInputs(context, "", Ecosystem::kBundler);
  EXPECT_EQ(in.blocker, "");
  EXPECT_EQ(ExtraPaths(in), (std::vector<std::string>{"vendor/cache"}));
}

TEST(ResolveInstallInputs, BlocksOnAHookThatBuilds) {
  TempTree t;
  t.Write("package.json", R"({"scripts": {"prepare": "npm run build"}})");
  ContextFiles context(t.str());
  EXPECT_NE(ResolveInstallInputs(context, "", Ecosystem::kNpm).blocker.find("'prepare' script"), std::string::npos);
  EXPECT_EQ(ResolveInstallInputs(context, "", Ecosystem::kNpm, {}, {}, /*ignore_scripts=*/true).blocker, "");
}

TEST(ResolveInstallInputs, DotnetFollowsProjectReferencesAndFoldersAbove) {
  TempTree t;
  t.Write("Directory.Packages.props", "<Project/>");
  t.Write("src/Directory.Build.props", "<Project/>");
  t.Write("src/Web/Web.csproj", R"(<Project><ItemGroup><ProjectReference Include="..\Core\Core.csproj" /></ItemGroup></Project>)");
  t.Write("src/Core/Core.csproj", R"(<Project><ItemGroup><ProjectReference Include="../Shared/Shared.csproj"/></ItemGroup></Project>)");
  t.Write("src/Shared/Shared.csproj", "<Project/>");
  ContextFiles context(t.str());
  InstallInputs web = ResolveInstallInputs(context, "src/Web", Ecosystem::kDotnet);
  EXPECT_EQ(web.blocker, "");
  EXPECT_EQ(web.files, (std::vector<std::string>{"Web.csproj", "../Core/Core.csproj", "../Directory.Build.props",
                                                 "../../Directory.Packages.props", "../Shared/Shared.csproj"}));
  t.Write("src/Core/Core.csproj", R"(<Project><ItemGroup><ProjectReference Include="..\Gone\Gone.csproj" /></ItemGroup></Project>)");
  EXPECT_NE(ResolveInstallInputs(context, "src/Web", Ecosystem::kDotnet).blocker.find("reads '../Gone/Gone.csproj', which is not in"),
            std::string::npos);
  t.Write("src/Core/Core.csproj", R"(<Project><ItemGroup><ProjectReference Include="$(Root)\X.csproj" /></ItemGroup></Project>)");
  EXPECT_NE(ResolveInstallInputs(context, "src/Web", Ecosystem::kDotnet).blocker.find("a property, a wildcard"),
            std::string::npos);
}

// jellyfin's shape: the solution at the top, each project in its own folder; `*.csproj` there finds none.
TEST(ResolveInstallInputs, DotnetProjectsInSubfoldersAreNamed) {
  TempTree t;
  t.Write("MediaBrowser.sln", "");
  t.Write("Jellyfin.Server/Jellyfin.Server.csproj", "<Project/>");
  t.Write("Emby.Naming/Emby.Naming.csproj", "<Project/>");
  t.Write("tests/Api.Tests/Api.Tests.csproj", "<Project/>");
  t.Write("node_modules/x/x.csproj", "<Project/>");
  ContextFiles context(t.str());
  EXPECT_EQ(ResolveInstallInputs(context, "", Ecosystem::kDotnet).blocker,
            "the '*.csproj' files are in subfolders ('Emby.Naming/Emby.Naming.csproj' and 2 more): each goes into its "
            "own folder, with the solution that names them");
  TempTree empty;
  empty.Write("README.md", "");
  EXPECT_EQ(ResolveInstallInputs(ContextFiles(empty.str()), "", Ecosystem::kDotnet).blocker,
            "no '*.csproj' in the build context");
}

TEST(ResolveInstallInputs, DotnetReadsImportsQuotesAndLists) {
  TempTree t;
  t.Write("build/common.props", "<Project/>");
  t.Write("src/Directory.Build.props", R"(<Project><Import Project="$(MSBuildThisFileDirectory)../build/common.props" /><Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk" /></Project>)");
  t.Write("src/App/App.csproj", R"(<Project><ItemGroup><ProjectReference Include='../A/A.csproj;../B/B.csproj' /></ItemGroup></Project>)");
  t.Write("src/A/A.csproj", "<Project/>");
  t.Write("src/B/B.csproj", "<Project/>");
  ContextFiles context(t.str());
  InstallInputs app = ResolveInstallInputs(context, "src/App", Ecosystem::kDotnet);
  EXPECT_EQ(app.blocker, "");
  EXPECT_EQ(app.files, (std::vector<std::string>{"App.csproj", "../A/A.csproj", "../B/B.csproj", "../Directory.Build.props",
                                                 "../../build/common.props"}));
  t.Write("src/B/B.csproj", R"(<Project><ItemGroup><ProjectReference Update="x" /></ItemGroup></Project>)");
  EXPECT_NE(ResolveInstallInputs(context, "src/App", Ecosystem::kDotnet).blocker.find("ProjectReference dockopt cannot read"),
            std::string::npos);
}

TEST(ResolveInstallInputs, OtherEcosystems) {
  TempTree t;
  t.Write("go.mod", "module x\nreplace example.com/y => ./y\n");
  t.Write("go.sum", "");
  t.Write("y/go.mod", "");
  t.Write("App.csproj", "<Project/>");
  t.Write("nuget.config", "");
  t.Write("build.gradle.kts", "");
  t.Write("gradlew", "");
  t.Write("gradle/wrapper/gradle-wrapper.properties", "");
  t.Write("pom.xml", "<project><modules><module>a</module></modules></project>");
  ContextFiles context(t.str());
  InstallInputs go = ResolveInstallInputs(context, "", Ecosystem::kGo);
  EXPECT_EQ(go.files, (std::vector<std::string>{"go.mod", "go.sum"}));
  EXPECT_EQ(ExtraPaths(go), (std::vector<std::string>{"y"}));
  InstallInputs dotnet = ResolveInstallInputs(context, "", Ecosystem::kDotnet);
  EXPECT_EQ(dotnet.files, (std::vector<std::string>{"App.csproj", "nuget.config"}));
  InstallInputs gradle = ResolveInstallInputs(context, "", Ecosystem::kGradle);
  EXPECT_EQ(gradle.files, (std::vector<std::string>{"build.gradle.kts", "gradlew"}));
  EXPECT_EQ(gradle.directories, (std::vector<std::string>{"gradle"}));
  EXPECT_NE(ResolveInstallInputs(context, "", Ecosystem::kMaven).blocker.find("multi-module"), std::string::npos);
  EXPECT_NE(ResolveInstallInputs(context, "", Ecosystem::kCargo).blocker.find("'Cargo.toml' is not in"),
            std::string::npos);
}

TEST(ResolveInstallInputs, CargoTargetsBecomePlaceholders) {
  TempTree t;
  t.Write("Cargo.toml", "[package]\nname = \"x\"\n[[bin]]\nname = \"x\"\npath = \"src/bin/x.rs\"\n"
                        "[dependencies]\nutil = { path = \"crates/util\" }\n");
  t.Write("Cargo.lock", "");
  t.Write("crates/util/Cargo.toml", "[package]\nname = \"util\"\n[dependencies]\nvendored = { path = \"../../third_party/v\" }\n");
  t.Write("third_party/v/lib.c", "");
  ContextFiles context(t.str());
  InstallInputs in = ResolveInstallInputs(context, "", Ecosystem::kCargo);
  EXPECT_EQ(in.blocker, "");
  // A path dependency that is a crate: its manifest, and a library stub; one that is not: copied whole.
  EXPECT_EQ(in.files, (std::vector<std::string>{"Cargo.toml", "Cargo.lock", "crates/util/Cargo.toml"}));
  EXPECT_EQ(in.placeholders, (std::vector<std::string>{"src/bin/x.rs", "crates/util/src/lib.rs"}));
  EXPECT_EQ(ExtraPaths(in), (std::vector<std::string>{"third_party/v"}));
}

TEST(ResolveInstallInputs, CargoWorkspaceMembersGiveManifestsAndStubs) {
  TempTree t;
  t.Write("Cargo.toml", "[workspace]\nmembers = [\"server\", \"crates/*\"]\n");
  t.Write("server/Cargo.toml", "[package]\nname = \"server\"\n");
  t.Write("server/src/main.rs", "fn main() { run() }");
  t.Write("server/src/lib.rs", "pub fn run() {}");
  t.Write("crates/a/Cargo.toml", "[package]\nname = \"a\"\n");
  t.Write("crates/a/src/lib.rs", "");
  t.Write("crates/notes/README.md", "");  // no Cargo.toml: not a member
  ContextFiles context(t.str());
  InstallInputs in = ResolveInstallInputs(context, "", Ecosystem::kCargo);
  EXPECT_EQ(in.blocker, "");
  EXPECT_EQ(in.files, (std::vector<std::string>{"Cargo.toml", "server/Cargo.toml", "crates/a/Cargo.toml"}));
  EXPECT_EQ(in.placeholders,
            (std::vector<std::string>{"server/src/lib.rs", "server/src/main.rs", "crates/a/src/lib.rs"}));
  t.Write("Cargo.toml", "[workspace]\nmembers = [\"gone\"]\n");
  EXPECT_NE(ResolveInstallInputs(context, "", Ecosystem::kCargo).blocker.find("'gone' has no Cargo.toml"),
            std::string::npos);
}

TEST(ResolveInstallInputs, GoVendorCountsFromGo114) {
  TempTree t;
  t.Write("vendor/modules.txt", "");
  t.Write("go.mod", "module x\n\ngo 1.13\n");
  ContextFiles context(t.str());
  EXPECT_EQ(ResolveInstallInputs(context, "", Ecosystem::kGo).blocker, "");  // go 1.13 ignores vendor/
  t.Write("go.mod", "module x\n\ngo 1.21\n");
  EXPECT_NE(ResolveInstallInputs(context, "", Ecosystem::kGo).blocker, "");
  t.Write("go.mod", "module x\n");  // no version: Go assumes a modern one
  EXPECT_NE(ResolveInstallInputs(context, "", Ecosystem::kGo).blocker, "");
}

TEST(ReadPnpmWorkspaces, ReadsThePackagesList) {
  EXPECT_EQ(ReadPnpmWorkspaces("packages:\n  - 'apps/*'\n  - \"libs/x\"\n  - '!**/test'\nother:\n  - y\n"),
            (std::vector<std::string>{"apps/*", "libs/x"}));
}

TEST(ReadPackageJson, RejectsBrokenJson) { EXPECT_FALSE(ReadPackageJson("{").parsed); }

}  // namespace
}  // namespace dockopt::analysis
