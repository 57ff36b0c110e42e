// Tests for DF103 rpm-cache through Optimize with only DF103 selected.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

constexpr std::string_view kRule = "DF103";

TEST(RpmCacheTest, AddsYesAndCleanAll) {
  EXPECT_EQ(Fixed(kRule, "FROM centos:7\nRUN yum install httpd\n"),
            "FROM centos:7\nRUN yum install -y httpd && yum clean all\n");
  EXPECT_EQ(Fixed(kRule, "FROM fedora:40\nRUN dnf -y install gcc && dnf -y install make\n"),
            "FROM fedora:40\nRUN dnf -y install gcc && dnf -y install make && dnf clean all\n");
  EXPECT_EQ(Fixed(kRule, "FROM ubi9-minimal\nRUN microdnf install tar\n"),
            "FROM ubi9-minimal\nRUN microdnf install tar && microdnf clean all\n");
  EXPECT_EQ(Fixed(kRule, "FROM fedora:40\nRUN dnf update\n"), "FROM fedora:40\nRUN dnf update -y && dnf clean all\n");
}

TEST(RpmCacheTest, CleanGoesAfterTheLastInstall) {
  EXPECT_EQ(Fixed(kRule, "FROM centos:7\n"
                         "RUN yum -y install gcc && \\\n"
                         "    make && \\\n"
                         "    yum -y install httpd && \\\n"
                         "    httpd -v\n"),
            "FROM centos:7\n"
            "RUN yum -y install gcc && \\\n"
            "    make && \\\n"
            "    yum -y install httpd && \\\n"
            "    yum clean all && \\\n"
            "    httpd -v\n");
  // A clean before the install does not count.
  EXPECT_EQ(Fixed(kRule, "FROM centos:7\nRUN yum clean all && yum -y install httpd\n"),
            "FROM centos:7\nRUN yum clean all && yum -y install httpd && yum clean all\n");
}

TEST(RpmCacheTest, Negatives) {
  for (std::string_view text : {
           "FROM centos:7\nRUN yum -y install httpd && yum clean all\n",
           "FROM centos:7\nRUN yum install --assumeyes httpd && yum clean all && rm -rf /var/cache/yum\n",
           "FROM fedora:40\nRUN dnf install -y gcc && rm -rf /var/cache/dnf\n",
           "FROM fedora:40\nRUN dnf install -y gcc && dnf clean all\nRUN dnf install -y make && dnf clean all\n",
           "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y gcc\n",
           "FROM fedora:40\nRUN dnf --setopt=assumeyes=1 install gcc && dnf clean all\n",
           "FROM fedora:40\nRUN [\"dnf\", \"install\", \"-y\", \"gcc\"]\n",
           "FROM fedora:40\nRUN dnf makecache\n",
           "FROM fedora:40\nRUN dnf -y --installroot=/rootfs install bash\n",
       }) {
    OptimizeResult result = RunRule(kRule, text);
    EXPECT_EQ(result.output, text);
    EXPECT_TRUE(result.reports.empty()) << text;
  }
}

TEST(RpmCacheTest, Messages) {
  OptimizeResult result = RunRule(kRule, "FROM centos:7\nRUN yum install httpd\n");
  ASSERT_EQ(result.reports.size(), 2u);
  EXPECT_EQ(result.reports[0].message, "'yum install' without -y stops at the confirmation prompt in a build");
  EXPECT_EQ(result.reports[1].message,
            "yum metadata and packages stay in the image layer; add 'yum clean all' to the same RUN");
}

TEST(RpmCacheTest, CommentsAndLayout) {
  EXPECT_EQ(Fixed(kRule, "FROM centos:7\n"
                         "RUN yum -y install \\\n"
                         "        # web server\n"
                         "        httpd \\\n"
                         "    && echo done\n"),
            "FROM centos:7\n"
            "RUN yum -y install \\\n"
            "        # web server\n"
            "        httpd \\\n"
            "    && yum clean all \\\n"
            "    && echo done\n");
  EXPECT_EQ(Fixed(kRule, "from centos:7\r\nrun\tyum install -y httpd\r\n"),
            "from centos:7\r\nrun\tyum install -y httpd && yum clean all\r\n");
}

}  // namespace
}  // namespace dockopt
