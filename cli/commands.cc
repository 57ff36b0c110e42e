// The subcommand table: the one place a new subcommand is registered.
#include "cli/commands.h"

namespace dockopt::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"parse", "parse Dockerfiles; dump them as BuildKit or JSON, or emit them back", RunParse, PrintParseHelp},
      {"optimize", "rewrite Dockerfiles: stdout, -o, -i, --diff or --check", RunOptimize, PrintOptimizeHelp},
      {"rules", "list the rules with their IDs and fix safety", RunRules, PrintRulesHelp},
      {"explain", "print a rule's documentation: dockopt explain ID", RunExplain, PrintExplainHelp},
      {"verify", "build original and optimized images and compare them", RunVerify, PrintVerifyHelp},
      {"context", "measure the build context, check COPY sources, fix .dockerignore", RunContext, PrintContextHelp},
  };
  return kCommands;
}

}  // namespace dockopt::cli
