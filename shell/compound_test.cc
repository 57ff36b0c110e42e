// Tests for the compound command tree: parts, keywords, spans, fallbacks, and the walker's run context.
#include <gtest/gtest.h>

#include "shell/parse_script.h"
#include "shell/tree_dump.h"
#include "shell/walk.h"

namespace dockopt::shell {
namespace {

Script Parse(std::string_view text, bool heredoc = false) {
  Script s = ParseScript(text, ParseOptions{0, '\\', heredoc});
  std::string why;
  EXPECT_TRUE(CheckTiling(s, &why)) << why;
  EXPECT_EQ(Print(s), text);
  return s;
}

std::string Raw(const Command& c) {
  std::string out;
  for (const Word& w : c.words) out += (out.empty() ? "" : " ") + w.raw();
  return out;
}

TEST(CompoundTest, IfElifElseParts) {
  Script s = Parse("if [ -f a ]; then rm a; elif [ -d a ]; then rmdir a; else echo none; fi > log");
  ASSERT_TRUE(s.FullyModelled()) << s.error;
  ASSERT_EQ(s.commands.size(), 1u);
  const Command& c = s.commands[0];
  EXPECT_EQ(c.kind, CommandKind::kIf);
  EXPECT_EQ(s.Text(c.span), s.text);
  ASSERT_EQ(c.parts.size(), 5u);
  EXPECT_EQ(c.parts[0].role, PartRole::kCondition);
  EXPECT_EQ(c.parts[1].role, PartRole::kThen);
  EXPECT_EQ(c.parts[2].role, PartRole::kCondition);
  EXPECT_EQ(c.parts[3].role, PartRole::kThen);
  EXPECT_EQ(c.parts[4].role, PartRole::kElse);
  EXPECT_EQ(Raw(c.parts[3].commands[0]), "rmdir a");
  std::vector<std::string> keywords;
  for (const Keyword& k : c.keywords) keywords.push_back(k.text);
  EXPECT_EQ(keywords, (std::vector<std::string>{"if", "then", "elif", "then", "else", "fi"}));
  EXPECT_EQ(s.Text(c.keywords[5].span), "fi");
  ASSERT_EQ(c.redirects.size(), 1u);
  EXPECT_EQ(c.redirects[0].target.value, "log");
}

TEST(CompoundTest, ForWhileUntilSelect) {
  Script s = Parse("for k in A B; do gpg --recv-keys \"$k\"; done && while read l; do echo; done < f"
                   " && until false; do :; done && for x; do :; done && for ((i=0; i<3; i++)); do echo $i; done");
  ASSERT_TRUE(s.FullyModelled()) << s.error;
  ASSERT_EQ(s.commands.size(), 5u);
  EXPECT_EQ(s.commands[0].kind, CommandKind::kFor);
  EXPECT_EQ(Raw(s.commands[0]), "k A B");
  EXPECT_EQ(s.commands[0].parts[0].role, PartRole::kLoopBody);
  EXPECT_EQ(s.commands[1].kind, CommandKind::kWhile);
  EXPECT_EQ(s.commands[1].parts[0].role, PartRole::kCondition);
  EXPECT_EQ(s.commands[2].kind, CommandKind::kUntil);
  EXPECT_EQ(Raw(s.commands[3]), "x");
  EXPECT_EQ(s.commands[4].keywords[1].text, "((i=0; i<3; i++))");
}

TEST(CompoundTest, CaseArmsWithPatterns) {
  Script s = Parse("case \"$(dpkg --print-architecture)\" in\n"
                   "  amd64) a=x64 ;;\n  (arm64|aarch64) a=arm64 ;&\n  '*') ;;\n  *) echo no; exit 1 ;;\nesac",
                   true);
  ASSERT_TRUE(s.FullyModelled()) << s.error;
  const Command& c = s.commands[0];
  EXPECT_EQ(c.kind, CommandKind::kCase);
  ASSERT_EQ(c.parts.size(), 4u);
  EXPECT_EQ(c.parts[1].patterns.size(), 2u);
  EXPECT_EQ(c.parts[1].patterns[1].value, "aarch64");
  EXPECT_TRUE(c.parts[2].commands.empty());
  EXPECT_EQ(c.parts[3].commands.size(), 2u);
  EXPECT_EQ(c.keywords.back().text, "esac");
}

TEST(CompoundTest, GroupsSubshellsFunctions) {
  Script s = Parse("{ a; b; } 2>&1 | tee log && ( cd x && make ) && f() { echo \"$1\"; } && function g { :; }"
                   " && function h() ( ls )");
  ASSERT_TRUE(s.FullyModelled()) << s.error;
  ASSERT_EQ(s.commands.size(), 6u);
  EXPECT_EQ(s.commands[0].kind, CommandKind::kGroup);
  EXPECT_EQ(s.commands[0].parts[0].trailing_op.size(), 1u);
  EXPECT_EQ(s.commands[1].joiner, Joiner::kPipe);
  EXPECT_EQ(s.commands[2].kind, CommandKind::kSubshell);
  const Command& f = s.commands[3];
  EXPECT_EQ(f.kind, CommandKind::kFunction);
  EXPECT_EQ(Raw(f), "f");
  ASSERT_EQ(f.parts.size(), 1u);
  EXPECT_EQ(f.parts[0].role, PartRole::kFunctionBody);
  EXPECT_EQ(f.parts[0].commands[0].kind, CommandKind::kGroup);
  EXPECT_EQ(Raw(s.commands[4]), "g");
  EXPECT_EQ(s.commands[5].parts[0].commands[0].kind, CommandKind::kSubshell);
}

TEST(CompoundTest, BashWordForms) {
  Script s = Parse("[[ -n $y && $z =~ ^(a|b)$ ]] && ((i++)) && arr=(1 \"2 3\") && a+=(x) && cat <<< \"$v\""
                   " && diff <(ls a) <(ls b) && exec 2> >(tee err) && echo $((1 + 2))");
  ASSERT_TRUE(s.FullyModelled()) << s.error;
  ASSERT_EQ(s.commands.size(), 8u);
  EXPECT_EQ(s.commands[0].kind, CommandKind::kTest);
  EXPECT_EQ(s.commands[1].kind, CommandKind::kArith);
  EXPECT_EQ(s.commands[2].env[0].raw(), "arr=(1 \"2 3\")");
  EXPECT_EQ(s.commands[3].env[0].raw(), "a+=(x)");
  EXPECT_EQ(s.commands[4].redirects[0].op, "<<<");
  EXPECT_EQ(Raw(s.commands[5]), "diff <(ls a) <(ls b)");
  EXPECT_EQ(s.commands[6].redirects[0].target.raw(), ">(tee err)");
  EXPECT_EQ(Raw(s.commands[7]), "echo $((1 + 2))");
}

TEST(CompoundTest, NestingAtAnyDepth) {
  Script s = Parse("for d in a b; do if [ -d $d ]; then (cd $d && { make || exit 1; }); fi; done");
  ASSERT_TRUE(s.FullyModelled()) << s.error;
  const Command& group = s.commands[0].parts[0].commands[0].parts[1].commands[0].parts[0].commands[1];
  EXPECT_EQ(group.kind, CommandKind::kGroup);
  EXPECT_EQ(group.parts[0].commands[1].joiner, Joiner::kOr);
  EXPECT_EQ(Raw(group.parts[0].commands[1]), "exit 1");
}

TEST(CompoundTest, UnreadableCompoundStaysOpaqueOverItsOwnSpan) {
  Script s = Parse("apt-get update && if true then echo; fi && apt-get install -y x");
  ASSERT_EQ(s.commands.size(), 3u);
  EXPECT_EQ(s.commands[1].kind, CommandKind::kUnparsed);
  EXPECT_EQ(s.Text(s.commands[1].span), "if true then echo; fi");
  EXPECT_EQ(Raw(s.commands[2]), "apt-get install -y x");
  EXPECT_FALSE(s.FullyModelled());
  EXPECT_EQ(s.error, "expected 'then'");

  Script nested = Parse("if a; then for x in 1; do if b then :; fi; done; fi; echo ok");
  ASSERT_EQ(nested.commands.size(), 2u);
  EXPECT_EQ(nested.commands[0].kind, CommandKind::kIf);
  const Command& loop = nested.commands[0].parts[1].commands[0];
  EXPECT_EQ(loop.kind, CommandKind::kFor);
  EXPECT_EQ(loop.parts[0].commands[0].kind, CommandKind::kUnparsed);
  EXPECT_EQ(nested.Text(loop.parts[0].commands[0].span), "if b then :; fi");
  EXPECT_FALSE(nested.FullyModelled());

  Script unterminated = Parse("echo a && for x in 1; do case; done");
  ASSERT_EQ(unterminated.commands.size(), 2u);
  EXPECT_EQ(unterminated.Text(unterminated.commands[1].span), "for x in 1; do case; done");
}

TEST(CompoundTest, StrayKeywordIsAnUnparsedTail) {
  Script s = Parse("echo a; fi; echo b");
  ASSERT_EQ(s.commands.size(), 2u);
  EXPECT_EQ(s.commands[1].kind, CommandKind::kUnparsed);
  EXPECT_EQ(s.commands[1].joiner, Joiner::kSemicolon);
  EXPECT_FALSE(s.FullyModelled());
}

TEST(CompoundTest, DeepNestingIsBounded) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "( ";
  text += "true";
  for (int i = 0; i < 5000; ++i) text += " )";
  Script s = Parse(text);
  EXPECT_FALSE(s.FullyModelled());
  EXPECT_EQ(s.error, "compound commands nested too deep");
}

TEST(CompoundTest, ManyCompoundsStayLinear) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "if [ -f " + std::to_string(i) + " ]; then rm x; fi && \\\n  ";
  text += "true";
  Script s = Parse(text);
  EXPECT_EQ(s.commands.size(), 5001u);
  EXPECT_TRUE(s.FullyModelled());
}

TEST(CompoundTest, HeredocInsideAHeredocScript) {
  std::string body = "cat <<'X' > /etc/conf\nif then fi\nX\nif true; then\n  cat <<-EOT\n\tdone\n\tEOT\nfi\n";
  Script s = Parse(body, true);
  ASSERT_TRUE(s.FullyModelled()) << s.error;
  ASSERT_EQ(s.commands.size(), 2u);
  EXPECT_EQ(s.Text(s.commands[0].redirects[0].body), "if then fi\n");
  const Command& cat = s.commands[1].parts[1].commands[0];
  EXPECT_EQ(s.Text(cat.redirects[0].body), "\tdone\n");
}

TEST(CompoundTest, HeredocBodyStaysTriviaWhenALaterCompoundIsReread) {
  std::string body = "cat <<X > f; if bad then :; fi\necho inside\nX\necho after\n";
  Script s = Parse(body, true);
  ASSERT_EQ(s.commands.size(), 3u);
  EXPECT_EQ(s.commands[1].kind, CommandKind::kUnparsed);
  EXPECT_EQ(s.Text(s.commands[0].redirects[0].body), "echo inside\n");
  EXPECT_EQ(Raw(s.commands[2]), "echo after");
}

TEST(CompoundTest, WalkerContexts) {
  Script s = Parse("apt-get update; if [ -n \"$x\" ]; then apt-get install -y a; fi;"
                   " for k in A B; do gpg --recv-keys $k; done; for f in $FILES; do rm $f; done;"
                   " case $a in x) make ;; esac; f() { pip install y; }; false || npm ci; ls | wc -l");
  std::vector<CommandSite> sites = SimpleCommands(s);
  ASSERT_EQ(sites.size(), 11u);
  EXPECT_TRUE(sites[0].context.always());
  EXPECT_TRUE(sites[1].context.always());  // the if condition
  EXPECT_TRUE(sites[2].context.conditional);
  EXPECT_EQ(sites[2].top, 1u);
  EXPECT_EQ(sites[2].parent, &s.commands[1]);
  EXPECT_EQ(sites[2].part, 1u);
  EXPECT_TRUE(sites[3].context.in_loop);
  EXPECT_FALSE(sites[3].context.conditional);  // literal items: runs at least once
  EXPECT_TRUE(sites[4].context.conditional);   // `$FILES` may be empty
  EXPECT_TRUE(sites[5].context.conditional);
  EXPECT_TRUE(sites[6].context.in_function);
  EXPECT_FALSE(sites[7].context.conditional);
  EXPECT_TRUE(sites[8].context.conditional);  // right of ||
  EXPECT_TRUE(sites[9].context.in_pipeline);
  std::vector<SiteToolCall> calls = RecognizeAll(s);
  ASSERT_FALSE(calls.empty());
  bool pip_in_function = false;
  for (const SiteToolCall& call : calls) pip_in_function |= call.call.tool == "pip" && call.site.context.in_function;
  EXPECT_TRUE(pip_in_function);
  EXPECT_EQ(PartHolding(s.commands[1], *sites[2].command), 1);
}

TEST(CompoundTest, DumpTreeOutline) {
  Script s = Parse("set -eux; if [ \"$a\" = b ]; then apt-get install -y x; fi");
  EXPECT_EQ(DumpTree(s),
            "simple: set -eux\n"
            "; if\n"
            "  condition:\n"
            "    simple: [ \"$a\" = b ]\n"
            "  then:\n"
            "    simple: apt-get install -y x  [cond] tool=apt-get:install\n");
}

}  // namespace
}  // namespace dockopt::shell
