// Instructions with equal arguments share one copy of them; SharedList copies on write.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ir/shared_list.h"
#include "parser/parse.h"

namespace dockopt {
namespace {

using Strings = std::vector<std::string>;

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

TEST(SharedArgs, EqualArgumentsShareOneCopy) {
  SourceBuffer source("Dockerfile",
                      "FROM a\nENV PATH=/x:$PATH\nCOPY [\"a b\", \"/d/\"]\nRUN apt-get update \\\n  && true\n"
                      "ENV PATH=/x:$PATH\ncopy [\"a b\", \"/d/\"]\nRUN apt-get update \\\n  && true\nENV PATH=/y\n");
  ParseResult result = Parse(source);
  ASSERT_TRUE(result.dockerfile);
  const std::vector<ir::Instruction>& in = result.dockerfile->instructions;
  ASSERT_EQ(in.size(), 8u);
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

}  // namespace
}  // namespace dockopt
