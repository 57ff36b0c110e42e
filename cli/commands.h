// The subcommands: each takes its arguments (after the subcommand name) and returns the exit code.
#pragma once

#include <string>
#include <vector>

namespace dockopt::cli {

using Args = std::vector<std::string>;

/// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  // --check with changes pending, a failed gate or check
inline constexpr int kExitBadInput = 2;  // bad input, I/O error, usage error: nothing written

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const Args& args);
  void (*print_help)();
};

int RunParse(const Args& args);
void PrintParseHelp();
int RunOptimize(const Args& args);
void PrintOptimizeHelp();
int RunRules(const Args& args);
void PrintRulesHelp();
int RunExplain(const Args& args);
void PrintExplainHelp();
int RunVerify(const Args& args);
void PrintVerifyHelp();
int RunContext(const Args& args);
void PrintContextHelp();

/// All subcommands, in the order `dockopt --help` lists them.
const std::vector<Command>& Commands();

}  // namespace dockopt::cli
