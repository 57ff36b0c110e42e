// RunFlowMemo: a RUN walked again from the same text and state gives what the first walk gave.
#include "analysis/flow_memo.h"

#include <gtest/gtest.h>

#include "analysis/flow_json.h"
#include "analysis/test_parse.h"

namespace dockopt::analysis {
namespace {

using testing::Parsed;
using testing::ParseText;

TEST(RunFlowMemo, KeptWalksGiveTheSameModelAsFreshOnes) {
  Parsed p = ParseText(
      "FROM golang:1.22\nWORKDIR /src\nRUN ./configure --prefix=/opt/x && make install\n"
      "RUN cd /tmp && curl -o get.sh https://example.com/get.sh && export A=1\nENV B=2\n"
      "RUN go build -o /out/app . && cp /out/app /usr/local/bin/\nCMD [\"app\"]\n");
  const std::string fresh = FlowJson(p.df, AnalyzeStage(p.df, 0)).dump();
  RunFlowMemo memo;
  FlowOptions options;
  options.run_flows = &memo;
  EXPECT_EQ(FlowJson(p.df, AnalyzeStage(p.df, 0, options)).dump(), fresh);  // fills the memo
  EXPECT_EQ(FlowJson(p.df, AnalyzeStage(p.df, 0, options)).dump(), fresh);  // reads it
}

// A RUN after a huge variable is walked again each time rather than kept with a copy of that state.
TEST(RunFlowMemo, RunsAfterAHugeStateAreNotKept) {
  const std::string big(RunFlowMemo::kMaxKeyBytes, 'x');
  for (const auto& [text, kept] : {std::pair<std::string, size_t>{"FROM debian:bookworm\nRUN make install\n", 1},
                                   {"FROM debian:bookworm\nENV BIG=" + big + "\nRUN make install\n", 0}}) {
    Parsed p = ParseText(text);
    const std::string fresh = FlowJson(p.df, AnalyzeStage(p.df, 0)).dump();
    RunFlowMemo memo;
    FlowOptions options;
    options.run_flows = &memo;
    EXPECT_EQ(FlowJson(p.df, AnalyzeStage(p.df, 0, options)).dump(), fresh);
    EXPECT_EQ(FlowJson(p.df, AnalyzeStage(p.df, 0, options)).dump(), fresh);
    EXPECT_EQ(memo.Size(), kept);
  }
}

TEST(RunFlowMemo, KeyTellsStatesApart) {
  ShellState a, b;
  b.vars["X"] = "1";
  EXPECT_NE(RunFlowMemo::KeyOf('\\', "RUN make", a), RunFlowMemo::KeyOf('\\', "RUN make", b));
  b = a;
  b.cwd = "/src";
  EXPECT_NE(RunFlowMemo::KeyOf('\\', "RUN make", a), RunFlowMemo::KeyOf('\\', "RUN make", b));
  // A value may hold any byte: fields are length-prefixed, so shifting text between fields shows.
  ShellState c = a, d = a;
  c.vars["A"] = "B";
  d.vars["AB"] = "";
  EXPECT_NE(RunFlowMemo::KeyOf('\\', "RUN make", c), RunFlowMemo::KeyOf('\\', "RUN make", d));
  EXPECT_EQ(RunFlowMemo::KeyOf('\\', "RUN make", a), RunFlowMemo::KeyOf('\\', "RUN make", a));
  EXPECT_NE(RunFlowMemo::KeyOf('\\', "RUN make", a), RunFlowMemo::KeyOf('`', "RUN make", a));
  // Past kExactKeyBytes keys are digests, which tell states apart as well.
  ShellState e = a, f = a;
  e.vars["PATH"] = std::string(RunFlowMemo::kExactKeyBytes, 'x');
  f.vars["PATH"] = std::string(RunFlowMemo::kExactKeyBytes, 'x') + "y";
  EXPECT_EQ(RunFlowMemo::KeyOf('\\', "RUN make", e)->size(), 21u);
  EXPECT_NE(RunFlowMemo::KeyOf('\\', "RUN make", e), RunFlowMemo::KeyOf('\\', "RUN make", f));
  EXPECT_EQ(RunFlowMemo::KeyOf('\\', "RUN make", e), RunFlowMemo::KeyOf('\\', "RUN make", e));
  ShellState huge = a;
  huge.vars["PATH"] = std::string(RunFlowMemo::kMaxKeyBytes, 'x');
  EXPECT_EQ(RunFlowMemo::KeyOf('\\', "RUN make", huge), std::nullopt);
}

}  // namespace
}  // namespace dockopt::analysis
