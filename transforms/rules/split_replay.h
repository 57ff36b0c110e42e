// System setup that production runs again instead of copying its result from the builder.
#pragma once

#include <string>
#include <vector>

#include "analysis/flow.h"
#include "transforms/rules/split_plan.h"

namespace dockopt::split {

/// The stage's `ln -s` commands whose link production would otherwise copy on its own. COPY follows
/// a symlink it is given, so the copy would hold the target's content (a node CLI whose relative
/// requires then break); making the same link needs nothing the runtime base lacks. Replayed only
/// when every operand is an absolute path written plainly (no expansion, no redirection) and the
/// link lies in a folder every base image has (/usr/local/bin, /etc, ...). Returns
/// the commands, in stage order, and erases the artifacts they replace.
std::vector<std::string> ReplaySymlinks(const analysis::StageFlow& flow, std::vector<Artifact>& artifacts);

/// The target of a plain `ln -s[f] /target /link` (absolute operands written plainly), "" for any other
/// command.
std::string PlainSymlinkTarget(std::string_view text);

/// A user-database command as production replays it: `chpasswd` and its kin read their input, so
/// the echo or printf piped into them in the RUN (`echo 'root:x' | chpasswd`) goes along. Empty
/// when such a command's input is not that plain pipe: the split must not drop it.
std::string UserCommandReplay(const ir::Dockerfile& df, const analysis::InstructionFlow& inst, size_t command);

/// A plain `chmod`/`chgrp`/`chown` of user-database files (`chmod -R g=u /etc/passwd /app`, which lets an
/// arbitrary uid add itself at run time) narrowed to those files, as production replays it on its own
/// database: `chmod -R g=u /etc/passwd`. Empty for any other command, or when an operand is not written
/// plainly; the other operands' modes come along with the copies of their folders.
std::string UserDatabaseModeReplay(std::string_view text);

/// Whether `path` is one of the user-database files (/etc/passwd, /etc/group, /etc/shadow, /etc/gshadow).
bool IsUserDatabase(std::string_view path);

/// Command `command` of `inst` with the echo or printf piped into it in the RUN (`echo 'a b' |
/// debconf-set-selections`), as production replays it; empty when its input is not that plain pipe.
std::string FedCommandReplay(const ir::Dockerfile& df, const analysis::InstructionFlow& inst, size_t command);

}  // namespace dockopt::split
