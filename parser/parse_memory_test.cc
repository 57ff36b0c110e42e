// What keeps a large file's IR small: equal argument lists shared (SharedList copies on write), and the
// instruction vector reserved once, to a bound that holds.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "ir/shared_list.h"
#include "parser/parse.h"

namespace dockopt {
namespace {

using Strings = std::vector<std::string>;
using Counts = std::pair<size_t, size_t>;  // instructions, reserved

TEST(SharedList, CopiesShareUntilOneIsWritten) {
  SharedList<std::string> a = Strings{"x", "y"};
  SharedList<std::string> b = a;
  EXPECT_TRUE(a.shared());
  EXPECT_EQ(&a.items(), &b.items());
  b.push_back("z");  // b gets its own copy first; a keeps what it read
  EXPECT_FALSE(a.shared());
  EXPECT_EQ(a, (Strings{"x", "y"}));
  EXPECT_EQ(b, (Strings{"x", "y", "z"}));
  SharedList<std::string> c = std::move(b);
  EXPECT_TRUE(b.empty());  // NOLINT(bugprone-use-after-move): a moved-from list is empty
  EXPECT_EQ(c.size(), 3u);
  c = a;
  EXPECT_EQ(&c.items(), &a.items());
  c.clear();
  EXPECT_TRUE(c.empty());
  EXPECT_EQ(a, (Strings{"x", "y"}));
  SharedList<std::string> empty = Strings{};
  EXPECT_FALSE(empty.shared());
  EXPECT_TRUE(empty.empty());
}

// 1,100 instructions after `text`: the parser shares lists and tightens its bound on large files only.
std::string Large(std::string text) {
  for (int i = 0; i < 1100; ++i) text += "LABEL n" + std::to_string(i) + "=v\n";
  return text;
}

TEST(SharedArgs, EqualArgumentsShareOneCopy) {
  const std::string head =
      "FROM a\nENV PATH=/x:$PATH\nCOPY [\"a b\", \"/d/\"]\nRUN apt-get update \\\n  && true\n"
      "ENV PATH=/x:$PATH\ncopy [\"a b\", \"/d/\"]\nRUN apt-get update \\\n  && true\nENV PATH=/y\n";
  {
    SourceBuffer small("Dockerfile", head);  // a small file: nothing to gain, each keeps its own
    ParseResult result = Parse(small);
    ASSERT_TRUE(result.dockerfile);
    const std::vector<ir::Instruction>& in = result.dockerfile->instructions;
    EXPECT_NE(&in[1].node_args.items(), &in[4].node_args.items());
    EXPECT_EQ(in[1].node_args, in[4].node_args);
  }
  SourceBuffer source("Dockerfile", Large(head));
  ParseResult result = Parse(source);
  ASSERT_TRUE(result.dockerfile);
  const std::vector<ir::Instruction>& in = result.dockerfile->instructions;
  ASSERT_EQ(in.size(), 8u + 1100u);
  EXPECT_EQ(&in[1].node_args.items(), &in[4].node_args.items());  // ENV PATH=/x:$PATH twice
  EXPECT_EQ(&in[2].node_args.items(), &in[5].node_args.items());  // COPY and copy: the same arguments
  EXPECT_EQ(&in[2].exec_args.items(), &in[2].node_args.items());  // exec form: the same items
  EXPECT_EQ(&in[3].node_args.items(), &in[6].node_args.items());  // continued RUNs
  EXPECT_NE(&in[1].node_args.items(), &in[7].node_args.items());  // another value
  EXPECT_EQ(in[1].node_args, (Strings{"PATH", "/x:$PATH", "="}));
  EXPECT_EQ(in[7].node_args, (Strings{"PATH", "/y", "="}));
  EXPECT_EQ(in[5].exec_args, (Strings{"a b", "/d/"}));
  EXPECT_TRUE(in[0].exec_args.empty());
}

// The reservation is a bound: a continued line starts no instruction, and with `# escape=`` ` a line
// ending in `\` is no continuation. Below the count the vector would reallocate (never wrong, but the
// peak memory of a large file); far above it, it wastes an instruction per continued line.
TEST(InstructionsBound, ReservesNoMoreThanTheStartsAndNeverTooFew) {
  auto capacity = [](const std::string& text) {
    SourceBuffer source("Dockerfile", Large(text));
    ParseResult result = Parse(source);
    EXPECT_TRUE(result.dockerfile) << text;
    if (!result.dockerfile) return Counts(0, 0);
    return Counts(result.dockerfile->instructions.size(), result.dockerfile->instructions.capacity());
  };
  EXPECT_EQ(capacity("FROM a\nRUN a \\\n  b \\\n\n  # c\n  d\nRUN e\n"), Counts(3 + 1100, 3 + 1100));
  SourceBuffer small("Dockerfile", "FROM a\nRUN a \\\n  b\n");  // a small file: every line that could start one
  EXPECT_EQ(Parse(small).dockerfile->instructions.capacity(), 3u);
  // `\` is no continuation here: counted as one, the bound would be 2.
  EXPECT_EQ(capacity("# escape=`\nFROM a\nRUN a \\\nRUN b\n"), Counts(3 + 1100, 3 + 1100));
  EXPECT_EQ(capacity("# escape=`\nFROM a\nRUN a `\n  b\nRUN c\n"), Counts(3 + 1100, 4 + 1100));  // both: 4
  EXPECT_EQ(capacity("FROM a\nRUN echo `date`\nRUN b\n"), Counts(3 + 1100, 3 + 1100));
  // A heredoc body's lines count (a bound, not the count), and the terminator after a `\` does not.
  EXPECT_EQ(capacity("FROM a\nRUN <<EOF\necho \\\nEOF\nRUN b\n"), Counts(3 + 1100, 4 + 1100));
}

}  // namespace
}  // namespace dockopt
