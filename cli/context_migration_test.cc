// The one-shot migration through the binary: `optimize -i --unsafe --context DIR` rewrites the
// Dockerfile and the .dockerignore together, or neither.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "ir/test_support.h"

namespace {

namespace fs = std::filesystem;
using dockopt::testing::ReadFile;

class MigrationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/dockopt-migrate-XXXXXX";
    dir_ = mkdtemp(pattern);
    Write("requirements.txt", "flask\n-e ./libs/acme\n");
    Write("libs/acme/setup.py", "from setuptools import setup\nsetup(name='acme')\n");
    Write("main.py", "print('hi')\n");
    Write(".venv/pyvenv.cfg", "home = /usr/bin\n");
    std::ofstream(dir_ / ".venv/lib.bin").close();
    fs::resize_file(dir_ / ".venv/lib.bin", 50 << 20);
    Write("Dockerfile", kDockerfile);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  int Dockopt(const std::string& args) {
    std::string command = std::string(DOCKOPT_BINARY) + " " + args + " >" + (dir_ / ".out").string() + " 2>" +
                          (dir_ / ".err").string();
    int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  std::string Err() { return ReadFile(dir_ / ".err"); }

  static constexpr const char* kDockerfile =
      "FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD [\"python\", \"main.py\"]\n";
  fs::path dir_;
};

TEST_F(MigrationTest, OneCommandRewritesTheDockerfileAndTheIgnoreFile) {
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(df),
            "FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nCOPY libs/acme/ libs/acme/\n"
            "RUN pip install -r requirements.txt\nCOPY . .\nCMD [\"python\", \"main.py\"]\n");
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\n");
  EXPECT_NE(Err().find("rewritten (DF120 x1)"), std::string::npos) << Err();
  EXPECT_NE(Err().find("build context: 50.0 MiB in "), std::string::npos) << Err();
  EXPECT_NE(Err().find("(100.0% smaller)"), std::string::npos) << Err();
  EXPECT_NE(Err().find("'libs/acme/'"), std::string::npos) << Err();
}

TEST_F(MigrationTest, NoFixContextLeavesTheIgnoreFileAlone) {
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --no-fix-context --select DF120 --context " + dir_.string() + " " + df), 0);
  EXPECT_FALSE(fs::exists(dir_ / ".dockerignore"));
  EXPECT_NE(ReadFile(df), kDockerfile);
}

// An allowlist (`*`, then `!` for what the image copies) already sends only the jar: `**/target` with a
// `!` exception for the jar would send the same files, so the file stays as it is (commafeed's).
TEST_F(MigrationTest, AnAllowlistThatAlreadySendsOnlyWhatIsCopiedStaysAsItIs) {
  const std::string ignore = "*\n!server/target/app.jar\n!server/config.yml\n";
  Write(".dockerignore", ignore);
  Write("server/target/app.jar", std::string(2 << 20, 'j'));
  Write("server/target/classes/App.class", std::string(1 << 20, 'c'));
  Write("server/config.yml", "port: 8080\n");
  Write("Dockerfile", "FROM eclipse-temurin:21-jre\nCOPY server/config.yml .\nCOPY server/target/app.jar .\n"
                      "CMD [\"java\", \"-jar\", \"app.jar\"]\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF101 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), ignore);
  EXPECT_NE(Err().find(".dockerignore: no change"), std::string::npos) << Err();
  EXPECT_EQ(Err().find("added '!server/target/app.jar'"), std::string::npos) << Err();
}

TEST_F(MigrationTest, AMissingCopySourceIsAWarningAndTheRestIsWritten) {
  Write("Dockerfile", std::string(kDockerfile) + "COPY missing.txt /etc/\n");
  const std::string df = (dir_ / "Dockerfile").string();
  EXPECT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(df).find("COPY requirements.txt ."), std::string::npos);
  EXPECT_TRUE(fs::exists(dir_ / ".dockerignore"));
  EXPECT_NE(Err().find("warning: the build will fail as it did before"), std::string::npos) << Err();
}

TEST_F(MigrationTest, AnUnreadableIgnoreFileWritesNothing) {
  Write(".dockerignore", "[\n");  // a bad pattern
  const std::string df = (dir_ / "Dockerfile").string();
  EXPECT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 2);
  EXPECT_EQ(ReadFile(df), kDockerfile);
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "[\n");
}

TEST_F(MigrationTest, UnsafeLeavesOutDocsAndTestsTheBuildDoesNotUse) {
  Write("docs/index.md", "# docs\n");
  Write("tests/test_main.py", "def test(): pass\n");
  Write(".github/workflows/ci.yml", "on: push\n");
  Write("Dockerfile", std::string(kDockerfile) + "RUN python -m pytest tests\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\ndocs\n.github\n");
}

// A framework copies its asset folder into the build as it is (SvelteKit's static/, Vite's public/):
// media only there, which no source names, is still what the site serves.
TEST_F(MigrationTest, FrameworkAssetFoldersOfMediaStay) {
  Write("svelte.config.js", "export default { kit: {} };\n");
  Write("static/favicon.png", "png");
  Write("static/splash.png", "png");
  Write("vite.config.ts", "export default {};\n");
  Write("public/logo.svg", "<svg/>");
  Write("screenshots/shot.png", "png");  // no framework copies this one
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  const std::string ignore = ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(ignore.find("\nscreenshots\n"), std::string::npos) << ignore;
  EXPECT_EQ(ignore.find("static"), std::string::npos) << ignore;
  EXPECT_EQ(ignore.find("public"), std::string::npos) << ignore;
}

// A documentation site generator builds its pages from docs/ (Docusaurus, MkDocs): there docs/ is the
// site, so it stays; .github beside it is still left out (held12's towhee-docs).
TEST_F(MigrationTest, DocsOfADocumentationSiteStay) {
  Write("docusaurus.config.js", "module.exports = { title: 'Site' };\n");
  Write("package.json", "{\"scripts\": {\"build\": \"docusaurus build\"}}\n");
  Write("docs/intro.md", "# Intro\n");
  Write(".github/workflows/ci.yml", "on: push\n");
  Write("Dockerfile", "FROM node:20 AS build\nWORKDIR /site\nCOPY . .\nRUN npm install && npm run build\n"
                      "FROM nginx:alpine\nCOPY --from=build /site/build /usr/share/nginx/html\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  const std::string ignore = ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(ignore.find("\n.github\n"), std::string::npos) << ignore;
  EXPECT_EQ(ignore.find("docs"), std::string::npos) << ignore;
}

// Jekyll builds the site from the context's root: it publishes every folder and file there not starting
// with '.' or '_', so images/, docs/ and README.md are the site's, though nothing names them; .github
// still goes (held18's docker/docs archive).
TEST_F(MigrationTest, AJekyllSiteRootKeepsWhatJekyllPublishes) {
  Write("_config.yml", "markdown: kramdown\n");
  Write("index.md", "# Docs\n");
  Write("images/diagram.png", "png");
  Write("docs/intro.md", "# Intro\n");
  Write("README.md", "# Docs\n");
  Write(".github/workflows/ci.yml", "on: push\n");
  Write("Dockerfile", "FROM jekyll/jekyll:4 AS builder\nCOPY . /source\nRUN jekyll build --source /source --destination /site\n"
                      "FROM nginx:alpine\nCOPY --from=builder /site /usr/share/nginx/html\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  const std::string ignore = ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(ignore.find("\n.github\n"), std::string::npos) << ignore;
  EXPECT_EQ(ignore.find("images"), std::string::npos) << ignore;
  EXPECT_EQ(ignore.find("docs"), std::string::npos) << ignore;
  EXPECT_EQ(ignore.find("README.md"), std::string::npos) << ignore;
}

// An app whose repository documents it with MkDocs: the image never runs mkdocs, so docs/ is left out.
TEST_F(MigrationTest, DocsOfAnAppDocumentedWithMkDocsGo) {
  Write("mkdocs.yml", "site_name: App\n");
  Write("docs/index.md", "# App\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / ".dockerignore").find("\ndocs\n"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
}

TEST_F(MigrationTest, UnsafeLeavesOutNestedTestsNotesAndUnreferencedMedia) {
  Write("app/tests/test_app.py", "def test(): pass\n");
  Write("app/testdata/sample.json", "{}\n");
  Write("CHANGELOG.md", "# 1.0\n");
  Write("CONTRIBUTING.md", "be nice\n");  // named by setup.py below: kept
  Write("setup.py", "open('CONTRIBUTING.md')\n");
  Write("screenshots-unused/shot.png", "png");  // not a dev-only name, but media nobody names
  Write("img/demo.gif", "gif");
  Write("README.md", "![demo](img/demo.gif) ![x](screenshots-unused/shot.png)\n");  // Markdown does not count
  Write("icons/logo.svg", "<svg/>");
  Write("app/templates/base.html", "<img src=\"/icons/logo.svg\">\n");  // a template names it: kept
  // Served by names built at run time: the code names the directory, not its files (trilium's images/).
  Write("avatars/1.png", "png");
  Write("app/static.py", "def avatar(i):\n    return f'/avatars/{i}.png'\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"),
            "# added by dockopt context --fix\n**/.venv\napp/testdata\napp/tests\nREADME.md\nCHANGELOG.md\nimg\n"
            "screenshots-unused\n");
  EXPECT_NE(Err().find("(--unsafe, unreferenced media): img/, screenshots-unused/"), std::string::npos) << Err();
  EXPECT_NE(Err().find("(--unsafe, tests): app/testdata/, app/tests/"), std::string::npos) << Err();
}

TEST_F(MigrationTest, UnsafeLeavesOutAGoVendorTheBuildIgnores) {
  Write("go.mod", "module example.com/app\n\ngo 1.13\n");
  Write("vendor/modules.txt", "# example.com/dep v1.0.0\n");
  Write("vendor/example.com/dep/dep.go", "package dep\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / ".dockerignore").find("\nvendor\n"), std::string::npos);
  // From go 1.14 on, `go build` reads vendor/ by itself: kept.
  fs::remove(dir_ / ".dockerignore");
  Write("go.mod", "module example.com/app\n\ngo 1.21\n");
  Write("Dockerfile", kDockerfile);
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find("vendor"), std::string::npos);
}

TEST_F(MigrationTest, UnsafeLeavesOutWhatTheDockerfileDeletesRightAfterTheCopy) {
  Write("stuff/bootstrap/grid.less", "// sources of the css\n");
  Write("Dockerfile",
        "FROM python:3.11-slim\nCOPY requirements.txt /tmp/\nRUN pip install -r /tmp/requirements.txt\n"
        "COPY . /opt/app/\nRUN rm -rf /opt/app/.git && rm -rf /opt/app/stuff\nCMD [\"python\", \"/opt/app/main.py\"]\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\nstuff\n");
  EXPECT_NE(Err().find("(--unsafe, deleted right after the copy): stuff/"), std::string::npos) << Err();
}

TEST_F(MigrationTest, ASecondRunFindsNothingMoreToLeaveOut) {
  // Only a file in a left-out folder names README.md: it names nothing the image will have, on the
  // first run as on the second.
  Write("stuff/build.sh", "cat README.md\n");
  Write("README.md", "# app\n");
  Write("Dockerfile", "FROM python:3.11-slim\nCOPY . /opt/app/\nRUN rm -rf /opt/app/stuff\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  const std::string first = ReadFile(dir_ / ".dockerignore");
  EXPECT_EQ(first, "# added by dockopt context --fix\n**/.venv\nstuff\nREADME.md\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), first);
}

TEST_F(MigrationTest, DeletionsAfterAnotherCommandOrOutsideTheCopyAreKept) {
  Write("stuff/a.txt", "a\n");
  Write("Dockerfile", "FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nRUN cat stuff/a.txt && rm -rf stuff\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\n");
  // Relative to the same WORKDIR as the copy: left out.
  fs::remove(dir_ / ".dockerignore");
  Write("Dockerfile", "FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nRUN rm -rf ./stuff && cat main.py\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\nstuff\n");
}

TEST_F(MigrationTest, TestsAndDocsABuildFileNamesStayWhenTheDockerfileRunsThatBuild) {
  Write("CMakeLists.txt", "project(x)\nadd_subdirectory(tests)\n# https://example.org/docs/cmake\n");
  Write("tests/CMakeLists.txt", "add_executable(t t.c)\n");
  Write("docs/index.md", "# docs\n");
  Write("Dockerfile", "FROM gcc:13\nWORKDIR /src\nCOPY . .\nRUN cmake -B build && cmake --build build\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  // tests/ is part of the CMake build; a URL's /docs/ names no directory.
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\ndocs\n");
  // A Dockerfile that does not run CMake does not need what CMakeLists.txt names.
  fs::remove(dir_ / ".dockerignore");
  Write("Dockerfile", kDockerfile);
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\ndocs\ntests\n");
}

TEST_F(MigrationTest, TestProjectsASolutionNamesStayWhenTheDockerfileRunsDotnet) {
  // SimplCommerce: `dotnet restore` at the top restores the solution, which names the test projects:
  // without test/ the restore fails (MSB3202, project file not found).
  Write("App.sln", "Project(\"{9A19103F}\") = \"App\", \"src\\App\\App.csproj\", \"{1}\"\nEndProject\n"
                   "Project(\"{9A19103F}\") = \"App.Tests\", \"test\\App.Tests\\App.Tests.csproj\", \"{2}\"\nEndProject\n");
  Write("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
  Write("test/App.Tests/App.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
  Write("docs/index.md", "# docs\n");
  Write("Dockerfile", "FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /app\nCOPY . ./\nRUN dotnet restore && dotnet publish -c Release -o out\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\ndocs\n");
}

TEST_F(MigrationTest, ADocsFolderABuildFileNamesFromBesideItStays) {
  // openalpr's src/CMakeLists.txt installs ${CMAKE_SOURCE_DIR}/../doc/man/alpr.1: `make install`
  // reads doc/ beside src/, so leaving it out fails the build.
  Write("src/CMakeLists.txt", "project(src)\ninstall(FILES ${CMAKE_SOURCE_DIR}/../doc/man/alpr.1 DESTINATION share)\n");
  Write("doc/man/alpr.1", ".TH ALPR 1\n");
  Write("docs/index.md", "# docs\n");
  Write("Dockerfile", "FROM gcc:13\nWORKDIR /src\nCOPY . .\nRUN cd src && cmake . && make install\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  // doc/ stays (named from src/ as ../doc); docs/, which nothing names, is left out.
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\ndocs\n");
}

TEST_F(MigrationTest, CommittedBuildOutputsAndDatabasesStay) {
  Write(".gitignore", ".venv\n/dist/\nlocal.db\n");
  Write("dist/app.js", "built\n");             // git-ignored: a local leftover
  Write("web/build/bundle.js", "built\n");     // not git-ignored: committed, the app may serve it
  Write("search.db", "index");                 // committed
  Write("local.db", "rows");                   // git-ignored, but **/*.db would hide search.db too
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --fix-context --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\n**/dist\n");
  EXPECT_NE(Err().find("'web/build' (6 B) left in the context: .gitignore does not ignore it"), std::string::npos)
      << Err();
  EXPECT_NE(Err().find("'search.db' (5 B) left in the context"), std::string::npos) << Err();
}

// halo's `ARG JAR_FILE=build/libs/halo.jar` + `COPY ${JAR_FILE} halo.jar`: the jar under the
// git-ignored build/ is what a build without --build-arg copies, so it stays in the context.
TEST_F(MigrationTest, ACopySourceNamedByAnArgDefaultStays) {
  Write(".gitignore", ".venv\n/build/\n");
  Write("build/libs/app.jar", "jar");
  Write("build/tmp/cache.bin", "cache");
  Write("Dockerfile", "FROM eclipse-temurin:17-jre\nARG JAR_FILE=build/libs/app.jar\nCOPY ${JAR_FILE} app.jar\n"
                      "ENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --fix-context --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\n**/build\n!build/libs/app.jar\n");
  EXPECT_NE(Err().find("'build/libs/app.jar' is needed by COPY at"), std::string::npos) << Err();
}

TEST_F(MigrationTest, UnsafeLeavesOutACommittedBuildOutputTheImageTakesFromABuildStage) {
  Write(".gitignore", ".venv\n");
  Write("static/js/dist/app.min.js", "built\n");  // committed
  Write("web/build/bundle.js", "built\n");        // committed, and nothing rebuilds it: kept
  Write("Dockerfile",
        "FROM node:20 AS js\nWORKDIR /build\nCOPY . .\nRUN npx gulp\n"
        "FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nCOPY --from=js /build/static/js/dist/ ./static/js/dist/\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\nstatic/js/dist\n");
}

TEST_F(MigrationTest, UnsafeLeavesOutDeveloperToolsVendoredManualsAndCoverageReporters) {
  Write(".husky/pre-commit", "npx lint-staged\n");
  Write("package.json", R"({"name": "x", "scripts": {"build": "tsc"}, "release-it": {"infile": "CHANGELOG.md"}})");
  Write("CHANGELOG.md", "# 1.0\n");  // only release-it names it: left out
  Write("vendor/decNumber/decnumber.pdf", std::string(300 << 10, 'p'));
  Write("app/templates/report.docx", std::string(300 << 10, 'd'));  // the app's own: kept
  Write("cc-test-reporter", std::string(2 << 20, 'x'));
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"),
            "# added by dockopt context --fix\n**/.venv\n.husky\nCHANGELOG.md\ncc-test-reporter\n"
            "vendor/decNumber/decnumber.pdf\n");
  // A source file reads the changelog (an app showing what is new): kept.
  fs::remove(dir_ / ".dockerignore");
  Write("src/news.rs", "const NEWS: &str = include_str!(\"../CHANGELOG.md\");\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find("CHANGELOG.md"), std::string::npos);
  fs::remove(dir_ / "src/news.rs");
  // The scripts name the changelog: kept.
  fs::remove(dir_ / ".dockerignore");
  Write("package.json", R"({"name": "x", "scripts": {"build": "tsc && cp CHANGELOG.md dist/"}})");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find("CHANGELOG.md"), std::string::npos);
}

TEST_F(MigrationTest, FixContextNeedsInPlaceAndAContext) {
  EXPECT_EQ(Dockopt("optimize --fix-context " + (dir_ / "Dockerfile").string()), 2);
  EXPECT_NE(Err().find("--fix-context needs -i, --context DIR and one Dockerfile"), std::string::npos) << Err();
}

}  // namespace

TEST_F(MigrationTest, UnsafeLeavesOutTheLeftoversADeveloperCheckoutWillHaveWhenGitIgnoresThem) {
  // This checkout has no node_modules or __pycache__ yet; a developer's soon will. .gitignore keeps
  // them out of every clean clone, and the Dockerfile installs the packages itself.
  Write(".gitignore", "node_modules\n__pycache__/\n/target\n.tox\n");
  Write("package.json", "{}\n");
  Write("Dockerfile", std::string(kDockerfile) + "RUN npm ci\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  // target/ is ignored but nothing builds it in the image (a jar built on the host may be what a
  // COPY . . takes): kept. .tox is a cache: left out. Each at the depth .gitignore ignores it.
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"),
            "# added by dockopt context --fix\n**/.venv\n**/node_modules\n**/__pycache__\n**/.tox\n");
  EXPECT_NE(Err().find("(--unsafe, local leftovers .gitignore ignores): **/node_modules, **/__pycache__, **/.tox"),
            std::string::npos)
      << Err();
  const std::string first = ReadFile(dir_ / ".dockerignore");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), first);
}

TEST_F(MigrationTest, LeftoversStayWhenGitDoesNotIgnoreThemOrTheImageDoesNotRebuildThem) {
  Write(".gitignore", "*.log\n");
  Write("Dockerfile", std::string(kDockerfile) + "RUN npm ci\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\n");
  fs::remove(dir_ / ".dockerignore");
  Write(".gitignore", "node_modules\n");
  // A node image without npm install: a node_modules the context sends may be what it runs.
  Write("Dockerfile", "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"server.js\"]\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\n");
}

TEST_F(MigrationTest, NodeModulesInAnImageWithoutNodeIsALeftover) {
  // A Django app whose package.json only lints: nothing in the image could run node_modules.
  Write(".gitignore", "node_modules\n");
  Write("package.json", "{}\n");
  Write("Dockerfile", kDockerfile);
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\n**/node_modules\n");
}

TEST_F(MigrationTest, TestsStayOnlyWhenARunRunsThem) {
  Write("spec/models/app_spec.rb", "describe 'app' do end\n");
  Write("Dockerfile", std::string(kDockerfile) + "ENV BUNDLE_WITHOUT=\"development:test\"\n");  // a gem group
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\nspec\n");
  fs::remove(dir_ / ".dockerignore");
  Write("Dockerfile", std::string(kDockerfile) + "RUN bundle exec rake -t spec test\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF120 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"), "# added by dockopt context --fix\n**/.venv\n");
}

namespace {

// A build that reads the repository's history for its version (`git describe`, in a RUN or in the
// Makefile a RUN's make runs) keeps .git in the context; one that does not leaves it out.
TEST_F(MigrationTest, GitMetadataTheBuildReadsStaysInTheContext) {
  Write(".git/HEAD", "ref: refs/heads/main\n");
  Write(".git/objects/pack/p.pack", std::string(4096, 'x'));
  const std::string df = (dir_ / "Dockerfile").string();
  Write("Dockerfile", "FROM golang:alpine\nWORKDIR /src\nCOPY . .\n"
                      "RUN go build -ldflags \"-X main.Version=$(git describe --tags)\" -o /bin/app\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(Err().find(".git kept in the context: a RUN runs 'git describe'"), std::string::npos) << Err();

  fs::remove(dir_ / ".dockerignore");
  Write("Makefile", "VERSION := $(shell git describe --tags)\nall:\n\tgo build -o /bin/app\n");
  Write("Dockerfile", "FROM golang:alpine\nWORKDIR /src\nCOPY . .\nRUN make all\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(Err().find("'Makefile', which a RUN's make runs, runs 'git describe'"), std::string::npos) << Err();

  fs::remove(dir_ / ".dockerignore");
  fs::remove(dir_ / "Makefile");
  Write("Dockerfile", "FROM golang:alpine\nWORKDIR /src\nCOPY . .\nRUN go build -o /bin/app\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / ".dockerignore").find("**/.git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");

  // gitea's legacy file checks out a release branch of the context's repository.
  fs::remove(dir_ / ".dockerignore");
  Write("Dockerfile", "FROM golang:alpine\nWORKDIR /src\nCOPY . .\n"
                      "RUN if [ -n \"$V\" ]; then git checkout \"$V\"; fi && make build\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(Err().find(".git kept in the context: a RUN runs 'git checkout'"), std::string::npos) << Err();

  fs::remove(dir_ / ".dockerignore");
  Write("Dockerfile", "FROM golang:alpine\nCOPY . /src\nRUN go build -ldflags \"-X v=$(git -C /src rev-parse HEAD)\" ./...\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(Err().find(".git kept in the context: a RUN runs 'git rev-parse'"), std::string::npos) << Err();
}

// Held-out apps (held7): YaCy's `RUN ant compile` runs build.xml, whose init target takes the revision
// from `<exec executable="git">`; a build.xml that runs no git leaves .git out.
TEST_F(MigrationTest, GitMetadataTheAntBuildReadsStaysInTheContext) {
  Write(".git/HEAD", "ref: refs/heads/main\n");
  Write(".git/objects/pack/p.pack", std::string(4096, 'x'));
  const std::string df = (dir_ / "Dockerfile").string();
  Write("Dockerfile", "FROM debian:bookworm\nRUN apt-get update && apt-get install -y ant\nCOPY ./ /opt/app/\n"
                      "WORKDIR /opt/app\nRUN ant compile\nRUN rm -rf .git\n");
  Write("build.xml", "<project><target name=\"init\"><exec executable=\"git\" outputproperty=\"rev\">"
                     "<arg value=\"log\"/></exec></target></project>\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(Err().find("'build.xml', which a RUN's ant runs, runs git"), std::string::npos) << Err();

  fs::remove(dir_ / ".dockerignore");
  Write("build.xml", "<project><target name=\"compile\"><javac srcdir=\"src\"/></target></project>\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / ".dockerignore").find("**/.git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
}

// Held-out apps (held8): a build that applies nebula.netflixoss (Netflix conductor's, in the real-apps
// corpus), whose release plugin takes the version from the repository, or whose build.gradle reads
// .git/HEAD for the commit id it writes into the jar (cruise-control); a Maven build with
// git-commit-id likewise. A Gradle build that does none of these leaves .git out.
TEST_F(MigrationTest, GitMetadataAGradleOrMavenVersionPluginReadsStaysInTheContext) {
  Write(".git/HEAD", "ref: refs/heads/main\n");
  Write(".git/objects/pack/p.pack", std::string(4096, 'x'));
  const std::string df = (dir_ / "Dockerfile").string();
  Write("Dockerfile", "FROM java:8-jdk AS builder\nWORKDIR /stage\nADD . /stage\nRUN ./gradlew build -x test\n"
                      "FROM java:8-jre\nCOPY --from=builder /stage/server/build/libs/app-all.jar /app/\n");
  Write("build.gradle", "plugins {\n    id 'nebula.netflixoss' version '5.0.0'\n}\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(Err().find("'build.gradle' applies 'nebula.netflixoss'"), std::string::npos) << Err();

  // cruise-control's build.gradle reads the commit id from .git/HEAD for the version file in its jar.
  fs::remove(dir_ / ".dockerignore");
  Write("build.gradle", "task determineCommitId {\n  if (file(\"$rootDir/.git/HEAD\").exists()) {\n"
                        "    commitId = file(\"$rootDir/.git/HEAD\").text\n  }\n}\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(Err().find("'build.gradle' reads '.git/HEAD'"), std::string::npos) << Err();

  fs::remove(dir_ / ".dockerignore");
  Write("build.gradle", "plugins {\n    id 'java'\n}\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / ".dockerignore").find("**/.git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");

  fs::remove(dir_ / ".dockerignore");
  fs::remove(dir_ / "build.gradle");
  Write("Dockerfile", "FROM maven:3-jdk-8 AS builder\nCOPY . /src\nRUN /src/build.sh\n"
                      "FROM tomcat:9-jre11\nCOPY --from=builder /src/target/app.war /usr/local/tomcat/webapps/\n");
  Write("pom.xml", "<project><build><plugins><plugin><groupId>pl.project13.maven</groupId>"
                   "<artifactId>git-commit-id-plugin</artifactId></plugin></plugins></build></project>\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(Err().find("'pom.xml' applies 'git-commit-id-plugin'"), std::string::npos) << Err();
}

// Held-out apps (held8): ZLMediaKit's CMakeLists.txt takes the commit hash, branch and time it compiles
// in from `${GIT_EXECUTABLE} rev-parse/symbolic-ref/log`; a CMakeLists.txt that runs no git leaves .git out.
TEST_F(MigrationTest, GitMetadataTheCmakeBuildReadsStaysInTheContext) {
  Write(".git/HEAD", "ref: refs/heads/main\n");
  Write(".git/objects/pack/p.pack", std::string(4096, 'x'));
  const std::string df = (dir_ / "Dockerfile").string();
  Write("Dockerfile", "FROM ubuntu:24.04 AS build\nCOPY . /src\nWORKDIR /src/build\nRUN cmake .. && make\n"
                      "FROM ubuntu:24.04\nCOPY --from=build /src/release/server /usr/local/bin/\n");
  Write("CMakeLists.txt", "find_package(Git QUIET)\nif(GIT_FOUND)\n  execute_process(\n"
                          "    COMMAND ${GIT_EXECUTABLE} rev-parse --short=7 HEAD\n    OUTPUT_VARIABLE COMMIT_HASH)\nendif()\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(Err().find("'CMakeLists.txt', which a RUN's cmake reads, runs 'git rev-parse'"), std::string::npos) << Err();

  fs::remove(dir_ / ".dockerignore");
  Write("CMakeLists.txt", "project(server CXX)\nadd_executable(server main.cc)\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / ".dockerignore").find("**/.git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
}

// Held-out apps (held13): alist's `RUN ... bash build.sh release docker` takes the version from `git
// describe --tags` and `git log` in build.sh; elk's Nuxt build reads the commit with simple-git (a
// dependency in package.json). A script or a package.json that reads no git leaves .git out.
TEST_F(MigrationTest, GitMetadataAScriptOrANodeBuildReadsStaysInTheContext) {
  Write(".git/HEAD", "ref: refs/heads/main\n");
  Write(".git/objects/pack/p.pack", std::string(4096, 'x'));
  const std::string df = (dir_ / "Dockerfile").string();
  Write("Dockerfile", "FROM alpine:3.19 AS builder\nWORKDIR /app/\nCOPY ./ ./\n"
                      "RUN apk add --no-cache bash go git; bash build.sh release docker\n"
                      "FROM alpine:3.19\nCOPY --from=builder /app/bin/app /app\n");
  Write("build.sh", "version=$(git describe --abbrev=0 --tags)\ngo build -o ./bin/app -ldflags=\"-X main.v=$version\" .\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(Err().find("'build.sh', which a RUN runs, runs 'git describe'"), std::string::npos) << Err();

  fs::remove(dir_ / ".dockerignore");
  Write("build.sh", "go build -o ./bin/app .\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / ".dockerignore").find("**/.git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");

  fs::remove(dir_ / ".dockerignore");
  fs::remove(dir_ / "build.sh");
  Write("Dockerfile", "FROM node:lts-alpine AS builder\nWORKDIR /elk\nCOPY . ./\nRUN pnpm i\nRUN pnpm build\n"
                      "FROM node:lts-alpine\nCOPY --from=builder /elk/.output ./.output\nCMD [\"node\", \".output/server/index.mjs\"]\n");
  Write("package.json", "{\n  \"scripts\": {\"build\": \"nuxi build\"},\n  \"dependencies\": {\"simple-git\": \"^3.19.1\"}\n}\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(Err().find("depends on 'simple-git', which reads the repository"), std::string::npos) << Err();

  // A build script that runs git keeps it; a release script's `git tag` is not the image's build.
  fs::remove(dir_ / ".dockerignore");
  Write("package.json", "{\n  \"scripts\": {\"build\": \"SHA=$(git rev-parse HEAD) nuxi build\"}\n}\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(Err().find("its script 'build' runs 'git rev-parse'"), std::string::npos) << Err();

  fs::remove(dir_ / ".dockerignore");
  Write("package.json", "{\n  \"scripts\": {\"build\": \"nuxi build\", \"release\": \"git tag v1\"},\n"
                        "  \"dependencies\": {\"nuxt\": \"^3.0.0\"}\n}\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / ".dockerignore").find("**/.git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
}

// Held-out apps (held8): guacamole-client's reactor pom lists `<module>doc/guacamole-example</module>`;
// the maven image's build runs it, so doc/ is part of the build and stays. A doc/ no module names goes.
TEST_F(MigrationTest, FoldersAMavenOrGradleBuildListsAsModulesStay) {
  const std::string df = (dir_ / "Dockerfile").string();
  Write("Dockerfile", "FROM maven:3-jdk-8 AS builder\nCOPY . /src\nRUN /src/build.sh\n"
                      "FROM tomcat:9-jre11\nCOPY --from=builder /src/app/target/app.war /usr/local/tomcat/webapps/\n");
  Write("build.sh", "#!/bin/sh\ncd /src && mvn package\n");
  Write("pom.xml", "<project><modules><module>app</module><module>doc/example</module></modules></project>\n");
  Write("app/pom.xml", "<project/>\n");
  Write("doc/example/pom.xml", "<project/>\n");
  Write("doc/index.md", "# docs\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find("\ndoc\n"), std::string::npos) << ReadFile(dir_ / ".dockerignore");

  fs::remove(dir_ / ".dockerignore");
  Write("pom.xml", "<project><modules><module>app</module></modules></project>\n");
  fs::remove_all(dir_ / "doc/example");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / ".dockerignore").find("\ndoc\n"), std::string::npos) << ReadFile(dir_ / ".dockerignore") << Err();

  // Gradle: settings.gradle's `include 'docs'` makes docs/ a subproject of `./gradlew build`.
  fs::remove(dir_ / ".dockerignore");
  fs::remove(dir_ / "pom.xml");
  Write("Dockerfile", "FROM gradle:8-jdk17 AS builder\nCOPY . /src\nWORKDIR /src\nRUN ./gradlew build\n"
                      "FROM eclipse-temurin:17-jre\nCOPY --from=builder /src/app/build/libs/app.jar /app.jar\n");
  Write("settings.gradle", "include 'app', 'docs'\n");
  Write("docs/build.gradle", "apply plugin: 'java'\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find("\ndocs\n"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
}

}  // namespace

// Held-out apps (heldout2): go-ethereum runs its build script from build/ (`go run build/ci.go`), and
// minetest copies its own .git for the version string. Neither may be left out, with or without a
// .gitignore to tell them from leftovers.
// Held-out apps (held6): quipucords marks /app safe for git (`git config --file /.gitconfig --add
// safe.directory /app`): git runs on the copied checkout when the app starts, so .git stays.
TEST_F(MigrationTest, GitMetadataStaysWhenTheImageMarksTheCheckoutSafeForGit) {
  Write(".git/HEAD", "ref: refs/heads/main\n");
  std::ofstream(dir_ / ".git/pack.bin").close();
  fs::resize_file(dir_ / ".git/pack.bin", 8 << 20);
  Write("Dockerfile", std::string(kDockerfile) + "RUN git config --file /.gitconfig --add safe.directory /app\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(Err().find(".git kept in the context: a RUN runs 'git config safe.directory'"), std::string::npos) << Err();
  // A plain config (a name for commits) reads no checkout: .git goes.
  fs::remove(dir_ / ".dockerignore");
  Write("Dockerfile", std::string(kDockerfile) + "RUN git config --global user.name builder\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / ".dockerignore").find("**/.git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
}

// Held-out apps (held6): an exception line of the project's own .dockerignore (lnbits' `*.md` then
// `!README.md`, insights-rbac's `!tests/`) sends that path on purpose: -i adds no pattern after it
// that would hide it again.
TEST_F(MigrationTest, PathsTheIgnoreFileReincludesStay) {
  Write("README.md", "# app\n");
  Write("tests/test_app.py", "def test(): pass\n");
  Write("docs/index.md", "# docs\n");
  Write(".dockerignore", "*.md\n!README.md\n!tests/\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore"),
            "*.md\n!README.md\n!tests/\n\n# added by dockopt context --fix\n**/.venv\ndocs\n");
}

TEST_F(MigrationTest, KeepsABuildDirectoryACommandRunsAndACopiedDotGit) {
  Write("Dockerfile",
        "FROM golang:1.23-alpine\nCOPY .git /src/.git\nADD . /src\n"
        "RUN cd /src && go run build/ci.go install ./cmd/geth\nCMD [\"/src/build/bin/geth\"]\n");
  Write("build/ci.go", "package main\n");
  Write("dist/app.js", "leftover\n");
  Write(".git/HEAD", "ref: refs/heads/main\n");
  Write("sub/.git/HEAD", "ref: refs/heads/main\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF107 --context " + dir_.string() + " " + df), 0) << Err();
  const std::string ignore = ReadFile(dir_ / ".dockerignore");
  EXPECT_EQ(ignore.find("**/build"), std::string::npos) << ignore;
  EXPECT_NE(ignore.find("**/dist"), std::string::npos) << ignore;  // nothing runs dist/: a leftover
  EXPECT_NE(ignore.find("**/.git\n!.git\n"), std::string::npos) << ignore;
  EXPECT_NE(Err().find("'build' kept in the context: a command runs 'build/ci.go'"), std::string::npos) << Err();
}

// Held-out apps (held19): giantswarm/docs copies the context to /docs and runs hugo in /docs/build, the
// site's root; a `cd` into the copied build/ reads it the same way. A dist/ nothing works in still goes.
TEST_F(MigrationTest, KeepsABuildDirectoryTheBuildWorksIn) {
  Write("build/config.toml", "title = \"docs\"\n");
  Write("build/content/index.md", "# docs\n");
  Write("dist/app.js", "leftover\n");
  const std::string df = (dir_ / "Dockerfile").string();
  for (const std::string text :
       {"FROM nginx:alpine\nCOPY . /docs\nWORKDIR /docs/build\nRUN hugo --destination /usr/share/nginx/html\n",
        "FROM nginx:alpine\nWORKDIR /docs\nCOPY . .\nRUN cd build && hugo --destination /usr/share/nginx/html\n"}) {
    fs::remove(dir_ / ".dockerignore");
    Write("Dockerfile", text);
    ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF107 --context " + dir_.string() + " " + df), 0) << Err();
    const std::string ignore = ReadFile(dir_ / ".dockerignore");
    EXPECT_EQ(ignore.find("**/build"), std::string::npos) << text << ignore;
    EXPECT_NE(ignore.find("**/dist"), std::string::npos) << text << ignore;
    EXPECT_NE(Err().find("'build' kept in the context: the build works in '/docs/build'"), std::string::npos) << Err();
  }
}

// A test folder that is a Go package (non-test .go files) may be imported by what the build compiles.
TEST_F(MigrationTest, KeepsATestFolderThatIsAGoPackage) {
  Write("Dockerfile", "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build ./cmd/...\nCMD [\"/src/app\"]\n");
  Write("go.mod", "module example.com/app\n\ngo 1.23\n");
  Write("tests/runner.go", "package tests\n");
  Write("e2e/app_test.go", "package e2e\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF107 --context " + dir_.string() + " " + df), 0) << Err();
  const std::string ignore = ReadFile(dir_ / ".dockerignore");
  EXPECT_EQ(ignore.find("\ntests\n"), std::string::npos) << ignore;
  EXPECT_NE(ignore.find("\ne2e\n"), std::string::npos) << ignore;  // only tests: left out
}

// Held-out apps (held16): Prefect's `uv build --sdist` versions the package with versioningit, from
// the repository's tags: without .git the sdist is built as 0.0.0. A Python build whose manifest names
// such a plugin keeps .git; a pretended version (SETUPTOOLS_SCM_PRETEND_VERSION) or a plain setuptools
// project does not need it.
TEST_F(MigrationTest, GitMetadataAPythonVersionPluginReadsStaysInTheContext) {
  Write(".git/HEAD", "ref: refs/heads/main\n");
  Write(".git/objects/pack/p.pack", std::string(4096, 'x'));
  const std::string df = (dir_ / "Dockerfile").string();
  Write("pyproject.toml", "[build-system]\nrequires = [\"hatchling\", \"versioningit\"]\n\n[tool.versioningit.vcs]\n"
                          "default-tag = \"0.0.0\"\n");
  Write("Dockerfile", "FROM python:3.12-slim\nWORKDIR /src\nCOPY . .\nRUN uv build --sdist --out-dir dist\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
  EXPECT_NE(Err().find(".git kept in the context: 'pyproject.toml', whose project a RUN builds, versions it with "
                       "'versioningit'"),
            std::string::npos)
      << Err();

  fs::remove(dir_ / ".dockerignore");
  Write("pyproject.toml", "[build-system]\nrequires = [\"setuptools>=64\", \"setuptools-scm>=8\"]\n");
  Write("Dockerfile", "FROM python:3.12-slim\nWORKDIR /src\nCOPY . .\nRUN pip install --no-cache-dir \".[all]\"\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_EQ(ReadFile(dir_ / ".dockerignore").find(".git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");

  fs::remove(dir_ / ".dockerignore");
  Write("Dockerfile", "FROM python:3.12-slim\nARG SETUPTOOLS_SCM_PRETEND_VERSION=1.0\nWORKDIR /src\nCOPY . .\n"
                      "RUN pip install --no-cache-dir .\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / ".dockerignore").find("**/.git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");

  fs::remove(dir_ / ".dockerignore");
  Write("pyproject.toml", "[build-system]\nrequires = [\"setuptools>=64\"]\n");
  Write("Dockerfile", "FROM python:3.12-slim\nWORKDIR /src\nCOPY . .\nRUN pip install --no-cache-dir .\n");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF102 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / ".dockerignore").find("**/.git"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
}

// Held-out apps (held16): DocsGPT's templates/index.html serves static/dist/css/output.css with
// url_for('static', filename='dist/css/output.css'); with no .gitignore in the context nothing else
// tells that committed stylesheet from a leftover build output. A dist/ no source names still goes.
TEST_F(MigrationTest, KeepsABuildOutputDirectoryASourceFileNames) {
  Write("Dockerfile", "FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nCMD [\"gunicorn\", \"wsgi:app\"]\n");
  Write("static/dist/css/output.css", "body {}\n");
  Write("templates/index.html", "<link href=\"{{url_for('static',filename='dist/css/output.css')}}\">\n");
  Write("web/dist/app.js", "leftover\n");
  const std::string df = (dir_ / "Dockerfile").string();
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF107 --context " + dir_.string() + " " + df), 0) << Err();
  const std::string ignore = ReadFile(dir_ / ".dockerignore");
  EXPECT_EQ(ignore.find("dist"), std::string::npos) << ignore;
  EXPECT_NE(Err().find("'static/dist' kept in the context: 'templates/index.html' names 'dist/css/output.css'"),
            std::string::npos)
      << Err();

  fs::remove(dir_ / ".dockerignore");
  fs::remove_all(dir_ / "static");
  ASSERT_EQ(Dockopt("optimize -i --unsafe --select DF107 --context " + dir_.string() + " " + df), 0) << Err();
  EXPECT_NE(ReadFile(dir_ / ".dockerignore").find("**/dist"), std::string::npos) << ReadFile(dir_ / ".dockerignore");
}
