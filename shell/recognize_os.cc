// Recognizers for apk, yum, dnf and microdnf.
#include "shell/recognizers.h"

namespace dockopt::shell {

namespace {

const OptionSpec kApkSpec{
    .short_values = "tXp",  // -U is --update-cache, a switch
    .long_values = {"virtual", "repository", "root", "keys-dir", "arch", "cache-dir", "repositories-file",
                    "cache-max-age", "wait"},
    .aliases = {{"t", "virtual"}, {"X", "repository"}, {"p", "root"}, {"q", "quiet"}, {"v", "verbose"},
                {"U", "update-cache"}, {"i", "interactive"}, {"f", "force"}},
    .has_subcommand = true,
};

const OptionSpec kYumSpec{
    .short_values = "cxRde",
    .long_values = {"enablerepo", "disablerepo", "setopt", "installroot", "releasever", "exclude", "config", "repo",
                    "repoid", "repofrompath", "nobest", "skip-broken-none", "downloaddir", "destdir", "forcearch",
                    "color", "rpmverbosity", "cachedir", "refresh-none", "module-platform-id"},
    .aliases = {{"y", "yes"}, {"assumeyes", "yes"}, {"q", "quiet"}, {"x", "exclude"}, {"c", "config"},
                {"v", "verbose"}, {"C", "cacheonly"}, {"tsflags=nodocs", "nodocs"}},
    .has_subcommand = true,
};

void SplitApk(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  ReadArgs(words, begin, kApkSpec, call);
  for (Operand& o : call.operands.Mutable()) SplitPin(o, "=~<>", 1);
}

void SplitRpm(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  ReadArgs(words, begin, kYumSpec, call);
  // `clean all` and `module enable x` keep their words as operands; packages may be `name-1.2` (not split).
}

}  // namespace

std::vector<ToolEntry> OsPackageTools() {
  return {{"apk", &kApkSpec, SplitApk},
          {"dnf", &kYumSpec, SplitRpm},
          {"microdnf", &kYumSpec, SplitRpm},
          {"yum", &kYumSpec, SplitRpm}};
}

}  // namespace dockopt::shell
