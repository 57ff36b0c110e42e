// Tests for ParseScript: commands, joiners, words, redirects, opaque nodes, spans and byte-exact printing.
#include "shell/parse_script.h"

#include <gtest/gtest.h>

namespace dockopt::shell {
namespace {

Script Parse(std::string_view text, uint32_t base = 0, char escape = '\\') {
  Script s = ParseScript(text, ParseOptions{base, escape, false});
  std::string why;
  EXPECT_TRUE(CheckTiling(s, &why)) << why;
  EXPECT_EQ(Print(s), text);
  return s;
}

std::vector<std::string> Values(const Command& c) {
  std::vector<std::string> out;
  for (const Word& w : c.words) out.push_back(w.value);
  return out;
}

TEST(ParseScriptTest, JoinersAndWords) {
  Script s = Parse("apt-get update && apt-get install -y curl || true; echo a | tee b & wait");
  ASSERT_EQ(s.commands.size(), 6u);
  EXPECT_EQ(s.commands[0].joiner, Joiner::kNone);
  EXPECT_EQ(s.commands[1].joiner, Joiner::kAnd);
  EXPECT_EQ(s.commands[2].joiner, Joiner::kOr);
  EXPECT_EQ(s.commands[3].joiner, Joiner::kSemicolon);
  EXPECT_EQ(s.commands[4].joiner, Joiner::kPipe);
  EXPECT_EQ(s.commands[5].joiner, Joiner::kBackground);
  EXPECT_EQ(Values(s.commands[1]), (std::vector<std::string>{"apt-get", "install", "-y", "curl"}));
  EXPECT_TRUE(s.FullyModelled());
}

TEST(ParseScriptTest, SpansAreAbsolute) {
  Script s = Parse("echo hi && ls", 100);
  ASSERT_EQ(s.commands.size(), 2u);
  EXPECT_EQ(s.commands[0].span, (Span{100, 107}));
  EXPECT_EQ(s.commands[1].joiner_span, (Span{108, 110}));
  EXPECT_EQ(s.commands[1].words[0].span, (Span{111, 113}));
}

TEST(ParseScriptTest, EnvPrefixAndQuotes) {
  Script s = Parse("DEBIAN_FRONTEND=noninteractive A=\"x y\" apt-get install 'a b' \"c$HOME\" d\\ e ${X:-1} $(id -u) `pwd`");
  const Command& c = s.commands[0];
  ASSERT_EQ(c.env.size(), 2u);
  EXPECT_EQ(c.env[0].raw(), "DEBIAN_FRONTEND=noninteractive");
  EXPECT_EQ(c.env[1].value, "A=x y");
  EXPECT_EQ(Values(c), (std::vector<std::string>{"apt-get", "install", "a b", "c$HOME", "d e", "${X:-1}", "$(id -u)", "`pwd`"}));
  EXPECT_TRUE(c.words[2].literal);
  EXPECT_FALSE(c.words[3].literal);
}

TEST(ParseScriptTest, Redirects) {
  Script s = Parse("make >/dev/null 2>&1 && cat <<EOF && echo x >> log");
  ASSERT_EQ(s.commands.size(), 3u);
  ASSERT_EQ(s.commands[0].redirects.size(), 2u);
  EXPECT_EQ(s.commands[0].redirects[0].op, ">");
  EXPECT_EQ(s.commands[0].redirects[0].target.value, "/dev/null");
  EXPECT_EQ(s.commands[0].redirects[1].fd, 2);
  EXPECT_EQ(s.commands[0].redirects[1].op, ">&");
  EXPECT_EQ(s.commands[1].redirects[0].op, "<<");
  EXPECT_EQ(s.commands[2].redirects[0].op, ">>");
  EXPECT_EQ(Values(s.commands[2]), (std::vector<std::string>{"echo", "x"}));
}

TEST(ParseScriptTest, ContinuationsCommentsAndBlankLines) {
  std::string text = "apt-get update \\\n    # refresh\n\n    && apt-get install -y \\\n        curl\\\n  wget";
  Script s = Parse(text);
  ASSERT_EQ(s.commands.size(), 2u) << s.error;
  EXPECT_EQ(Values(s.commands[1]), (std::vector<std::string>{"apt-get", "install", "-y", "curl", "wget"}));
  EXPECT_TRUE(s.FullyModelled());
}

TEST(ParseScriptTest, ContinuationInsideWordJoins) {
  Script s = Parse("echo foo\\\nbar");
  ASSERT_EQ(s.commands[0].words.size(), 2u);
  EXPECT_EQ(s.commands[0].words[1].value, "foobar");
  EXPECT_EQ(s.commands[0].words[1].span, (Span{5, 13}));
}

TEST(ParseScriptTest, BacktickEscape) {
  Script s = Parse("echo C:\\dir && `\r\n  dir `\r\n  x", 0, '`');
  ASSERT_EQ(s.commands.size(), 2u) << s.error;
  EXPECT_EQ(s.commands[0].words[1].raw(), "C:\\dir");
  EXPECT_EQ(Values(s.commands[1]), (std::vector<std::string>{"dir", "x"}));
  EXPECT_EQ(s.newline, "\r\n");
}

TEST(ParseScriptTest, CompoundsKeepTheirWholeSpan) {
  Script s = Parse("cd /x && if [ -f a ]; then rm a; fi && (cd b; make) && { echo; } && for i in 1 2; do echo $i; done"
                   " && case $x in a) echo;; esac && f() { :; } && [[ -n $y && -z $z ]] && echo end");
  ASSERT_EQ(s.commands.size(), 9u) << s.error;
  EXPECT_EQ(s.commands[1].kind, CommandKind::kIf);
  EXPECT_EQ(s.Text(s.commands[1].span), "if [ -f a ]; then rm a; fi");
  EXPECT_EQ(s.commands[2].kind, CommandKind::kSubshell);
  EXPECT_EQ(s.commands[3].kind, CommandKind::kGroup);
  EXPECT_EQ(s.commands[4].kind, CommandKind::kFor);
  EXPECT_EQ(s.commands[5].kind, CommandKind::kCase);
  EXPECT_EQ(s.commands[6].kind, CommandKind::kFunction);
  EXPECT_EQ(s.commands[7].kind, CommandKind::kTest);
  EXPECT_EQ(Values(s.commands[8]), (std::vector<std::string>{"echo", "end"}));
  EXPECT_TRUE(s.FullyModelled()) << s.error;
}

TEST(ParseScriptTest, NestedIfAndWhileWithRedirect) {
  Script s = Parse("while read l; do if [ x ]; then echo; fi; done < f && ls");
  ASSERT_EQ(s.commands.size(), 2u) << s.error;
  EXPECT_EQ(s.commands[0].kind, CommandKind::kWhile);
  ASSERT_EQ(s.commands[0].redirects.size(), 1u);
  EXPECT_EQ(s.commands[0].redirects[0].target.value, "f");
}

TEST(ParseScriptTest, ErrorsBecomeUnparsedTail) {
  Script s = Parse("echo ok && echo 'unterminated");
  ASSERT_EQ(s.commands.size(), 2u);
  EXPECT_EQ(s.commands[1].kind, CommandKind::kUnparsed);
  EXPECT_EQ(s.error, "unterminated single quote");
  Script t = Parse("a && && b");
  EXPECT_FALSE(t.error.empty());
  Script u = Parse("if true; then echo");
  EXPECT_EQ(u.commands[0].kind, CommandKind::kUnparsed);
  EXPECT_FALSE(u.FullyModelled());
}

TEST(ParseScriptTest, TrailingSemicolonAndComment) {
  Script s = Parse("echo a; # note");
  ASSERT_EQ(s.commands.size(), 1u);
  EXPECT_EQ(s.trailing_op, (Span{6, 7}));
  EXPECT_TRUE(s.FullyModelled());
}

TEST(ParseScriptTest, HeredocScriptUsesNewlines) {
  std::string body = "set -eux\n# comment\napt-get update\napt-get install -y \\\n  curl\n";
  Script s = ParseHeredocScript(body, 40);
  EXPECT_EQ(Print(s), body);
  ASSERT_EQ(s.commands.size(), 3u);
  EXPECT_EQ(s.commands[1].joiner, Joiner::kNewline);
  EXPECT_EQ(Values(s.commands[2]), (std::vector<std::string>{"apt-get", "install", "-y", "curl"}));
  EXPECT_EQ(s.commands[0].span.begin, 40u);
}

TEST(ParseScriptTest, NestedSubstitutionWithQuotes) {
  Script s = Parse("echo \"$(echo \")\" $(echo ')'))\" && ls");
  ASSERT_EQ(s.commands.size(), 2u) << s.error;
  EXPECT_EQ(s.commands[0].words.size(), 2u);
}

TEST(ParseScriptTest, LongInputIsLinear) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "echo " + std::to_string(i) + " && \\\n    ";
  text += "true";
  Script s = Parse(text);
  EXPECT_EQ(s.commands.size(), 20001u);
}

}  // namespace
}  // namespace dockopt::shell
