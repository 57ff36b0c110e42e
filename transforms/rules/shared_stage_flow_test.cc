// SharedStageFlowOf: the rules of one round share a stage's flow model, except on a large stage.
#include <gtest/gtest.h>

#include <string>

#include "parser/parse.h"
#include "transforms/rule_context.h"
#include "transforms/rules/split_plan.h"

namespace dockopt {
namespace {

TEST(SharedStageFlow, BuiltOnceForTheRound) {
  SourceBuffer source("Dockerfile", "FROM debian:bookworm\nRUN apt-get install -y gcc\nCOPY . /app\nCMD [\"/app/run\"]\n");
  ParseResult parsed = Parse(source);
  ASSERT_TRUE(parsed.dockerfile);
  OptimizeOptions options;
  RuleContext context(*parsed.dockerfile, options);
  std::shared_ptr<const analysis::StageFlow> first = split::SharedStageFlowOf(context, 0);
  std::shared_ptr<const analysis::StageFlow> second = split::SharedStageFlowOf(context, 0);
  EXPECT_EQ(first.get(), second.get());
  // The shared model is the one StageFlowOf builds.
  analysis::StageFlow fresh = split::StageFlowOf(context, 0);
  ASSERT_EQ(first->instructions.size(), fresh.instructions.size());
  ASSERT_EQ(first->instructions[1].commands.size(), fresh.instructions[1].commands.size());
  EXPECT_EQ(first->instructions[1].commands[0].text, fresh.instructions[1].commands[0].text);
  EXPECT_EQ(first->instructions[2].writes, fresh.instructions[2].writes);
}

TEST(SharedStageFlow, NotKeptForALargeStage) {
  std::string text = "FROM debian:bookworm\n";
  for (size_t i = 0; i <= RuleContext::kStageFlowKeptInstructions; ++i) text += "RUN true\n";
  SourceBuffer source("Dockerfile", text);
  ParseResult parsed = Parse(source);
  ASSERT_TRUE(parsed.dockerfile);
  OptimizeOptions options;
  RuleContext context(*parsed.dockerfile, options);
  std::shared_ptr<const analysis::StageFlow> first = split::SharedStageFlowOf(context, 0);
  EXPECT_EQ(context.KeptStageFlow(0), nullptr);
  std::shared_ptr<const analysis::StageFlow> second = split::SharedStageFlowOf(context, 0);
  EXPECT_NE(first.get(), second.get());
  EXPECT_EQ(first->instructions.size(), second->instructions.size());
}

}  // namespace
}  // namespace dockopt
