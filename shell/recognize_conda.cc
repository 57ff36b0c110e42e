// Recognizer for conda, mamba and micromamba: install-like subcommands, `env create`, and `clean`, whose
// short options (-afy, -tipsy) mean other things than install's (-p is --packages there, not --prefix).
#include "shell/recognizers.h"

namespace dockopt::shell {

namespace {

const OptionSpec kCondaSpec{
    .short_values = "npcfr",
    .long_values = {"name", "prefix", "channel", "file", "root-prefix", "solver", "experimental-solver",
                    "repodata-fn", "platform", "subdir", "channel-priority", "clone", "revision",
                    "cwd", "rc-file"},
    .aliases = {{"y", "yes"}, {"n", "name"}, {"p", "prefix"}, {"c", "channel"}, {"f", "file"}, {"r", "root-prefix"},
                {"q", "quiet"}, {"v", "verbose"}, {"d", "dry-run"}, {"S", "satisfied-skip-solve"}},
    .has_subcommand = true,
};

const OptionSpec kCondaCleanSpec{
    .short_values = "",
    .long_values = {"root-prefix", "rc-file"},
    .aliases = {{"y", "yes"}, {"a", "all"}, {"t", "tarballs"}, {"p", "packages"}, {"i", "index-cache"},
                {"f", "force-pkgs-dirs"}, {"s", "source-cache"}, {"l", "lock"}, {"c", "tempfiles"},
                {"q", "quiet"}, {"d", "dry-run"}, {"r", "root-prefix"}},
    .has_subcommand = true,
};

void ReadConda(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  size_t sub = begin;
  while (sub < words.size() && words[sub].value.starts_with("-")) ++sub;
  ReadArgs(words, begin, sub < words.size() && words[sub].value == "clean" ? kCondaCleanSpec : kCondaSpec, call);
}

}  // namespace

std::vector<ToolEntry> CondaTools() {
  return {{"conda", &kCondaSpec, ReadConda}, {"mamba", &kCondaSpec, ReadConda}, {"micromamba", &kCondaSpec, ReadConda}};
}

}  // namespace dockopt::shell
