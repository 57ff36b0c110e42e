// Tests for ToJson: the documented fields are present with the right values.
#include "shell/to_json.h"

#include <gtest/gtest.h>

#include "shell/parse_script.h"

namespace dockopt::shell {
namespace {

TEST(ToJsonTest, SimpleCommandsWithTool) {
  Script s = ParseScript("DEBIAN_FRONTEND=noninteractive apt-get install -y curl=7 2>/dev/null && rm -rf /x",
                         ParseOptions{10, '\\', false});
  nlohmann::json j = ToJson(s);
  EXPECT_EQ(j["span"], nlohmann::json::array({10, 10 + s.text.size()}));
  EXPECT_EQ(j["fully_modelled"], true);
  EXPECT_TRUE(j["error"].is_null());
  ASSERT_EQ(j["commands"].size(), 2u);
  const nlohmann::json& c0 = j["commands"][0];
  EXPECT_EQ(c0["kind"], "simple");
  EXPECT_TRUE(c0["joiner"].is_null());
  EXPECT_EQ(c0["env"][0]["raw"], "DEBIAN_FRONTEND=noninteractive");
  EXPECT_EQ(c0["words"][0]["value"], "apt-get");
  EXPECT_EQ(c0["redirects"][0]["fd"], 2);
  EXPECT_EQ(c0["redirects"][0]["target"]["value"], "/dev/null");
  EXPECT_EQ(c0["tool"]["name"], "apt-get");
  EXPECT_EQ(c0["tool"]["subcommand"], "install");
  EXPECT_EQ(c0["tool"]["options"][0]["name"], "yes");
  EXPECT_EQ(c0["tool"]["operands"][0]["name"], "curl");
  EXPECT_EQ(c0["tool"]["operands"][0]["version"], "=7");
  EXPECT_EQ(j["commands"][1]["joiner"], "&&");
  EXPECT_EQ(j["commands"][1]["tool"]["name"], "rm");
}

TEST(ToJsonTest, CompoundsShowKeywordsAndParts) {
  Script s = ParseScript("if [ -f a ]; then rm a; fi; echo", ParseOptions{});
  nlohmann::json j = ToJson(s);
  EXPECT_EQ(j["fully_modelled"], true);
  const nlohmann::json& c0 = j["commands"][0];
  EXPECT_EQ(c0["kind"], "if");
  EXPECT_EQ(c0["opaque"], false);
  EXPECT_EQ(c0["span"], nlohmann::json::array({0, 26}));
  EXPECT_TRUE(c0["tool"].is_null());
  ASSERT_EQ(c0["keywords"].size(), 3u);
  EXPECT_EQ(c0["keywords"][1]["text"], "then");
  EXPECT_EQ(c0["keywords"][1]["span"], nlohmann::json::array({13, 17}));
  ASSERT_EQ(c0["parts"].size(), 2u);
  EXPECT_EQ(c0["parts"][0]["role"], "condition");
  EXPECT_EQ(c0["parts"][0]["trailing_op"], nlohmann::json::array({11, 12}));
  EXPECT_EQ(c0["parts"][1]["role"], "then");
  EXPECT_EQ(c0["parts"][1]["commands"][0]["tool"]["name"], "rm");
  EXPECT_EQ(j["commands"][1]["joiner"], ";");
  EXPECT_TRUE(j["commands"][1]["tool"].is_null());
}

TEST(ToJsonTest, UnparsedNodesKeepTextAndSpan) {
  Script s = ParseScript("echo a; if true; then echo 'x; fi", ParseOptions{});
  nlohmann::json j = ToJson(s);
  EXPECT_EQ(j["fully_modelled"], false);
  EXPECT_EQ(j["commands"][1]["kind"], "unparsed");
  EXPECT_EQ(j["commands"][1]["opaque"], true);
  EXPECT_EQ(j["commands"][1]["text"], "if true; then echo 'x; fi");
  EXPECT_EQ(j["error"], "unterminated single quote");
}

TEST(ToJsonTest, CaseArmsHavePatterns) {
  Script s = ParseScript("case \"$a\" in amd64|x86_64) x=1 ;; esac", ParseOptions{});
  nlohmann::json j = ToJson(s);
  const nlohmann::json& arm = j["commands"][0]["parts"][0];
  EXPECT_EQ(arm["role"], "arm");
  EXPECT_EQ(arm["patterns"][1]["value"], "x86_64");
  EXPECT_EQ(j["commands"][0]["words"][0]["value"], "$a");
}

}  // namespace
}  // namespace dockopt::shell
