// ToJson: the shell model as JSON for `dockopt parse --dump=json` (schema in docs/shell-json.md).
#pragma once

#include <nlohmann/json.hpp>

#include "shell/script.h"
#include "shell/tool_call.h"

namespace dockopt::shell {

/// The whole script: commands with joiners, words, env prefix, redirects, recognized tool, unparsed spans;
/// compound commands with their keywords and nested parts (each a command list), recursively.
nlohmann::json ToJson(const Script& script);
/// One command of `script` (and everything nested in it).
nlohmann::json ToJson(const Script& script, const Command& command);

nlohmann::json ToJson(const Word& word);
nlohmann::json ToJson(const ToolCall& call);

}  // namespace dockopt::shell
