// Tests for shell edits: each keeps the author's layout, next to comments, in heredocs and with ` escapes.
#include "shell/edit.h"

#include <gtest/gtest.h>

#include "shell/parse_script.h"
#include "shell/recognize.h"

namespace dockopt::shell {
namespace {

Script ParseRun(std::string_view text, char escape = '\\') { return ParseScript(text, ParseOptions{500, escape, false}); }

std::string Apply(const Script& s, const Edits& edits) {
  EXPECT_FALSE(edits.empty());
  for (const Edit& e : edits) {
    EXPECT_GE(e.span.begin, s.base);
    EXPECT_LE(e.span.end, s.Whole().end);
  }
  return ApplyEdits(s, edits);
}

TEST(EditTest, AddPackageInline) {
  Script s = ParseRun("apt-get update && apt-get install -y curl git && rm -rf /var/lib/apt/lists/*");
  EXPECT_EQ(Apply(s, AddPackage(s, 1, "ca-certificates")),
            "apt-get update && apt-get install -y curl git ca-certificates && rm -rf /var/lib/apt/lists/*");
  EXPECT_TRUE(AddPackage(s, 1, "git").empty());
  EXPECT_TRUE(AddPackage(s, 0, "x").empty() == false);  // apt-get update x is still an apt-get call
}

TEST(EditTest, AddPackageOnePerLine) {
  Script s = ParseRun("apt-get install -y \\\n      curl \\\n      git \\\n    && rm -rf /var/lib/apt/lists/*");
  EXPECT_EQ(Apply(s, AddPackage(s, 0, "wget")),
            "apt-get install -y \\\n      curl \\\n      git \\\n      wget \\\n    && rm -rf /var/lib/apt/lists/*");
}

TEST(EditTest, AddPackageWithoutOperands) {
  Script s = ParseRun("apk add --no-cache");
  EXPECT_EQ(Apply(s, AddPackage(s, 0, "curl")), "apk add --no-cache curl");
}

// The overload for a caller that holds the command's call gives the same edits as recognizing it again.
TEST(EditTest, RemovePackageWithTheCallGivesTheSameEdits) {
  Script s = ParseRun("apt-get update && apt-get install -y \\\n    curl git \\\n    vim");
  const std::optional<ToolCall> call = Recognize(s.commands[1]);
  ASSERT_TRUE(call.has_value());
  for (std::string_view name : {"curl", "git", "vim"})
    EXPECT_EQ(Apply(s, RemovePackage(s, 1, *call, name)), Apply(s, RemovePackage(s, 1, name))) << name;
  EXPECT_TRUE(RemovePackage(s, 1, *call, "wget").empty());
}

TEST(EditTest, RemovePackageInlineAndPerLine) {
  Script s = ParseRun("apt-get install -y curl git vim");
  EXPECT_EQ(Apply(s, RemovePackage(s, 0, "git")), "apt-get install -y curl vim");
  EXPECT_EQ(Apply(s, RemovePackage(s, 0, "vim")), "apt-get install -y curl git");
  Script m = ParseRun("apt-get install -y \\\n    curl \\\n    git \\\n    vim");
  EXPECT_EQ(Apply(m, RemovePackage(m, 0, "git")), "apt-get install -y \\\n    curl \\\n    vim");
  EXPECT_EQ(Apply(m, RemovePackage(m, 0, "vim")), "apt-get install -y \\\n    curl \\\n    git");
  Script row = ParseRun("apt-get install -y \\\n    make cmake gcc \\\n    tar");
  EXPECT_EQ(Apply(row, RemovePackage(row, 0, "make")), "apt-get install -y \\\n    cmake gcc \\\n    tar");
  EXPECT_EQ(Apply(row, RemovePackage(row, 0, "gcc")), "apt-get install -y \\\n    make cmake \\\n    tar");
  EXPECT_TRUE(RemovePackage(row, 0, "absent").empty());
}

TEST(EditTest, RemovePackageKeepsCommentLines) {
  Script s = ParseRun("apt-get install -y \\\n    curl \\\n    # the editor\n    vim \\\n    git");
  EXPECT_EQ(Apply(s, RemovePackage(s, 0, "vim")), "apt-get install -y \\\n    curl \\\n    # the editor\n    git");
  Script last = ParseRun("apt-get install -y \\\n    curl \\\n    # the editor\n    vim");
  EXPECT_TRUE(RemovePackage(last, 0, "vim").empty());  // would drop the comment or leave a dangling `\`
}

TEST(EditTest, AddFlag) {
  Script s = ParseRun("apt-get install -y curl");
  EXPECT_EQ(Apply(s, AddFlag(s, 0, "--no-install-recommends")), "apt-get install --no-install-recommends -y curl");
  EXPECT_TRUE(AddFlag(s, 0, "--yes").empty());  // -y is --yes
  EXPECT_TRUE(AddFlag(s, 0, "-y").empty());
  Script q = ParseRun("apt-get -qy install curl");
  EXPECT_TRUE(AddFlag(q, 0, "--assume-yes").empty());
  Script pip = ParseRun("pip install -r requirements.txt");
  EXPECT_EQ(Apply(pip, AddFlag(pip, 0, "--no-cache-dir")), "pip install --no-cache-dir -r requirements.txt");
  Script apk = ParseRun("apk add \\\n    curl");
  EXPECT_EQ(Apply(apk, AddFlag(apk, 0, "--no-cache")), "apk add --no-cache \\\n    curl");
  Script yum = ParseRun("yum install httpd");
  EXPECT_EQ(Apply(yum, AddFlag(yum, 0, "-y")), "yum install -y httpd");
}

TEST(EditTest, RemoveFlag) {
  Script s = ParseRun("apt-get install -yq --no-install-recommends curl");
  EXPECT_EQ(Apply(s, RemoveFlag(s, 0, "yes")), "apt-get install -q --no-install-recommends curl");
  EXPECT_EQ(Apply(s, RemoveFlag(s, 0, "no-install-recommends")), "apt-get install -yq curl");
  Script v = ParseRun("apk add --virtual .deps gcc");
  EXPECT_EQ(Apply(v, RemoveFlag(v, 0, "virtual")), "apk add gcc");
}

TEST(EditTest, AppendCommandSingleLine) {
  Script s = ParseRun("apt-get update && apt-get install -y curl");
  EXPECT_EQ(Apply(s, AppendCommand(s, "rm -rf /var/lib/apt/lists/*")),
            "apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*");
  Script one = ParseRun("pip install x");
  EXPECT_EQ(Apply(one, AppendCommand(one, "true")), "pip install x && true");
}

TEST(EditTest, AppendCommandMultiLine) {
  Script s = ParseRun("apt-get update && \\\n    apt-get install -y curl");
  EXPECT_EQ(Apply(s, AppendCommand(s, "rm -rf /var/lib/apt/lists/*")),
            "apt-get update && \\\n    apt-get install -y curl && \\\n    rm -rf /var/lib/apt/lists/*");
  Script lead = ParseRun("apt-get update \\\n  && apt-get install -y curl");
  EXPECT_EQ(Apply(lead, AppendCommand(lead, "apt-get clean")),
            "apt-get update \\\n  && apt-get install -y curl \\\n  && apt-get clean");
  Script semi = ParseRun("apt-get update; \\\n\tapt-get install -y curl");
  EXPECT_EQ(Apply(semi, AppendCommand(semi, "apt-get clean")),
            "apt-get update; \\\n\tapt-get install -y curl && \\\n\tapt-get clean");
}

TEST(EditTest, AppendNextToCommentsAndBacktickEscape) {
  Script s = ParseRun("apt-get update && \\\n    # install\n    apt-get install -y curl # trailing", '\\');
  EXPECT_EQ(Apply(s, AppendCommand(s, "apt-get clean")),
            "apt-get update && \\\n    # install\n    apt-get install -y curl && \\\n    apt-get clean # trailing");
  Script w = ParseRun("choco install git && `\r\n    choco install curl", '`');
  EXPECT_EQ(Apply(w, AppendCommand(w, "del x")), "choco install git && `\r\n    choco install curl && `\r\n    del x");
}

TEST(EditTest, InsertAfterRefusesPipes) {
  Script s = ParseRun("curl -s x | sh && echo done");
  EXPECT_TRUE(InsertCommandAfter(s, 0, "true").empty());
  EXPECT_EQ(Apply(s, InsertCommandAfter(s, 1, "true")), "curl -s x | sh && true && echo done");
}

TEST(EditTest, InsertAfterDoesNotReuseAJoinerWhoseAndSitsBetweenComments) {
  // The only `&&` gap has its `&&` on a middle line, between comment lines (found by the fuzzer: the
  // cleanup became an argument of the install, and DF101 added it again every round).
  Script s = ParseRun("apt-get install -y \\\n&&\\\n#\n{ a ; }");
  std::string out = Apply(s, InsertCommandAfter(s, 0, "rm -rf /var/lib/apt/lists/*"));
  EXPECT_EQ(out, "apt-get install -y && \\\nrm -rf /var/lib/apt/lists/* \\\n&&\\\n#\n{ a ; }");
  EXPECT_EQ(ParseRun(out).commands.size(), 3u);
}

TEST(EditTest, RemoveCommand) {
  Script s = ParseRun("apt-get update && \\\n    apt-get install -y curl && \\\n    apt-get clean");
  EXPECT_EQ(Apply(s, RemoveCommand(s, 1)), "apt-get update && \\\n    apt-get clean");
  EXPECT_EQ(Apply(s, RemoveCommand(s, 2)), "apt-get update && \\\n    apt-get install -y curl");
  EXPECT_EQ(Apply(s, RemoveCommand(s, 0)), "apt-get install -y curl && \\\n    apt-get clean");
  Script c = ParseRun("a && \\\n    # why b\n    b && \\\n    c");
  EXPECT_EQ(Apply(c, RemoveCommand(c, 1)), "a && \\\n    # why b\n    c");
  Script only = ParseRun("a");
  EXPECT_TRUE(RemoveCommand(only, 0).empty());
  Script pipe = ParseRun("a | b && c");
  EXPECT_TRUE(RemoveCommand(pipe, 1).empty());
}

TEST(EditTest, HeredocWithoutErrexitChainsTheAppendedCommand) {
  // Without errexit the heredoc's status is its last line's: a line of its own would hide a failed install.
  // `set -e` quoted in an echo does not turn errexit on; `set -o errexit` does.
  Script quoted = ParseHeredocScript("echo 'set -e'\napt-get install -y curl\n", 900);
  EXPECT_EQ(Apply(quoted, AppendCommand(quoted, "rm -rf /var/lib/apt/lists/*")),
            "echo 'set -e'\napt-get install -y curl && rm -rf /var/lib/apt/lists/*\n");
  Script long_form = ParseHeredocScript("set -o errexit\napt-get install -y curl\n", 900);
  EXPECT_EQ(Apply(long_form, AppendCommand(long_form, "rm -rf /var/lib/apt/lists/*")),
            "set -o errexit\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\n");
}

TEST(EditTest, HeredocScript) {
  std::string body = "set -eux\n# refresh first\napt-get update\n  apt-get install -y \\\n    curl\n";
  Script s = ParseHeredocScript(body, 900);
  ASSERT_EQ(s.commands.size(), 3u);
  EXPECT_EQ(Apply(s, AppendCommand(s, "rm -rf /var/lib/apt/lists/*")),
            "set -eux\n# refresh first\napt-get update\n  apt-get install -y \\\n    curl\n  rm -rf /var/lib/apt/lists/*\n");
  EXPECT_EQ(Apply(s, AddPackage(s, 2, "git")),
            "set -eux\n# refresh first\napt-get update\n  apt-get install -y \\\n    curl \\\n    git\n");
  EXPECT_EQ(Apply(s, AddFlag(s, 2, "--no-install-recommends")),
            "set -eux\n# refresh first\napt-get update\n  apt-get install --no-install-recommends -y \\\n    curl\n");
  EXPECT_EQ(Apply(s, RemoveCommand(s, 1)), "set -eux\n# refresh first\n  apt-get install -y \\\n    curl\n");
}

TEST(EditTest, OpaqueCommandsAreNotEdited) {
  Script s = ParseRun("if true; then apt-get install -y curl; fi");
  EXPECT_TRUE(AddPackage(s, 0, "git").empty());
  EXPECT_TRUE(AddFlag(s, 0, "-y").empty());
}

}  // namespace
}  // namespace dockopt::shell
