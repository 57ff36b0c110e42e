// Version managers, self-extracting installers and environment activation: where each one writes, how
// activation moves later python tools, and the shapes that stay unknown.
#include <gtest/gtest.h>

#include "analysis/effects.h"
#include "analysis/flow.h"
#include "analysis/test_parse.h"

namespace dockopt::analysis {
namespace {

using testing::Parsed;
using testing::ParseText;
using Paths = std::vector<std::string>;

// The effects of the commands of the last RUN of `dockerfile`, in order.
std::vector<Effect> LastRunEffects(const std::string& dockerfile) {
  Parsed p = ParseText(dockerfile);
  StageFlow flow = AnalyzeStage(p.df, 0, FlowOptions{});
  std::vector<Effect> out;
  for (const InstructionFlow& inst : flow.instructions)
    if (inst.kind == ir::InstructionKind::kRun) {
      out.clear();
      for (const CommandFlow& command : inst.commands) out.push_back(command.effect);
    }
  return out;
}

// The effect of the command whose tool is `tool` (the first one), or an empty effect.
Effect ByTool(const std::vector<Effect>& effects, std::string_view tool) {
  for (const Effect& effect : effects)
    if (effect.tool == tool) return effect;
  ADD_FAILURE() << "no command with tool '" << tool << "'";
  return Effect{};
}

TEST(EffectsManagers, NvmPutsNodeUnderNvmDir) {
  std::vector<Effect> effects = LastRunEffects(
      "FROM debian:12\nENV NVM_DIR=/usr/local/nvm\n"
      "RUN curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash && . $NVM_DIR/nvm.sh && "
      "nvm install 18 && nvm alias default 18 && nvm use default\n");
  ASSERT_EQ(effects.size(), 6u);
  EXPECT_EQ(ByTool(effects, "nvm installer").writes, (Paths{"/usr/local/nvm"}));
  EXPECT_EQ(ByTool(effects, "nvm.sh").kind, EffectKind::kNone);
  Effect install = ByTool(effects, "nvm install");
  EXPECT_EQ(install.kind, EffectKind::kDeps);
  EXPECT_EQ(install.writes, (Paths{"/usr/local/nvm/alias", "/usr/local/nvm/versions"}));
  EXPECT_EQ(install.caches, (Paths{"/usr/local/nvm/.cache"}));
  EXPECT_EQ(ByTool(effects, "nvm alias").writes, (Paths{"/usr/local/nvm/alias"}));
  EXPECT_EQ(ByTool(effects, "nvm use").kind, EffectKind::kNone);
}

TEST(EffectsManagers, NvmDirComesFromTheSourcedScriptOrHome) {
  std::vector<Effect> sourced = LastRunEffects("FROM debian:12\nRUN . /opt/nvm/nvm.sh && nvm install --lts\n");
  EXPECT_EQ(ByTool(sourced, "nvm install").writes, (Paths{"/opt/nvm/alias", "/opt/nvm/versions"}));
  std::vector<Effect> home = LastRunEffects("FROM debian:12\nRUN nvm install 20\n");
  EXPECT_EQ(ByTool(home, "nvm install").writes, (Paths{"/root/.nvm/alias", "/root/.nvm/versions"}));
  std::vector<Effect> unknown = LastRunEffects("FROM debian:12\nRUN . $SOMEWHERE/nvm.sh && nvm install 20\n");
  ASSERT_EQ(unknown.size(), 2u);
  EXPECT_EQ(unknown[1].kind, EffectKind::kUnknown) << "nvm.sh from an unknown folder sets NVM_DIR to it";
}

TEST(EffectsManagers, SdkmanCandidatesGoUnderSdkmanDir) {
  std::vector<Effect> effects = LastRunEffects(
      "FROM debian:12\nRUN curl -s https://get.sdkman.io | bash && /bin/bash -lc \"sdk install java 17.0.9-tem\"\n");
  EXPECT_EQ(ByTool(effects, "sdkman installer").writes, (Paths{"/root/.sdkman"}));
  Effect java = ByTool(effects, "sdk install");
  EXPECT_EQ(java.kind, EffectKind::kDeps);
  EXPECT_EQ(java.writes, (Paths{"/root/.sdkman/candidates/java"}));
  std::vector<Effect> init = LastRunEffects(
      "FROM debian:12\nRUN source /opt/sdkman/bin/sdkman-init.sh && sdk install gradle 8.5 && sdk flush archives\n");
  EXPECT_EQ(ByTool(init, "sdk install").writes, (Paths{"/opt/sdkman/candidates/gradle"}));
  EXPECT_EQ(ByTool(init, "sdk flush").removes, (Paths{"/opt/sdkman/archives"}));
}

TEST(EffectsManagers, CondaActivationMovesPipIntoTheConda) {
  std::vector<Effect> activated = LastRunEffects(
      "FROM continuumio/miniconda3\nRUN conda create -y -n app python=3.11 && . activate app && pip install flask\n");
  ASSERT_EQ(activated.size(), 3u);
  EXPECT_EQ(activated[0].writes, (Paths{"/opt/conda/envs/app"}));
  EXPECT_EQ(activated[1].kind, EffectKind::kNone);
  EXPECT_EQ(activated[1].note, "activates the conda environment /opt/conda/envs/app");
  EXPECT_EQ(activated[2].writes, (Paths{"/opt/conda"})) << "an env without pip falls back to the root's";
  std::vector<Effect> first_on_path = LastRunEffects(
      "FROM ubuntu:22.04\nENV PATH=/opt/miniconda/bin:$PATH\nRUN pip install flask\n");
  EXPECT_EQ(ByTool(first_on_path, "pip install").writes, (Paths{"/opt/miniconda"}));
  std::vector<Effect> system = LastRunEffects("FROM python:3.12\nRUN pip install flask\n");
  EXPECT_EQ(ByTool(system, "pip install").writes, (Paths{"/usr/local/bin", "/usr/local/lib"}));
  std::vector<Effect> no_conda = LastRunEffects("FROM ubuntu:22.04\nRUN conda activate app\n");
  EXPECT_EQ(no_conda.at(0).kind, EffectKind::kUnknown) << "no conda dockopt can place";
}

TEST(EffectsManagers, SoftwareCollectionsAddTheirFolders) {
  std::vector<Effect> gem = LastRunEffects("FROM centos:7\nRUN scl enable rh-ruby27 'gem install bundler'\n");
  ASSERT_EQ(gem.size(), 1u);
  EXPECT_NE(gem[0].kind, EffectKind::kUnknown);
  EXPECT_EQ(gem[0].writes.front(), "/opt/rh/rh-ruby27") << "besides where the system's gem would write";
  EXPECT_EQ(LastRunEffects("FROM centos:7\nRUN scl enable devtoolset-9 bash\n").at(0).kind, EffectKind::kNone)
      << "a shell on RUN's empty standard input exits at once";
  std::vector<Effect> sourced = LastRunEffects(
      "FROM centos:7\nRUN source scl_source enable rh-python38 && pip install flask\n");
  ASSERT_EQ(sourced.size(), 2u);
  EXPECT_EQ(sourced[1].writes, (Paths{"/opt/rh/rh-python38", "/usr/local/bin", "/usr/local/lib"}));
}

TEST(EffectsManagers, StartupFilesSetTheEnvironmentUntilTheStageWritesThem) {
  EXPECT_EQ(LastRunEffects("FROM ubuntu:22.04\nRUN source ~/.bashrc\n").at(0).kind, EffectKind::kNone);
  EXPECT_EQ(LastRunEffects("FROM ubuntu:22.04\nRUN . /etc/profile\n").at(0).kind, EffectKind::kNone);
  EXPECT_EQ(LastRunEffects("FROM ros:noetic\nRUN . /opt/ros/noetic/setup.bash\n").at(0).tool, "ros setup");
  EXPECT_EQ(LastRunEffects("FROM ros:noetic\nRUN . /opt/ros/noetic/share/x/setup.bash\n").at(0).kind, EffectKind::kUnknown);
  EXPECT_EQ(LastRunEffects("FROM ubuntu:22.04\nRUN echo 'mkdir /x' >> ~/.bashrc\nRUN source ~/.bashrc\n").at(0).kind,
            EffectKind::kUnknown)
      << "what the stage appended is not read";
  EXPECT_EQ(LastRunEffects("FROM ubuntu:22.04\nCOPY profile /etc/profile\nRUN . /etc/profile\n").at(0).kind,
            EffectKind::kUnknown);
}

TEST(EffectsManagers, SelfExtractingInstallersWriteTheirPrefix) {
  Effect cmake = LastRunEffects("FROM debian:12\nRUN sh /cmake-3.14.0-Linux-x86_64.sh --prefix=/opt/cmake --skip-license\n").at(0);
  EXPECT_EQ(cmake.tool, "cmake installer");
  EXPECT_EQ(cmake.writes, (Paths{"/opt/cmake"}));
  EXPECT_EQ(LastRunEffects("FROM debian:12\nRUN sh /cmake-3.14.0-Linux-x86_64.sh --prefix=/opt/cmake\n").at(0).kind,
            EffectKind::kUnknown)
      << "without --skip-license it asks on its standard input";
  EXPECT_EQ(LastRunEffects("FROM debian:12\nRUN bash Miniconda3-latest-Linux-x86_64.sh -b\n").at(0).writes,
            (Paths{"/root/miniconda3"}));
  EXPECT_EQ(LastRunEffects("FROM debian:12\nRUN bash ~/miniconda.sh -b\n").at(0).kind, EffectKind::kUnknown)
      << "a renamed installer's default folder is unknown";
  std::vector<Effect> rustup = LastRunEffects(
      "FROM ubuntu:16.04\nRUN curl https://sh.rustup.rs > sh.rustup.rs && sh sh.rustup.rs -y && "
      "rustup target add x86_64-unknown-linux-musl\n");
  ASSERT_EQ(rustup.size(), 3u);
  EXPECT_EQ(rustup[1].writes, (Paths{"/root/.cargo", "/root/.rustup"}));
  EXPECT_EQ(rustup[2].writes, (Paths{"/root/.rustup"}));
}

TEST(EffectsManagers, DepsInstallerPutsDepInGobin) {
  std::vector<Effect> gobin = LastRunEffects(
      "FROM golang:1.10\nRUN export GOBIN=/usr/local/bin && curl https://raw.githubusercontent.com/golang/dep/master/install.sh | sh\n");
  EXPECT_EQ(ByTool(gobin, "dep installer").writes, (Paths{"/usr/local/bin/dep"}));
  std::vector<Effect> gopath = LastRunEffects(
      "FROM golang:1.10\nRUN curl https://raw.githubusercontent.com/golang/dep/master/install.sh | sh\n");
  EXPECT_EQ(ByTool(gopath, "dep installer").writes, (Paths{"/go/bin/dep"}));
  std::vector<Effect> assigned = LastRunEffects(
      "FROM golang:1.10\nRUN curl https://raw.githubusercontent.com/golang/dep/master/install.sh | INSTALL_DIRECTORY=/opt/bin sh\n");
  EXPECT_EQ(ByTool(assigned, "dep installer").writes, (Paths{"/opt/bin/dep"})) << "the shell's own assignment wins";
  std::vector<Effect> unknown = LastRunEffects(
      "FROM golang:1.10\nRUN curl https://raw.githubusercontent.com/golang/dep/master/install.sh | INSTALL_DIRECTORY=$X sh\n");
  ASSERT_EQ(unknown.size(), 2u);
  EXPECT_EQ(unknown[1].kind, EffectKind::kUnknown);
}

}  // namespace
}  // namespace dockopt::analysis
