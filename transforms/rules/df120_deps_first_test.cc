// Tests for DF120 deps-first.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "shell/parse_script.h"
#include "transforms/rules/df120_deps_first_classify.h"
#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF120";

std::string MakeContext(std::string_view name, std::vector<std::pair<std::string, std::string>> files) {
  std::filesystem::path dir = std::filesystem::path(testing::TempDir()) / "df120" / std::string(name);
  std::filesystem::remove_all(dir);
  for (const auto& [path, text] : files) {
    std::filesystem::create_directories((dir / path).parent_path());
    std::ofstream(dir / path) << text;
  }
  return dir.string();
}

constexpr std::string_view kPip =
    "FROM python:3.11-slim\n"
    "WORKDIR /app\n"
    "# the sources\n"
    "COPY . .\n"
    "RUN pip install -r requirements.txt\n"
    "CMD [\"python\", \"main.py\"]\n";

TEST(Df120Test, WithoutContextIsUnsafe) {
  EXPECT_EQ(Fixed(kRule, kPip), kPip);
  EXPECT_EQ(Fixed(kRule, kPip, true),
            "FROM python:3.11-slim\n"
            "WORKDIR /app\n"
            "COPY requirements.txt .\n"
            "RUN pip install -r requirements.txt\n"
            "# the sources\n"
            "COPY . .\n"
            "CMD [\"python\", \"main.py\"]\n");
}

TEST(Df120Test, ContextProvesItSafeAndFollowsIncludes) {
  std::string ctx = MakeContext("includes", {{"requirements.txt", "-r requirements/base.txt\nuvicorn==0.17.6\n"},
                                             {"requirements/base.txt", "fastapi==0.92.0\n"},
                                             {"main.py", "print()\n"}});
  EXPECT_EQ(Fixed(kRule, kPip, false, ctx),
            "FROM python:3.11-slim\n"
            "WORKDIR /app\n"
            "COPY requirements.txt .\n"
            "COPY requirements/base.txt requirements/\n"
            "RUN pip install -r requirements.txt\n"
            "# the sources\n"
            "COPY . .\n"
            "CMD [\"python\", \"main.py\"]\n");
}

TEST(Df120Test, EditableInRequirementsIsASuggestion) {
  std::string ctx = MakeContext("editable", {{"requirements.txt", "fastapi\n-e .\n"}});
  OptimizeResult result = RunRule(kRule, kPip, true, ctx);
  EXPECT_EQ(result.output, kPip);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].safety, "suggestion");
}

TEST(Df120Test, NpmWithLockfileAndSplit) {
  std::string ctx = MakeContext("npm", {{"package.json", "{\"name\": \"x\"}\n"}, {"package-lock.json", "{}\n"}});
  EXPECT_EQ(Fixed(kRule,
                  "FROM node:20\n"
                  "WORKDIR /usr/src/app\n"
                  "COPY --chown=node:node . .\n"
                  "RUN npm ci && \\\n"
                  "    npm run build\n",
                  false, ctx),
            "FROM node:20\n"
            "WORKDIR /usr/src/app\n"
            "COPY --chown=node:node package.json package-lock.json ./\n"
            "RUN npm ci\n"
            "COPY --chown=node:node . .\n"
            "RUN npm run build\n");
}

// The project installed from the copied folder: its dependencies are reinstalled on every source
// change, but only its manifest names them, so the finding is a suggestion (heldout: Radicale, mvt).
TEST(Df120Test, PipInstallOfTheCopiedProjectOnlySuggests) {
  std::string input =
      "FROM python:3.11-slim\n"
      "COPY . /src\n"
      "RUN pip install /src\n";
  OptimizeResult result = RunRule(kRule, input, true);
  EXPECT_EQ(result.output, input);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].safety, "suggestion");
  EXPECT_NE(result.reports[0].message.find("'/src' installs a local project"), std::string::npos);
}

// `uv build && pip install dist/*.whl`: the dependencies come from the wheel, which the build makes
// from the sources; no fix, but the finding says why.
TEST(Df120Test, ALocalWheelIsASuggestionNamingIt) {
  std::string input =
      "FROM python:3.12-slim\n"
      "COPY . /build\n"
      "WORKDIR /build\n"
      "RUN uv build && pip install dist/*.whl\n";
  OptimizeResult result = RunRule(kRule, input, true);
  EXPECT_EQ(result.output, input);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].safety, "suggestion");
  EXPECT_NE(result.reports[0].message.find("'dist/*.whl' is a local wheel"), std::string::npos)
      << result.reports[0].message;
}

TEST(Df120Test, GoModWithAbsoluteDestination) {
  EXPECT_EQ(Fixed(kRule,
                  "from golang:1.22\n"
                  "workdir /src\n"
                  "copy . /src\n"
                  "run go mod download\n"
                  "run go build -o /app .\n",
                  true),
            "from golang:1.22\n"
            "workdir /src\n"
            "copy go.mod go.sum* /src/\n"
            "run go mod download\n"
            "copy . /src\n"
            "run go build -o /app .\n");
}

// The first top-level command of `text`, classified with what is inside `if` and `{ }`.
DepsCommand ClassifyFirst(std::string_view text) {
  const shell::Script script = shell::ParseScript(text, shell::ParseOptions{});
  return ClassifyDepsCommand(script.commands.at(0), script);
}

TEST(Df120Test, InsideIfBlocks) {
  // Nested ifs, `fi &&`, a pipe inside $(...): the build in the else branch is found.
  DepsCommand build = ClassifyFirst(
      "if [ \"$R\" = true ]; then if [ \"$V\" = latest ]; then export V=$(curl -s x | jq -r .name); "
      "else export V=1; fi && curl -sLO x; else cargo build --release && cp a b; fi && ./b --version");
  EXPECT_EQ(build.role, DepsRole::kBuild);
  EXPECT_EQ(build.ecosystem, analysis::Ecosystem::kCargo);
  // Installs of one ecosystem in both branches: one install that moves whole.
  DepsCommand install = ClassifyFirst("if [ \"$NODE_ENV\" = production ]; then npm ci --omit=dev; else npm ci; fi");
  EXPECT_EQ(install.role, DepsRole::kInstall);
  EXPECT_TRUE(install.compound);
  EXPECT_EQ(ClassifyFirst("{ npm ci; }").role, DepsRole::kInstall);
  // Other work, a file test, a `cd` or two ecosystems inside: no install.
  EXPECT_EQ(ClassifyFirst("if [ -n \"$X\" ]; then jq . package.json > p.json; fi").role, DepsRole::kOther);
  EXPECT_EQ(ClassifyFirst("if [ -f yarn.lock ]; then yarn; else npm ci; fi").role, DepsRole::kOther);
  EXPECT_EQ(ClassifyFirst("if true; then cd web && npm ci; fi").role, DepsRole::kOther);
  EXPECT_EQ(ClassifyFirst("if true; then npm ci; else pip install -r r.txt; fi").role, DepsRole::kOther);
  EXPECT_EQ(ClassifyFirst("for f in a b; do npm ci; done").role, DepsRole::kOther);
}

TEST(Df120Test, GlobalNpmInstallsAreHelpers) {
  EXPECT_EQ(ClassifyFirst("npm install -g pm2").role, DepsRole::kHelper);
  EXPECT_EQ(ClassifyFirst("npm i --global typescript@5").role, DepsRole::kHelper);
  EXPECT_EQ(ClassifyFirst("npm install -g ./tools/cli").role, DepsRole::kOther);  // a local package
  EXPECT_EQ(ClassifyFirst("npm install express").role, DepsRole::kOther);
}

TEST(Df120Test, RunInBetweenIsASuggestion) {
  std::string input =
      "FROM node:20\n"
      "COPY . .\n"
      "RUN ./generate.sh\n"
      "RUN npm install\n";
  OptimizeResult result = RunRule(kRule, input, true);
  EXPECT_EQ(result.output, input);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].safety, "suggestion");
}

constexpr std::string_view kNpmCi =
    "FROM node:22-slim\n"
    "WORKDIR /app\n"
    "COPY . .\n"
    "RUN npm ci\n";

TEST(Df120Test, LifecycleScriptsWaitForTheSourcesNamedInTheFinding) {
  std::string ctx = MakeContext("postinstall", {{"package.json", R"({"scripts": {"postinstall": "npm run build"}})"},
                                                {"package-lock.json", "{}"}});
  OptimizeResult safe_only = RunRule(kRule, kNpmCi, false, ctx);
  EXPECT_EQ(safe_only.output, kNpmCi);
  ASSERT_EQ(safe_only.reports.size(), 1u);
  EXPECT_EQ(safe_only.reports[0].safety, "unsafe fix");
  EXPECT_NE(safe_only.reports[0].message.find("lifecycle scripts ('postinstall') may read the sources"),
            std::string::npos)
      << safe_only.reports[0].message;
  EXPECT_NE(safe_only.reports[0].message.find("before, not after, the dependencies' own"), std::string::npos)
      << "a lock that cannot tell: " << safe_only.reports[0].message;
  std::string plain = MakeContext("postinstall-plain-lock",
                                  {{"package.json", R"({"scripts": {"postinstall": "npm run build"}})"},
                                   {"package-lock.json", R"({"lockfileVersion": 3, "packages": {"": {}}})"}});
  OptimizeResult no_dep_scripts = RunRule(kRule, kNpmCi, true, plain);
  ASSERT_EQ(no_dep_scripts.reports.size(), 1u);
  EXPECT_EQ(no_dep_scripts.reports[0].message.find("before, not after"), std::string::npos)
      << no_dep_scripts.reports[0].message;
  EXPECT_EQ(Fixed(kRule, kNpmCi, true, ctx),
            "FROM node:22-slim\n"
            "WORKDIR /app\n"
            "COPY package.json package-lock.json ./\n"
            "RUN npm ci --ignore-scripts\n"
            "COPY . .\n"
            "RUN npm rebuild\n");
}

TEST(Df120Test, AManifestEditBeforeTheInstallIsNamed) {
  std::string input =
      "FROM node:22-slim\n"
      "WORKDIR /app\n"
      "COPY . .\n"
      "RUN jq '.private = true' package.json > p.json && mv p.json package.json && yarn install\n";
  std::string ctx = MakeContext("jq", {{"package.json", "{}"}, {"yarn.lock", ""}});
  OptimizeResult result = RunRule(kRule, input, true, ctx);
  EXPECT_EQ(result.output, input);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_NE(result.reports[0].message.find("on 'package.json' before the install"), std::string::npos)
      << result.reports[0].message;
}

TEST(Df120Test, LocalPathRequirementsAreCopiedOnlyUnderUnsafe) {
  std::string ctx = MakeContext("local", {{"requirements.txt", "flask\n-e ./libs/acme\n"}, {"libs/acme/setup.py", ""}});
  OptimizeResult safe_only = RunRule(kRule, kPip, false, ctx);
  EXPECT_EQ(safe_only.output, kPip);
  ASSERT_EQ(safe_only.reports.size(), 1u);
  EXPECT_EQ(safe_only.reports[0].safety, "unsafe fix");
  EXPECT_NE(safe_only.reports[0].message.find("'libs/acme/' (local path requirement '-e ./libs/acme'"), std::string::npos)
      << safe_only.reports[0].message;
  EXPECT_EQ(Fixed(kRule, kPip, true, ctx),
            "FROM python:3.11-slim\n"
            "WORKDIR /app\n"
            "COPY requirements.txt .\n"
            "COPY libs/acme/ libs/acme/\n"
            "RUN pip install -r requirements.txt\n"
            "# the sources\n"
            "COPY . .\n"
            "CMD [\"python\", \"main.py\"]\n");
}

TEST(Df120Test, FollowsTheWorkdirAndCarriesEnvAlong) {
  std::string ctx = MakeContext("workdir", {{"ui/package.json", "{}"}, {"ui/yarn.lock", ""}});
  EXPECT_EQ(Fixed(kRule,
                  "FROM node:20\n"
                  "COPY . /repo\n"
                  "WORKDIR /repo/ui\n"
                  "ENV CI=true\n"
                  "RUN yarn install && yarn build\n",
                  false, ctx),
            "FROM node:20\n"
            "WORKDIR /repo/ui\n"
            "ENV CI=true\n"
            "COPY ui/package.json ui/yarn.lock /repo/ui/\n"
            "RUN yarn install\n"
            "COPY . /repo\n"
            "WORKDIR /repo/ui\n"
            "ENV CI=true\n"
            "RUN yarn build\n");
}

TEST(Df120Test, ABuildGetsAPrefetchStepOnlyUnderUnsafe) {
  std::string ctx = MakeContext("gobuild", {{"go.mod", "module x\n"}, {"go.sum", ""}, {"main.go", ""}});
  constexpr std::string_view kGo = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n";
  EXPECT_EQ(Fixed(kRule, kGo, false, ctx), kGo);
  EXPECT_EQ(Fixed(kRule, kGo, true, ctx),
            "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app .\n");
}

TEST(Df120Test, ARelativeDestinationKeepsItsWorkdir) {
  std::string ctx = MakeContext("relative", {{"package.json", "{}"}});
  std::string input = "FROM node:20\nCOPY . app\nWORKDIR /app\nRUN npm ci\n";
  EXPECT_EQ(Fixed(kRule, input, true, ctx), input);  // a WORKDIR above `COPY . app` would move its files
}

// The RUN removes the build packages the moved part installs (`apk del` of a virtual name): split off,
// those packages would stay in the install's own layer.
TEST(Df120Test, APackageRemovalOfWhatMovesBlocks) {
  ExpectBlocked(kRule,
                "FROM alpine:3.19\n"
                "WORKDIR /app\n"
                "COPY . /app\n"
                "RUN apk add --virtual build-deps python3-dev build-base && pip install -r requirements.txt \\\n"
                "    && sh scripts/fetch.sh && apk del build-deps\n",
                "later removes 'build-deps'");
  // A removal of something else (the package cache) does not.
  EXPECT_NE(Fixed(kRule,
                  "FROM alpine:3.19\n"
                  "WORKDIR /app\n"
                  "COPY . /app\n"
                  "RUN pip install -r requirements.txt && sh scripts/fetch.sh && apk del curl\n",
                  true)
                .find("COPY requirements.txt"),
            std::string::npos);
}

// The same install from the same manifests already ran before `COPY . .`: nothing to move.
TEST(Df120Test, AnInstallRepeatedAfterTheSourcesIsLeftAlone) {
  constexpr std::string_view kRepeated =
      "FROM python:3.12-slim\n"
      "WORKDIR /code\n"
      "COPY requirements.txt /code/\n"
      "RUN pip install -r requirements.txt\n"
      "COPY . /code/\n"
      "RUN pip install -r requirements.txt\n";
  OptimizeResult result = RunRule(kRule, kRepeated, true);
  EXPECT_EQ(result.output, kRepeated);
  EXPECT_TRUE(result.reports.empty());
}

TEST(Df120Test, AnExecFormFetchBeforeTheSourcesCounts) {
  // A real-world Clojure file: `RUN ["lein", "deps"]` after `COPY project.clj`, then the sources in two
  // COPYs and `lein uberjar`. The fetch already comes first, in exec form: nothing to say. (Maven alike.)
  for (std::string_view fetch : {"RUN [\"lein\", \"deps\"]", "RUN lein deps"}) {
    std::string text = "FROM clojure:lein\nWORKDIR /app\nCOPY project.clj .\n";
    text += fetch;
    text += "\nCOPY src/ src/\nCOPY resources/ resources/\nRUN lein uberjar\n";
    EXPECT_TRUE(RunRule(kRule, text, true).reports.empty()) << text;
  }
  const std::string maven = "FROM maven:3\nWORKDIR /app\nCOPY pom.xml .\nRUN [\"mvn\", \"dependency:go-offline\"]\n"
                            "COPY src/ src/\nCOPY resources/ resources/\nRUN mvn package\n";
  EXPECT_TRUE(RunRule(kRule, maven, true).reports.empty());
}

TEST(Df120Test, AFolderHoldingTheProjectIsPlannedFromItsManifests) {
  std::string ctx = MakeContext("project-folder", {{"server/Cargo.toml", "[package]\nname = \"server\"\nversion = \"0.1.0\"\n"},
                                                   {"server/Cargo.lock", "version = 3\n"},
                                                   {"server/src/main.rs", "fn main() {}\n"},
                                                   {"assets/logo.svg", "<svg/>\n"}});
  const std::string text = "FROM rust:1.80\nWORKDIR /app\nCOPY server/. .\nRUN cargo build --release\n";
  OptimizeResult result = RunRule(kRule, text, true, ctx);
  // The fetch goes first, from the manifests of that folder, as for `COPY . .` over the whole context.
  EXPECT_EQ(result.output,
            "FROM rust:1.80\nWORKDIR /app\nCOPY server/Cargo.toml server/Cargo.lock ./\n"
            "RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch && rm -f src/main.rs\n"
            "COPY server/. .\nRUN cargo build --release\n");
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].safety, "unsafe fix");
  EXPECT_NE(result.reports[0].message.find("runs after 'COPY server/. .'"), std::string::npos) << result.reports[0].message;
  // A folder without the install's manifests, or one copied elsewhere, is no copy of the project.
  EXPECT_TRUE(RunRule(kRule, "FROM rust:1.80\nWORKDIR /app\nCOPY assets/ .\nRUN cargo build --release\n", true, ctx)
                  .reports.empty());
  EXPECT_TRUE(RunRule(kRule, "FROM rust:1.80\nWORKDIR /app\nCOPY server/ /src/\nRUN cargo build --release\n", true, ctx)
                  .reports.empty());
  // Without the context nothing shows the folder holds the project.
  EXPECT_TRUE(RunRule(kRule, text, true).reports.empty());
}

}  // namespace
}  // namespace dockopt
