// The flow keeps a compound command unknown (its branches may or may not run) but names what it runs.
#include <gtest/gtest.h>

#include "analysis/flow.h"
#include "parser/parse.h"

namespace dockopt::analysis {
namespace {

TEST(EffectsCompound, CompoundIsUnknownAndNamesItsNestedTools) {
  SourceBuffer source("Dockerfile",
                      "FROM debian:12\n"
                      "RUN apt-get update && if [ -n \"$X\" ]; then apt-get install -y curl; fi && "
                      "for d in a b; do make -C $d || true; done && ( cd /x && rm -rf y )\n");
  ParseResult parsed = Parse(source);
  ASSERT_TRUE(parsed.dockerfile);
  StageFlow flow = AnalyzeStage(*parsed.dockerfile, 0, FlowOptions{});
  const InstructionFlow& run = flow.instructions.at(1);
  ASSERT_EQ(run.commands.size(), 4u);
  EXPECT_TRUE(run.unknown) << "a branch may or may not run: the RUN stays unknown to the split";
  const Effect& branch = run.commands[1].effect;
  EXPECT_EQ(branch.kind, EffectKind::kUnknown);
  EXPECT_EQ(branch.note, "a compound command: its branches may or may not run; runs apt-get install (conditional)");
  EXPECT_EQ(run.commands[2].effect.note,
            "a compound command: its branches may or may not run; runs make (conditional)");
  EXPECT_EQ(run.commands[3].effect.note, "a compound command: its branches may or may not run; runs cd, rm");
}

}  // namespace
}  // namespace dockopt::analysis
