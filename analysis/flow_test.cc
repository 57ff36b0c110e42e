// The flow model: what each instruction and command reads and writes, and what the runtime needs.
#include "analysis/flow.h"

#include <gtest/gtest.h>

#include <memory>

#include "analysis/paths.h"
#include "analysis/test_parse.h"

namespace dockopt::analysis {
namespace {

using testing::Parsed;
using testing::ParseText;

StageFlow Flow(const Parsed& parsed, FlowOptions options = {}) { return AnalyzeStage(parsed.df, 0, options); }

const Effect& CommandEffect(const StageFlow& flow, size_t instruction, size_t command) {
  return flow.instructions.at(instruction).commands.at(command).effect;
}

TEST(Paths, JoinNormalizesAndIsUnderRespectsComponents) {
  EXPECT_EQ(Join("/app", "./dist/"), "/app/dist");
  EXPECT_EQ(Join("/app/src", "../bin//x"), "/app/bin/x");
  EXPECT_EQ(Join("", "a"), "/a");
  EXPECT_TRUE(IsUnder("/app/x", "/app"));
  EXPECT_FALSE(IsUnder("/apple", "/app"));
  EXPECT_EQ(Expand("${HOME}/x", {{"HOME", "/root"}}), "/root/x");
  EXPECT_FALSE(Expand("$(pwd)/x", {}));
}

TEST(Flow, RepeatedRunsShareTheirCommandsOnlyWhenTheWalksAreTheSame) {
  Parsed parsed = ParseText(
      "FROM debian:bookworm\n"
      "RUN mkdir out && touch out/x\n"
      "ENV PATH=/opt/bin:$PATH\n"
      "RUN mkdir out && touch out/x\n"
      "WORKDIR /srv\n"
      "RUN mkdir out && touch out/x\n");
  StageFlow flow = Flow(parsed);
  const CommandFlows& first = flow.instructions.at(1).commands;
  const CommandFlows& again = flow.instructions.at(3).commands;
  const CommandFlows& elsewhere = flow.instructions.at(5).commands;
  ASSERT_EQ(first.size(), 2u);
  EXPECT_TRUE(again.SharedWith(first)) << "another state (PATH), the same walk: one copy";
  EXPECT_FALSE(elsewhere.SharedWith(first)) << "another cwd: another walk";
  EXPECT_EQ(CommandEffect(flow, 5, 0).writes, std::vector<std::string>{"/srv/out"});
  EXPECT_EQ(CommandEffect(flow, 1, 0).writes, std::vector<std::string>{"/out"});
}

TEST(Paths, ExpandRemovesAffixesAndTakesDefaultsOfKnownValues) {
  std::map<std::string, std::string> vars{{"V", "3.10.2"}, {"F", "app.tar.gz"}, {"E", ""}};
  EXPECT_EQ(Expand("v${V%.*}/cmake-${V}", vars), "v3.10/cmake-3.10.2");
  EXPECT_EQ(Expand("${V%%.*}", vars), "3");
  EXPECT_EQ(Expand("${F#*.}|${F##*.}", vars), "tar.gz|gz");
  EXPECT_EQ(Expand("${V%.9}", vars), "3.10.2") << "no match: the value stays";
  EXPECT_EQ(Expand("${E:-x}${E-y}${V:+set}${E:+no}", vars), "xset");
  EXPECT_FALSE(Expand("${U:-x}", vars)) << "unknown: set or not, the model cannot say";
  EXPECT_FALSE(Expand("${V%$F}", vars)) << "a pattern that needs expanding";
  EXPECT_FALSE(Expand("${V/./-}", vars)) << "substitution is not read";
  EXPECT_FALSE(Expand("${#V}", vars));
}

TEST(Flow, EnvValuesOneEnvAtATimeAndPastTheKernelsLimitForgotten) {
  // `ENV A=2 B=$A` gives B the old A; a value Linux would not pass to exec (E2BIG) is unknown.
  std::string big(40000, 'x');
  std::string text = "FROM debian:bookworm\nENV A=1\nENV A=2 B=$A\nENV P=" + big + "\n";
  for (int i = 0; i < 3; ++i) text += "ENV P=$P$P\n";  // 80,000 then 160,000 bytes: forgotten
  Parsed p = ParseText(text);
  StageFlow flow = Flow(p);
  EXPECT_EQ(flow.vars.at("A"), "2");
  EXPECT_EQ(flow.vars.at("B"), "1");
  EXPECT_EQ(flow.vars.at("P"), "$P$P");  // the last ENV could not expand the forgotten P
}

TEST(Flow, GoBuildWritesItsOutputAndSaysWhetherCgoIsOn) {
  Parsed p = ParseText(
      "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go mod download && go build -o bin/app ./cmd/app\n"
      "CMD [\"/src/bin/app\"]\n");
  StageFlow flow = Flow(p);
  EXPECT_EQ(flow.context_root, "/src");
  const Effect& mod = CommandEffect(flow, 3, 0);
  EXPECT_EQ(mod.kind, EffectKind::kDeps);
  EXPECT_EQ(mod.caches, std::vector<std::string>{"/go/pkg/mod"});
  const Effect& build = CommandEffect(flow, 3, 1);
  EXPECT_EQ(build.kind, EffectKind::kBuild);
  EXPECT_EQ(build.writes, std::vector<std::string>{"/src/bin/app"});
  EXPECT_NE(build.note.find("cgo on"), std::string::npos) << build.note;
  EXPECT_EQ(flow.runtime.program, "/src/bin/app");
  EXPECT_TRUE(UnsuppliedNeeds(flow.runtime, {"/src/bin/app"}).empty());
  EXPECT_EQ(UnsuppliedNeeds(flow.runtime, {"/src/other"}), std::vector<std::string>{"/src/bin/app"});
}

TEST(Flow, AStageArgWithoutDefaultTakesTheGlobalDefault) {
  Parsed p = ParseText("ARG ROOT=/usr/src/app/\nFROM ruby:3.2\nARG ROOT\nWORKDIR $ROOT\nCOPY . $ROOT\n");
  StageFlow flow = Flow(p);
  EXPECT_EQ(flow.instructions[3].cwd, "/usr/src/app");
  EXPECT_EQ(flow.instructions[3].writes, std::vector<std::string>{"/usr/src/app"});
}

TEST(Flow, CgoOffWhenTheCommandSetsIt) {
  Parsed p = ParseText("FROM golang:1.22\nRUN CGO_ENABLED=0 go build -o /app .\n");
  EXPECT_NE(CommandEffect(Flow(p), 1, 0).note.find("cgo off"), std::string::npos);
}

TEST(Flow, GoInstallOfTheProjectIsABuildWithACgoNoteAndARemoteOneIsNot) {
  Parsed p = ParseText(
      "FROM golang:1.22\nENV GOPATH=/go\nRUN CGO_ENABLED=0 go install ./cmd/...\n"
      "RUN GOBIN=/usr/local/bin go install .\nRUN go install github.com/x/tool@v1.2.0\n");
  StageFlow flow = Flow(p);
  const Effect& local = CommandEffect(flow, 2, 0);
  EXPECT_EQ(local.kind, EffectKind::kBuild);
  EXPECT_EQ(local.writes, std::vector<std::string>{"/go/bin"});
  EXPECT_NE(local.note.find("cgo off"), std::string::npos) << local.note;
  EXPECT_EQ(CommandEffect(flow, 3, 0).writes, std::vector<std::string>{"/usr/local/bin"});
  const Effect& remote = CommandEffect(flow, 4, 0);
  EXPECT_EQ(remote.tool, "go install");
  EXPECT_EQ(remote.note.find("cgo"), std::string::npos) << remote.note;
}

TEST(Flow, GoInstallAndBuildNameTheirBinaryWhenTheWordsDo) {
  Parsed p = ParseText(
      "FROM golang:1.22\nENV GOPATH=/go\nWORKDIR /go\nRUN go install github.com/jitsi/jap/cmd/jap\n"
      "RUN go install example.com/x/v2@v2.1.0 ./cmd/y\nRUN go build github.com/a/b/cmd/server\n"
      "RUN go build main.go util.go\nRUN go build ./a ./b\nRUN GOOS=windows go install ./cmd/z\n");
  StageFlow flow = Flow(p);
  EXPECT_EQ(CommandEffect(flow, 3, 0).writes, std::vector<std::string>{"/go/bin/jap"});
  EXPECT_EQ(CommandEffect(flow, 4, 0).writes, (std::vector<std::string>{"/go/bin/x", "/go/bin/y"}));
  EXPECT_EQ(CommandEffect(flow, 5, 0).writes, std::vector<std::string>{"/go/server"});
  EXPECT_EQ(CommandEffect(flow, 6, 0).writes, std::vector<std::string>{"/go/main"});
  EXPECT_EQ(CommandEffect(flow, 7, 0).writes, std::vector<std::string>{"/go"});  // several packages: only compiled
  EXPECT_EQ(CommandEffect(flow, 8, 0).writes, std::vector<std::string>{"/go/bin"});  // a cross build: bin/windows_amd64
}

TEST(Flow, AnInitOrUserSwitcherRunsTheProgramAfterIt) {
  auto needs = [](const std::string& command) {
    Parsed p = ParseText("FROM debian:bookworm\nWORKDIR /app\n" + command + "\n");
    return Flow(p).runtime;
  };
  RuntimeNeeds tini = needs("ENTRYPOINT [\"/sbin/tini\", \"-g\", \"--\"]\nCMD [\"./server\", \"conf/app.yml\"]");
  EXPECT_EQ(tini.inits, std::vector<std::string>{"/sbin/tini"});
  EXPECT_EQ(tini.program, "/app/server");
  EXPECT_EQ(tini.files, std::vector<std::string>{"/app/conf/app.yml"});
  RuntimeNeeds dumb = needs("CMD [\"dumb-init\", \"-r\", \"15:2\", \"jap\", \"-http\", \":8080\"]");
  EXPECT_EQ(dumb.inits, std::vector<std::string>{"dumb-init"});
  EXPECT_EQ(dumb.program, "jap");
  RuntimeNeeds gosu = needs("CMD [\"gosu\", \"app\", \"python\", \"main.py\"]");
  EXPECT_EQ(gosu.program, "python");
  EXPECT_EQ(gosu.interpreter, "python");
  EXPECT_EQ(gosu.scripts, std::vector<std::string>{"/app/main.py"});
  RuntimeNeeds alone = needs("ENTRYPOINT [\"tini\", \"--\"]");
  EXPECT_TRUE(alone.inits.empty());
  EXPECT_EQ(alone.program, "tini");
  EXPECT_TRUE(needs("CMD [\"./server\"]").inits.empty());
  // An init that runs the program through a user switcher: both wrap it.
  RuntimeNeeds chain = needs("ENTRYPOINT [\"tini\", \"--\", \"/usr/local/bin/gosu\", \"nobody\"]\nCMD [\"worker\", \"run\"]");
  EXPECT_EQ(chain.inits, (std::vector<std::string>{"tini", "/usr/local/bin/gosu"}));
  EXPECT_EQ(chain.program, "worker");
}

TEST(Flow, NpmGlobalPrefixIsNodesOwn) {
  // On the node images: /usr/local. After a distribution's nodejs: /usr, but Debian's and Ubuntu's own
  // npm package sets /usr/local in its builtin npmrc. Otherwise unknown.
  Parsed node = ParseText("FROM node:20\nRUN npm install -g pm2\n");
  EXPECT_EQ(CommandEffect(Flow(node), 1, 0).writes, (std::vector<std::string>{"/usr/local/bin", "/usr/local/lib/node_modules"}));
  Parsed apt = ParseText("FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y nodejs npm\nRUN npm install -g pm2\n");
  EXPECT_EQ(CommandEffect(Flow(apt), 2, 0).writes, (std::vector<std::string>{"/usr/local/bin", "/usr/local/lib/node_modules"}));
  // Installing npm itself still goes to /usr/local; the new npm has node's prefix, so what follows is unknown.
  Parsed self_update =
      ParseText("FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y nodejs npm\nRUN npm install -g npm@9 && npm install -g pm2\n");
  EXPECT_EQ(CommandEffect(Flow(self_update), 2, 0).writes, (std::vector<std::string>{"/usr/local/bin", "/usr/local/lib/node_modules"}));
  EXPECT_EQ(CommandEffect(Flow(self_update), 2, 1).kind, EffectKind::kUnknown);
  Parsed tarball = ParseText("FROM python:3.11\nRUN npm install -g pm2\n");
  EXPECT_EQ(CommandEffect(Flow(tarball), 1, 0).kind, EffectKind::kUnknown);
  Parsed set = ParseText("FROM python:3.11\nENV NPM_CONFIG_PREFIX=/opt/npm\nRUN npm install -g pm2\n");
  EXPECT_EQ(CommandEffect(Flow(set), 2, 0).writes, (std::vector<std::string>{"/opt/npm/bin", "/opt/npm/lib/node_modules"}));
}

TEST(Flow, PipInstallLocations) {
  Parsed p = ParseText(
      "FROM python:3.11\nWORKDIR /app\nRUN pip install --prefix=/install -r requirements.txt\n"
      "RUN pip install --user flask\nRUN python -m venv /venv && /venv/bin/pip install gunicorn\n"
      "RUN pip install --no-cache-dir uvicorn\nCMD [\"python\", \"main.py\", \"--config\", \"conf/app.yml\"]\n");
  StageFlow flow = Flow(p);
  EXPECT_EQ(CommandEffect(flow, 2, 0).writes, std::vector<std::string>{"/install"});
  EXPECT_EQ(CommandEffect(flow, 2, 0).reads, std::vector<std::string>{"/app/requirements.txt"});
  EXPECT_EQ(CommandEffect(flow, 2, 0).caches, std::vector<std::string>{"/root/.cache/pip"});
  EXPECT_EQ(CommandEffect(flow, 3, 0).writes, std::vector<std::string>{"/root/.local"});
  EXPECT_EQ(CommandEffect(flow, 4, 0).writes, std::vector<std::string>{"/venv"});
  EXPECT_EQ(CommandEffect(flow, 4, 1).writes, std::vector<std::string>{"/venv"});
  EXPECT_TRUE(CommandEffect(flow, 5, 0).caches.empty());
  EXPECT_EQ(flow.runtime.interpreter, "python");
  EXPECT_EQ(flow.runtime.scripts, std::vector<std::string>{"/app/main.py"});
  EXPECT_EQ(flow.runtime.files, std::vector<std::string>{"/app/conf/app.yml"});
}

TEST(Flow, AShellFormCommandNeedsTheFilesOfItsLaterCommandsToo) {
  Parsed p = ParseText("FROM node\nWORKDIR /opt/bot\nADD setup.sh /tmp/\n"
                       "CMD redis-server /etc/redis/redis.conf && /tmp/setup.sh && ./add.py conf.json ; /bin/bash\n");
  StageFlow flow = Flow(p);
  EXPECT_EQ(flow.runtime.program, "redis-server");
  EXPECT_EQ(flow.runtime.files, (std::vector<std::string>{"/etc/redis/redis.conf", "/tmp/setup.sh", "/opt/bot/add.py",
                                                          "/opt/bot/conf.json"}))
      << "the system's /bin/bash is the base image's";
}

TEST(Flow, PackageInstallsAndFileCommands) {
  Parsed p = ParseText(
      "FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev "
      "&& rm -rf /var/lib/apt/lists/*\nWORKDIR /opt\n"
      "RUN mkdir -p data && cp a.conf /etc/app/ && ln -s /opt/bin/x /usr/local/bin/x && echo hi > note.txt\n"
      "RUN ./build.sh\n");
  StageFlow flow = Flow(p);
  const Effect& install = CommandEffect(flow, 1, 1);
  EXPECT_EQ(install.kind, EffectKind::kPackages);
  EXPECT_EQ(install.packages, (std::vector<std::string>{"gcc", "libpq-dev"}));
  EXPECT_EQ(CommandEffect(flow, 1, 2).removes, std::vector<std::string>{"/var/lib/apt/lists/*"});
  EXPECT_EQ(CommandEffect(flow, 3, 0).writes, std::vector<std::string>{"/opt/data"});
  EXPECT_EQ(CommandEffect(flow, 3, 1).writes, std::vector<std::string>{"/etc/app/a.conf"});
  EXPECT_EQ(CommandEffect(flow, 3, 2).writes, std::vector<std::string>{"/usr/local/bin/x"});
  EXPECT_EQ(CommandEffect(flow, 3, 3).writes, std::vector<std::string>{"/opt/note.txt"});
  EXPECT_FALSE(flow.instructions[3].unknown);
  EXPECT_TRUE(flow.instructions[4].unknown) << "an unknown script may write anywhere";
  EXPECT_EQ(CommandEffect(flow, 4, 0).kind, EffectKind::kUnknown);
}

TEST(Flow, CargoBinaryNameComesFromCargoTomlInTheContext) {
  Parsed p = ParseText("FROM rust:1.75\nWORKDIR /usr/src/app\nCOPY . .\nRUN cargo build --release\n");
  FlowOptions options;
  options.context = [](std::string_view relative) -> std::optional<std::string> {
    if (relative == "Cargo.toml") return "[package]\nname = \"hello\"\nversion = \"0.1.0\"\n";
    return std::nullopt;
  };
  EXPECT_EQ(CommandEffect(Flow(p, options), 3, 0).writes, std::vector<std::string>{"/usr/src/app/target/release/hello"});
  EXPECT_EQ(CommandEffect(Flow(p), 3, 0).writes, std::vector<std::string>{"/usr/src/app/target/release"})
      << "without the context the name is not guessed";
}

TEST(Flow, NpmBuildOutputFromPackageJsonAndMakeInstallPrefix) {
  Parsed p = ParseText(
      "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n"
      "RUN ./configure --prefix=/opt/tool && make && make install\n");
  FlowOptions options;
  options.context = [](std::string_view relative) -> std::optional<std::string> {
    if (relative == "package.json") return R"({"scripts": {"build": "vite build"}})";
    return std::nullopt;
  };
  StageFlow flow = Flow(p, options);
  EXPECT_EQ(CommandEffect(flow, 3, 0).writes, std::vector<std::string>{"/app/node_modules"});
  EXPECT_EQ(CommandEffect(flow, 3, 1).writes, std::vector<std::string>{"/app/dist"});
  EXPECT_EQ(CommandEffect(flow, 4, 2).writes, (std::vector<std::string>{"/app", "/opt/tool"}));
}

// make's and cmake's -j take an optional count: in `make -j install` the target is install, so the
// install prefix is written (it was read as -j's count, and /usr went unrecorded). cmake's
// -DCMAKE_INSTALL_PREFIX=DIR sets the prefix a later install writes.
TEST(Flow, MakeJobsWithoutCountStillInstalls) {
  Parsed p = ParseText(
      "FROM debian:bookworm\nWORKDIR /src\nRUN ./configure --prefix=/usr && make -j install\n"
      "RUN make -j 4 install PREFIX=/opt/a\nRUN cmake -B b -DCMAKE_INSTALL_PREFIX=/opt/c && cmake --build b -j --target install\n"
      "RUN mkdir build && cd build && cmake .. -D CMAKE_INSTALL_PREFIX=/usr && make install\n");
  StageFlow flow = Flow(p);
  EXPECT_EQ(CommandEffect(flow, 2, 1).writes, (std::vector<std::string>{"/src", "/usr"}));
  EXPECT_EQ(CommandEffect(flow, 3, 0).writes, (std::vector<std::string>{"/opt/a", "/src"}));
  EXPECT_EQ(CommandEffect(flow, 4, 1).writes, (std::vector<std::string>{"/opt/c", "/src/b"}));
  EXPECT_EQ(CommandEffect(flow, 5, 3).writes, (std::vector<std::string>{"/src/build", "/usr"}));
}

TEST(Flow, MavenJarAndBundlerPaths) {
  Parsed p = ParseText(
      "FROM maven:3.9-eclipse-temurin-17\nWORKDIR /build\nRUN mvn -B package -DskipTests\n"
      "CMD java -jar target/app.jar\n");
  StageFlow flow = Flow(p);
  EXPECT_EQ(CommandEffect(flow, 2, 0).writes, std::vector<std::string>{"/build/target"});
  EXPECT_EQ(flow.runtime.interpreter, "java");
  EXPECT_TRUE(flow.runtime.shell_form);
  EXPECT_EQ(flow.runtime.scripts, std::vector<std::string>{"/build/target/app.jar"});
  // `mvn install` also puts the project into the local repository, which spark-shell --packages reads.
  Parsed install = ParseText("FROM maven:3.9-eclipse-temurin-17\nWORKDIR /build\nRUN mvn -B install\n");
  EXPECT_EQ(CommandEffect(Flow(install), 2, 0).writes, (std::vector<std::string>{"/build/target", "/root/.m2/repository"}));
  Parsed ruby = ParseText("FROM ruby:3.2\nWORKDIR /app\nRUN bundle install\nRUN gem install rails\n");
  EXPECT_EQ(CommandEffect(Flow(ruby), 2, 0).writes, std::vector<std::string>{"/usr/local/bundle"});
}

// A bare program runs from the first PATH folder that holds it: a folder the stage filled that comes
// before the one a build installed into wins (`ENV PATH /src/scripts:$PATH` after `COPY . /src`).
TEST(Flow, ProgramWrittenByFollowsThePathOrder) {
  std::string build = "FROM debian:bookworm\nWORKDIR /build\nRUN ./configure --prefix=/usr && make && make install\n";
  Parsed plain = ParseText(build + "COPY . /src\nENTRYPOINT [\"start.sh\"]\n");
  EXPECT_EQ(ProgramWrittenBy(Flow(plain), "start.sh"), "/usr/bin/start.sh");
  Parsed scripts = ParseText(build + "ENV SCRIPTS /src/scripts\nENV PATH ${SCRIPTS}:$PATH\nCOPY . /src\n"
                                     "ENTRYPOINT [\"start.sh\"]\n");
  StageFlow flow = Flow(scripts);
  EXPECT_EQ(ProgramWrittenBy(flow, "start.sh"), "/src/scripts/start.sh");
  EXPECT_EQ(ProgramWrittenByAnywhere(flow, "start.sh"), "/usr/bin/start.sh");
  Parsed later = ParseText(build + "ENV PATH $PATH:/src/scripts\nCOPY . /src\nENTRYPOINT [\"start.sh\"]\n");
  EXPECT_EQ(ProgramWrittenBy(Flow(later), "start.sh"), "/usr/bin/start.sh") << "a folder after the old PATH comes later";
  Parsed unwritten = ParseText(build + "ENV PATH /opt/none:$PATH\nENTRYPOINT [\"start.sh\"]\n");
  EXPECT_EQ(ProgramWrittenBy(Flow(unwritten), "start.sh"), "/usr/bin/start.sh") << "nothing put a program in /opt/none";
}

// The shell form's argv is its first command; shell_programs names every command it runs, so `cd DIR &&
// make run` shows make (production once dropped build-essential under it).
TEST(Flow, ShellFormListsEveryProgram) {
  Parsed p = ParseText("FROM ubuntu:22.04\nCMD cd site && make run || echo failed\n");
  StageFlow flow = Flow(p);
  EXPECT_EQ(flow.runtime.argv, (std::vector<std::string>{"cd", "site"}));
  EXPECT_EQ(flow.runtime.shell_programs, (std::vector<std::string>{"cd", "make", "echo"}));
  Parsed exec = ParseText("FROM ubuntu:22.04\nCMD [\"make\", \"run\"]\n");
  EXPECT_TRUE(Flow(exec).runtime.shell_programs.empty());
}

// A program written by its own name (`ADD URL /usr/bin/dumb-init`) is found there, not in the folder a
// later `go install` wrote (production once copied a /go/bin/dumb-init the builder never had).
TEST(Flow, ProgramWrittenByNameBeatsALaterBuildFolder) {
  Parsed p = ParseText("FROM golang:1.22\nADD https://example.com/dumb-init /usr/bin/dumb-init\nWORKDIR /src\nCOPY . .\n"
                       "RUN go install ./cmd/server\nCMD [\"dumb-init\", \"server\"]\n");
  StageFlow flow = Flow(p);
  EXPECT_EQ(ProgramWrittenBy(flow, "dumb-init"), "/usr/bin/dumb-init");
  EXPECT_EQ(ProgramWrittenBy(flow, "server"), "/go/bin/server") << "the build's folder still answers for the rest";
}

// `gem update --system` replaces RubyGems in ruby's own folders, not where gems go (GEM_HOME).
TEST(Flow, RubygemsUpdateWritesRubysOwnFolders) {
  Parsed official = ParseText("FROM ruby:2.1.8-alpine\nRUN gem update --system 2.6.1 && gem update bundler\n");
  StageFlow flow = Flow(official);
  EXPECT_EQ(CommandEffect(flow, 1, 0).writes, (std::vector<std::string>{"/usr/local/bin", "/usr/local/lib/ruby"}));
  EXPECT_EQ(CommandEffect(flow, 1, 1).writes, std::vector<std::string>{"/usr/local/bundle"});
  Parsed distro = ParseText("FROM debian:bookworm\nRUN apt-get install -y ruby && gem update --system\n");
  EXPECT_EQ(CommandEffect(Flow(distro), 1, 1).kind, EffectKind::kUnknown) << "Debian's ruby refuses or differs";
}

// `apt-get build-dep SRC` installs what SRC needs to build: SRC itself is not installed.
TEST(Flow, BuildDepNamesSourcePackagesNotInstalledOnes) {
  Parsed p = ParseText("FROM ubuntu:22.04\nRUN apt-get build-dep -y python3-lxml\n");
  StageFlow flow = Flow(p);
  const Effect& effect = CommandEffect(flow, 1, 0);
  EXPECT_EQ(effect.kind, EffectKind::kPackages);
  EXPECT_EQ(effect.note, "build-dep");
  EXPECT_EQ(effect.packages, std::vector<std::string>{"python3-lxml"});
}

}  // namespace
}  // namespace dockopt::analysis
