// Option reading shared by the recognizers: short clusters, --opt=value, --opt value, `--`.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "shell/script.h"
#include "shell/tool_call.h"

namespace dockopt::shell {

/// How one tool reads its options.
struct OptionSpec {
  std::string_view short_values = {};                  // short options taking a value: "o" for apt-get -o
  std::vector<std::string_view> long_values = {};      // long options taking a value (canonical or written)
  std::vector<std::pair<std::string_view, std::string_view>> aliases = {}; // written name -> canonical
  bool has_subcommand = false;  // the first operand is the subcommand
  bool single_dash_long = false;  // `-ldflags x` (go), `-pl x` (mvn): no clusters
  bool stop_at_first_operand = false;  // options end at the first operand (POSIX order)
};

/// The canonical name of `name` (dashes stripped) under `spec`'s aliases.
std::string_view CanonicalName(const OptionSpec& spec, std::string_view name);

/// Reads words[begin..] into `call`: options, then subcommand (if any) and operands.
void ReadArgs(const std::vector<Word>& words, size_t begin, const OptionSpec& spec, ToolCall& call);

/// Splits `name<sep>version` at the first of `separators` found after position `from`.
void SplitPin(Operand& operand, std::string_view separators, size_t from = 0);

}  // namespace dockopt::shell
