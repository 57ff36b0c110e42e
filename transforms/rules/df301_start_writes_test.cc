// Tests for what DF301 reads of the container's start: daemons started with the distribution's config.
#include "transforms/rules/df301_start_writes.h"

#include <gtest/gtest.h>

namespace dockopt {
namespace {

TEST(PackagedDaemonConfig, NamesADaemonStartedWithAConfigUnderEtc) {
  EXPECT_EQ(PackagedDaemonConfig({"redis-server", "/etc/redis/redis.conf", "&&", "bin/hubot"}),
            "redis-server' with '/etc/redis/redis.conf");
  EXPECT_EQ(PackagedDaemonConfig({"/usr/sbin/mosquitto", "-c", "/etc/mosquitto/mosquitto.conf"}),
            "mosquitto' with '/etc/mosquitto/mosquitto.conf");
  EXPECT_EQ(PackagedDaemonConfig({"freshclam", "--config-file=/etc/clamav/freshclam.conf"}),
            "freshclam' with '/etc/clamav/freshclam.conf");
  EXPECT_EQ(PackagedDaemonConfig({"sh", "-c", "node app.js & redis-server /etc/redis.conf"}),
            "redis-server' with '/etc/redis.conf")
      << "a later command of the shell line";
  EXPECT_EQ(PackagedDaemonConfig({"rabbitmq-server"}), "rabbitmq-server") << "its wrapper refuses other users";
}

TEST(PackagedDaemonConfig, LeavesDaemonsWithTheirOwnFoldersAndOtherPrograms) {
  EXPECT_EQ(PackagedDaemonConfig({"redis-server", "--dir", "/data"}), std::nullopt);
  EXPECT_EQ(PackagedDaemonConfig({"redis-server", "/app/redis.conf"}), std::nullopt);
  EXPECT_EQ(PackagedDaemonConfig({"node", "server.js", "/etc/app.json"}), std::nullopt);
  EXPECT_EQ(PackagedDaemonConfig({"redis-server", "&&", "cat", "/etc/hosts"}), std::nullopt)
      << "the path belongs to the next command";
  EXPECT_EQ(PackagedDaemonConfig({}), std::nullopt);
}

}  // namespace
}  // namespace dockopt
