// Recognizers: the per-tool readers behind Recognize(); each fills a ToolCall from the words after the tool.
#pragma once

#include <string_view>
#include <vector>

#include "shell/options.h"
#include "shell/script.h"
#include "shell/tool_call.h"

namespace dockopt::shell {

using ReadFn = void (*)(const std::vector<Word>& words, size_t begin, ToolCall& call);

/// One modelled tool: its canonical name, its option rules and its reader.
struct ToolEntry {
  std::string_view name;
  const OptionSpec* spec;
  ReadFn read;  // nullptr: ReadArgs with `spec`
};

/// Each recognize_*.cc contributes its entries.
std::vector<ToolEntry> AptTools();
std::vector<ToolEntry> OsPackageTools();
std::vector<ToolEntry> PipTools();
std::vector<ToolEntry> CondaTools();
std::vector<ToolEntry> JsTools();
std::vector<ToolEntry> FileTools();
std::vector<ToolEntry> BuildTools();
std::vector<ToolEntry> NetTools();
std::vector<ToolEntry> UserTools();

}  // namespace dockopt::shell
