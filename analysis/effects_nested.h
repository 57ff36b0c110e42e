// The effects of shell code nested in a RUN's commands: compounds (if/for/while/case, subshells,
// groups, functions), `bash -c STR`, scripts of the build context run or sourced, and known env
// scripts sourced (`. venv/bin/activate`). Each simple command inside gets its own effect, marked
// conditional where it may not run; what the model cannot name stays unknown.
#pragma once

#include <string>
#include <vector>

#include "analysis/effects.h"
#include "shell/script.h"

namespace dockopt::analysis {

struct NestedCommand {
  std::string text;          // the simple command as written (in its own script: a `bash -c` string, a file)
  Effect effect;
  std::string cwd;           // where it ran
  bool conditional = false;  // may not run: a branch, a loop over unknown items, the right of `||`
};

/// The simple commands `script` runs at any depth, in order, with their effects. `state` carries what
/// lasts after the script (cd, export, a sourced activate script) as the shell would.
std::vector<NestedCommand> ScriptEffects(const shell::Script& script, ShellState& state);

}  // namespace dockopt::analysis
