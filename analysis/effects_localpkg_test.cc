// Installs of package files (effects_localpkg.cc): which files, which names the file names state,
// which packages only configure a repository, and the shapes that stay unknown.
#include <gtest/gtest.h>

#include "analysis/effects.h"
#include "analysis/flow.h"
#include "analysis/test_parse.h"

namespace dockopt::analysis {
namespace {

using Paths = std::vector<std::string>;

// The effect of the last command of the stage's last RUN, after `setup` (ENV/ARG/WORKDIR lines).
Effect LastEffect(std::string run, std::string setup = "") {
  testing::Parsed p = testing::ParseText("FROM debian:12\n" + setup + "RUN " + run + "\n");
  StageFlow flow = AnalyzeStage(p.df, 0, FlowOptions{});
  const std::vector<CommandFlow>& commands = flow.instructions.back().commands;
  EXPECT_FALSE(commands.empty());
  return commands.empty() ? Effect{} : commands.back().effect;
}

TEST(EffectsLocalPackages, DpkgInstallIsAPackageInstallOfItsFiles) {
  Effect install = LastEffect("dpkg -i dumb-init_1.2.5_amd64.deb /opt/tini.deb", "WORKDIR /tmp\n");
  EXPECT_EQ(install.kind, EffectKind::kPackages);
  EXPECT_EQ(install.manager, "apt");
  EXPECT_EQ(install.package_files, (Paths{"/tmp/dumb-init_1.2.5_amd64.deb", "/opt/tini.deb"}));
  EXPECT_EQ(install.reads, (Paths{"/opt/tini.deb", "/tmp/dumb-init_1.2.5_amd64.deb"}));
  EXPECT_TRUE(install.packages.empty()) << "no repository name: production cannot apt-get install them";
  EXPECT_TRUE(install.writes.empty()) << "the files go to system paths, as any package's do";
}

TEST(EffectsLocalPackages, EveryToolThatInstallsAFileIsRead) {
  EXPECT_EQ(LastEffect("gdebi -n /tmp/rstudio.deb").package_files, (Paths{"/tmp/rstudio.deb"}));
  Effect apt = LastEffect("apt-get install -y ./renode.deb curl", "WORKDIR /src\n");
  EXPECT_EQ(apt.package_files, (Paths{"/src/renode.deb"}));
  EXPECT_EQ(apt.packages, (Paths{"curl"})) << "a repository name beside the file stays a name";
  EXPECT_EQ(LastEffect("apt install -y /tmp/leaf_latest.deb").tool, "apt install");
  Effect rpm = LastEffect("rpm -ivh https://example.com/jdk-8u131-linux-x64.rpm");
  EXPECT_EQ(rpm.manager, "rpm");
  EXPECT_EQ(rpm.package_files, (Paths{"https://example.com/jdk-8u131-linux-x64.rpm"}));
  EXPECT_TRUE(rpm.reads.empty()) << "a URL is fetched by rpm, not read from the image";
  EXPECT_EQ(LastEffect("rpm -Uvh /root/x-1.0-1.x86_64.rpm").package_files, (Paths{"/root/x-1.0-1.x86_64.rpm"}));
  Effect yum = LastEffect("yum install -y -q python-pip https://example.com/git-2.8.4-1.ep7.x86_64.rpm");
  EXPECT_EQ(yum.packages, (Paths{"python-pip"}));
  EXPECT_EQ(yum.package_files.size(), 1u);
  EXPECT_EQ(LastEffect("yum localinstall -y /tmp/a-1-1.noarch.rpm").tool, "yum localinstall");
  EXPECT_EQ(LastEffect("dnf install -y /tmp/a-1-1.noarch.rpm").tool, "dnf install");
  EXPECT_EQ(LastEffect("alien -i /tmp/oracle-basic-12.1-1.x86_64.rpm").tool, "alien -i");
}

TEST(EffectsLocalPackages, PlainInstallsAndOtherModesAreNotTheirs) {
  Effect plain = LastEffect("apt-get install -y curl");
  EXPECT_TRUE(plain.package_files.empty());
  EXPECT_EQ(plain.packages, (Paths{"curl"}));
  EXPECT_TRUE(LastEffect("yum install -y gcc").package_files.empty());
  EXPECT_EQ(LastEffect("rpm -qa").kind, EffectKind::kNone);
  EXPECT_EQ(LastEffect("dpkg -l").kind, EffectKind::kNone);
}

TEST(EffectsLocalPackages, AFileNameDockoptCannotEvaluateStaysUnknown) {
  Effect unknown = LastEffect("dpkg -i $PACKAGE");
  EXPECT_EQ(unknown.kind, EffectKind::kUnknown);
  EXPECT_EQ(unknown.note, "installs a package file whose name dockopt cannot evaluate");
  Effect known = LastEffect("dpkg -i $PACKAGE", "ENV PACKAGE=/tmp/x.deb\n");
  EXPECT_EQ(known.package_files, (Paths{"/tmp/x.deb"})) << "ENV values are known";
  EXPECT_EQ(LastEffect("dpkg -R -i /debs").kind, EffectKind::kUnknown) << "a folder of files: unread";
}

TEST(EffectsLocalPackages, RepositoryPackagesWriteTheRepositoryConfiguration) {
  Effect epel = LastEffect("rpm -ivh https://dl.fedoraproject.org/pub/epel/epel-release-latest-7.noarch.rpm");
  EXPECT_EQ(epel.note, "repository");
  EXPECT_EQ(epel.writes, (Paths{"/etc/pki/rpm-gpg", "/etc/yum.repos.d"}));
  Effect puppet = LastEffect("dpkg -i /puppetlabs-release-precise.deb");
  EXPECT_EQ(puppet.note, "repository");
  EXPECT_EQ(puppet.writes, (Paths{"/etc/apt"}));
  EXPECT_TRUE(IsRepositoryPackage("https://centos7.iuscommunity.org/ius-release.rpm"));
  EXPECT_TRUE(IsRepositoryPackage("/tmp/endpoint-repo-1.7-1.x86_64.rpm"));
  EXPECT_FALSE(IsRepositoryPackage("/tmp/dumb-init_1.2.5_amd64.deb"));
  EXPECT_FALSE(IsRepositoryPackage("/tmp/releases/x.deb")) << "only the file's own name counts";
}

TEST(EffectsLocalPackages, PackageNamesComeOnlyFromConventionalFileNames) {
  EXPECT_EQ(PackageNameOfFile("/tmp/dumb-init_1.2.5_amd64.deb"), "dumb-init");
  EXPECT_EQ(PackageNameOfFile("google-chrome-stable_current_amd64.deb"), "") << "the version must start with a digit";
  EXPECT_EQ(PackageNameOfFile("/tmp/tini.deb"), "") << "a renamed download says nothing";
  EXPECT_EQ(PackageNameOfFile("./nasm-2.14.02-0.fc27.x86_64.rpm"), "nasm");
  EXPECT_EQ(PackageNameOfFile("https://x/git-2.8.4-1.ep7.x86_64.rpm"), "git");
  EXPECT_EQ(PackageNameOfFile("jdk-8u131-linux-x64.rpm"), "") << "no architecture suffix: not NAME-VERSION-RELEASE.ARCH";
  EXPECT_EQ(PackageNameOfFile("oracle-instantclient12.1-basiclite-12.1.0.2.0-1.x86_64.rpm"), "oracle-instantclient12.1-basiclite");
}

TEST(EffectsLocalPackages, DpkgDebBuildsAPackageFile) {
  Effect named = LastEffect("dpkg-deb --build pkg /tmp/greet-data_1.0_all.deb", "WORKDIR /src\n");
  EXPECT_EQ(named.kind, EffectKind::kFiles);
  EXPECT_EQ(named.reads, (Paths{"/src/pkg"}));
  EXPECT_EQ(named.writes, (Paths{"/tmp/greet-data_1.0_all.deb"}));
  EXPECT_EQ(LastEffect("dpkg-deb -b /tmp/pkg").writes, (Paths{"/tmp/pkg.deb"}));
  EXPECT_EQ(LastEffect("dpkg-deb -b /tmp/pkg /out/").kind, EffectKind::kUnknown) << "a name dpkg-deb picks";
}

TEST(EffectsLocalPackages, ADownloadRemembersItsUrl) {
  Effect curl = LastEffect("curl -fsSLo /tmp/d.deb https://example.com/d_1.0_amd64.deb");
  EXPECT_EQ(curl.writes, (Paths{"/tmp/d.deb"})) << "curl's bundled flags end with -o";
  EXPECT_EQ(curl.url, "https://example.com/d_1.0_amd64.deb");
  Effect wget = LastEffect("wget -q -O /tmp/chefdk.deb https://example.com/chefdk_0.2.1-1_amd64.deb");
  EXPECT_EQ(wget.writes, (Paths{"/tmp/chefdk.deb"})) << "wget's -q takes no value";
  EXPECT_EQ(wget.url, "https://example.com/chefdk_0.2.1-1_amd64.deb");
}

}  // namespace
}  // namespace dockopt::analysis
