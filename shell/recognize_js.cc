// Recognizers for npm, yarn and pnpm: ci/install, --omit=dev, --production, cache clean, name@version.
#include "shell/recognizers.h"

namespace dockopt::shell {

namespace {

const OptionSpec kNpmSpec{
    .short_values = "w",
    .long_values = {"omit", "include", "only", "registry", "loglevel", "cache", "userconfig", "prefix", "workspace",
                    "install-strategy", "tag"},
    .aliases = {{"g", "global"}, {"D", "save-dev"}, {"P", "save-prod"}, {"E", "save-exact"}, {"S", "save"},
                {"O", "save-optional"}, {"f", "force"}, {"q", "quiet"}, {"s", "silent"}, {"w", "workspace"},
                {"prod", "production"}},
    .has_subcommand = true,
};

const OptionSpec kYarnSpec{
    .short_values = "",
    .long_values = {"cache-folder", "modules-folder", "network-timeout", "mutex", "registry", "global-folder",
                    "link-folder", "network-concurrency", "cwd"},
    .aliases = {{"prod", "production"}, {"D", "dev"}, {"P", "peer"}, {"E", "exact"}, {"T", "tilde"},
                {"immutable", "frozen-lockfile"}},
    .has_subcommand = true,
};

const OptionSpec kPnpmSpec{
    .short_values = "FC",
    .long_values = {"filter", "store-dir", "dir", "reporter", "loglevel", "registry", "config.store-dir"},
    .aliases = {{"P", "prod"}, {"production", "prod"}, {"D", "dev"}, {"r", "recursive"}, {"F", "filter"},
                {"C", "dir"}, {"g", "global"}},
    .has_subcommand = true,
};

/// `@scope/name@1.2`: the version starts at the last '@' that is not the first character.
void SplitNpmPins(ToolCall& call) {
  for (Operand& o : call.operands.Mutable()) SplitPin(o, "@", 1);
}

void ReadNpm(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  ReadArgs(words, begin, kNpmSpec, call);
  static constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
      {"i", "install"}, {"add", "install"}, {"isntall", "install"}, {"in", "install"}, {"rm", "uninstall"},
      {"r", "uninstall"}, {"un", "uninstall"}, {"remove", "uninstall"}, {"clean-install", "ci"},
      {"install-clean", "ci"}, {"ic", "ci"}, {"run-script", "run"}};
  for (const auto& [from, to] : kAliases) {
    if (call.subcommand == from) call.subcommand = std::string(to);
  }
  if (call.subcommand == "install" || call.subcommand == "uninstall") SplitNpmPins(call);
}

void ReadYarn(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  ReadArgs(words, begin, kYarnSpec, call);
  if (call.subcommand.empty()) call.subcommand = "install";  // bare `yarn` installs
  if (call.subcommand == "add" || call.subcommand == "remove") SplitNpmPins(call);
}

void ReadPnpm(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  ReadArgs(words, begin, kPnpmSpec, call);
  if (call.subcommand == "i") call.subcommand = "install";
  if (call.subcommand == "add" || call.subcommand == "remove") SplitNpmPins(call);
}

}  // namespace

std::vector<ToolEntry> JsTools() {
  return {{"npm", &kNpmSpec, ReadNpm}, {"pnpm", &kPnpmSpec, ReadPnpm}, {"yarn", &kYarnSpec, ReadYarn}};
}

}  // namespace dockopt::shell
