// The long tail of single commands: what each one now known writes, and the shapes that stay unknown.
#include <gtest/gtest.h>

#include "analysis/effects.h"
#include "analysis/flow.h"
#include "analysis/test_parse.h"

namespace dockopt::analysis {
namespace {

using testing::Parsed;
using testing::ParseText;

// The effects of the commands of the stage's only RUN (line 2), in order.
std::vector<Effect> RunEffects(std::string base, std::string run) {
  Parsed p = ParseText("FROM " + base + "\nRUN " + run + "\n");
  StageFlow flow = AnalyzeStage(p.df, 0, FlowOptions{});
  std::vector<Effect> out;
  for (const CommandFlow& command : flow.instructions.at(1).commands) out.push_back(command.effect);
  return out;
}

Effect Only(std::string run, std::string base = "debian:12") {
  std::vector<Effect> effects = RunEffects(std::move(base), std::move(run));
  EXPECT_EQ(effects.size(), 1u);
  return effects.empty() ? Effect{} : effects.front();
}

using Paths = std::vector<std::string>;

TEST(EffectsTail, PackageStateCommandsWriteNothingTheRuntimeReads) {
  Effect hold = Only("apt-mark hold openssl");
  EXPECT_EQ(hold.kind, EffectKind::kPackages);
  EXPECT_TRUE(hold.packages.empty());
  EXPECT_EQ(hold.note, "package state") << "not a repository: production copies no /etc/apt for it";
  Effect removal = Only("dpkg --force-depends -r libgl1 libglx0");
  EXPECT_TRUE(removal.removal);
  EXPECT_EQ(removal.packages, (Paths{"libgl1", "libglx0"}));
  EXPECT_EQ(Only("rpm -e --nodeps git perl-Git").packages, (Paths{"git", "perl-Git"}));
  Effect divert = Only("dpkg-divert --local --rename --add /sbin/initctl");
  EXPECT_EQ(divert.writes, (Paths{"/sbin/initctl.distrib"}));
  EXPECT_EQ(divert.removes, (Paths{"/sbin/initctl"}));
}

TEST(EffectsTail, ComposerConfigWritesTheProjectFileOrCachesTheGlobalOne) {
  // Under ASan this once copied a string of garbage size (see Composer in effects_langs.cc).
  Effect project = Only("composer config repositories.x vcs https://example.com/x.git", "php:8.2");
  EXPECT_EQ(project.writes, (Paths{"/var/www/html/composer.json"})) << "the php image's WORKDIR";
  Effect global = Only("php composer.phar config -g process-timeout 2000", "php:8.2");
  EXPECT_TRUE(global.writes.empty());
  EXPECT_EQ(global.caches, (Paths{"/root/.composer/config.json"}));
}

TEST(EffectsTail, AnUnquotedExpansionSplitsIntoOneOperandPerWord) {
  std::vector<Effect> effects =
      RunEffects("debian:12", "buildDeps=' gcc\t  libpq-dev ' && apt-get install -y $buildDeps \"$buildDeps\"");
  ASSERT_EQ(effects.size(), 2u);
  EXPECT_EQ(effects[1].packages, (Paths{"gcc", "libpq-dev", " gcc\t  libpq-dev "}))
      << "unquoted: a package per field; quoted: one word";
}

TEST(EffectsTail, FiltersOnlyPrintAndInPlaceEditsWriteTheirFiles) {
  EXPECT_EQ(Only("sed -e 's/a/b/' /etc/x").kind, EffectKind::kNone);
  EXPECT_EQ(Only("sed -ri -e 's!/var/www/!/app!g' /etc/apache2/apache2.conf").writes,
            (Paths{"/etc/apache2/apache2.conf"}))
      << "-i in a cluster of short options";
  EXPECT_EQ(Only("sed -i.bak 's/a/b/' /etc/x.conf").writes, (Paths{"/etc/x.conf"}));
  EXPECT_EQ(Only("perl -pe 's/a/b/'").kind, EffectKind::kNone);
  EXPECT_EQ(Only("perl -pi -e 's/a/b/' /etc/x.conf").writes, (Paths{"/etc/x.conf"}));
  EXPECT_EQ(Only("perl -pi -e 'system(\"rm -rf /\")' /etc/x.conf").kind, EffectKind::kUnknown)
      << "an expression that runs programs may write anywhere";
  EXPECT_EQ(Only("zcat /x.gz").kind, EffectKind::kNone);
  Effect gunzip = Only("gzip -d /data/db.sql.gz");
  EXPECT_EQ(gunzip.writes, (Paths{"/data/db.sql"}));
  EXPECT_EQ(gunzip.removes, (Paths{"/data/db.sql.gz"}));
}

TEST(EffectsTail, PatchEditsTheTreeItRunsIn) {
  std::vector<Effect> effects = RunEffects("debian:12", "cd /src/app && patch -p1 < fix.patch");
  ASSERT_EQ(effects.size(), 2u);
  EXPECT_EQ(effects[1].writes, (Paths{"/src/app"}));
  EXPECT_EQ(Only("patch -p1 -d /etc/php < /tmp/php.diff").writes, (Paths{"/etc/php"}));
  EXPECT_EQ(Only("patch /usr/local/tomcat/conf/server.xml /tmp/server.patch").writes,
            (Paths{"/usr/local/tomcat/conf/server.xml"}));
}

TEST(EffectsTail, KeysAndHomes) {
  EXPECT_EQ(Only("ssh-keygen -A").writes, (Paths{"/etc/ssh"}));
  EXPECT_EQ(Only("ssh-keygen -q -t rsa -N '' -f ~/.ssh/id_rsa").writes,
            (Paths{"/root/.ssh/id_rsa", "/root/.ssh/id_rsa.pub"}))
      << "the tilde and $HOME expand to the shell's home";
  Effect keys = Only("gpg --keyserver hkp://keys.example --recv-keys ABC");
  EXPECT_TRUE(keys.writes.empty());
  EXPECT_EQ(keys.caches, (Paths{"/root/.gnupg"})) << "the keyring only verifies the build's downloads";
  EXPECT_EQ(Only("gpg --verify php.tar.xz.asc").kind, EffectKind::kNone);
  EXPECT_EQ(Only("echo 'source $HOME/.cargo/env' >> $HOME/.bashrc").writes, (Paths{"/root/.bashrc"}));
}

TEST(EffectsTail, ServicesRunOnlyDuringTheBuild) {
  Effect start = Only("service mysql start");
  EXPECT_EQ(start.kind, EffectKind::kNone);
  EXPECT_EQ(start.note, "runs the service 'mysql' during the build only");
  EXPECT_EQ(Only("ulimit -n 4096").kind, EffectKind::kNone);
  EXPECT_EQ(Only("node -v").kind, EffectKind::kNone);
  std::vector<Effect> piped = RunEffects("debian:12", "curl -fsSL https://example.com/x.sh | bash -v");
  ASSERT_EQ(piped.size(), 2u);
  EXPECT_EQ(piped[1].kind, EffectKind::kUnknown) << "a verbose shell still runs the script it reads";
}

TEST(EffectsTail, PythonHelpersInstallWherePipWould) {
  Effect spacy = Only("python3 -m spacy download en", "python:3.11");
  EXPECT_EQ(spacy.kind, EffectKind::kDeps);
  EXPECT_EQ(spacy.writes, (Paths{"/usr/local/bin", "/usr/local/lib"}));
  EXPECT_EQ(Only("python -m nltk.downloader -d /usr/share/nltk_data all").writes, (Paths{"/usr/share/nltk_data"}));
  EXPECT_EQ(Only("python -m nltk.downloader book").writes, (Paths{"/root/nltk_data"}))
      << "no NLTK data folder exists in a fresh image: the downloader falls back to ~/nltk_data";
  EXPECT_EQ(RunEffects("debian:12", "cd /src && python setup.py build_ext --inplace").back().kind, EffectKind::kBuild);
  std::vector<Effect> piped = RunEffects("ubuntu:22.04", "curl -fsSL https://bootstrap.pypa.io/get-pip.py | python3");
  ASSERT_EQ(piped.size(), 2u);
  EXPECT_EQ(piped[1].tool, "get-pip.py");
  EXPECT_EQ(piped[1].writes, (Paths{"/usr/local/bin", "/usr/local/lib"}));
}

TEST(EffectsTail, LanguageToolsWriteTheirKnownFolders) {
  EXPECT_EQ(Only("bundle --path=.bundle/gems", "ruby:3.2").writes, (Paths{"/.bundle/gems"}));
  EXPECT_EQ(Only("composer global require laravel/envoy", "composer:2").writes, (Paths{"/tmp"}));
  Effect n = Only("n 18.19.0");
  EXPECT_EQ(n.writes, (Paths{"/usr/local/bin", "/usr/local/include/node", "/usr/local/lib/node_modules"}));
  EXPECT_EQ(n.caches, (Paths{"/usr/local/n"}));
  EXPECT_EQ(Only("conda install -y numpy", "continuumio/miniconda3").writes, (Paths{"/opt/conda"}));
  EXPECT_EQ(Only("conda install -y numpy", "debian:12").kind, EffectKind::kUnknown)
      << "no conda on PATH that dockopt knows: its prefix is unknown";
  EXPECT_EQ(Only("bash Miniconda3-latest-Linux-x86_64.sh -b -p /opt/conda").writes, (Paths{"/opt/conda"}));
  EXPECT_EQ(Only("swift build -c release").writes, (Paths{"/.build"}));
  EXPECT_EQ(Only("stack build").kind, EffectKind::kUnknown) << "without stack.yaml in sight, .stack-work is not placed";
  EXPECT_EQ(Only("stack install").writes, (Paths{"/root/.local/bin"}));
  EXPECT_EQ(Only("rbenv install 3.2.2").writes, (Paths{"/root/.rbenv/versions/3.2.2"}));
  EXPECT_EQ(Only("julia -e 'using Pkg; Pkg.add(\"IJulia\")'").writes, (Paths{"/root/.julia"}));
  EXPECT_EQ(Only("julia -e 'run(`make`)'").kind, EffectKind::kUnknown);
}

TEST(EffectsTail, MesonRecordsThePrefixNinjaInstallsInto) {
  std::vector<Effect> effects =
      RunEffects("debian:12", "meson --prefix=/opt/app . build && ninja -C build && ninja -C build install");
  ASSERT_EQ(effects.size(), 3u);
  EXPECT_EQ(effects[0].writes, (Paths{"/build"}));
  EXPECT_EQ(effects[2].writes, (Paths{"/build", "/opt/app"}));
}

TEST(EffectsTail, UnevaluatedPathsStayUnknown) {
  EXPECT_EQ(Only("mkdir -p $CATKIN_WS/src").kind, EffectKind::kUnknown);
  EXPECT_EQ(Only("conda install -p $PREFIX numpy", "continuumio/miniconda3").kind, EffectKind::kUnknown);
}

}  // namespace
}  // namespace dockopt::analysis

namespace dockopt::analysis {
namespace {

TEST(EffectsTail, ALinkNeedsOnlyItsOwnPathNamed) {
  Effect zone = Only("ln -snf /usr/share/zoneinfo/$TZ /etc/localtime");
  EXPECT_EQ(zone.kind, EffectKind::kFiles) << "the link stores $TZ's text; the path written is known";
  EXPECT_EQ(zone.writes, (Paths{"/etc/localtime"}));
  EXPECT_EQ(Only("ln -s /opt/$APP/bin/app /usr/local/bin/").writes, (Paths{"/usr/local/bin/app"}));
  EXPECT_EQ(Only("ln -s /opt/$APP /usr/local/bin/").kind, EffectKind::kUnknown)
      << "into a directory, the link's name comes from the unknown target";
  EXPECT_EQ(Only("ln -s /opt/app $LINK").kind, EffectKind::kUnknown);
  EXPECT_EQ(Only("cp /opt/$APP/app /usr/local/bin/app").kind, EffectKind::kUnknown) << "cp reads what it cannot name";
}

// The effect of the command that reads what `run` downloads with curl.
Effect Piped(std::string run) {
  for (const Effect& effect : RunEffects("debian:12", std::move(run)))
    if (effect.tool != "curl") return effect;
  ADD_FAILURE() << "no command reads the download";
  return Effect{};
}

TEST(EffectsTail, KnownInstallersPipedIntoAShellThatReadsThePipe) {
  Effect rustup = Piped("curl https://sh.rustup.rs -sSf | sh -s -- -y --default-toolchain 1.23.0");
  EXPECT_EQ(rustup.tool, "rustup installer") << "after -s, the words are the script's own arguments";
  EXPECT_EQ(Piped("curl https://sh.rustup.rs -sSf | sh -- rustup.sh").kind, EffectKind::kUnknown)
      << "after --, the first word is a script file";
  EXPECT_NE(Piped("curl https://sh.rustup.rs -sSf | bash -c 'echo hi'").tool, "rustup installer")
      << "bash -c runs its argument, not the download";
  Effect yarn = Piped("curl -o- -L https://yarnpkg.com/install.sh | bash -s -- --version 1.22.0");
  EXPECT_EQ(yarn.kind, EffectKind::kDeps);
  EXPECT_EQ(yarn.writes, (Paths{"/root/.yarn"}));
  Effect lfs = Piped("curl -s https://packagecloud.io/install/repositories/github/git-lfs/script.deb.sh | bash");
  EXPECT_EQ(lfs.kind, EffectKind::kPackages);
  EXPECT_EQ(lfs.note, "repository");
  EXPECT_EQ(lfs.manager, "apt");
  Effect composer = Piped(
      "curl https://raw.githubusercontent.com/composer/getcomposer.org/master/web/installer | php -- --install-dir=/usr/bin --filename=composer");
  EXPECT_EQ(composer.writes, (Paths{"/usr/bin/composer"}));
}

// The effect of the RUN that ends `text`.
Effect LastRun(const std::string& text) {
  Parsed p = ParseText(text);
  StageFlow flow = AnalyzeStage(p.df, 0, FlowOptions{});
  const std::vector<CommandFlow>& commands = flow.instructions.back().commands;
  return commands.empty() ? Effect{} : commands.back().effect;
}

TEST(EffectsTail, EveryPairOfAnEnvCountsAndSeesTheEnvironmentBeforeIt) {
  Effect conda = LastRun("FROM ubuntu:22.04\nENV HOME=/root PATH=/opt/conda/bin:$PATH\nRUN conda install -y numpy\n");
  EXPECT_EQ(conda.kind, EffectKind::kDeps) << "PATH, the second pair, is known";
  EXPECT_EQ(conda.writes, (Paths{"/opt/conda"}));
  Effect mkdir = LastRun("FROM ubuntu:22.04\nENV D=/a\nENV D=/b E=$D\nRUN mkdir $E\n");
  EXPECT_EQ(mkdir.writes, (Paths{"/a"})) << "E takes D from before the ENV that changes D";
}

TEST(EffectsTail, CondaIsFoundOnThePathBeforeAnythingUnknown) {
  Effect conda = LastRun("FROM nvidia/cuda:8.0-devel\nENV CONDA_DIR /opt/conda\nENV PATH $CONDA_DIR/bin:$PATH\n"
                         "RUN conda install -y theano\n");
  EXPECT_EQ(conda.writes, (Paths{"/opt/conda"})) << "the base's PATH is unknown, but comes after";
  EXPECT_EQ(LastRun("FROM nvidia/cuda:8.0-devel\nENV PATH $PATH:/opt/conda/bin\nRUN conda install -y theano\n").kind,
            EffectKind::kUnknown)
      << "the unknown base PATH comes first and may hold another conda";
}

TEST(EffectsTail, CdDashAndPushdPopdGoBackWhereTheyCameFrom) {
  std::vector<Effect> back = RunEffects("debian:12", "cd /w && cd y && cd - && rm -rf y");
  ASSERT_EQ(back.size(), 4u);
  EXPECT_EQ(back[2].kind, EffectKind::kChdir);
  EXPECT_EQ(back[3].removes, (Paths{"/w/y"}));
  std::vector<Effect> stack = RunEffects("debian:12", "pushd /opt && pushd src && popd && touch a && popd && touch b");
  ASSERT_EQ(stack.size(), 6u);
  EXPECT_EQ(stack[3].writes, (Paths{"/opt/a"}));
  EXPECT_EQ(stack[5].writes, (Paths{"/b"}));
  EXPECT_EQ(Only("cd -").kind, EffectKind::kUnknown) << "a fresh RUN shell has no OLDPWD";
  EXPECT_EQ(Only("popd").kind, EffectKind::kUnknown) << "nor a directory stack";
  EXPECT_EQ(Only("pushd +1").kind, EffectKind::kUnknown);
  std::vector<Effect> branch = RunEffects("debian:12", "cd /a && if [ -n \"$X\" ]; then cd /b && cd /a; fi && cd -");
  ASSERT_FALSE(branch.empty());
  EXPECT_EQ(branch.back().kind, EffectKind::kUnknown) << "OLDPWD depends on a branch that may not run";
}

TEST(EffectsTail, AKnownInstallerSavedFirstRunsAsIfPiped) {
  std::vector<Effect> saved =
      RunEffects("debian:12", "curl -sL https://deb.nodesource.com/setup_8.x -o nodesource_setup.sh && bash nodesource_setup.sh");
  ASSERT_EQ(saved.size(), 2u);
  EXPECT_EQ(saved[1].tool, "nodesource setup");
  EXPECT_EQ(saved[1].note, "repository");
  EXPECT_EQ(RunEffects("debian:12", "curl -sL https://example.com/setup.sh -o s.sh && bash s.sh").back().kind,
            EffectKind::kUnknown)
      << "an installer not in the table";
  std::vector<Effect> branch = RunEffects(
      "debian:12", "if [ -n \"$X\" ]; then curl -sL https://deb.nodesource.com/setup_8.x -o s.sh; fi && bash s.sh");
  ASSERT_FALSE(branch.empty());
  EXPECT_EQ(branch.back().kind, EffectKind::kUnknown) << "the download may not have happened";
}

// sudo's options with a value (`-u USER`, `-g GROUP`, `-uUSER`, `--user=USER`) are not the command. As
// another user HOME is that user's, which the model does not know: only file tools over paths that
// name no home are read then. -D, -R and -i move where the command runs: unknown.
TEST(EffectsTail, SudoSkipsItsOptionsAndTheirValues) {
  EXPECT_EQ(Only("sudo -u www-data cp -a /var/www/a.php /var/www/b.php").writes, (Paths{"/var/www/b.php"}));
  EXPECT_EQ(Only("sudo --user=www-data mkdir -p /srv/x").writes, (Paths{"/srv/x"}));
  EXPECT_EQ(Only("sudo -Hu app touch /srv/y").writes, (Paths{"/srv/y"}));
  EXPECT_EQ(Only("sudo -E apt-get install -y gcc").tool, "apt-get install");
  EXPECT_EQ(Only("sudo cp a /b").writes, (Paths{"/b"}));
  for (const char* run : {"sudo -u app pip install --user flask", "sudo -u app cp ~/x /y", "sudo -D /tmp cp a b",
                          "sudo -i make install", "sudo -R /chroot cp a /b"}) {
    EXPECT_EQ(Only(run).kind, EffectKind::kUnknown) << run;
    EXPECT_EQ(Only(run).tool, "sudo") << run;
  }
}

// `svn checkout URL [PATH]` writes PATH, or the URL's last component (a peg revision `@REV` is not part
// of it); svn's own configuration in ~/.subversion is only read again by svn.
TEST(EffectsTail, SvnCheckoutWritesTheUrlsLastComponentOrThePathGiven) {
  EXPECT_EQ(Only("svn checkout https://svn.example.org/repo/tags/HM-16.9+SCM-8.0/").writes, (Paths{"/HM-16.9+SCM-8.0"}));
  EXPECT_EQ(Only("svn checkout https://svn.example.org/repo/tags/HM-16.9+SCM-8.0/").caches, (Paths{"/root/.subversion"}));
  EXPECT_EQ(Only("svn co -r 5 https://svn.example.org/repo/trunk src").writes, (Paths{"/src"}));
  EXPECT_EQ(Only("svn export https://svn.example.org/repo/trunk@12").writes, (Paths{"/trunk"}));
  EXPECT_TRUE(Only("svn co --config-dir /etc/svn https://svn.example.org/repo/trunk").caches.empty());
  EXPECT_EQ(Only("svn co https://a.org/x https://b.org/y dir").kind, EffectKind::kUnknown) << "two URLs";
  EXPECT_EQ(Only("svn update").kind, EffectKind::kUnknown);
}

TEST(EffectsTail, EmsdkKeepsWhatItFetchesInItsOwnFolderAndOldHomeFiles) {
  std::vector<Effect> effects = RunEffects("ubuntu:18.04", "cd /opt/emsdk && ./emsdk install latest && ./emsdk activate latest && ./emsdk list");
  ASSERT_EQ(effects.size(), 4u);
  Paths writes{"/opt/emsdk", "/root/.emscripten", "/root/.emscripten_cache", "/root/.emscripten_sanity"};
  EXPECT_EQ(effects[1].kind, EffectKind::kDeps);
  EXPECT_EQ(effects[1].writes, writes);
  EXPECT_FALSE(effects[1].compiles) << "latest is a prebuilt SDK";
  EXPECT_EQ(effects[2].writes, writes) << "activate writes .emscripten: in the folder now, in HOME before 2020";
  EXPECT_EQ(effects[3].kind, EffectKind::kNone);
  EXPECT_TRUE(Only("/emsdk/emsdk install sdk-incoming-64bit").compiles) << "builds the SDK from its sources";
  EXPECT_EQ(Only("emsdk install latest").kind, EffectKind::kUnknown) << "found by PATH: its folder is unknown";
  EXPECT_EQ(Only("./emsdk uninstall-everything").kind, EffectKind::kUnknown);
}

TEST(EffectsTail, SourcingEmsdkEnvWritesOnlyIntoTheEmsdkFolder) {
  std::vector<Effect> effects = RunEffects("ubuntu:18.04", "cd /emsdk && source ./emsdk_env.sh && emcc -v");
  ASSERT_EQ(effects.size(), 3u);
  EXPECT_EQ(effects[1].kind, EffectKind::kFiles);
  EXPECT_EQ(effects[1].writes, (Paths{"/emsdk"})) << "older releases write emsdk_set_env.sh there";
  EXPECT_EQ(Only("source $EMSDK/emsdk_env.sh").kind, EffectKind::kUnknown) << "a folder dockopt cannot name";
}

TEST(EffectsTail, GomInstallsIntoVendorAndBuildsLikeGoBuild) {
  std::vector<Effect> effects = RunEffects("golang:1.5", "cd /go/src/app && gom install && gom build -o /usr/local/bin/app main.go");
  ASSERT_EQ(effects.size(), 3u);
  EXPECT_EQ(effects[1].kind, EffectKind::kDeps);
  EXPECT_EQ(effects[1].writes, (Paths{"/go/src/app/_vendor"}));
  EXPECT_TRUE(effects[1].compiles);
  EXPECT_EQ(effects[2].kind, EffectKind::kBuild);
  EXPECT_EQ(effects[2].tool, "gom build");
  EXPECT_EQ(effects[2].writes, (Paths{"/usr/local/bin/app"}));
  EXPECT_EQ(Only("gom exec make", "golang:1.5").kind, EffectKind::kUnknown);
}

TEST(EffectsTail, PhpizeCleanRemovesItsOwnOutputsHere) {
  std::vector<Effect> effects = RunEffects("php:7.2", "cd /src/ext && phpize --clean && phpize");
  ASSERT_EQ(effects.size(), 3u);
  EXPECT_EQ(effects[1].kind, EffectKind::kFiles);
  EXPECT_EQ(effects[1].removes, (Paths{"/src/ext"}));
  EXPECT_EQ(effects[2].writes, (Paths{"/src/ext"}));
}

TEST(EffectsTail, JavaAlternativesAndGrepVariants) {
  Effect java = Only("update-java-alternatives -s java-8-oracle");
  EXPECT_EQ(java.kind, EffectKind::kFiles);
  EXPECT_EQ(java.writes, (Paths{"/etc/alternatives", "/var/lib/dpkg/alternatives"}));
  EXPECT_EQ(Only("egrep -v '^#' /etc/hosts").kind, EffectKind::kNone);
  EXPECT_EQ(Only("egrep -v '^#' /etc/hosts > /tmp/hosts").writes, (Paths{"/tmp/hosts"}));
}

TEST(EffectsTail, GemsOnThePlainOsImagesUnderTheirFirstNames) {
  EXPECT_EQ(Only("gem install foreman", "stackbrew/ubuntu:raring").writes, (Paths{"/usr/local/bin", "/var/lib/gems"}));
  EXPECT_EQ(Only("gem install bundler", "gliderlabs/alpine:3.4").writes, (Paths{"/usr/bin", "/usr/lib/ruby/gems"}));
  EXPECT_EQ(Only("gem install bundler", "someone/alpine:3.4").kind, EffectKind::kUnknown)
      << "another image may hold its own ruby";
}

TEST(EffectsTail, AwkAsAFilterWritesOnlyItsOutput) {
  EXPECT_EQ(Only("awk '/^0.0.0.0/ {print $2}' /proc/net/route > /tmp/ip").writes, (Paths{"/tmp/ip"}));
  EXPECT_EQ(Only("awk -F: -v x=1 '{print $1}' /etc/passwd").kind, EffectKind::kNone);
  EXPECT_EQ(Only("awk '{print > \"/etc/out\"}' /etc/passwd").kind, EffectKind::kUnknown) << "redirects inside";
  EXPECT_EQ(Only("awk 'BEGIN {system(\"rm -rf /x\")}'").kind, EffectKind::kUnknown);
  EXPECT_EQ(Only("gawk -i inplace '{print}' /etc/hosts").kind, EffectKind::kUnknown) << "edits the file";
}

TEST(EffectsTail, GeneratorsWriteTheFolderTheyAreGiven) {
  EXPECT_EQ(Only("hubot --create /opt/hubot", "node:18").writes, (Paths{"/opt/hubot"}));
  EXPECT_EQ(Only("haraka -i /srv/haraka", "node:18").writes, (Paths{"/srv/haraka"}));
  EXPECT_EQ(Only("hubot --adapter shell", "node:18").kind, EffectKind::kUnknown) << "runs the bot";
  EXPECT_EQ(Only("rosdep init").writes, (Paths{"/etc/ros/rosdep"}));
  EXPECT_EQ(Only("rosdep update").writes, (Paths{"/root/.ros/rosdep"}));
  EXPECT_EQ(Only("rosdep install --from-paths src").kind, EffectKind::kUnknown) << "installs packages";
}

TEST(EffectsTail, ARedirectionToAnUnknownNameInAKnownFolderWritesThatFolder) {
  EXPECT_EQ(Only("echo deb http://x wily main > /etc/apt/sources.list.d/nginx-$nginx-wily.list").writes,
            (Paths{"/etc/apt/sources.list.d"}));
  EXPECT_EQ(RunEffects("debian:12", "cd /srv && echo x > conf/$name.ini").back().writes, (Paths{"/srv/conf"}));
  EXPECT_EQ(Only("echo x > /etc/$dir/app.conf").kind, EffectKind::kUnknown) << "the folder itself is unknown";
  EXPECT_EQ(Only("echo x > $file").kind, EffectKind::kUnknown);
  EXPECT_EQ(Only("echo x > /$file").kind, EffectKind::kUnknown) << "anywhere in /";
}

}  // namespace
}  // namespace dockopt::analysis
