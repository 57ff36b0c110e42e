// ToJson: the shell model as JSON for `dockopt parse --dump=json` (schema in docs/shell-json.md).
#pragma once

#include <nlohmann/json.hpp>

#include "shell/script.h"
#include "shell/tool_call.h"

namespace dockopt::shell {

/// The whole script: commands with joiners, words, env prefix, redirects, recognized tool, opaque spans.
nlohmann::json ToJson(const Script& script);

nlohmann::json ToJson(const Word& word);
nlohmann::json ToJson(const ToolCall& call);

}  // namespace dockopt::shell
