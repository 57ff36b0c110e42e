// Commands of DF202's "effects dockopt does not know" tail on the real-world corpus that the Dockerfile's
// text does place: conda environments from a file, composer's self-update, CMake's installer run by its
// path, Debian's npm installing npm itself. And the shapes beside them that stay unknown.
#include <gtest/gtest.h>

#include "analysis/effects.h"
#include "analysis/flow.h"
#include "analysis/test_parse.h"

namespace dockopt::analysis {
namespace {

using testing::Parsed;
using testing::LastRunEffects;
using testing::ParseText;
using Paths = std::vector<std::string>;


Effect LastCommand(const std::string& text) {
  std::vector<Effect> effects = LastRunEffects(text);
  EXPECT_FALSE(effects.empty());
  return effects.empty() ? Effect{} : effects.back();
}

constexpr const char* kConda = "FROM ubuntu:16.04\nENV PATH /root/miniconda3/bin:$PATH\n";

TEST(EffectsUnknownTail, CondaEnvFromAFileGoesIntoTheRootsEnvs) {
  Effect create = LastCommand(std::string(kConda) + "RUN conda env create -f environment.yml\n");
  EXPECT_EQ(create.kind, EffectKind::kDeps);
  EXPECT_EQ(create.writes, (Paths{"/root/miniconda3/envs"})) << "the name is in the file; every name is in envs/";
  Effect update = LastCommand(std::string(kConda) + "RUN conda env update --file environment.yml\n");
  EXPECT_EQ(update.writes, (Paths{"/root/miniconda3"})) << "the file may name base: the root and its envs";
  EXPECT_EQ(LastCommand(std::string(kConda) + "RUN conda env create -n app -f env.yml\n").writes,
            (Paths{"/root/miniconda3/envs/app"}));
}

TEST(EffectsUnknownTail, CondaEnvOutsideTheRootStaysUnknown) {
  EXPECT_EQ(LastCommand(std::string(kConda) + "ENV CONDA_ENVS_PATH /envs\nRUN conda env create -f environment.yml\n").kind,
            EffectKind::kUnknown)
      << "envs_dirs moved";
  EXPECT_EQ(LastCommand(std::string(kConda) + "RUN . activate /opt/env && conda env update -f environment.yml\n").kind,
            EffectKind::kUnknown)
      << "a file without a name updates the active environment, here outside the root";
  EXPECT_EQ(LastCommand(std::string(kConda) + "RUN conda create -y python=3.11\n").kind, EffectKind::kUnknown);
  EXPECT_EQ(LastCommand("FROM ubuntu:16.04\nRUN conda env create -f environment.yml\n").kind, EffectKind::kUnknown)
      << "no conda dockopt can place";
}

TEST(EffectsUnknownTail, ComposerSelfUpdateRewritesTheComposerTheStagePutInPlace) {
  Effect update = LastCommand(
      "FROM php:7.1\nRUN curl -sS https://getcomposer.org/installer | php && mv composer.phar /usr/local/bin/composer"
      " && composer self-update --clean-backups\n");
  EXPECT_EQ(update.kind, EffectKind::kDeps);
  EXPECT_EQ(update.writes, (Paths{"/usr/local/bin/composer"}));
  EXPECT_EQ(update.caches, (Paths{"/root/.composer", "/root/.config/composer", "/root/.local/share/composer"}));
  EXPECT_EQ(LastCommand("FROM php:8.2\nCOPY --from=composer:2 /usr/bin/composer /usr/bin/composer\n"
                        "ENV COMPOSER_HOME /composer\nRUN composer selfupdate\n")
                .caches,
            (Paths{"/composer"}))
      << "a COPY puts it in place too";
  EXPECT_EQ(LastCommand("FROM php:8.2\nRUN /opt/bin/composer self-update\n").writes, (Paths{"/opt/bin/composer"}));
}

TEST(EffectsUnknownTail, ComposerSelfUpdateOfAComposerNotPlacedStaysUnknown) {
  EXPECT_EQ(LastCommand("FROM php:8.2\nRUN composer self-update\n").kind, EffectKind::kUnknown)
      << "the stage put no composer anywhere";
  EXPECT_EQ(LastCommand("FROM someone/php-tools\nCOPY composer /usr/local/bin/composer\nRUN composer self-update\n").kind,
            EffectKind::kUnknown)
      << "an image the table does not know may hold another composer earlier on PATH";
  EXPECT_EQ(LastCommand("FROM php:8.2\nCOPY composer /usr/local/bin/composer\nCOPY composer /usr/bin/composer\n"
                        "RUN composer self-update\n")
                .kind,
            EffectKind::kUnknown)
      << "two composers";
}

TEST(EffectsUnknownTail, CmakeInstallerRunByItsPathUnpacksIntoItsPrefix) {
  std::vector<Effect> effects = LastRunEffects(
      "FROM debian:12\nRUN wget https://github.com/Kitware/CMake/releases/download/v3.15.4/cmake-3.15.4-Linux-x86_64.sh"
      " -q -O /tmp/cmake-install.sh && chmod u+x /tmp/cmake-install.sh && mkdir /usr/bin/cmake"
      " && /tmp/cmake-install.sh --skip-license --prefix=/usr/bin/cmake && rm /tmp/cmake-install.sh\n");
  ASSERT_EQ(effects.size(), 5u);
  EXPECT_EQ(effects[3].tool, "cmake installer");
  EXPECT_EQ(effects[3].kind, EffectKind::kDeps) << "as the installer known by its own name";
  EXPECT_EQ(effects[3].writes, (Paths{"/usr/bin/cmake"}));
  Effect by_shell = LastCommand(
      "FROM debian:12\nWORKDIR /opt\nRUN curl -fsSLo cmake.sh https://cmake.org/files/v3.6/cmake-3.6.2-Linux-x86_64.sh"
      " && sh cmake.sh --skip-license --exclude-subdir\n");
  EXPECT_EQ(by_shell.writes, (Paths{"/opt"})) << "no --prefix: the working folder";
}

TEST(EffectsUnknownTail, CmakeInstallerThatWouldAskOrIsNotKnownStaysUnknown) {
  const std::string download =
      "FROM debian:12\nRUN curl -fsSLo /tmp/c.sh https://cmake.org/files/v3.6/cmake-3.6.2-Linux-x86_64.sh && ";
  EXPECT_EQ(LastCommand(download + "/tmp/c.sh --prefix=/usr/local\n").kind, EffectKind::kUnknown) << "asks for the license";
  EXPECT_EQ(LastCommand(download + "/tmp/c.sh --skip-license --prefix /usr/local\n").kind, EffectKind::kUnknown)
      << "--prefix takes only =DIR";
  EXPECT_EQ(LastCommand("FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://example.com/setup-3.6.2-Linux-x86_64.sh"
                        " && /tmp/i.sh --skip-license --prefix=/usr/local\n")
                .kind,
            EffectKind::kUnknown)
      << "not cmake's";
  EXPECT_EQ(LastCommand("FROM debian:12\nRUN ./cmake-install.sh --skip-license --prefix=/usr/local\n").kind,
            EffectKind::kUnknown)
      << "a file the stage did not download";
}

TEST(EffectsUnknownTail, DebiansNpmInstallingNpmItselfGoesToItsPrefixThenTheRestIsUnknown) {
  std::vector<Effect> effects = LastRunEffects(
      "FROM ubuntu:16.04\nRUN apt-get update && apt-get install -y nodejs nodejs-legacy npm\n"
      "RUN npm install -g npm@2 && npm install -g grunt-cli\n");
  ASSERT_EQ(effects.size(), 2u);
  EXPECT_EQ(effects[0].kind, EffectKind::kDeps);
  EXPECT_EQ(effects[0].writes, (Paths{"/usr/local/bin", "/usr/local/lib/node_modules"}));
  EXPECT_EQ(effects[1].kind, EffectKind::kUnknown) << "the new npm has node's prefix, /usr, not Debian's npmrc";
  EXPECT_EQ(LastCommand("FROM ubuntu:16.04\nRUN apt-get update && apt-get install -y nodejs npm\n"
                        "RUN npm install -g ./npm-fork.tgz\n")
                .kind,
            EffectKind::kUnknown)
      << "a package file may be npm too: its name is inside it";
}

TEST(EffectsUnknownTail, TensorflowJupyterTagsStartInTf) {
  // Found beside the CMake installer (1ff66880): a clone before any WORKDIR lands in the image's /tf.
  EXPECT_EQ(LastCommand("FROM tensorflow/tensorflow:1.14.0-py3-jupyter\nRUN git clone https://github.com/deepmind/spiral.git\n")
                .writes,
            (Paths{"/tf/spiral"}));
  EXPECT_EQ(BaseImageWorkdir("tensorflow/tensorflow:latest-gpu-jupyter"), "/tf");
  EXPECT_EQ(BaseImageWorkdir("tensorflow/tensorflow:1.14.0-py3"), "/") << "the other tags set no WORKDIR";
}

TEST(EffectsUnknownTail, LeinDepsFillsTheLocalRepositoryAndCleanDeletesTarget) {
  // 171428ca's shape: `RUN ["lein", "deps"]` as the user app, then `lein clean && lein uberjar`.
  constexpr const char* kLein = "FROM java:8u102\nRUN useradd -m app\nUSER app\nWORKDIR /opt/app\n";
  Effect deps = LastCommand(std::string(kLein) + "RUN [\"lein\", \"deps\"]\n");
  EXPECT_EQ(deps.kind, EffectKind::kDeps);
  EXPECT_TRUE(deps.writes.empty());
  EXPECT_EQ(deps.caches, (Paths{"/home/app/.lein", "/home/app/.m2"})) << "sorted";
  Effect clean = LastCommand(std::string(kLein) + "RUN lein clean\n");
  EXPECT_EQ(clean.kind, EffectKind::kFiles);
  EXPECT_EQ(clean.removes, (Paths{"/opt/app/target"}));
  EXPECT_EQ(LastCommand(std::string(kLein) + "RUN lein deps :tree\n").kind, EffectKind::kUnknown);
  EXPECT_EQ(LastCommand(std::string(kLein) + "RUN lein run -m app.migrate\n").kind, EffectKind::kUnknown);
}

TEST(EffectsUnknownTail, AVariableWithoutAValueIsNamedAsWhatIsUnknown) {
  // 6c6200d0's `ARG SRC` without a default, then `mkdir -p $SRC`: mkdir is read, $SRC is not.
  Effect mkdir = LastCommand("FROM ubuntu:18.04\nARG SRC\nRUN mkdir -p $SRC\n");
  EXPECT_EQ(mkdir.kind, EffectKind::kUnknown);
  EXPECT_EQ(mkdir.note, "'$SRC' holds a variable dockopt cannot resolve");
  // bfdda2cf's download: the user name does not place the file, the URL does.
  EXPECT_EQ(LastCommand("FROM ubuntu:14.04\nARG USER_NAME\nARG URL\nRUN wget --http-user=${USER_NAME} ${URL}\n").note,
            "'${URL}' holds a variable dockopt cannot resolve");
  EXPECT_EQ(LastCommand("FROM ubuntu:18.04\nARG SRC\nRUN frobnicate $SRC\n").note,
            "not a command dockopt models: may write anywhere")
      << "unknown whatever the variable holds";
  EXPECT_EQ(LastCommand("FROM ubuntu:18.04\nRUN mkdir -p $(cat /etc/dirs)\n").note, "not a command dockopt models: may write anywhere")
      << "a command's output is no variable";
  EXPECT_EQ(LastCommand("FROM alpine:3.9\nARG DIR\nRUN cd ${DIR}\n").note, "'${DIR}' holds a variable dockopt cannot resolve");
  EXPECT_EQ(LastCommand("FROM alpine:3.9\nRUN DIR=$(mktemp -d) && cd ${DIR}\n").note, "changes to a directory dockopt cannot evaluate")
      << "a command's output";
}

}  // namespace
}  // namespace dockopt::analysis
