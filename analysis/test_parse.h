// Test helper (header only): a Dockerfile parsed from a string, its source kept alive beside it.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "analysis/flow.h"
#include "parser/parse.h"

namespace dockopt::analysis::testing {

struct Parsed {
  std::unique_ptr<SourceBuffer> source;
  ir::Dockerfile df;
};

inline Parsed ParseText(std::string text) {
  Parsed out{std::make_unique<SourceBuffer>("Dockerfile", std::move(text)), {}};
  ParseResult result = Parse(*out.source);
  EXPECT_TRUE(result.dockerfile) << "test input must parse";
  if (result.dockerfile) out.df = std::move(*result.dockerfile);
  return out;
}

/// The effect of command `command` of the RUN at instruction `index` of `text`'s only stage.
inline Effect EffectAt(const std::string& text, size_t index, size_t command) {
  Parsed p = ParseText(text);
  StageFlow flow = AnalyzeStage(p.df, 0, FlowOptions{});
  const std::vector<CommandFlow>& commands = flow.instructions.at(index).commands;
  EXPECT_LT(command, commands.size());
  return command < commands.size() ? commands[command].effect : Effect{};
}

/// The effects of the commands of the last instruction (a RUN) of `text`'s first stage, in order.
inline std::vector<Effect> LastRunEffects(const std::string& text) {
  Parsed p = ParseText(text);
  StageFlow flow = AnalyzeStage(p.df, 0, FlowOptions{});
  std::vector<Effect> out;
  for (const CommandFlow& command : flow.instructions.back().commands) out.push_back(command.effect);
  return out;
}

}  // namespace dockopt::analysis::testing
