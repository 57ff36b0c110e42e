// ToolCall: what a recognized command does, read the way the tool reads its own options.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ir/compact_list.h"
#include "shell/shared_list.h"

namespace dockopt::shell {

inline constexpr size_t kNoWord = static_cast<size_t>(-1);

/// One option as the tool reads it. A cluster `-yq` gives two options sharing one word.
struct Option {
  std::string name;      // canonical long name without dashes: "yes" for -y/--yes/--assume-yes
  std::string written;   // as written: "-y", "--yes", "--opt=value", "q" (inside a cluster)
  std::string value;     // the option's value; empty when it takes none
  bool has_value = false;
  size_t word = kNoWord;        // index into Command::words of the word holding the option
  size_t value_word = kNoWord;  // index of the separate value word (`-o file`); kNoWord when inline
};

/// A non-option argument: a package, a path, a URL, a make target.
struct Operand {
  std::string value;    // the word's value (quotes removed)
  std::string name;     // for packages: the name without its version pin
  std::string version;  // for packages: the pin (`=1.2`, `==1.2`, `@1.2`, `~1.2`), empty when unpinned
  size_t word = kNoWord;
};

struct ToolCall {
  std::string tool;            // canonical: "apt-get", "apt", "apk", "pip", "npm", "rm", "find", ...
  std::string subcommand;      // "install", "clean", "mod"; empty when the tool has none
  size_t tool_word = 0;        // index of the tool's name in Command::words
  size_t subcommand_word = kNoWord;
  CompactList<std::string> wrappers; // "sudo", "env", "command" seen through, outermost first
  CompactList<size_t> env_words;     // `env VAR=x` assignment words
  SharedList<Option> options;    // shared by copies of the call (the recognition memo hands out many)
  SharedList<Operand> operands;
  bool opaque_script = false;  // `sh -c '...'`: the script is not looked into

  const Option* Find(std::string_view name) const {
    for (const Option& o : options) {
      if (o.name == name) return &o;
    }
    return nullptr;
  }
  bool Has(std::string_view name) const { return Find(name) != nullptr; }
  /// The operands, for tools whose operands are packages.
  const std::vector<Operand>& packages() const { return operands.items(); }
};

}  // namespace dockopt::shell
