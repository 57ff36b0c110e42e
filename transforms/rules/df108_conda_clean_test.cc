// Tests for DF108 conda-clean through Optimize with only DF108 selected.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF108";

TEST(CondaCleanTest, CleansAfterTheLastInstallWithItsTool) {
  EXPECT_EQ(Fixed(kRule, "FROM continuumio/miniconda3\nRUN conda install -y numpy\n"),
            "FROM continuumio/miniconda3\nRUN conda install -y numpy && conda clean -afy\n");
  EXPECT_EQ(Fixed(kRule, "FROM continuumio/miniconda3\nRUN conda create -y -n a python && conda install -y -n a numpy && pytest\n"),
            "FROM continuumio/miniconda3\nRUN conda create -y -n a python && conda install -y -n a numpy && conda clean -afy && pytest\n");
  EXPECT_EQ(Fixed(kRule, "FROM x\nRUN $CONDA_DIR/bin/mamba env update -n base -f env.yml\n"),
            "FROM x\nRUN $CONDA_DIR/bin/mamba env update -n base -f env.yml && $CONDA_DIR/bin/mamba clean -afy\n");
  EXPECT_EQ(Fixed(kRule, "FROM x\nRUN micromamba create -y -n app python\n"),
            "FROM x\nRUN micromamba create -y -n app python && micromamba clean --all --yes\n");
}

TEST(CondaCleanTest, Negatives) {
  for (std::string_view text : {
           "FROM x\nRUN conda install -y a && conda clean -afy\n",
           "FROM x\nRUN conda install -y a && conda clean --all --yes\n",
           "FROM x\nRUN conda install -y a && conda clean -yt\n",
           "FROM x\nRUN conda install -y a && rm -rf /opt/conda/pkgs\n",
           "FROM x\nRUN --mount=type=cache,target=/opt/conda/pkgs/ conda install -y a\n",
           "FROM x\nRUN [\"conda\", \"install\", \"-y\", \"a\"]\n",
           "FROM x\nRUN conda config --set always_yes true && conda info\n",
           "FROM x\nRUN conda install -d -y a\n",
       }) {
    OptimizeResult result = RunRule(kRule, text);
    EXPECT_EQ(result.output, text);
    EXPECT_TRUE(result.reports.empty()) << text;
  }
}

TEST(CondaCleanTest, SuggestionsNameTheBlocker) {
  OptimizeResult wrapped = RunRule(kRule, "FROM x\nRUN sudo conda install -y a\n");
  ASSERT_EQ(wrapped.reports.size(), 1u);
  EXPECT_NE(wrapped.reports[0].message.find("runs through 'sudo'"), std::string::npos);
  OptimizeResult root = RunRule(kRule, "FROM x\nRUN micromamba install -r /env -y a\n");
  ASSERT_EQ(root.reports.size(), 1u);
  EXPECT_NE(root.reports[0].message.find("own root prefix"), std::string::npos);
  EXPECT_EQ(root.output, "FROM x\nRUN micromamba install -r /env -y a\n");
  OptimizeResult windows = RunRule(kRule, "FROM x\nSHELL [\"powershell\", \"-Command\"]\nRUN conda install -y a\n");
  ASSERT_EQ(windows.reports.size(), 1u);
  EXPECT_NE(windows.reports[0].message.find("the SHELL 'powershell'"), std::string::npos) << windows.reports[0].message;
  // micromamba's image runs RUNs through a bash wrapper: fixed as under sh.
  EXPECT_EQ(Fixed(kRule, "FROM x\nSHELL [\"/usr/local/bin/_dockerfile_shell.sh\"]\nRUN micromamba install -y a\n"),
            "FROM x\nSHELL [\"/usr/local/bin/_dockerfile_shell.sh\"]\nRUN micromamba install -y a && micromamba clean --all --yes\n");
}

// conda before 4.4 has no `clean -f`: a stage pinned to one gets a suggestion, unless it updates conda first.
TEST(CondaCleanTest, OldCondaHasNoForceFlag) {
  for (std::string_view text : {
           "FROM continuumio/anaconda:4.4.0\nRUN conda install -y numba\n",
           "FROM ubuntu:16.04\nRUN wget https://repo.continuum.io/archive/Anaconda2-5.0.1-Linux-x86_64.sh && "
           "bash Anaconda2-5.0.1-Linux-x86_64.sh -b -p /opt/conda\nRUN conda install -y numba\n",
           "FROM continuumio/miniconda3:4.3.27 AS base\nFROM base\nRUN conda install -y numba\n",
       }) {
    OptimizeResult result = RunRule(kRule, text);
    EXPECT_EQ(result.output, text);
    ASSERT_EQ(result.reports.size(), 1u) << text;
    EXPECT_NE(result.reports[0].message.find("older than 4.4"), std::string::npos) << result.reports[0].message;
  }
  EXPECT_EQ(Fixed(kRule, "FROM continuumio/miniconda:4.1.11\nRUN conda update -y conda\nRUN conda install -y numba\n"),
            "FROM continuumio/miniconda:4.1.11\nRUN conda update -y conda && conda clean -afy\n"
            "RUN conda install -y numba && conda clean -afy\n");
  EXPECT_EQ(Fixed(kRule, "FROM continuumio/miniconda3:4.5.11\nRUN conda install -y numba\n"),
            "FROM continuumio/miniconda3:4.5.11\nRUN conda install -y numba && conda clean -afy\n");
}

}  // namespace
}  // namespace dockopt
