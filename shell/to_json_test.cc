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

TEST(ToJsonTest, OpaqueNodesKeepTextAndSpan) {
  Script s = ParseScript("if [ -f a ]; then rm a; fi; echo", ParseOptions{});
  nlohmann::json j = ToJson(s);
  EXPECT_EQ(j["fully_modelled"], false);
  EXPECT_EQ(j["commands"][0]["kind"], "if");
  EXPECT_EQ(j["commands"][0]["opaque"], true);
  EXPECT_EQ(j["commands"][0]["text"], "if [ -f a ]; then rm a; fi");
  EXPECT_EQ(j["commands"][0]["span"], nlohmann::json::array({0, 26}));
  EXPECT_TRUE(j["commands"][0]["tool"].is_null());
  EXPECT_EQ(j["commands"][1]["joiner"], ";");
  EXPECT_TRUE(j["commands"][1]["tool"].is_null());
}

}  // namespace
}  // namespace dockopt::shell
