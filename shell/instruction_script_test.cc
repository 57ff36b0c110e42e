// Tests for the instruction bridge: RUN/HEALTHCHECK args and heredoc scripts parsed at their file offsets.
#include "shell/instruction_script.h"

#include <gtest/gtest.h>

#include "shell/parse_script.h"

namespace dockopt::shell {
namespace {

TEST(InstructionScriptTest, RunArgsAndHealthcheck) {
  SourceBuffer source("Dockerfile", "FROM x\nRUN apt-get update && \\\n  ls\nHEALTHCHECK --interval=5s CMD curl -f x\n");
  ir::Dockerfile df;
  df.source = &source;
  ir::Instruction run;
  run.kind = ir::InstructionKind::kRun;
  run.form = ir::ArgumentForm::kShell;
  run.args = Span{11, 36};
  std::optional<Script> s = ParseInstructionScript(df, run);
  ASSERT_TRUE(s.has_value());
  ASSERT_EQ(s->commands.size(), 2u);
  EXPECT_EQ(source.Slice(s->commands[1].span), "ls");
  ir::Instruction hc;
  hc.kind = ir::InstructionKind::kHealthcheck;
  hc.form = ir::ArgumentForm::kShell;
  hc.args = Span{62, 75};
  ASSERT_EQ(source.Slice(hc.args), "CMD curl -f x");
  std::optional<Script> h = ParseInstructionScript(df, hc);
  ASSERT_TRUE(h.has_value());
  EXPECT_EQ(source.Slice(h->commands[0].words[0].span), "curl");
  run.form = ir::ArgumentForm::kExec;
  EXPECT_FALSE(ParseInstructionScript(df, run).has_value());
}

TEST(InstructionScriptTest, HeredocScriptOnlyWhenRunIsTheHeredoc) {
  SourceBuffer source("Dockerfile", "RUN <<EOF\napt-get update\nEOF\n");
  ir::Dockerfile df;
  df.source = &source;
  ir::Instruction run;
  run.kind = ir::InstructionKind::kRun;
  run.form = ir::ArgumentForm::kShell;
  run.args = Span{4, 9};
  ir::Heredoc doc;
  doc.name = "EOF";
  doc.body = Span{10, 25};
  run.heredocs.push_back(doc);
  std::optional<Script> s = ParseHeredocOf(df, run, 0);
  ASSERT_TRUE(s.has_value());
  ASSERT_EQ(s->commands.size(), 1u);
  EXPECT_EQ(s->commands[0].span, (Span{10, 24}));
  SourceBuffer py("Dockerfile", "RUN python3 <<EOF\nprint(1)\nEOF\n");
  df.source = &py;
  run.args = Span{4, 17};
  run.heredocs[0].body = Span{18, 27};
  EXPECT_FALSE(ParseHeredocOf(df, run, 0).has_value());
}

TEST(InstructionScriptTest, ShellFormRedirectsLinkToTheirHeredocs) {
  SourceBuffer source("Dockerfile", "RUN if true; then cat <<EOF > /a; fi && cat <<-B\nx\nEOF\ny\nB\n");
  ir::Dockerfile df;
  df.source = &source;
  ir::Instruction run;
  run.kind = ir::InstructionKind::kRun;
  run.form = ir::ArgumentForm::kShell;
  run.args = Span{4, 48};
  ASSERT_EQ(source.Slice(run.args), "if true; then cat <<EOF > /a; fi && cat <<-B");
  ir::Heredoc first, second;
  first.body = Span{49, 51};
  second.body = Span{55, 57};
  run.heredocs = {first, second};
  std::optional<Script> s = ParseInstructionScript(df, run);
  ASSERT_TRUE(s.has_value());
  ASSERT_TRUE(s->FullyModelled()) << s->error;
  const Redirect& nested = s->commands[0].parts[1].commands[0].redirects[0];
  EXPECT_EQ(nested.heredoc, 0);
  EXPECT_EQ(source.Slice(nested.body), "x\n");
  EXPECT_EQ(s->commands[1].redirects[0].heredoc, 1);
  EXPECT_EQ(source.Slice(s->commands[1].redirects[0].body), "y\n");
}

}  // namespace
}  // namespace dockopt::shell
