// Tests for reading the ports of nginx `listen` directives.
#include "transforms/rules/nginx_listen.h"

#include <gtest/gtest.h>

namespace dockopt {
namespace {

TEST(NginxListenTest, ReadsEveryAddressForm) {
  std::optional<std::vector<int>> ports = NginxListenPorts(
      "server {\n  listen 8080 default_server;\n  listen [::]:8443 ssl;\n  listen 0.0.0.0:9000;\n"
      "  listen *:81;\n  listen 127.0.0.1;\n  listen unix:/tmp/nginx.sock;\n}\n");
  ASSERT_TRUE(ports);
  EXPECT_EQ(*ports, (std::vector<int>{8080, 8443, 9000, 81, 80}));
}

TEST(NginxListenTest, SkipsCommentsAndWordsThatOnlyContainListen) {
  std::optional<std::vector<int>> ports =
      NginxListenPorts("# listen 80;\nserver { listen 8080; # listen 443\n  set $listen_port 1; }\n");
  ASSERT_TRUE(ports);
  EXPECT_EQ(*ports, (std::vector<int>{8080}));
}

TEST(NginxListenTest, AVariablePortIsUnknown) {
  EXPECT_FALSE(NginxListenPorts("server { listen ${NGINX_PORT}; }"));
  EXPECT_FALSE(NginxListenPorts("server { listen $port; }"));
}

TEST(NginxListenTest, PortNumbersAreOneToFiveDigitsInRange) {
  EXPECT_EQ(NginxPortNumber("80"), 80);
  EXPECT_FALSE(NginxPortNumber("0"));
  EXPECT_FALSE(NginxPortNumber("70000"));
  EXPECT_FALSE(NginxPortNumber("8o"));
  EXPECT_FALSE(NginxPortNumber(""));
}

}  // namespace
}  // namespace dockopt
