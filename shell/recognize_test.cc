// Tests for the tool recognizers: each tool's options read the way the tool reads them.
#include "shell/recognize.h"

#include <gtest/gtest.h>

#include "shell/parse_script.h"

namespace dockopt::shell {
namespace {

ToolCall Call(std::string_view text) {
  Script s = ParseScript(text, ParseOptions{});
  EXPECT_EQ(s.commands.size(), 1u) << text;
  std::optional<ToolCall> call = Recognize(s.commands.at(0));
  EXPECT_TRUE(call.has_value()) << text;
  return call.value_or(ToolCall{});
}

std::vector<std::string> Operands(const ToolCall& c) {
  std::vector<std::string> out;
  for (const Operand& o : c.operands) out.push_back(o.value);
  return out;
}

TEST(RecognizeTest, AptGetClustersAndPins) {
  ToolCall c = Call("apt-get -yq install --no-install-recommends -o Dpkg::Options::=--force-confdef curl=7.8 git");
  EXPECT_EQ(c.tool, "apt-get");
  EXPECT_EQ(c.subcommand, "install");
  EXPECT_TRUE(c.Has("yes"));
  EXPECT_TRUE(c.Has("quiet"));
  EXPECT_TRUE(c.Has("no-install-recommends"));
  EXPECT_EQ(c.Find("option")->value, "Dpkg::Options::=--force-confdef");
  ASSERT_EQ(c.operands.size(), 2u);
  EXPECT_EQ(c.operands[0].name, "curl");
  EXPECT_EQ(c.operands[0].version, "=7.8");
  EXPECT_EQ(c.operands[1].name, "git");
  EXPECT_EQ(c.operands[1].word, 7u);
}

TEST(RecognizeTest, AptLongYesAndDoubleDash) {
  ToolCall c = Call("apt --assume-yes purge -- -weird");
  EXPECT_EQ(c.tool, "apt");
  EXPECT_EQ(c.subcommand, "purge");
  EXPECT_TRUE(c.Has("yes"));
  EXPECT_EQ(Operands(c), (std::vector<std::string>{"-weird"}));
  EXPECT_EQ(Call("apt-get autoremove -y").subcommand, "autoremove");
  EXPECT_EQ(Call("apt-get clean").subcommand, "clean");
}

TEST(RecognizeTest, SeesThroughWrappersAndEnv) {
  ToolCall c = Call("sudo -E -u root env DEBIAN_FRONTEND=noninteractive apt-get update");
  EXPECT_EQ(c.tool, "apt-get");
  EXPECT_EQ(c.wrappers, (std::vector<std::string>{"sudo", "env"}));
  EXPECT_EQ(c.env_words, (std::vector<size_t>{5}));
  EXPECT_EQ(Call("command rm -rf /x").tool, "rm");
  ToolCall sh = Call("sh -c 'apt-get update'");
  EXPECT_EQ(sh.tool, "sh");
  EXPECT_TRUE(sh.opaque_script);
}

TEST(RecognizeTest, Apk) {
  ToolCall c = Call("apk add --no-cache --virtual .build-deps gcc musl-dev=1.2 python3~3.11");
  EXPECT_EQ(c.tool, "apk");
  EXPECT_EQ(c.subcommand, "add");
  EXPECT_TRUE(c.Has("no-cache"));
  EXPECT_EQ(c.Find("virtual")->value, ".build-deps");
  ASSERT_EQ(c.operands.size(), 3u);
  EXPECT_EQ(c.operands[1].version, "=1.2");
  EXPECT_EQ(c.operands[2].name, "python3");
  EXPECT_EQ(Call("apk del -t x .build-deps").Find("virtual")->value, "x");
  EXPECT_EQ(Call("apk update").subcommand, "update");
  // -U is --update-cache, a switch: the word after it is not its value.
  ToolCall u = Call("apk add -U --no-cache lighttpd");
  EXPECT_TRUE(u.Has("update-cache"));
  EXPECT_TRUE(u.Has("no-cache"));
  ASSERT_EQ(u.operands.size(), 1u);
  EXPECT_EQ(u.operands[0].name, "lighttpd");
}

TEST(RecognizeTest, YumDnfMicrodnf) {
  ToolCall c = Call("yum -y install httpd --setopt=tsflags=nodocs");
  EXPECT_EQ(c.subcommand, "install");
  EXPECT_TRUE(c.Has("yes"));
  EXPECT_EQ(c.Find("setopt")->value, "tsflags=nodocs");
  ToolCall clean = Call("dnf clean all");
  EXPECT_EQ(clean.tool, "dnf");
  EXPECT_EQ(Operands(clean), (std::vector<std::string>{"all"}));
  EXPECT_EQ(Call("microdnf install -y --nodocs tar").operands[0].value, "tar");
}

TEST(RecognizeTest, PipVariants) {
  ToolCall c = Call("pip3.11 install --no-cache-dir -r requirements.txt --user 'requests==2.31' six>=1 -e .");
  EXPECT_EQ(c.tool, "pip");
  EXPECT_EQ(c.subcommand, "install");
  EXPECT_TRUE(c.Has("no-cache-dir"));
  EXPECT_TRUE(c.Has("user"));
  EXPECT_EQ(c.Find("requirement")->value, "requirements.txt");
  EXPECT_EQ(c.Find("editable")->value, ".");
  ASSERT_EQ(c.operands.size(), 2u);
  EXPECT_EQ(c.operands[0].name, "requests");
  EXPECT_EQ(c.operands[0].version, "==2.31");
  ToolCall m = Call("python3 -u -m pip install --prefix=/install --target /t .");
  EXPECT_EQ(m.tool, "pip");
  EXPECT_EQ(m.Find("prefix")->value, "/install");
  EXPECT_EQ(m.Find("target")->value, "/t");
  EXPECT_EQ(Operands(m), (std::vector<std::string>{"."}));
  EXPECT_FALSE(Recognize(ParseScript("python3 app.py", {}).commands[0]).has_value());
}

TEST(RecognizeTest, NpmYarnPnpm) {
  ToolCall ci = Call("npm ci --omit=dev");
  EXPECT_EQ(ci.subcommand, "ci");
  EXPECT_EQ(ci.Find("omit")->value, "dev");
  ToolCall i = Call("npm i --production -g @angular/cli@15.0.0 typescript");
  EXPECT_EQ(i.subcommand, "install");
  EXPECT_TRUE(i.Has("production"));
  EXPECT_TRUE(i.Has("global"));
  EXPECT_EQ(i.operands[0].name, "@angular/cli");
  EXPECT_EQ(i.operands[0].version, "@15.0.0");
  ToolCall cache = Call("npm cache clean --force");
  EXPECT_EQ(cache.subcommand, "cache");
  EXPECT_EQ(Operands(cache), (std::vector<std::string>{"clean"}));
  ToolCall y = Call("yarn --frozen-lockfile --production");
  EXPECT_EQ(y.subcommand, "install");
  EXPECT_TRUE(y.Has("frozen-lockfile"));
  EXPECT_TRUE(Call("pnpm install --prod").Has("prod"));
  EXPECT_TRUE(Call("pnpm i -P").Has("prod"));
}

TEST(RecognizeTest, GemAndBundle) {
  ToolCall g = Call("gem install bundler -v 2.4.0 --no-document");
  EXPECT_EQ(g.Find("version")->value, "2.4.0");
  EXPECT_TRUE(g.Has("no-document"));
  EXPECT_EQ(Operands(g), (std::vector<std::string>{"bundler"}));
  ToolCall b = Call("bundle install --without development test -j4");
  EXPECT_EQ(b.subcommand, "install");
  EXPECT_EQ(b.Find("without")->value, "development");
  EXPECT_EQ(b.Find("jobs")->value, "4");
}

TEST(RecognizeTest, CondaMambaMicromamba) {
  ToolCall i = Call("/opt/conda/bin/conda install -y -c conda-forge -n app numpy=1.26");
  EXPECT_EQ(i.tool, "conda");
  EXPECT_EQ(i.subcommand, "install");
  EXPECT_EQ(i.Find("channel")->value, "conda-forge");
  EXPECT_EQ(i.Find("name")->value, "app");
  EXPECT_EQ(Operands(i), (std::vector<std::string>{"numpy=1.26"}));
  ToolCall e = Call("mamba env create -f environment.yml");
  EXPECT_EQ(e.subcommand, "env");
  EXPECT_EQ(e.Find("file")->value, "environment.yml");
  EXPECT_EQ(Operands(e), (std::vector<std::string>{"create"}));
  // clean reads its own short options: -p is --packages there, and a cluster holds no value.
  ToolCall c = Call("conda clean -tipsy");
  EXPECT_TRUE(c.Has("tarballs") && c.Has("packages") && c.Has("yes"));
  EXPECT_FALSE(c.Has("prefix"));
  ToolCall m = Call("micromamba clean --all --yes");
  EXPECT_EQ(m.tool, "micromamba");
  EXPECT_TRUE(m.Has("all") && m.Has("yes"));
  EXPECT_TRUE(Call("mamba clean -afy").Has("force-pkgs-dirs"));
}

TEST(RecognizeTest, GoCargoMvnGradleMake) {
  ToolCall go = Call("CGO_ENABLED=0 go build -ldflags '-s -w' -o /out/app ./cmd/app");
  EXPECT_EQ(go.subcommand, "build");
  EXPECT_EQ(go.Find("ldflags")->value, "-s -w");
  EXPECT_EQ(go.Find("o")->value, "/out/app");
  EXPECT_EQ(Operands(go), (std::vector<std::string>{"./cmd/app"}));
  ToolCall mod = Call("go mod download");
  EXPECT_EQ(mod.subcommand, "mod");
  EXPECT_EQ(Operands(mod), (std::vector<std::string>{"download"}));
  ToolCall cargo = Call("cargo build --release --locked -p server");
  EXPECT_TRUE(cargo.Has("release"));
  EXPECT_EQ(cargo.Find("package")->value, "server");
  ToolCall mvn = Call("./mvnw -B -DskipTests -Pprod -pl api package");
  EXPECT_EQ(mvn.tool, "mvn");
  EXPECT_EQ(mvn.Find("D")->value, "skipTests");
  EXPECT_EQ(mvn.Find("P")->value, "prod");
  EXPECT_EQ(mvn.Find("projects")->value, "api");
  EXPECT_EQ(Operands(mvn), (std::vector<std::string>{"package"}));
  ToolCall gradle = Call("./gradlew build -x test --no-daemon");
  EXPECT_EQ(gradle.tool, "gradle");
  EXPECT_EQ(gradle.Find("exclude-task")->value, "test");
  EXPECT_EQ(Operands(gradle), (std::vector<std::string>{"build"}));
  ToolCall make = Call("make -j 4 -C src PREFIX=/usr install");
  EXPECT_EQ(make.Find("jobs")->value, "4");
  EXPECT_EQ(make.Find("directory")->value, "src");
  EXPECT_EQ(make.Find("=PREFIX")->value, "/usr");
  EXPECT_EQ(Operands(make), (std::vector<std::string>{"install"}));
  EXPECT_EQ(Call("make -j$(nproc)").Find("jobs")->value, "$(nproc)");
}

TEST(RecognizeTest, RmAndFind) {
  ToolCall rm = Call("rm -rf /var/lib/apt/lists/* /tmp/x");
  EXPECT_TRUE(rm.Has("recursive"));
  EXPECT_TRUE(rm.Has("force"));
  EXPECT_EQ(Operands(rm), (std::vector<std::string>{"/var/lib/apt/lists/*", "/tmp/x"}));
  EXPECT_TRUE(Call("rm --recursive --force -- -x").Has("recursive"));
  ToolCall find = Call("find /usr/local -depth -type d -name __pycache__ -exec rm -rf '{}' +");
  EXPECT_EQ(Operands(find), (std::vector<std::string>{"/usr/local"}));
  EXPECT_EQ(find.Find("type")->value, "d");
  EXPECT_EQ(find.Find("name")->value, "__pycache__");
  EXPECT_EQ(find.Find("exec")->value, "rm -rf {} +");
  EXPECT_TRUE(Call("find / -name '*.pyc' -delete").Has("delete"));
}

TEST(RecognizeTest, UsersAndPermissions) {
  ToolCall u = Call("useradd -r -u 1000 -g app -m -s /bin/bash app");
  EXPECT_TRUE(u.Has("system"));
  EXPECT_EQ(u.Find("uid")->value, "1000");
  EXPECT_EQ(u.Find("shell")->value, "/bin/bash");
  EXPECT_EQ(Operands(u), (std::vector<std::string>{"app"}));
  ToolCall a = Call("adduser -D -u 1001 -G app app");
  EXPECT_TRUE(a.Has("disabled-password"));
  EXPECT_EQ(a.Find("ingroup")->value, "app");
  ToolCall d = Call("adduser --system --uid 10 --ingroup g --disabled-password u");
  EXPECT_EQ(d.Find("uid")->value, "10");
  EXPECT_EQ(Call("groupadd -g 1000 app").Find("gid")->value, "1000");
  EXPECT_TRUE(Call("addgroup -S app").Has("system"));
  ToolCall chown = Call("chown -R app:app /app");
  EXPECT_TRUE(chown.Has("recursive"));
  EXPECT_EQ(Operands(chown), (std::vector<std::string>{"app:app", "/app"}));
  ToolCall chmod = Call("chmod -x /a");
  EXPECT_EQ(Operands(chmod), (std::vector<std::string>{"-x", "/a"}));
  EXPECT_TRUE(Call("chmod -R 755 /a").Has("recursive"));
}

TEST(RecognizeTest, CurlWgetTarGitCd) {
  ToolCall curl = Call("curl -fsSLo /tmp/a.tgz https://x/a.tgz");
  EXPECT_TRUE(curl.Has("fail"));
  EXPECT_TRUE(curl.Has("location"));
  EXPECT_EQ(curl.Find("output")->value, "/tmp/a.tgz");
  EXPECT_EQ(Operands(curl), (std::vector<std::string>{"https://x/a.tgz"}));
  ToolCall wget = Call("wget -nv -O- https://x/k.asc");
  EXPECT_TRUE(wget.Has("no-verbose"));
  EXPECT_EQ(wget.Find("output-document")->value, "-");
  EXPECT_EQ(Operands(wget), (std::vector<std::string>{"https://x/k.asc"}));
  ToolCall tar = Call("tar xzf a.tgz -C /opt --strip-components=1");
  EXPECT_TRUE(tar.Has("extract"));
  EXPECT_EQ(tar.Find("file")->value, "a.tgz");
  EXPECT_EQ(tar.Find("directory")->value, "/opt");
  EXPECT_EQ(tar.Find("strip-components")->value, "1");
  EXPECT_EQ(Call("tar -xJf b.txz").Find("file")->value, "b.txz");
  ToolCall git = Call("git clone --depth 1 -b v1 https://github.com/a/b.git /src");
  EXPECT_EQ(git.subcommand, "clone");
  EXPECT_EQ(git.Find("depth")->value, "1");
  EXPECT_EQ(git.Find("branch")->value, "v1");
  EXPECT_EQ(Operands(git), (std::vector<std::string>{"https://github.com/a/b.git", "/src"}));
  EXPECT_EQ(Operands(Call("cd /app")), (std::vector<std::string>{"/app"}));
}

TEST(RecognizeTest, UnknownAndOpaqueAreNotRecognized) {
  EXPECT_FALSE(Recognize(ParseScript("echo hi", {}).commands[0]).has_value());
  EXPECT_FALSE(Recognize(ParseScript("(apt-get update)", {}).commands[0]).has_value());
  EXPECT_FALSE(Recognize(ParseScript("$PKG install x", {}).commands[0]).has_value());
}

}  // namespace
// held16's whisper-asr-webservice installs torch with `$POETRY_VENV/bin/pip install`: the directory
// comes from a variable, the program's name is literal.
TEST(RecognizeTest, ProgramInADirectoryFromAVariable) {
  ToolCall c = Call("$POETRY_VENV/bin/pip install torch==1.13.0");
  EXPECT_EQ(c.tool, "pip");
  EXPECT_EQ(c.subcommand, "install");
  EXPECT_EQ(Call("${VENV}/bin/pip3 install -U pip").tool, "pip");
  EXPECT_FALSE(Recognize(ParseScript("$(which pip) install x", {}).commands[0]).has_value());
  EXPECT_FALSE(Recognize(ParseScript("$PIP install x", {}).commands[0]).has_value());
  EXPECT_FALSE(Recognize(ParseScript("$DIR/bin/$TOOL install x", {}).commands[0]).has_value());
}

}  // namespace dockopt::shell
