// ShrinkToFit: every vector of a script's command tree, and of its tool uses, to its size.
#include "transforms/shrink_to_fit.h"

#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

void ShrinkCommands(std::vector<shell::Command>& commands);

void ShrinkCommand(shell::Command& command) {
  command.env.shrink_to_fit();
  command.words.shrink_to_fit();
  command.redirects.shrink_to_fit();
  command.keywords.shrink_to_fit();
  command.parts.shrink_to_fit();
  for (shell::Part& part : command.parts) {
    part.patterns.shrink_to_fit();
    ShrinkCommands(part.commands);
  }
}

void ShrinkCommands(std::vector<shell::Command>& commands) {
  commands.shrink_to_fit();
  for (shell::Command& command : commands) ShrinkCommand(command);
}

}  // namespace

void ShrinkToFit(shell::Script& script) { ShrinkCommands(script.commands); }

void ShrinkToFit(std::vector<ToolUse>& uses) {
  uses.shrink_to_fit();
  for (ToolUse& use : uses) {
    use.call.options.ShrinkToFit();
    use.call.operands.ShrinkToFit();
  }
}

}  // namespace dockopt
