// Where an install's packages come from: the options production's install must repeat.
#include <gtest/gtest.h>

#include "analysis/effects.h"
#include "analysis/flow.h"
#include "analysis/test_parse.h"

namespace dockopt::analysis {
namespace {

using Sources = std::vector<std::string>;

// The sources of the first package command of the last RUN of `dockerfile`.
Sources FirstInstallSources(const std::string& dockerfile) {
  testing::Parsed p = testing::ParseText(dockerfile);
  StageFlow flow = AnalyzeStage(p.df, 0, FlowOptions{});
  for (auto it = flow.instructions.rbegin(); it != flow.instructions.rend(); ++it)
    if (it->kind == ir::InstructionKind::kRun)
      for (const CommandFlow& command : it->commands)
        if (command.effect.kind == EffectKind::kPackages) return command.effect.sources;
  ADD_FAILURE() << "no package command";
  return {};
}

TEST(EffectsSources, ApkRepositoryOnTheCommandLine) {
  EXPECT_EQ(FirstInstallSources("FROM alpine:3.20\nRUN apk add -X https://m/edge/testing vips-dev\n"),
            (Sources{"--repository https://m/edge/testing"}));
  EXPECT_EQ(FirstInstallSources("FROM alpine:3.20\nRUN apk add --repository=https://m/edge/testing vips-dev\n"),
            (Sources{"--repository https://m/edge/testing"}));
  // -t names a virtual package on apk, not a release.
  EXPECT_EQ(FirstInstallSources("FROM alpine:3.20\nRUN apk add -t .deps gcc\n"), Sources{});
}

TEST(EffectsSources, AptTargetReleaseAndRpmRepositories) {
  EXPECT_EQ(FirstInstallSources("FROM debian:11\nRUN apt-get install -y -t bullseye-backports libfoo-dev\n"),
            (Sources{"-t bullseye-backports"}));
  EXPECT_EQ(FirstInstallSources("FROM debian:11\nRUN apt-get install -y --target-release=bullseye-backports libfoo-dev\n"),
            (Sources{"-t bullseye-backports"}));
  EXPECT_EQ(FirstInstallSources("FROM rockylinux:9\nRUN dnf install -y --enablerepo=crb --disablerepo=epel gcc\n"),
            (Sources{"--enablerepo=crb", "--disablerepo=epel"}));
  // A removal chooses no source, and an install without options has none.
  EXPECT_EQ(FirstInstallSources("FROM debian:12\nRUN apt-get install -y libpq-dev\n"), Sources{});
}

}  // namespace
}  // namespace dockopt::analysis
