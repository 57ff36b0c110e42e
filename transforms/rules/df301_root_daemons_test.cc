// Tests for the daemons DF301 leaves to root: package installs and programs.
#include "transforms/rules/df301_root_daemons.h"

#include <gtest/gtest.h>

namespace dockopt {
namespace {

shell::ToolCall Install(const char* tool, const char* subcommand, std::initializer_list<const char*> packages) {
  shell::ToolCall call;
  call.tool = tool;
  call.subcommand = subcommand;
  for (const char* name : packages) call.operands.push_back({name, name, "", shell::kNoWord});
  return call;
}

TEST(RootDaemonInstalled, FindsTheFirstDaemonOfAnInstall) {
  EXPECT_EQ(RootDaemonInstalled(Install("apt-get", "install", {"curl", "openssh-server", "cron"})), "openssh-server");
  EXPECT_EQ(RootDaemonInstalled(Install("apk", "add", {"supervisor"})), "supervisor");
  EXPECT_EQ(RootDaemonInstalled(Install("yum", "install", {"cronie"})), "cronie");
  EXPECT_EQ(RootDaemonInstalled(Install("apt-get", "install", {"shellinabox", "ssh", "sudo"})), "ssh")
      << "Debian's metapackage of openssh-server";
}

TEST(RootDaemonInstalled, IgnoresRemovalsClientsAndOtherTools) {
  EXPECT_EQ(RootDaemonInstalled(Install("apt-get", "purge", {"cron"})), std::nullopt);
  EXPECT_EQ(RootDaemonInstalled(Install("apk", "add", {"openssh", "git"})), std::nullopt)
      << "Alpine's openssh is mostly installed for the ssh client";
  EXPECT_EQ(RootDaemonInstalled(Install("pip", "install", {"supervisor"})), std::nullopt);
}

TEST(RootDaemonInstalled, NamesPackagesThatOpenHardware) {
  EXPECT_EQ(RootDaemonInstalled(Install("apk", "add", {"zsh", "rtl-sdr"})), "rtl-sdr");
  EXPECT_TRUE(OpensDevices("bluez"));
  EXPECT_FALSE(OpensDevices("ffmpeg")) << "files in, files out";
  EXPECT_FALSE(ConfiguresNetwork("rtl-sdr"));
}

TEST(StartsAsRoot, ServersInitsWrappersDaemonsAndTheirStarters) {
  EXPECT_TRUE(StartsAsRoot("nginx"));
  EXPECT_TRUE(StartsAsRoot("gosu"));
  EXPECT_TRUE(StartsAsRoot("my_init"));
  EXPECT_FALSE(StartsAsRoot("nginx-debug")) << "only daemons' starters match by prefix";
  EXPECT_TRUE(StartsAsRoot("sshd"));
  EXPECT_TRUE(StartsAsRoot("runsvdir-start"));
  EXPECT_TRUE(StartsAsRoot("supervisord"));
  EXPECT_FALSE(StartsAsRoot("crontab-ui"));
  EXPECT_FALSE(StartsAsRoot("python"));
}

TEST(StartsAsRoot, JupyterHubSpawnsEachUsersServerButTheSingleUserServerDoesNot) {
  EXPECT_TRUE(StartsAsRoot("jupyterhub"));
  EXPECT_FALSE(StartsAsRoot("jupyterhub-singleuser")) << "runs as its user (docker-stacks' jovyan)";
  ASSERT_TRUE(RootMasterAdvice("jupyterhub").has_value());
  EXPECT_NE(RootMasterAdvice("jupyterhub")->find("spawner"), std::string::npos);
}

}  // namespace
}  // namespace dockopt
