// The one COPY/ADD reading: flags, destination, where each source comes from, context expansion.
#include "analysis/copy_sources.h"

#include <gtest/gtest.h>

#include <memory>

#include "analysis/test_parse.h"
#include "context/test_tree.h"

namespace dockopt::analysis {
namespace {

using testing::Parsed;
using testing::ParseText;

TEST(CopyArgs, ReadsFlagsSourcesAndDestination) {
  Parsed p = ParseText(
      "FROM a AS b\n"
      "COPY --from=b --chown=app:app --chmod=644 --link --parents --exclude=*.pyc --exclude=tests a/ *.txt /dst/\n");
  const std::optional<CopyArgs> copy = ReadCopyArgs(p.df.instructions[1]);
  ASSERT_TRUE(copy);
  EXPECT_FALSE(copy->add);
  EXPECT_EQ(copy->from, "b");
  EXPECT_EQ(copy->chown, "app:app");
  EXPECT_EQ(copy->chmod, "644");
  EXPECT_TRUE(copy->link);
  EXPECT_TRUE(copy->parents);
  EXPECT_EQ(copy->excludes, (std::vector<std::string>{"*.pyc", "tests"}));
  EXPECT_EQ(copy->destination, "/dst/");
  ASSERT_EQ(copy->sources.size(), 2u);
  EXPECT_EQ(copy->sources[0].path, "a/");
  EXPECT_FALSE(copy->sources[0].has_glob);
  EXPECT_TRUE(copy->sources[1].has_glob);
  EXPECT_FALSE(copy->OnlyCopyFlags());  // --from and --parents are not ADD's
}

TEST(CopyArgs, DropsQuotesAsBuildKitsExpansionDoes) {
  Parsed p = ParseText(
      "FROM a\n"
      "COPY --from=b \"/opt/src/*.ex?\" '/opt/EA/'\n"
      "COPY \"$DIR\" \"a b\" /x/\n");
  const std::optional<CopyArgs> quoted = ReadCopyArgs(p.df.instructions[1]);
  ASSERT_TRUE(quoted);
  ASSERT_EQ(quoted->sources.size(), 1u);
  EXPECT_EQ(quoted->sources[0].path, "/opt/src/*.ex?");
  EXPECT_TRUE(quoted->sources[0].has_glob);
  EXPECT_EQ(quoted->destination, "/opt/EA/");
  const std::optional<CopyArgs> kept = ReadCopyArgs(p.df.instructions[2]);
  ASSERT_TRUE(kept);
  ASSERT_EQ(kept->sources.size(), 3u);  // BuildKit splits "a b" at the space before expanding
  EXPECT_EQ(kept->sources[0].path, "\"$DIR\"");  // a variable's value needs the stage's env
  EXPECT_TRUE(kept->sources[0].has_variable);
}

TEST(CopyArgs, ClassifiesUrlGitHeredocAndArchiveNames) {
  Parsed p = ParseText(
      "FROM a\n"
      "ADD --checksum=sha256:00 --keep-git-dir=false https://x.org/t.tgz git@github.com:o/r.git "
      "https://github.com/o/r.git#v1 ./rootfs.TAR.XZ app.py $SRC /d/\n"
      "COPY <<EOF /etc/x\nhello\nEOF\n"
      "COPY [\"a b\", \"/c/\"]\n");
  const std::optional<CopyArgs> add = ReadCopyArgs(p.df.instructions[1]);
  ASSERT_TRUE(add);
  EXPECT_TRUE(add->add);
  EXPECT_EQ(add->checksum, "sha256:00");
  EXPECT_FALSE(add->keep_git_dir);  // =false
  EXPECT_FALSE(add->OnlyCopyFlags());
  ASSERT_EQ(add->sources.size(), 6u);
  EXPECT_EQ(add->sources[0].origin, SourceOrigin::kUrl);
  EXPECT_TRUE(add->sources[0].archive_name);
  EXPECT_EQ(add->sources[1].origin, SourceOrigin::kGit);
  EXPECT_EQ(add->sources[2].origin, SourceOrigin::kGit);
  EXPECT_EQ(add->sources[3].origin, SourceOrigin::kPath);
  EXPECT_TRUE(add->sources[3].archive_name);
  EXPECT_FALSE(add->sources[4].archive_name);
  EXPECT_TRUE(add->sources[5].has_variable);
  EXPECT_TRUE(add->AnySourceVariable());

  const std::optional<CopyArgs> heredoc = ReadCopyArgs(p.df.instructions[2]);
  ASSERT_TRUE(heredoc);
  EXPECT_EQ(heredoc->sources.at(0).origin, SourceOrigin::kHeredoc);
  EXPECT_TRUE(heredoc->OnlyCopyFlags());

  const std::optional<CopyArgs> exec = ReadCopyArgs(p.df.instructions[3]);
  ASSERT_TRUE(exec);
  EXPECT_EQ(exec->sources.at(0).path, "a b");
  EXPECT_EQ(exec->destination, "/c/");
  EXPECT_FALSE(ReadCopyArgs(p.df.instructions[0]));  // FROM
}

TEST(CopyArgs, ALocalDotGitIsAPathNotARemote) {
  // minetest copies its own history (`COPY .git /usr/src/minetest/.git`) for the version string.
  Parsed p = ParseText("FROM a\nCOPY .git /src/.git\nADD vendor/lib.git github.com/o/r /d/\n");
  const std::optional<CopyArgs> copy = ReadCopyArgs(p.df.instructions[1]);
  ASSERT_TRUE(copy);
  EXPECT_EQ(copy->sources.at(0).origin, SourceOrigin::kPath);
  const std::optional<CopyArgs> add = ReadCopyArgs(p.df.instructions[2]);
  ASSERT_TRUE(add);
  EXPECT_EQ(add->sources.at(0).origin, SourceOrigin::kPath);
  EXPECT_EQ(add->sources.at(1).origin, SourceOrigin::kGit);
  ASSERT_EQ(ContextCopySources(p.df).size(), 2u);  // .git and vendor/lib.git come from the context
}

TEST(ContextCopySources, KeepsOnlyWhatTheContextSends) {
  Parsed p = ParseText(
      "FROM a AS b\n"
      "COPY --from=b /x /y\n"
      "ADD https://x.org/f /f\n"
      "COPY <<EOF /etc/x\nhi\nEOF\n"
      "COPY req*.txt  app/ /src/\n");
  const std::vector<context::CopySource> sources = ContextCopySources(p.df);
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[0].source, "req*.txt");
  EXPECT_EQ(sources[0].instruction, "COPY");
  EXPECT_EQ(sources[0].line, 7u);
  EXPECT_EQ(sources[0].column, 6u);
  EXPECT_EQ(sources[1].source, "app/");
  EXPECT_EQ(sources[1].column, 16u);
}

// A build without --build-arg reads the ARG default: `dockopt context --fix` must not hide it.
TEST(ContextCopySources, ResolvesArgDefaultsAndEnvOfTheStage) {
  Parsed p = ParseText(
      "ARG BASE_DIR=dist\n"
      "FROM a\n"
      "ARG JAR_FILE=build/libs/app.jar\n"
      "ARG BASE_DIR\n"
      "ENV CONF=${BASE_DIR}/app.conf\n"
      "ARG NO_DEFAULT\n"
      "COPY ${JAR_FILE} $CONF /app/\n"
      "COPY $NO_DEFAULT plain.txt /x/\n"
      "FROM b\n"
      "COPY ${JAR_FILE} /app.jar\n");
  const std::vector<context::CopySource> sources = ContextCopySources(p.df);
  ASSERT_EQ(sources.size(), 5u);
  EXPECT_EQ(sources[0].source, "${JAR_FILE}") << "the source stays as written, for messages";
  EXPECT_EQ(sources[0].resolved, "build/libs/app.jar");
  EXPECT_EQ(sources[1].resolved, "dist/app.conf") << "a bare ARG takes the default given before FROM";
  EXPECT_EQ(sources[2].resolved, "") << "no default: only --build-arg names it";
  EXPECT_EQ(sources[3].resolved, "") << "nothing to resolve";
  EXPECT_EQ(sources[4].resolved, "") << "a stage does not see another stage's ARGs";
}

TEST(ExpandInContext, ExpandsEveryMatchWithNoCap) {
  context::testing::TempTree tree;
  for (int i = 0; i < 30; ++i) tree.Write("src/m" + std::to_string(100 + i) + ".py", "x");
  tree.Write("src/readme.md", "x");
  const context::ContextFiles files(tree.str());
  CopySourceArg glob{"./src/*.py", SourceOrigin::kPath, false, true, false};
  const std::optional<std::vector<std::string>> matches = ExpandInContext(glob, files);
  ASSERT_TRUE(matches);
  ASSERT_EQ(matches->size(), 30u);
  EXPECT_EQ(matches->front(), "src/m100.py");
  EXPECT_FALSE(ExpandInContext({"$X/a", SourceOrigin::kPath, true, false, false}, files));
  EXPECT_FALSE(ExpandInContext({"../a", SourceOrigin::kPath, false, false, false}, files));
  EXPECT_FALSE(ExpandInContext({"https://x/a", SourceOrigin::kUrl, false, false, false}, files));
}

TEST(IsArchiveContent, ReadsMagicBytesNotNames) {
  using namespace std::string_view_literals;
  EXPECT_TRUE(IsArchiveContent("\x1f\x8b\x08"sv));
  EXPECT_TRUE(IsArchiveContent("\xfd" "7zXZ\0rest"sv));
  std::string tar(512, '\0');
  tar.replace(257, 5, "ustar");
  EXPECT_TRUE(IsArchiveContent(tar));
  EXPECT_FALSE(IsArchiveContent("print('hello')\n"));
  EXPECT_FALSE(IsArchiveContent(""));
}

}  // namespace
}  // namespace dockopt::analysis
