// MakeRecipes and RunsTool: which recipes a `make` command runs, from the Makefile in the context.
#include "transforms/rules/make_recipes.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dockopt {
namespace {

context::ContextFiles WithMakefile(std::string_view name, std::string_view makefile) {
  const std::filesystem::path dir = std::filesystem::path(testing::TempDir()) / "make_recipes" / std::string(name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "Makefile") << makefile;
  return context::ContextFiles(dir.string());
}

constexpr std::string_view kAnswer =
    "GO=CGO_ENABLED=0 $(shell which go)\n"
    "build: generate\n"
    "\t@$(GO) build -o answer ./cmd/answer\n"
    "generate:\n"
    "\t@$(GO) generate ./...\n"
    "ui:\n"
    "\t@cd ui && pnpm install && pnpm build\n";

TEST(MakeRecipesTest, NamedTargetsOnlyWithPrerequisitesAndVariables) {
  const context::ContextFiles files = WithMakefile("answer", kAnswer);
  const std::optional<std::string> ui = MakeRecipes(files, "", {"ui"});
  ASSERT_TRUE(ui);
  EXPECT_FALSE(RunsTool(*ui, "go")) << *ui;
  EXPECT_TRUE(RunsTool(*ui, "pnpm"));
  const std::optional<std::string> build = MakeRecipes(files, "", {"build"});
  ASSERT_TRUE(build);
  EXPECT_TRUE(RunsTool(*build, "go")) << *build;  // $(GO) expands to `$(shell which go)`
  EXPECT_NE(build->find("generate ./..."), std::string::npos);  // the prerequisite's recipe
}

TEST(MakeRecipesTest, FirstTargetWhenNoneIsNamed) {
  const std::optional<std::string> recipes = MakeRecipes(WithMakefile("first", kAnswer), "", {});
  ASSERT_TRUE(recipes);
  EXPECT_TRUE(RunsTool(*recipes, "go"));
}

TEST(MakeRecipesTest, PatternRulesAndConditionalBranches) {
  const context::ContextFiles files = WithMakefile(
      "cfssl",
      "all: bin/cfssl bin/mkbundle\n"
      "bin/%: $(shell find . -name '*.go')\n"
      "\t@mkdir -p $(dir $@)\n"
      "ifneq ($(TARGETOS),)\n"
      "\tGOOS=$(TARGETOS) go build -o $@ ./cmd/$(@F)\n"
      "else\n"
      "\tgo build -o $@ ./cmd/$(@F)\n"
      "endif\n"
      "clean:\n"
      "\trm -rf bin\n");
  const std::optional<std::string> all = MakeRecipes(files, "", {"all"});
  ASSERT_TRUE(all);
  EXPECT_TRUE(RunsTool(*all, "go")) << *all;
  const std::optional<std::string> clean = MakeRecipes(files, "", {"clean"});
  ASSERT_TRUE(clean);
  EXPECT_FALSE(RunsTool(*clean, "go"));
}

TEST(MakeRecipesTest, UnknownTargetOrNoMakefileIsUnknown) {
  EXPECT_FALSE(MakeRecipes(WithMakefile("unknown", kAnswer), "", {"release"}));
  EXPECT_FALSE(MakeRecipes(WithMakefile("elsewhere", kAnswer), "sub", {"ui"}));
}

TEST(MakeRecipesTest, RunsToolMatchesWholeCommandWords) {
  EXPECT_TRUE(RunsTool("cd ui && go vet ./...", "go"));
  EXPECT_TRUE(RunsTool("/usr/local/go/bin/go build", "go"));
  EXPECT_FALSE(RunsTool("cp go.mod go.sum /tmp", "go"));
  EXPECT_FALSE(RunsTool("golangci-lint run", "go"));
  EXPECT_FALSE(RunsTool("cargo-chef cook", "cargo"));
}

}  // namespace
}  // namespace dockopt
