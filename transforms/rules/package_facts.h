// Facts the package-manager cache rules (DF102-DF106) share: RUN scripts, cache mounts, ENV.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/dockerfile.h"
#include "shell/script.h"
#include "transforms/rule_context.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {

/// The scripts one RUN executes: its shell form, plus each heredoc the shell model reads as a script
/// (`RUN <<EOF`, `RUN bash <<EOF`). Exec-form RUNs give none.
/// Cached by the context for the round.
const RuleContext::ScriptList& RunScripts(RuleContext& context, const ir::Instruction& run);

/// True when the RUN has `--mount=type=cache,...`: the author wants a persistent cache there.
bool HasCacheMount(const ir::Instruction& run);

/// True when a `--mount` of the RUN (a cache, tmpfs or bind mount) has its target at `path` or a folder
/// above it: what the RUN writes there stays out of the image layer (`--mount=type=cache,target=/var/lib/apt`).
bool MountCovers(const ir::Instruction& run, std::string_view path);
/// The folders the --mount flags of `run` mount (`target=`, `dst=`, `destination=`), trailing slashes
/// removed; views into the flags' text.
std::vector<std::string_view> MountTargets(const ir::Instruction& run);

/// Calls `check(context, index, script)` for each script (see RunScripts) of each RUN instruction `index`
/// that has no cache mount.
void ForEachUncachedRunScript(RuleContext& context,
                              void (*check)(RuleContext& context, size_t index, const shell::Script& script));

/// The value `name` has for RUN instruction `index`, set by ENV or ARG (with a default) earlier in its
/// stage or in a stage it is built FROM; nullopt when nothing sets it. Quotes are removed.
std::optional<std::string> StageVariable(const ir::Dockerfile& df, size_t index, std::string_view name);

/// `word` with each `$NAME`/`${NAME}` replaced by the value an ENV earlier in the stage chain of
/// `index` gives it, when that value is literal or reads only such ENVs itself (`ENV BUILD_DIR
/// ${GOPATH}/src/${PACKAGE}`); nullopt when any variable is not such an ENV (an ARG may be overridden
/// with --build-arg). `ENV APP_HOME /usr/src/app/` then `COPY . $APP_HOME` writes to /usr/src/app/ in
/// every build.
std::optional<std::string> ExpandLiteralEnv(const ir::Dockerfile& df, size_t index, std::string_view word);

/// True when some ENV instruction of the stage of `index` (or a stage it is built from) sets a name
/// starting with `prefix`.
bool StageSetsEnvPrefix(const ir::Dockerfile& df, size_t index, std::string_view prefix);

/// The stages instruction `index` inherits from, innermost first: its own stage, then the named stage its
/// FROM names, and so on.
std::vector<int> StageChain(const ir::Dockerfile& df, size_t index);

/// The value of assignment `name=value` among a command's leading assignments or `env` wrapper words.
std::optional<std::string> CommandVariable(const shell::Command& command, const shell::ToolCall& call,
                                           std::string_view name);

/// True when the tool call's words hold an `rm` of a path equal to `path` or under it (`/var/cache/apk/*`).
bool RemovesUnder(const shell::ToolCall& call, std::string_view path);
/// True when `value` is `path` or a path under it.
bool IsUnder(std::string_view value, std::string_view path);

}  // namespace dockopt
