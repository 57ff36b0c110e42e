// Recognizers for useradd, adduser (Debian and BusyBox), groupadd and addgroup.
#include "shell/recognizers.h"

namespace dockopt::shell {

namespace {

const OptionSpec kUseraddSpec{
    .short_values = "ugGdscekfpKbZ",
    .long_values = {"uid", "gid", "groups", "home-dir", "shell", "comment", "expiredate", "skel", "inactive",
                    "password", "key", "base-dir", "selinux-user", "root", "prefix"},
    .aliases = {{"u", "uid"}, {"g", "gid"}, {"G", "groups"}, {"d", "home-dir"}, {"home", "home-dir"},
                {"s", "shell"}, {"c", "comment"}, {"m", "create-home"}, {"M", "no-create-home"},
                {"r", "system"}, {"N", "no-user-group"}, {"U", "user-group"}, {"o", "non-unique"},
                {"l", "no-log-init"}, {"k", "skel"}, {"e", "expiredate"}, {"f", "inactive"}, {"p", "password"},
                {"K", "key"}, {"b", "base-dir"}},
};

/// Debian adduser takes long options; BusyBox adduser takes -u -G -h -s -g -D -S -H.
const OptionSpec kAdduserSpec{
    .short_values = "uGhsgk",
    .long_values = {"uid", "gid", "home", "shell", "ingroup", "gecos", "firstuid", "lastuid", "conf", "comment",
                    "add-extra-groups", "firstgid", "lastgid"},
    .aliases = {{"u", "uid"}, {"G", "ingroup"}, {"h", "home"}, {"s", "shell"}, {"g", "gecos"},
                {"D", "disabled-password"}, {"S", "system"}, {"H", "no-create-home"}, {"k", "skel"},
                {"comment", "gecos"}},
};

const OptionSpec kGroupaddSpec{
    .short_values = "gKpPR",
    .long_values = {"gid", "key", "password", "prefix", "root", "users"},
    .aliases = {{"g", "gid"}, {"r", "system"}, {"S", "system"}, {"f", "force"}, {"o", "non-unique"},
                {"K", "key"}, {"p", "password"}, {"U", "users"}},
};

}  // namespace

std::vector<ToolEntry> UserTools() {
  return {{"addgroup", &kGroupaddSpec, nullptr},
          {"adduser", &kAdduserSpec, nullptr},
          {"groupadd", &kGroupaddSpec, nullptr},
          {"useradd", &kUseraddSpec, nullptr}};
}

}  // namespace dockopt::shell
