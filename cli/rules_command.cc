// `dockopt rules` and `dockopt explain ID`: the rule list and each rule's doc page.
#include <fmt/core.h>

#include "cli/commands.h"
#include "cli/rule_docs.h"
#include "transforms/rule.h"

namespace dockopt::cli {

void PrintRulesHelp() {
  fmt::print("usage: dockopt rules\n\nLists every rule: ID, name, the highest safety of its fixes, summary.\n"
             "Safe fixes apply by default, unsafe ones with --unsafe, suggestions are only reported.\n");
}

void PrintExplainHelp() { fmt::print("usage: dockopt explain ID\n\nPrints the documentation of rule ID.\n"); }

int RunRules(const Args& args) {
  if (!args.empty()) {
    if (args[0] == "-h" || args[0] == "--help") {
      PrintRulesHelp();
      return kExitOk;
    }
    fmt::print(stderr, "dockopt rules: takes no arguments\n");
    return kExitBadInput;
  }
  fmt::print("{:<6} {:<26} {:<11} {}\n", "ID", "NAME", "FIX", "SUMMARY");
  for (const Rule& rule : Rules()) {
    fmt::print("{:<6} {:<26} {:<11} {}\n", rule.info.id, rule.info.name, SafetyName(rule.info.safety),
               rule.info.summary);
  }
  return kExitOk;
}

int RunExplain(const Args& args) {
  if (args.size() != 1) {
    fmt::print(stderr, "usage: dockopt explain ID\n");
    return kExitBadInput;
  }
  if (args[0] == "-h" || args[0] == "--help") {
    PrintExplainHelp();
    return kExitOk;
  }
  std::string id = args[0];
  for (char& c : id) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const RuleDoc& doc : RuleDocs()) {
    if (doc.id == id) {
      fmt::print("{}", doc.markdown);
      return kExitOk;
    }
  }
  fmt::print(stderr, "dockopt explain: unknown rule '{}' (see 'dockopt rules')\n", args[0]);
  return kExitBadInput;
}

}  // namespace dockopt::cli
