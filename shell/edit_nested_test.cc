// Tests for edits inside compound commands: flags, packages and removals at any depth, and commands
// added after a compound, each keeping the author's layout.
#include <gtest/gtest.h>

#include "shell/edit.h"
#include "shell/parse_script.h"
#include "shell/walk.h"

namespace dockopt::shell {
namespace {

Script ParseRun(std::string_view text) { return ParseScript(text, ParseOptions{500, '\\', false}); }

/// The site of the first simple command whose first word is `name`.
CommandSite Find(const Script& s, std::string_view name, size_t nth = 0) {
  for (const CommandSite& site : SimpleCommands(s))
    if (!site.command->words.empty() && site.command->words[0].raw() == name && nth-- == 0) return site;
  ADD_FAILURE() << "no command " << name;
  return {};
}

std::string Apply(const Script& s, const Edits& edits) {
  EXPECT_FALSE(edits.empty());
  return ApplyEdits(s, edits);
}

TEST(EditNestedTest, FlagIntoABranchAndALoop) {
  Script s = ParseRun("if [ -n \"$X\" ]; then \\\n    apt-get install curl; \\\n  fi && for p in a b; do pip install $p; done");
  EXPECT_EQ(Apply(s, AddFlag(s, Find(s, "apt-get"), "-y")),
            "if [ -n \"$X\" ]; then \\\n    apt-get install -y curl; \\\n  fi && for p in a b; do pip install $p; done");
  EXPECT_EQ(Apply(s, AddFlag(s, Find(s, "pip"), "--no-cache-dir")),
            "if [ -n \"$X\" ]; then \\\n    apt-get install curl; \\\n  fi && for p in a b; do pip install --no-cache-dir $p; done");
}

TEST(EditNestedTest, PackagesInACaseArm) {
  Script s = ParseRun("case \"$a\" in \\\n  amd64) apt-get install -y \\\n      curl \\\n      git ;; \\\nesac");
  EXPECT_EQ(Apply(s, AddPackage(s, Find(s, "apt-get"), "wget")),
            "case \"$a\" in \\\n  amd64) apt-get install -y \\\n      curl \\\n      git \\\n      wget ;; \\\nesac");
  EXPECT_EQ(Apply(s, RemovePackage(s, Find(s, "apt-get"), "curl")),
            "case \"$a\" in \\\n  amd64) apt-get install -y \\\n      git ;; \\\nesac");
}

TEST(EditNestedTest, CommandAfterACompound) {
  Script s = ParseRun("apt-get update && \\\n    if true; then apt-get install -y x; fi");
  CommandSite compound = TopLevelSite(s, 1);
  EXPECT_EQ(Apply(s, InsertCommandAfter(s, compound, "rm -rf /var/lib/apt/lists/*")),
            "apt-get update && \\\n    if true; then apt-get install -y x; fi && \\\n    rm -rf /var/lib/apt/lists/*");
  Script piped = ParseRun("{ a; b; } | tee log");
  EXPECT_TRUE(InsertCommandAfter(piped, TopLevelSite(piped, 0), "c").empty());
}

TEST(EditNestedTest, CommandAfterANestedCommandUsesItsIndentation) {
  Script s = ParseRun("set -eux; \\\n  if true; then \\\n      apt-get install -y x; \\\n  fi");
  EXPECT_EQ(Apply(s, InsertCommandAfter(s, Find(s, "apt-get"), "rm -rf /var/lib/apt/lists/*")),
            "set -eux; \\\n  if true; then \\\n      apt-get install -y x && \\\n      rm -rf /var/lib/apt/lists/*; \\\n  fi");
}

TEST(EditNestedTest, RemoveKeepsAtLeastOneCommandInAList) {
  Script s = ParseRun("if true; then apk update; apk add --no-cache x; fi; if b; then apk update; fi");
  EXPECT_EQ(Apply(s, RemoveCommand(s, Find(s, "apk"))), "if true; then apk add --no-cache x; fi; if b; then apk update; fi");
  EXPECT_TRUE(RemoveCommand(s, Find(s, "apk", 2)).empty());
  EXPECT_TRUE(RemoveFlag(s, Find(s, "apk", 1), "no-cache").size() == 1u);
}

}  // namespace
}  // namespace dockopt::shell
