// Downloads (effects_files.cc): where curl and wget put what they fetch, with their short flags bundled;
// and the option values of the package managers that fetch packages (effects_packages.cc).
#include <gtest/gtest.h>

#include "analysis/effects.h"
#include "analysis/flow.h"
#include "analysis/test_parse.h"

namespace dockopt::analysis {
namespace {

using Paths = std::vector<std::string>;

// The effect of the first command of the stage's last RUN, in WORKDIR /src.
Effect FirstEffect(std::string run) {
  testing::Parsed p = testing::ParseText("FROM debian:12\nWORKDIR /src\nRUN " + run + "\n");
  StageFlow flow = AnalyzeStage(p.df, 0, FlowOptions{});
  const std::vector<CommandFlow>& commands = flow.instructions.back().commands;
  EXPECT_FALSE(commands.empty());
  return commands.empty() ? Effect{} : commands.front().effect;
}

TEST(EffectsDownload, WgetToStandardOutputWritesNoFile) {
  // `wget -qO- URL | tar xz`: the archive goes down the pipe, no file named after it is left behind
  // (production once copied /x.tar.gz from a builder that never had it).
  for (std::string run : {"wget -qO- https://example.com/x.tar.gz | tar xz", "wget -q -O- https://example.com/x.tar.gz | tar xz",
                          "wget -O - https://example.com/x.tar.gz | tar xz", "wget -qO - https://example.com/x.tar.gz | tar xz"}) {
    Effect wget = FirstEffect(run);
    EXPECT_TRUE(wget.writes.empty()) << run;
  }
}

TEST(EffectsDownload, WgetBundledOutputOptionNamesTheFile) {
  EXPECT_EQ(FirstEffect("wget -qO/tmp/a.deb https://example.com/a.deb").writes, (Paths{"/tmp/a.deb"}));
  EXPECT_EQ(FirstEffect("wget -qO /tmp/a.deb https://example.com/a.deb").writes, (Paths{"/tmp/a.deb"}));
  EXPECT_EQ(FirstEffect("wget -qP /opt https://example.com/a.deb").writes, (Paths{"/opt/a.deb"}));
  // -nv is one option (--no-verbose), not -n -v: the file keeps the URL's name in the working directory.
  EXPECT_EQ(FirstEffect("wget -nv https://example.com/a.deb").writes, (Paths{"/src/a.deb"}));
}

// apt's long --option takes a value like -o: `--option Dpkg::Options::="--force-confnew"` names no
// package (production once ran `apt-get install Dpkg::Options::=--force-confnew ...`).
TEST(EffectsDownload, AptOptionValueIsNoPackage) {
  Effect apt = FirstEffect("apt-get install -qqy --option Dpkg::Options::=\"--force-confnew\" --no-install-recommends curl");
  EXPECT_EQ(apt.packages, (Paths{"curl"}));
}

}  // namespace
}  // namespace dockopt::analysis
