// dockopt entry point: dispatches to a subcommand; the CLI only wires modules together.
#include <fmt/core.h>

#include <cstdio>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "dockopt_version.h"  // generated: DOCKOPT_VERSION, from git describe

namespace {

void PrintUsage() {
  fmt::print("usage: dockopt <command> [options] [FILE...]\n\ncommands:\n");
  for (const auto& command : dockopt::cli::Commands()) fmt::print("  {:<10} {}\n", command.name, command.summary);
  fmt::print("  {:<10} {}\n", "help", "show help for a command: dockopt help COMMAND");
  fmt::print("\noptions:\n  -h, --help     show this help\n  --version      print the version\n");
  fmt::print("\nexit codes: 0 success, 1 findings or failed check, 2 bad input or usage error\n");
}

const dockopt::cli::Command* Find(std::string_view name) {
  for (const auto& command : dockopt::cli::Commands())
    if (name == command.name) return &command;
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
  if (argc < 2) {
    PrintUsage();
    return dockopt::cli::kExitBadInput;
  }
  std::string_view first = argv[1];
  if (first == "--help" || first == "-h") {
    PrintUsage();
    return 0;
  }
  if (first == "--version") {
    fmt::print("dockopt {}\n", DOCKOPT_VERSION);
    return 0;
  }
  if (first == "help") {
    if (argc < 3) {
      PrintUsage();
      return 0;
    }
    if (const auto* command = Find(argv[2])) {
      command->print_help();
      return 0;
    }
    fmt::print(stderr, "dockopt: unknown command '{}'\n", argv[2]);
    return dockopt::cli::kExitBadInput;
  }
  const auto* command = Find(first);
  if (command == nullptr) {
    fmt::print(stderr, "dockopt: unknown command '{}' (see 'dockopt --help')\n", first);
    return dockopt::cli::kExitBadInput;
  }
  dockopt::cli::Args args(argv + 2, argv + argc);
  return command->run(args);
}
