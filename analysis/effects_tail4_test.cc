// The tail of round 4: npm's global prefix after the node release tarball is unpacked by hand (or
// nvm installs it), tar's abbreviated --strip, the autotools, debconf preseeding, `su USER -c CMD`.
#include <gtest/gtest.h>

#include "analysis/effects.h"
#include "analysis/flow.h"
#include "analysis/test_parse.h"

namespace dockopt::analysis {
namespace {

using testing::Parsed;
using testing::EffectAt;
using testing::ParseText;
using Paths = std::vector<std::string>;

constexpr std::string_view kUnpack =
    "RUN curl -SLO https://nodejs.org/dist/v7.4.0/node-v7.4.0-linux-x64.tar.gz"
    " && tar -xzf node-v7.4.0-linux-x64.tar.gz -C /usr/local --strip-components=1\n";

TEST(NodeRelease, UnpackedIntoUsrLocalIsNpmsPrefix) {
  std::string text = "FROM ubuntu:14.04\n" + std::string(kUnpack) + "RUN npm install -g ionic\n";
  EXPECT_EQ(EffectAt(text, 2, 0).writes, (Paths{"/usr/local/bin", "/usr/local/lib/node_modules"}));
  // In the same RUN too, and with the xz tarball the official node image's Dockerfile fetches.
  EXPECT_EQ(EffectAt("FROM ubuntu:14.04\nRUN tar -xJf node-v6.9.4-linux-x64.tar.xz -C /usr/local --strip-components=1"
                     " && npm install -g carto\n",
                     1, 1)
                .writes,
            (Paths{"/usr/local/bin", "/usr/local/lib/node_modules"}));
  // A distribution's nodejs installed later does not move it: /usr/local/bin comes first on PATH.
  EXPECT_EQ(EffectAt("FROM ubuntu:14.04\n" + std::string(kUnpack) + "RUN apt-get install -y nodejs\nRUN npm install -g x\n", 3, 0).writes,
            (Paths{"/usr/local/bin", "/usr/local/lib/node_modules"}));
}

TEST(NodeRelease, ElsewhereOnlyWhenItsBinComesFirstOnPath) {
  std::string piped = "RUN curl -L https://nodejs.org/dist/v0.10.26/node-v0.10.26-linux-x64.tar.gz | tar -zx --strip 1 -C /opt/node\n";
  EXPECT_EQ(EffectAt("FROM debian:8\nENV PATH /opt/node/bin/:$PATH\n" + piped + "RUN npm install x -g\n", 3, 0).writes,
            (Paths{"/opt/node/bin", "/opt/node/lib/node_modules"}));
  EXPECT_EQ(EffectAt("FROM debian:8\nENV PATH $PATH:/opt/node/bin\n" + piped + "RUN npm install x -g\n", 3, 0).kind,
            EffectKind::kUnknown)
      << "another node may come first on PATH";
  EXPECT_EQ(EffectAt("FROM debian:8\n" + piped + "RUN npm install x -g\n", 2, 0).kind, EffectKind::kUnknown);
}

TEST(NodeRelease, NvmInstallsTheSameTree) {
  std::string text = "FROM python:3.11\nENV NVM_DIR /usr/local/nvm\nRUN . $NVM_DIR/nvm.sh && nvm install 6.14.4\n"
                     "ENV PATH $NVM_DIR/versions/node/v6.14.4/bin:$PATH\nRUN npm install -g gulp\n";
  EXPECT_EQ(EffectAt(text, 4, 0).writes,
            (Paths{"/usr/local/nvm/versions/node/v6.14.4/bin", "/usr/local/nvm/versions/node/v6.14.4/lib/node_modules"}));
  // An alias names no folder; PATH leading to another version's folder is not one nvm installed.
  for (std::string_view install : {"nvm install --lts", "nvm install 6", "nvm install 6.14.3"})
    EXPECT_EQ(EffectAt("FROM python:3.11\nENV NVM_DIR /usr/local/nvm\nRUN . $NVM_DIR/nvm.sh && " + std::string(install) +
                           "\nENV PATH $NVM_DIR/versions/node/v6.14.4/bin:$PATH\nRUN npm install -g gulp\n",
                       4, 0)
                  .kind,
              EffectKind::kUnknown)
        << install;
}

TEST(NodeRelease, OtherArchivesAndShapesSayNothing) {
  // Not the release's name, no --strip-components=1 (node would be at DIR/node-v.../bin), or only some
  // members: npm's prefix stays unknown.
  for (std::string_view run : {"tar -xzf node.tar.gz -C /usr/local --strip-components=1",
                               "tar -xzf node-v7.4.0-linux-x64.tar.gz -C /usr/local",
                               "tar -xzf node-v7.4.0-linux-x64.tar.gz -C /usr/local --strip-components=2",
                               "tar -xzf node-v7.4.0-linux-x64.tar.gz -C /usr/local --strip-components=1 node-v7.4.0-linux-x64/bin/node"})
    EXPECT_EQ(EffectAt("FROM ubuntu:14.04\nRUN " + std::string(run) + " && npm install -g x\n", 1, 1).kind, EffectKind::kUnknown) << run;
}

TEST(NodeRelease, TarTakesAbbreviatedStrip) {
  // `--strip 1` is --strip-components: the 1 is no member name.
  EXPECT_EQ(EffectAt("FROM debian:12\nRUN tar -zxf a.tgz --strip 1 -C /opt/a\n", 1, 0).writes, (Paths{"/opt/a"}));
  EXPECT_EQ(EffectAt("FROM debian:12\nRUN tar -zxf a.tgz --strip=1 -C /opt/a a-1/bin/a\n", 1, 0).writes, (Paths{"/opt/a/bin/a"}));
}

TEST(Autotools, RegenerateTheTreeInPlace) {
  EXPECT_EQ(EffectAt("FROM debian:12\nWORKDIR /t1utils\nRUN autoreconf -i\n", 2, 0).writes, (Paths{"/t1utils"}));
  EXPECT_EQ(EffectAt("FROM debian:12\nRUN cd /src && autoreconf -fiv . lib\n", 1, 1).writes, (Paths{"/src", "/src/lib"}));
  EXPECT_EQ(EffectAt("FROM debian:12\nRUN cd /src && aclocal -I m4 && automake --add-missing --foreign\n", 1, 2).writes,
            (Paths{"/src"}));
  // --make runs ./configure and make; -o names another output; a macro folder outside the tree.
  for (std::string_view run : {"autoreconf -i --make", "autoconf -o /x/configure", "aclocal --install -I /usr/share/m4",
                               "autoreconf -im"})
    EXPECT_EQ(EffectAt("FROM debian:12\nRUN cd /src && " + std::string(run) + "\n", 1, 1).kind, EffectKind::kUnknown) << run;
}

TEST(Debconf, PreseedingWritesItsDatabase) {
  Effect preseed = EffectAt("FROM ubuntu:22.04\nRUN echo 'mysql-server mysql-server/root_password password x' | debconf-set-selections\n", 1, 1);
  EXPECT_EQ(preseed.note, "repository");
  EXPECT_EQ(preseed.writes, (Paths{"/var/cache/debconf"}));
}

TEST(SwitchedUser, SuRunsItsCommandWithTheUsersHome) {
  std::string made = "FROM ruby:3.2\nRUN useradd --create-home --home /srv/app app\n";
  // `su USER -s SHELL -c CMD`: CMD walked in the same folder; `--path` names where the gems go.
  Effect bundle = EffectAt(made + "RUN su app -s /bin/bash -c 'bundle install --path /opt/vendor/bundle'\n", 2, 0);
  EXPECT_EQ(bundle.tool, "bundle install");
  EXPECT_EQ(bundle.writes, (Paths{"/opt/vendor/bundle"}));
  // HOME is the user's: `pip install --user` writes its ~/.local.
  EXPECT_EQ(EffectAt(made + "RUN su app -c 'pip install --user flask'\n", 2, 0).writes, (Paths{"/srv/app/.local"}));
  EXPECT_EQ(EffectAt("FROM ruby:3.2\nRUN su -c 'pip install --user flask'\n", 1, 0).writes, (Paths{"/root/.local"}));
  // A user whose home the stage did not give, a login shell, another option: unknown.
  for (std::string_view run : {"su nobody -c 'pip install --user flask'", "su - app -c 'pip install --user flask'",
                               "su -l app -c 'pip install --user flask'", "su -g staff app -c 'pip install --user flask'"})
    EXPECT_EQ(EffectAt(made + "RUN " + std::string(run) + "\n", 2, 0).kind, EffectKind::kUnknown) << run;
}

}  // namespace
}  // namespace dockopt::analysis
