// BuildKit word expansion: ProcessWord/ProcessWords of frontend/dockerfile/shell/lex.go, reimplemented.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dockopt::shell {

/// How the expander reads quotes, escapes and unset variables (the fields of BuildKit's Lex).
struct ExpandOptions {
  char escape = '\\';              // the Dockerfile escape char
  bool raw_quotes = false;         // keep the quote characters in the result
  bool raw_escapes = false;        // keep the escape characters in the result
  bool skip_process_quotes = false;  // quotes are ordinary characters
  bool skip_unset_env = false;     // leave `$X` / `${X...}` as written when X is unset
};

using EnvMap = std::map<std::string, std::string>;

struct ExpandResult {
  std::string result;              // ProcessWord: the expanded word, spaces kept
  std::vector<std::string> words;  // ProcessWords: split on unquoted whitespace after expansion
  std::set<std::string> matched;   // variables that were referenced and set
  std::set<std::string> unmatched; // variables that were referenced and unset
  /// The unmatched ones whose value the result needed: every form but `${X-w}`, `${X:-w}`, `${X+w}` and
  /// `${X:+w}`, where a word stands in for an unset X.
  std::set<std::string> unset_without_default;
  std::string error;               // empty on success (then result/words are valid)

  bool ok() const { return error.empty(); }
};

/// Expands `$VAR`, `${VAR}`, `${VAR:-x}`, `${VAR:+x}`, `${VAR?x}`, `${VAR#pat}`, `${VAR%pat}` (and the greedy
/// forms), `${VAR/pat/rep}` and `${VAR//pat/rep}`, removes quotes and escapes, as BuildKit does for ENV, ARG,
/// COPY and friends. Nesting deeper than 64 levels is an error, so the recursion stays bounded.
ExpandResult ProcessWord(std::string_view word, const EnvMap& env, const ExpandOptions& options = {});

/// "KEY=value" strings to a map (a later key wins; no '=' means an empty value), like BuildKit's BuildEnvs.
EnvMap BuildEnvs(const std::vector<std::string>& env);

}  // namespace dockopt::shell
