// DF202 on a final stage built FROM an earlier stage (split_chain.h): planned over the chain, the
// earlier stages untouched, and the chain's blocker named.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF202";

constexpr std::string_view kBase =
    "FROM ruby:3.3-slim-bookworm AS base\n"
    "RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev\n"
    "WORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\n";

TEST(SplitChainTest, FinalStageOnAnEarlierStageBecomesTheBuilder) {
  std::string input = std::string(kBase) + "CMD [\"bundle\", \"exec\", \"puma\"]\n\nFROM base AS ci\n\n"
                      "FROM base AS full\nRUN bundle exec rake assets:precompile\n";
  OptimizeResult result = RunRule(kRule, input, true);
  ASSERT_EQ(result.reports.size(), 1u);
  // The earlier stages stay byte for byte; the final stage's own work moves to the builder.
  EXPECT_TRUE(result.output.starts_with(std::string(kBase))) << result.output;
  EXPECT_NE(result.output.find("FROM base AS ci\n"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("FROM base AS builder\nRUN bundle exec rake assets:precompile\n"), std::string::npos)
      << result.output;
  std::string production = result.output.substr(result.output.find("FROM ruby:3.3-slim-bookworm AS full"));
  EXPECT_NE(production.find("libpq5"), std::string::npos) << production;
  EXPECT_EQ(production.find("build-essential"), std::string::npos) << production;
  EXPECT_NE(production.find("COPY --from=builder /app /app"), std::string::npos) << production;
  EXPECT_NE(production.find("CMD [\"bundle\", \"exec\", \"puma\"]"), std::string::npos) << production;
}

TEST(SplitChainTest, ABlockerInTheEarlierStageIsNamed) {
  std::string input = std::string(kBase) + "RUN ./install.sh\n\nFROM base\nRUN bundle exec rake assets:precompile\n";
  OptimizeResult result = RunRule(kRule, input, true);
  EXPECT_EQ(result.output, input);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_NE(result.reports.front().message.find("the RUN at line 7 runs './install.sh'"), std::string::npos)
      << result.reports.front().message;
}

}  // namespace
}  // namespace dockopt
