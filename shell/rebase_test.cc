// Tests for Rebase: a script moved to another offset equals a parse of the same text there.
#include "shell/rebase.h"

#include <gtest/gtest.h>

#include "shell/parse_script.h"
#include "shell/to_json.h"

namespace dockopt::shell {
namespace {

// Every span of the tree, in a fixed order (ToJson leaves out empty joiner spans and heredoc bodies).
void Collect(const std::vector<Command>& commands, std::vector<Span>& out) {
  for (const Command& c : commands) {
    out.insert(out.end(), {c.span, c.joiner_span});
    for (const Word& w : c.env) out.push_back(w.span);
    for (const Word& w : c.words) out.push_back(w.span);
    for (const Redirect& r : c.redirects) out.insert(out.end(), {r.span, r.target.span, r.body});
    for (const Keyword& k : c.keywords) out.push_back(k.span);
    for (const Part& p : c.parts) {
      for (const Word& w : p.patterns) out.push_back(w.span);
      Collect(p.commands, out);
      out.push_back(p.trailing_op);
    }
  }
}

std::vector<Span> Spans(const Script& script) {
  std::vector<Span> out = {script.Whole(), script.trailing_op};
  Collect(script.commands, out);
  return out;
}

constexpr std::string_view kText =
    "A=1 apt-get install -y x 2>&1 | tee log; if [ -f y ]; then make; else { cd z && ls; }; fi \\\n"
    "  && case $v in a|b) echo a ;; *) cat <<EOF ;; esac &";

TEST(RebaseTest, EqualsAParseAtTheNewOffset) {
  for (uint32_t from : {7u, 300u}) {
    Script moved = ParseScript(kText, ParseOptions{from, '\\', false});
    Rebase(moved, 120 - static_cast<int64_t>(from));
    Script fresh = ParseScript(kText, ParseOptions{120, '\\', false});
    EXPECT_EQ(moved.base, 120u);
    EXPECT_EQ(ToJson(moved), ToJson(fresh));
    EXPECT_EQ(Spans(moved), Spans(fresh));
    EXPECT_GT(Spans(fresh).size(), 40u);  // the text exercises words, redirects, keywords and parts
  }
}

TEST(RebaseTest, UnsetSpansStayUnset) {
  Script script = ParseScript("ls", ParseOptions{5, '\\', false});
  ASSERT_EQ(script.trailing_op, Span{});
  Rebase(script, 10);
  EXPECT_EQ(script.trailing_op, Span{});
  EXPECT_EQ(script.commands[0].span, (Span{15, 17}));
}

}  // namespace
}  // namespace dockopt::shell
