// Shell edits: package, flag and command changes as byte edits that keep the author's layout.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "ir/edit.h"
#include "shell/script.h"
#include "shell/walk.h"

namespace dockopt::shell {

// Every function returns edits against the ORIGINAL file (absolute spans). An empty result means
// "nothing to do" (already there / not found) or "not safe here" (pipes, comments in the way, opaque
// nodes, unknown tool); callers that need to tell the two apart check the model first.
// Layout rules: one item per line (` \` + newline + the same indentation, in the file's escape char)
// when the author wrote it so, otherwise a single space; new commands reuse an existing `&&` joiner
// verbatim (` && \` + newline + indentation, or a leading `&& `), and heredoc scripts get a new line.

/// Adds `package` (shell text, e.g. "ca-certificates" or "curl=7.88*") after the command's last operand.
Edits AddPackage(const Script& script, size_t command, std::string_view package);

/// Removes the operand whose package name (or value) is `name`, with the blanks or line it owned.
Edits RemovePackage(const Script& script, size_t command, std::string_view name);
/// The same for a caller that holds the command's call already (`call` must be what Recognize gives for
/// `script.commands[command]`): a rule removing several packages does not recognize it again for each.
Edits RemovePackage(const Script& script, size_t command, const ToolCall& call, std::string_view name);

/// Adds `flag` ("--no-install-recommends", "-y", "--no-cache-dir", "--no-cache") right after the
/// subcommand (after the tool name when there is none), unless the tool already has it in any spelling.
Edits AddFlag(const Script& script, size_t command, std::string_view flag);

/// Removes the option with canonical name `name` ("yes", "no-cache") in every spelling, value included;
/// inside a cluster (`-yq`) only its letter goes.
Edits RemoveFlag(const Script& script, size_t command, std::string_view name);

/// Appends `text` as a new command joined by `&&` after command `after` (e.g. "rm -rf /var/lib/apt/lists/*").
/// Refused when `after` feeds a pipe or runs in the background.
Edits InsertCommandAfter(const Script& script, size_t after, std::string_view text);

/// InsertCommandAfter the last command.
Edits AppendCommand(const Script& script, std::string_view text);

/// Removes a command with its joining operator (the one before it; for the first command, the one after).
/// Refused for the only command, for commands in a pipeline, and when a comment would go with it.
Edits RemoveCommand(const Script& script, size_t command);

// The same edits for a command nested anywhere (a site from shell/walk.h). Flags and packages go into the
// command as above; a command is inserted after `at` in `at`'s own list (to add one after a compound, pass
// the compound's site); a removal keeps at least one command in the list.
CommandSite TopLevelSite(const Script& script, size_t index);
Edits AddPackage(const Script& script, const CommandSite& at, std::string_view package);
Edits RemovePackage(const Script& script, const CommandSite& at, std::string_view name);
Edits AddFlag(const Script& script, const CommandSite& at, std::string_view flag);
Edits RemoveFlag(const Script& script, const CommandSite& at, std::string_view name);
Edits InsertCommandAfter(const Script& script, const CommandSite& at, std::string_view text);
Edits RemoveCommand(const Script& script, const CommandSite& at);

/// Applies edits (disjoint, any order) to the script's own text; for previews and tests.
std::string ApplyEdits(const Script& script, const Edits& edits);

}  // namespace dockopt::shell
