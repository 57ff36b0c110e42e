// Tests for ReadGoModModules.
#include "analysis/go_mod.h"

#include <gtest/gtest.h>

namespace dockopt::analysis {
namespace {

TEST(GoMod, NothingRequired) {
  GoModModules m = ReadGoModModules("module example.com/tool\n\ngo 1.19\n// require example.com/x v1.0.0\n");
  EXPECT_TRUE(m.required.empty());
  EXPECT_TRUE(m.local_replacements.empty());
}

TEST(GoMod, SingleLineAndBlockForms) {
  GoModModules m = ReadGoModModules(
      "module example.com/app\n"
      "go 1.21\n"
      "require example.com/textstat v0.0.0\n"
      "require (\n"
      "\tgithub.com/pkg/errors v0.9.1 // indirect\n"
      "\texample.com/lib v0.0.0\n"
      ")\n"
      "replace example.com/textstat => ./textstat\n"
      "replace (\n"
      "\texample.com/lib v0.0.0 => ../lib // the monorepo's\n"
      "\tgithub.com/pkg/errors => github.com/fork/errors v0.9.2\n"
      "\texample.com/abs => /opt/abs\n"
      ")\n");
  EXPECT_EQ(m.required, (std::vector<std::string>{"example.com/textstat", "github.com/pkg/errors", "example.com/lib"}));
  EXPECT_EQ(m.local_replacements, (std::map<std::string, std::string>{{"example.com/lib", "../lib"},
                                                                       {"example.com/textstat", "./textstat"}}));
}

}  // namespace
}  // namespace dockopt::analysis
