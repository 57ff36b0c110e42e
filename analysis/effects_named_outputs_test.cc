// Tools whose outputs their arguments name, filters, tar's members and option bundles, moves into
// standard folders, and the shapes of each that stay unknown.
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


Effect Only(const std::string& run) {
  std::vector<Effect> effects = LastRunEffects("FROM debian:12\nRUN " + run + "\n");
  EXPECT_EQ(effects.size(), 1u) << run;
  return effects.empty() ? Effect{} : effects.front();
}

TEST(EffectsNamedOutputs, FiltersAndQueriesWriteNothing) {
  for (const char* run : {"cut -d' ' -f1", "base64 -d", "tr -d x", "route -n", "cmake --version", "readlink -f /x"})
    EXPECT_EQ(Only(run).kind, EffectKind::kNone) << run;
  EXPECT_EQ(Only("route add default gw 10.0.0.1").kind, EffectKind::kUnknown) << "changes the kernel's table";
  EXPECT_EQ(Only("xargs -n1 -I file echo ln -s file file").kind, EffectKind::kNone);
  EXPECT_EQ(Only("xargs -0 sed -i s/a/b/").kind, EffectKind::kUnknown) << "edits files whose names come from the pipe";
}

TEST(EffectsNamedOutputs, AssignmentBuiltinsSetVariables) {
  std::vector<Effect> effects = LastRunEffects("FROM debian:12\nRUN readonly DIR=/opt/x && mkdir $DIR\n");
  ASSERT_EQ(effects.size(), 2u);
  EXPECT_EQ(effects[0].kind, EffectKind::kNone);
  EXPECT_EQ(effects[1].writes, (Paths{"/opt/x"}));
  effects = LastRunEffects("FROM debian:12\nENV D=/a\nRUN declare -n D=other && mkdir $D\n");
  ASSERT_EQ(effects.size(), 2u);
  EXPECT_EQ(effects[1].kind, EffectKind::kUnknown) << "a name reference: $D is no longer /a";
}

TEST(EffectsNamedOutputs, ToolsWriteWhatTheirArgumentsName) {
  EXPECT_EQ(Only("patchelf --set-rpath '$ORIGIN/' /tools/kdu_compress").writes, (Paths{"/tools/kdu_compress"}))
      << "the single-quoted $ORIGIN is the rpath's text, not a path";
  EXPECT_EQ(Only("patchelf --print-needed /bin/ls").kind, EffectKind::kNone);
  EXPECT_EQ(Only("patchelf --replace-needed a.so b.so /x").kind, EffectKind::kUnknown);
  EXPECT_EQ(Only("pyrcc4 icons.qrc -o gui/icons_rc.py").writes, (Paths{"/gui/icons_rc.py"}));
  EXPECT_EQ(Only("hmmpress /db/Pfam-A.hmm").writes,
            (Paths{"/db/Pfam-A.hmm.h3f", "/db/Pfam-A.hmm.h3i", "/db/Pfam-A.hmm.h3m", "/db/Pfam-A.hmm.h3p"}));
  Effect key = Only("openssl genrsa -passout pass:x 1024 > /web.key");
  EXPECT_EQ(key.writes, (Paths{"/web.key"}));
  EXPECT_EQ(key.caches, (Paths{"/root/.rnd"})) << "old releases save a seed no runtime reads";
  EXPECT_EQ(Only("openssl req -x509 -nodes -keyout /k.pem -out /c.pem -subj /CN=x").writes, (Paths{"/c.pem", "/k.pem"}));
  EXPECT_EQ(Only("openssl ca -in x.csr").kind, EffectKind::kUnknown) << "ca keeps its own database";
  EXPECT_EQ(Only("salt-key --gen-keys=master-minion --gen-keys-dir=/etc/salt").writes,
            (Paths{"/etc/salt/master-minion.pem", "/etc/salt/master-minion.pub"}));
  EXPECT_EQ(Only("salt-key -A").kind, EffectKind::kUnknown);
}

TEST(EffectsNamedOutputs, LocalRsyncWritesItsDestination) {
  Effect rsync = Only("rsync -a /opt/node/ /usr/local");
  EXPECT_EQ(rsync.writes, (Paths{"/usr/local"}));
  EXPECT_EQ(rsync.reads, (Paths{"/opt/node"}));
  EXPECT_EQ(Only("rsync -raz . user@host:zones/").kind, EffectKind::kUnknown) << "a remote side";
  EXPECT_EQ(Only("rsync -a --backup-dir=/old /a/ /b").kind, EffectKind::kUnknown);
}

TEST(EffectsNamedOutputs, GoDependencyToolsWriteVendorOrGopath) {
  std::vector<Effect> dep = LastRunEffects(
      "FROM golang:1.10\nWORKDIR /go/src/app\nCOPY Gopkg.toml Gopkg.lock ./\nRUN dep ensure -vendor-only\n");
  ASSERT_EQ(dep.size(), 1u);
  EXPECT_EQ(dep[0].writes, (Paths{"/go/src/app/vendor"}));
  EXPECT_EQ(dep[0].caches, (Paths{"/go/pkg/dep"}));
  EXPECT_EQ(LastRunEffects("FROM golang:1.10\nWORKDIR /go/src/app\nRUN dep ensure\n").at(0).kind, EffectKind::kUnknown)
      << "without the manifest here, dep may find the project in a parent folder";
  EXPECT_EQ(LastRunEffects("FROM golang:1.10\nRUN godep restore\n").at(0).writes, (Paths{"/go/src"}));
}

TEST(EffectsNamedOutputs, TarReadsOptionBundlesAndNamedMembers) {
  EXPECT_EQ(Only("tar -zxC /usr/local/ -f x.tgz").writes, (Paths{"/usr/local"}));
  EXPECT_EQ(Only("tar xzfC /x.tgz /opt").writes, (Paths{"/opt"})) << "old style: values in letter order";
  EXPECT_EQ(Only("tar --no-same-owner -C /usr/bin/ -xzf c.tgz caddy").writes, (Paths{"/usr/bin/caddy"}));
  EXPECT_EQ(Only("tar -xzf a.tgz -C /opt --strip-components=1 a-1.0/bin/a").writes, (Paths{"/opt/bin/a"}));
  EXPECT_EQ(Only("tar -xzf a.tgz -C /opt --wildcards '*/bin/a'").writes, (Paths{"/opt"})) << "a pattern: the folder";
  EXPECT_EQ(Only("tar -xzf a.tgz -C /opt --strip-components=1 a").writes, (Paths{"/opt"}));
}

TEST(EffectsNamedOutputs, MovesIntoStandardFoldersNameTheFile) {
  EXPECT_EQ(Only("mv gh-md-toc /bin").writes, (Paths{"/bin/gh-md-toc"}));
  EXPECT_EQ(Only("cp /usr/local/bin/pip /usr/bin").writes, (Paths{"/usr/bin/pip"}));
  EXPECT_EQ(Only("ln -s /usr/lib/x86_64-linux-gnu/libjpeg.so /usr/lib").writes, (Paths{"/usr/lib/libjpeg.so"}));
  EXPECT_EQ(Only("ln -sfn /x /bin").writes, (Paths{"/bin"})) << "-n replaces a symlinked /bin itself";
  EXPECT_EQ(Only("mv -T /a /usr/bin").writes, (Paths{"/usr/bin"}));
  EXPECT_EQ(Only("mv tool /srv").writes, (Paths{"/srv"})) << "not a folder every image has";
  EXPECT_EQ(Only("install -m 755 app /usr/bin").writes, (Paths{"/usr/bin/app"})) << "755 is the mode, not a source";
  EXPECT_EQ(Only("install -d /var/app /var/log/app").writes, (Paths{"/var/app", "/var/log/app"}));
}

TEST(EffectsNamedOutputs, SedInPlaceInABundleAndOverAGlob) {
  EXPECT_EQ(Only("sed -ri -e 's!/var/www/html!/srv!g' /etc/apache2/sites-available/*.conf").writes,
            (Paths{"/etc/apache2/sites-available"})) << "the files the glob matches lie in that folder";
  EXPECT_EQ(Only("sed -i.bak s/a/b/ /etc/x.conf").writes, (Paths{"/etc/x.conf"}));
  EXPECT_EQ(Only("sed -ne 's/a/b/p' /etc/x.conf").kind, EffectKind::kNone) << "-n -e SCRIPT: prints only";
  EXPECT_EQ(Only("sed -i s/a/b/ /etc/*/x.conf").writes, (Paths{"/etc/*/x.conf"})) << "a glob above the file stays a pattern";
}

TEST(EffectsNamedOutputs, GemsWithoutGemHomeGoWhereTheDistributionsRubyKeepsThem) {
  EXPECT_EQ(LastRunEffects("FROM ruby:3.3\nRUN gem install rails\n").at(0).writes, (Paths{"/usr/local/bundle"}))
      << "the official image sets GEM_HOME";
  EXPECT_EQ(LastRunEffects("FROM alpine:3.5\nRUN gem install github_changelog_generator\n").at(0).writes,
            (Paths{"/usr/bin", "/usr/lib/ruby/gems"}));
  EXPECT_EQ(LastRunEffects("FROM ubuntu:22.04\nRUN gem install bundler\n").at(0).writes,
            (Paths{"/usr/local/bin", "/var/lib/gems"}));
  EXPECT_EQ(LastRunEffects("FROM centos:7\nRUN gem install bundler\n").at(0).kind, EffectKind::kUnknown);
}

// An official image that adds a language or a toolchain, and no ruby, to a distribution's image: the
// only `gem` on it is the distribution's. An image the table does not know may hold its own ruby.
TEST(EffectsNamedOutputs, GemsOnOfficialImagesWithoutARubyOfTheirOwnGoWhereTheDistributionsRubyKeepsThem) {
  for (const char* image : {"buildpack-deps:xenial", "node:5.10.0", "golang:1.7.1", "python:3.11"})
    EXPECT_EQ(LastRunEffects(std::string("FROM ") + image + "\nRUN gem install foreman\n").at(0).writes,
              (Paths{"/usr/local/bin", "/var/lib/gems"})) << image;
  EXPECT_EQ(LastRunEffects("FROM python:2.7-alpine\nRUN gem install sass\n").at(0).writes,
            (Paths{"/usr/bin", "/usr/lib/ruby/gems"}));
  EXPECT_EQ(LastRunEffects("FROM buildpack-deps:jessie-scm\nRUN bundle install --gemfile /tmp/Gemfile\n").at(0).writes,
            (Paths{"/usr/local/bin", "/var/lib/gems"}));
  for (const char* image : {"ruby:2.6", "tuttleofx/tuttleofx:python2-latest", "phusion/baseimage:0.9.19", "fedora:21"})
    EXPECT_EQ(LastRunEffects(std::string("FROM ") + image + "\nRUN gem install foreman\n").at(0).kind == EffectKind::kUnknown,
              std::string(image) != "ruby:2.6") << image;
}

// `gem cleanup` and `gem uninstall` change only where gems go (an enabled collection's ruby: its tree).
TEST(EffectsNamedOutputs, GemCleanupChangesWhereGemsGo) {
  EXPECT_EQ(LastRunEffects("FROM ubuntu:22.04\nRUN gem cleanup fluentd\n").at(0).writes, (Paths{"/usr/local/bin", "/var/lib/gems"}));
  EXPECT_EQ(LastRunEffects("FROM ruby:3.3\nRUN gem uninstall -x rake\n").at(0).writes, (Paths{"/usr/local/bundle"}));
  EXPECT_EQ(LastRunEffects("FROM centos:7\nRUN scl enable rh-ruby23 'gem cleanup fluentd'\n").at(0).writes,
            (Paths{"/opt/rh/rh-ruby23"}));
  EXPECT_EQ(LastRunEffects("FROM centos:7\nRUN gem cleanup\n").at(0).kind, EffectKind::kUnknown) << "a RHEL ruby";
}

// `bundler` is the same program as `bundle` (the bundler gem installs both).
TEST(EffectsNamedOutputs, BundlerIsBundle) {
  EXPECT_EQ(LastRunEffects("FROM ubuntu:22.04\nWORKDIR /app\nRUN bundler install\n").at(0).writes,
            (Paths{"/usr/local/bin", "/var/lib/gems"}));
  EXPECT_EQ(LastRunEffects("FROM ruby:3.2\nWORKDIR /app\nRUN bundler install --path vendor/bundle\n").at(0).writes,
            (Paths{"/app/vendor/bundle"}));
  EXPECT_EQ(LastRunEffects("FROM ruby:3.2\nWORKDIR /app\nRUN bundler install --path vendor/bundle\n").at(0).reads,
            (Paths{"/app/Gemfile", "/app/Gemfile.lock"}));
}

// Not a tool but the same question, what exactly lands where: `COPY src dest/` puts a folder's
// contents into dest itself, a file at dest/src.
TEST(EffectsNamedOutputs, CopyOfAPossibleFolderWritesItsDestination) {
  Parsed p = ParseText("FROM debian:12\nCOPY ./sketchme-api /workdir/app/\nCOPY package.json yarn.lock /srv/\nCOPY start.sh /\n");
  StageFlow flow = AnalyzeStage(p.df, 0, FlowOptions{});
  EXPECT_EQ(flow.instructions.at(1).writes, (Paths{"/workdir/app"})) << "a folder's files would not be at /workdir/app/sketchme-api";
  EXPECT_EQ(flow.instructions.at(2).writes, (Paths{"/srv/package.json", "/srv/yarn.lock"})) << "manifests are files by definition";
  EXPECT_EQ(flow.instructions.at(3).writes, (Paths{"/start.sh"})) << "into '/': the name stays";
}

}  // namespace
}  // namespace dockopt::analysis
