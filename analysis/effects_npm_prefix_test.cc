// npm -g after NodeSource's nodejs: the packages by name under /usr/lib/node_modules and their bin links
// in /usr/bin by target; not after Debian's npm (prefix /usr/local) or for names npm reads elsewhere.
#include <gtest/gtest.h>

#include "analysis/effects.h"
#include "analysis/flow.h"
#include "analysis/flow_json.h"
#include "analysis/test_parse.h"

namespace dockopt::analysis {
namespace {

using testing::Parsed;
using testing::EffectAt;
using testing::ParseText;
using Paths = std::vector<std::string>;

constexpr std::string_view kNodeSource =
    "FROM ubuntu:22.04\n"
    "RUN curl -fsSL https://deb.nodesource.com/setup_18.x | bash - && apt-get install -y nodejs\n";

TEST(NpmGlobalLinks, NodeSourcePackagesByNameAndLinksByTarget) {
  Effect e = EffectAt(std::string(kNodeSource) + "RUN npm install -g --unsafe-perm grunt-cli@1.4.3 @angular/cli@16\n", 2, 0);
  EXPECT_EQ(e.writes, (Paths{"/usr/bin", "/usr/lib/node_modules/@angular/cli", "/usr/lib/node_modules/grunt-cli"}));
  ASSERT_EQ(e.links.size(), 2u);
  EXPECT_EQ(e.links[0], (LinkSet{"/usr/bin", "../lib/node_modules/grunt-cli/*"}));
  EXPECT_EQ(e.links[1], (LinkSet{"/usr/bin", "../lib/node_modules/@angular/cli/*"}));
  // The setup saved first and run from the file counts the same.
  EXPECT_EQ(EffectAt("FROM ubuntu:22.04\nRUN curl -sL https://deb.nodesource.com/setup_18.x -o s.sh && bash s.sh"
                     " && apt-get install -y nodejs\nRUN npm i -g bower\n", 2, 0).links.size(), 1u);
}

TEST(NpmGlobalLinks, FlowDumpShowsTheLinks) {
  Parsed p = ParseText(std::string(kNodeSource) + "RUN npm install -g bower\n");
  std::string dump = FlowJson(p.df, AnalyzeStage(p.df, 0, FlowOptions{})).dump();
  EXPECT_NE(dump.find(R"("links":[{"dir":"/usr/bin","targets":"../lib/node_modules/bower/*"}])"), std::string::npos) << dump;
}

TEST(NpmGlobalLinks, NoLinksWhereTheNamesOrThePrefixAreNotKnown) {
  // Debian's npm package: prefix /usr/local, not node's.
  EXPECT_TRUE(EffectAt("FROM ubuntu:22.04\nRUN apt-get install -y nodejs npm\nRUN npm install -g grunt-cli\n", 2, 0).links.empty());
  // nodejs and npm named together after the setup may bring Debian's npm.
  EXPECT_TRUE(EffectAt("FROM ubuntu:22.04\nRUN curl -fsSL https://deb.nodesource.com/setup_18.x | bash - && apt-get install -y nodejs npm\n"
                       "RUN npm install -g grunt-cli\n", 2, 0).links.empty());
  // A folder, a tarball, a git spec, npm itself, and an option that may take the next word.
  for (const char* install : {"npm install -g /opt/tool", "npm install -g ./tool.tgz", "npm install -g user/repo",
                              "npm install -g git+https://x/y.git", "npm install -g npm@9", "npm install -g --loglevel warn x",
                              "npm install -g"})
    EXPECT_TRUE(EffectAt(std::string(kNodeSource) + "RUN " + install + "\n", 2, 0).links.empty()) << install;
}

TEST(NpmGlobalPrefix, UnknownImagesKeepTheGuessThatBlocks) {
  // An image the table does not know may bring its own node, whose npm runs first.
  EXPECT_EQ(EffectAt("FROM example/ibmnode:latest\nRUN apt-get install -y npm\nRUN npm install -g bower\n", 2, 0).writes,
            (Paths{"/usr/bin", "/usr/lib/node_modules"}));
  EXPECT_EQ(EffectAt("FROM ubuntu:22.04\nRUN apt-get install -y npm\nRUN npm install -g bower\n", 2, 0).writes,
            (Paths{"/usr/local/bin", "/usr/local/lib/node_modules"}));
}

}  // namespace
}  // namespace dockopt::analysis
