// Moving what a final stage serves from a port below 1024 (which a non-root user cannot bind without
// CAP_NET_BIND_SERVICE) to the unprivileged port 8000 above it: 80 -> 8080, 443 -> 8443.
#pragma once

#include <optional>
#include <string>

#include "ir/edit.h"
#include "transforms/rule_context.h"

namespace dockopt {

/// The unprivileged port DF301 moves `port` to.
int UnprivilegedPort(int port);

/// Rewrites `from` to `to` in an EXPOSE (with its /tcp); false, with `blocker` set, when it exposes
/// another port below 1024.
bool MoveExposedPort(const ir::Instruction& expose, int from, int to, Edits& edits, std::string& blocker);

/// Moves a HEALTHCHECK's calls to the server (its arguments `text` at `args`) from `from` to `to`:
/// `localhost:<from>` and, when `from` is 80, `http://localhost` (127.0.0.1 too); false, with `blocker`
/// set, when it names the port another way.
bool MoveHealthcheckPort(std::string_view text, Span args, int from, int to, Edits& edits, std::string& blocker);

struct PortMove {
  Edits edits;
  int from = 0, to = 0;
};

/// For a final stage that sets `ENV PORT=<n>` below 1024 and exposes only that low port: the edits that
/// set PORT and EXPOSE to UnprivilegedPort(n). nullopt when the port is named anywhere else the
/// program could read it (CMD, ENTRYPOINT, HEALTHCHECK, another ENV), or PORT is set more than once.
std::optional<PortMove> PlanEnvPortMove(RuleContext& context, int final_stage);

/// For a final stage whose CMD/ENTRYPOINT binds the server to `port` (below 1024) on its command line
/// (`-b 0.0.0.0:80`, `--bind=:80`, `--port 80`, `--port=80`): the edits that move those arguments and
/// EXPOSE to UnprivilegedPort(port). nullopt when the port is named anywhere else (another argument,
/// HEALTHCHECK, ENV) or the stage exposes another port below 1024.
std::optional<PortMove> PlanCommandPortMove(RuleContext& context, int final_stage, int port);

}  // namespace dockopt
