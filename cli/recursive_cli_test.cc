// `dockopt optimize -r DIR`: which files the walk finds, .gitignore, and the multi-file modes.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli/find_dockerfiles.h"
#include "cli/test_cli.h"

namespace {

namespace fs = std::filesystem;
using dockopt::cli::FindDockerfiles;
using dockopt::cli::IsDockerfileName;
using dockopt::cli::testing::CliTest;
using dockopt::cli::testing::Outcome;

constexpr const char* kApk = "FROM alpine\nRUN apk add curl\n";
constexpr const char* kClean = "FROM alpine\nRUN apk add --no-cache curl\n";

class RecursiveTest : public CliTest {
 protected:
  fs::path Put(const std::string& relative, const std::string& text = kApk) {
    fs::create_directories((dir_ / relative).parent_path());
    return Write(relative, text);
  }
  std::vector<std::string> Found(const std::string& under = "") {
    std::vector<std::string> found;
    std::string error, root = (dir_ / under).string();
    EXPECT_TRUE(FindDockerfiles(root, found, error)) << error;
    for (std::string& path : found) path = path.substr(dir_.string().size() + 1);
    return found;
  }
};

TEST(DockerfileName, TheNamesDockerfilesGoBy) {
  for (const char* name : {"Dockerfile", "dockerfile", "Dockerfile.prod", "api.Dockerfile", "api.dockerfile"})
    EXPECT_TRUE(IsDockerfileName(name)) << name;
  for (const char* name : {"Dockerfile.dockerignore", "README.md", "Dockerfiles", "xDockerfile", ".dockerignore"})
    EXPECT_FALSE(IsDockerfileName(name)) << name;
}

TEST_F(RecursiveTest, FindsDockerfilesInOrderAndSkipsGit) {
  Put("Dockerfile");
  Put("svc/b/Dockerfile.prod");
  Put("svc/a.Dockerfile");
  Put("svc/notes.txt");
  Put(".git/Dockerfile");
  EXPECT_EQ(Found(), (std::vector<std::string>{"Dockerfile", "svc/a.Dockerfile", "svc/b/Dockerfile.prod"}));
}

TEST_F(RecursiveTest, GitignoreExcludesAnchoredUnanchoredDirectoryOnlyAndNegated) {
  Write(".gitignore", "# comment\nvendor/\n/build\n*.dockerfile\n!keep.dockerfile\ndeep/**/gen\n");
  Put("vendor/Dockerfile");         // vendor/ (a directory)
  Put("sub/vendor/Dockerfile");     // vendor/ matches at any depth
  Put("build/Dockerfile");          // /build: anchored at the root
  Put("sub/build/Dockerfile");      // ... so not here
  Put("x.dockerfile");              // *.dockerfile
  Put("sub/keep.dockerfile");       // re-included
  Put("deep/a/b/gen/Dockerfile");   // deep/**/gen
  Put("deep/Dockerfile");
  EXPECT_EQ(Found(), (std::vector<std::string>{"deep/Dockerfile", "sub/build/Dockerfile", "sub/keep.dockerfile"}));
}

TEST_F(RecursiveTest, ADeeperGitignoreWinsAndAppliesOnlyBelowItsDirectory) {
  Write(".gitignore", "Dockerfile.*\n");
  Put("a/.gitignore", "!Dockerfile.prod\n");
  Put("a/Dockerfile.prod");
  Put("b/Dockerfile.prod");
  Put("b/.gitignore", "/c/Dockerfile\n");
  Put("b/c/Dockerfile");
  Put("c/Dockerfile");
  EXPECT_EQ(Found(), (std::vector<std::string>{"a/Dockerfile.prod", "c/Dockerfile"}));
}

TEST_F(RecursiveTest, CheckOverATreeReportsEachFileThatWouldChange) {
  Put("one/Dockerfile");
  Put("two/Dockerfile", kClean);
  Put("three/api.Dockerfile");
  Outcome run = Dockopt("optimize --check -q -j 2 -r " + dir_.string());
  EXPECT_EQ(run.exit_code, 1);
  std::string root = dir_.string();
  EXPECT_EQ(run.out, root + "/one/Dockerfile: would be rewritten\n" + root +
                         "/three/api.Dockerfile: would be rewritten\n");
}

TEST_F(RecursiveTest, DiffAndFormatsTakeTheFoundFilesLikeListedOnes) {
  Put("svc/Dockerfile");
  Outcome diff = Dockopt("optimize --diff -r " + dir_.string());
  EXPECT_EQ(diff.exit_code, 0);
  EXPECT_NE(diff.out.find("+RUN apk add --no-cache curl"), std::string::npos) << diff.out;
  Outcome json = Dockopt("optimize --format json -r " + dir_.string());
  EXPECT_NE(json.out.find("svc/Dockerfile"), std::string::npos) << json.out;
}

TEST_F(RecursiveTest, FilesAreKeptAndAnEmptyTreeIsAWarning) {
  fs::path file = Put("lone/Dockerfile");
  Outcome one = Dockopt("optimize --check -q -r " + file.string());
  EXPECT_EQ(one.exit_code, 1);
  fs::create_directories(dir_ / "empty");
  Outcome none = Dockopt("optimize --check -r " + (dir_ / "empty").string());
  EXPECT_EQ(none.exit_code, 0);
  EXPECT_EQ(none.err, "dockopt optimize: warning: no Dockerfiles found\n");
  Outcome missing = Dockopt("optimize --check -r " + (dir_ / "missing").string());
  EXPECT_EQ(missing.exit_code, 2);
}

}  // namespace
