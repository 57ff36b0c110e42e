// Recognizer for pip (pip, pip3, pip3.11, python -m pip): install options, -r files, pins.
#include "shell/recognizers.h"

namespace dockopt::shell {

namespace {

const OptionSpec kPipSpec{
    .short_values = "rceitfCb",
    .long_values = {"requirement", "constraint", "editable", "target", "prefix", "root", "index-url",
                    "extra-index-url", "find-links", "trusted-host", "src", "upgrade-strategy", "progress-bar",
                    "cache-dir", "platform", "python-version", "implementation", "abi", "only-binary", "no-binary",
                    "log", "proxy", "retries", "timeout", "exists-action", "cert", "client-cert",
                    "global-option", "config-settings", "report", "root-user-action", "python", "build",
                    "dest", "destination-directory", "wheel-dir"},
    .aliases = {{"r", "requirement"}, {"c", "constraint"}, {"e", "editable"}, {"t", "target"},
                {"i", "index-url"}, {"f", "find-links"}, {"U", "upgrade"}, {"q", "quiet"}, {"v", "verbose"},
                {"I", "ignore-installed"}, {"C", "config-settings"}, {"d", "dest"}, {"w", "wheel-dir"},
                {"b", "build"}},
    .has_subcommand = true,
};

void ReadPip(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  ReadArgs(words, begin, kPipSpec, call);
  for (Operand& o : call.operands.Mutable()) SplitPin(o, "=<>!~;@ ", 1);  // requests==2.0, six>=1, pkg @ url
}

}  // namespace

std::vector<ToolEntry> PipTools() { return {{"pip", &kPipSpec, ReadPip}}; }

}  // namespace dockopt::shell
