// Recognize: which tool a simple command runs (seeing through sudo/env/command) and how it reads its args.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "shell/options.h"
#include "shell/script.h"
#include "shell/tool_call.h"

namespace dockopt::shell {

/// The tool call of a simple command, or nullopt for opaque commands and tools we do not model.
std::optional<ToolCall> Recognize(const Command& command);

/// The canonical tool name for a command word: "/usr/bin/pip3.11" -> "pip", "./gradlew" -> "gradle".
std::string_view CanonicalTool(std::string_view word);

/// The option reading rules of a canonical tool, or nullptr when we do not model it.
const OptionSpec* FindSpec(std::string_view tool);

/// Every canonical tool name we recognize, sorted.
std::vector<std::string_view> KnownTools();

}  // namespace dockopt::shell
