// Recognizers for apt-get and apt: subcommand, -y/-q clusters, -o values, name=version pins.
#include "shell/recognizers.h"

namespace dockopt::shell {

namespace {

const OptionSpec kAptSpec{
    .short_values = "octa",
    .long_values = {"option", "config-file", "target-release", "default-release", "host-architecture"},
    .aliases = {{"y", "yes"}, {"assume-yes", "yes"}, {"q", "quiet"}, {"o", "option"}, {"c", "config-file"},
                {"t", "target-release"}, {"default-release", "target-release"}, {"f", "fix-broken"},
                {"m", "ignore-missing"}, {"fix-missing", "ignore-missing"}, {"u", "show-upgraded"},
                {"V", "verbose-versions"}, {"s", "simulate"}, {"dry-run", "simulate"}, {"d", "download-only"},
                {"a", "host-architecture"}, {"recommends", "install-recommends"}},
    .has_subcommand = true,
};

void ReadApt(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  ReadArgs(words, begin, kAptSpec, call);
  for (Operand& o : call.operands.Mutable()) SplitPin(o, "=", 1);  // pkg=1.2, pkg/bookworm keeps its suite in name
}

}  // namespace

std::vector<ToolEntry> AptTools() {
  return {{"apt", &kAptSpec, ReadApt}, {"apt-get", &kAptSpec, ReadApt}};
}

}  // namespace dockopt::shell
