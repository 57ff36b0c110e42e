// Tests for DF102 apk-no-cache through Optimize with only DF102 selected.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF102";

TEST(ApkNoCacheTest, AddsNoCache) {
  EXPECT_EQ(Fixed(kRule, "FROM alpine:3.20\nRUN apk add curl\n"), "FROM alpine:3.20\nRUN apk add --no-cache curl\n");
  EXPECT_EQ(Fixed(kRule, "FROM alpine:3.20\nRUN apk add --virtual .build gcc && make && apk del .build\n"),
            "FROM alpine:3.20\nRUN apk add --no-cache --virtual .build gcc && make && apk del .build\n");
}

TEST(ApkNoCacheTest, DropsUpdateAndCacheRemoval) {
  EXPECT_EQ(Fixed(kRule, "FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*\n"),
            "FROM alpine:3.20\nRUN apk add --no-cache curl\n");
  EXPECT_EQ(Fixed(kRule, "FROM alpine:3.20\n"
                         "RUN apk update && \\\n"
                         "    apk add --no-cache \\\n"
                         "        curl \\\n"
                         "        git && \\\n"
                         "    rm -rf /var/cache/apk/*\n"),
            "FROM alpine:3.20\n"
            "RUN apk add --no-cache \\\n"
            "        curl \\\n"
            "        git\n");
  // Only the cache path goes from an rm that also removes other things.
  EXPECT_EQ(Fixed(kRule, "FROM alpine:3.20\nRUN apk add --no-cache curl && rm -rf /var/cache/apk/* /tmp/*\n"),
            "FROM alpine:3.20\nRUN apk add --no-cache curl && rm -rf /tmp/*\n");
}

TEST(ApkNoCacheTest, UpdateKeptWhenALaterRunUsesTheIndex) {
  std::string text = "FROM alpine:3.20\nRUN apk update && apk add --no-cache curl\n"
                     "# dockopt: ignore=DF102\nRUN apk add git\n";
  OptimizeResult result = RunRule(kRule, text);
  EXPECT_EQ(result.output, text);
  ASSERT_EQ(result.reports.size(), 1u);
  EXPECT_EQ(result.reports[0].safety, "unsafe fix");
  EXPECT_EQ(Fixed(kRule, text, /*unsafe=*/true),
            "FROM alpine:3.20\nRUN apk add --no-cache curl\n# dockopt: ignore=DF102\nRUN apk add git\n");
}

TEST(ApkNoCacheTest, UpgradeAfterUpdateFetchesItsOwnIndex) {
  // The upgrade reads the index the update wrote; with --no-cache it fetches the same one and keeps none.
  EXPECT_EQ(Fixed(kRule, "FROM alpine:3.20\nRUN apk update && apk upgrade && apk add --no-cache curl\n"),
            "FROM alpine:3.20\nRUN apk upgrade --no-cache && apk add --no-cache curl\n");
  EXPECT_EQ(Fixed(kRule, "FROM alpine:3.20\nRUN apk update && apk upgrade\nRUN apk add g++\n"),
            "FROM alpine:3.20\nRUN apk upgrade --no-cache\nRUN apk add --no-cache g++\n");
}

TEST(ApkNoCacheTest, Negatives) {
  for (std::string_view text : {
           "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
           "FROM alpine:3.20\nRUN apk --no-cache add curl\n",
           "FROM alpine:3.20\nRUN apk update\n",                     // no add: nothing to pair with
           "FROM alpine:3.20\nRUN rm -rf /var/cache/apk/*\n",
           "FROM alpine:3.20\nRUN apk upgrade\n",  // no update before it: --no-cache would make it upgrade more
           "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n",
           "FROM alpine:3.20\nRUN [\"apk\", \"add\", \"curl\"]\n",
           "FROM alpine:3.20\nRUN apk del curl\n",
       }) {
    OptimizeResult result = RunRule(kRule, text);
    EXPECT_EQ(result.output, text);
    EXPECT_TRUE(result.reports.empty()) << text;
  }
}

// -U is --update-cache, a switch: `apk add -U --no-cache x` already has --no-cache (homer).
TEST(ApkNoCacheTest, UpdateCacheSwitchIsNoValue) {
  const std::string text = "FROM alpine:3.20\nRUN apk add -U --no-cache lighttpd\n";
  EXPECT_EQ(Fixed(kRule, text), text);
  EXPECT_EQ(Fixed(kRule, "FROM alpine:3.20\nRUN apk add -U curl\n"), "FROM alpine:3.20\nRUN apk add --no-cache -U curl\n");
}

TEST(ApkNoCacheTest, NeverEmptiesARun) {
  // `apk update` alone in its RUN is not in the same RUN as an add: it stays.
  std::string text = "FROM alpine:3.20\nRUN apk update\nRUN apk add --no-cache curl\n";
  EXPECT_EQ(Fixed(kRule, text), text);
}

TEST(ApkNoCacheTest, CommentsStay) {
  std::string text = "FROM alpine:3.20\n"
                     "RUN apk update && \\\n"
                     "    # tools\n"
                     "    apk add curl\n";
  OptimizeResult result = RunRule(kRule, text);
  // --no-cache goes in; the update stays because removing it would take the comment along.
  EXPECT_EQ(result.output, "FROM alpine:3.20\n"
                           "RUN apk update && \\\n"
                           "    # tools\n"
                           "    apk add --no-cache curl\n");
}

TEST(ApkNoCacheTest, HeredocScript) {
  EXPECT_EQ(Fixed(kRule, "FROM alpine\nRUN <<EOF\nset -e\napk update\napk add curl\nrm -rf /var/cache/apk/*\nEOF\n"),
            "FROM alpine\nRUN <<EOF\nset -e\napk add --no-cache curl\nEOF\n");
}

TEST(ApkNoCacheTest, OddLayout) {
  EXPECT_EQ(Fixed(kRule, "from alpine\r\nrun apk update\t&&\tapk add curl\r\n"),
            "from alpine\r\nrun apk add --no-cache curl\r\n");
}

}  // namespace
}  // namespace dockopt
