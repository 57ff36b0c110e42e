// The flow sees inside compounds, `bash -c` strings, context scripts and sourced env scripts: one
// effect per nested simple command, conditional where it may not run; unknown stays unknown.
#include <gtest/gtest.h>

#include <map>

#include "analysis/flow.h"
#include "parser/parse.h"

namespace dockopt::analysis {
namespace {

StageFlow FlowOf(std::string_view text, ContextReader context = {}) {
  SourceBuffer source("Dockerfile", std::string(text));
  ParseResult parsed = Parse(source);
  EXPECT_TRUE(parsed.dockerfile);
  FlowOptions options;
  options.context = std::move(context);
  return AnalyzeStage(*parsed.dockerfile, 0, options);
}

std::string Summary(const InstructionFlow& run) {
  std::string out;
  for (const CommandFlow& c : run.commands)
    out += std::string(EffectKindName(c.effect.kind)) + ":" + c.effect.tool + (c.conditional ? "?" : "") + " ";
  return out;
}

TEST(EffectsCompound, CompoundsAreTheirNestedCommandsConditionalWhereTheyMayNotRun) {
  StageFlow flow = FlowOf(
      "FROM debian:12\n"
      "RUN apt-get update && if [ -n \"$X\" ]; then apt-get install -y curl; fi && "
      "for d in a b; do mkdir /opt/$d; done && ( cd /x && rm -rf y ) && touch z\n");
  const InstructionFlow& run = flow.instructions.at(1);
  EXPECT_EQ(Summary(run),
            "none:apt-get update none:[ packages:apt-get install? files:mkdir files:mkdir chdir:cd files:rm files:touch ");
  EXPECT_FALSE(run.unknown) << "every nested command is known";
  EXPECT_EQ(run.commands[4].effect.writes, std::vector<std::string>{"/opt/b"}) << "a literal for list is unrolled";
  EXPECT_EQ(run.commands[6].effect.removes, std::vector<std::string>{"/x/y"});
  EXPECT_EQ(run.commands[7].cwd, "/") << "the subshell's cd does not last";
}

TEST(EffectsCompound, UnknownInsideABranchStaysUnknown) {
  StageFlow flow = FlowOf("FROM debian:12\nRUN if [ -f x ]; then frobnicate --all; fi\n");
  const InstructionFlow& run = flow.instructions.at(1);
  EXPECT_TRUE(run.unknown);
  EXPECT_EQ(Summary(run), "none:[ unknown:frobnicate? ");
}

TEST(EffectsCompound, LoopOverAGlobRunsItsBodyConditionallyWithTheVariableUnknown) {
  StageFlow flow = FlowOf("FROM debian:12\nWORKDIR /app\nRUN for f in *.txt; do cp \"$f\" /srv/; done && echo $f\n");
  const InstructionFlow& run = flow.instructions.at(2);
  EXPECT_EQ(Summary(run), "unknown:cp? none:echo ") << "cp of an unknown $f names no path: unknown";
  EXPECT_TRUE(run.unknown);
}

TEST(EffectsCompound, ACdInABranchMakesLaterPathsUnknown) {
  StageFlow flow = FlowOf("FROM debian:12\nRUN if [ -d /src ]; then cd /src; fi && make install\n");
  const InstructionFlow& run = flow.instructions.at(1);
  EXPECT_TRUE(run.unknown);
  EXPECT_EQ(Summary(run), "none:[ chdir:cd? unknown:cd? build:make install ");
}

TEST(EffectsCompound, ShellStringsAreParsedRecursively) {
  StageFlow flow = FlowOf(
      "FROM debian:12\n"
      "RUN bash -c 'cd /src && sh -c \"make install\"' && /bin/sh -ec 'mkdir -p out' && bash -lc frobnicate\n");
  const InstructionFlow& run = flow.instructions.at(1);
  EXPECT_EQ(Summary(run), "chdir:cd build:make install files:mkdir unknown:frobnicate ");
  EXPECT_EQ(run.commands[1].cwd, "/src");
  EXPECT_EQ(run.commands[2].effect.writes, std::vector<std::string>{"/out"}) << "bash -c's cd does not last";
}

TEST(EffectsCompound, ActivatingAVirtualenvSendsPipIntoIt) {
  StageFlow flow = FlowOf(
      "FROM python:3.12\nWORKDIR /app\n"
      "RUN python -m venv venv && . venv/bin/activate && pip install flask\n");
  const InstructionFlow& run = flow.instructions.at(2);
  ASSERT_EQ(run.commands.size(), 3u);
  EXPECT_EQ(run.commands[1].effect.kind, EffectKind::kNone);
  EXPECT_EQ(run.commands[1].effect.note, "activates the virtualenv /app/venv");
  EXPECT_EQ(run.commands[2].effect.writes, std::vector<std::string>{"/app/venv"});
}

TEST(EffectsCompound, ContextScriptsAreReadAsIfInlinedAndStayUnknownWithoutTheContext) {
  const std::map<std::string, std::string> files = {
      {"install.sh", "#!/bin/bash\nset -e\napt-get install -y libpq5\ncd build && make install\n"},
      {"tools/run.py", "#!/usr/bin/env python3\nprint(1)\n"},
  };
  ContextReader context = [&](std::string_view path) -> std::optional<std::string> {
    auto it = files.find(std::string(path));
    if (it == files.end()) return std::nullopt;
    return it->second;
  };
  const char* text = "FROM debian:12\nCOPY install.sh /tmp/\nCOPY . /src\nWORKDIR /src\n"
                     "RUN sh /tmp/install.sh && ./tools/run.py && touch done\n";
  StageFlow with = FlowOf(text, context);
  const InstructionFlow& run = with.instructions.at(4);
  EXPECT_EQ(Summary(run), "none:set packages:apt-get install chdir:cd build:make install unknown:./tools/run.py files:touch ");
  EXPECT_EQ(run.commands[5].effect.writes, std::vector<std::string>{"/src/done"}) << "the script's cd does not last";
  StageFlow without = FlowOf(text);
  EXPECT_EQ(Summary(without.instructions.at(4)), "unknown:sh unknown:./tools/run.py files:touch ");
}

TEST(EffectsCompound, FunctionsRunTheirBodyWhereCalled) {
  StageFlow flow = FlowOf("FROM debian:12\nRUN build() { mkdir -p /out/$1; }; build x && build y\n");
  const InstructionFlow& run = flow.instructions.at(1);
  EXPECT_EQ(Summary(run), "files:mkdir files:mkdir ");
  EXPECT_EQ(run.commands[1].effect.writes, std::vector<std::string>{"/out/y"});
}

TEST(EffectsCompound, HomePwdAndTildeAreKnown) {
  StageFlow flow = FlowOf(
      "FROM debian:12\nWORKDIR /src\n"
      "RUN ln -s $(pwd)/tool /usr/bin/tool && echo x >> $HOME/.bashrc && mkdir -p ~/.ssh && cd && touch here\n");
  const InstructionFlow& run = flow.instructions.at(2);
  EXPECT_FALSE(run.unknown);
  ASSERT_EQ(run.commands.size(), 5u);
  EXPECT_EQ(run.commands[0].effect.kind, EffectKind::kFiles) << "$(pwd) is the working directory";
  EXPECT_EQ(run.commands[0].effect.writes, std::vector<std::string>{"/usr/bin/tool"});
  EXPECT_EQ(run.commands[1].effect.writes, std::vector<std::string>{"/root/.bashrc"});
  EXPECT_EQ(run.commands[2].effect.writes, std::vector<std::string>{"/root/.ssh"});
  EXPECT_EQ(run.commands[4].effect.writes, std::vector<std::string>{"/root/here"}) << "a bare cd goes home";
}

TEST(EffectsCompound, LoopsAndCallsThatMultiplyStopAtABudgetAsUnknown) {
  std::string items = "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16";
  std::string text = "FROM debian:12\nRUN f() { touch /a; }; g() { f; f; f; f; }; ";
  for (int i = 0; i < 3; ++i) text += "for x" + std::to_string(i) + " in " + items + "; do ";
  text += "g; g; g; g";
  for (int i = 0; i < 3; ++i) text += "; done";
  text += "\n";
  StageFlow flow = FlowOf(text);
  const InstructionFlow& run = flow.instructions.at(1);
  EXPECT_TRUE(run.unknown) << "16^3 x 16 commands: past the budget";
  EXPECT_LE(run.commands.size(), 4200u);
  EXPECT_EQ(run.commands.back().effect.note, "more nested shell code than dockopt reads");
}

}  // namespace
}  // namespace dockopt::analysis
