// Rule: an optimization with an ID, docs and a safety level; it reads the IR and proposes text edits.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/edit.h"
#include "ir/source.h"

namespace dockopt {

class RuleContext;

/// How far a fix may be trusted. A fix applies when its safety >= the run's threshold.
enum class Safety : uint8_t {
  kSuggestion,  // reported, never applied
  kUnsafe,      // may change what the image does; applied only with --unsafe
  kSafe,        // keeps what the image does; applied by default
};

std::string_view SafetyName(Safety safety);  // "suggestion", "unsafe fix", "safe fix"

struct Fix {
  std::string title;  // imperative: "add --no-install-recommends"
  Safety safety = Safety::kSafe;
  Edits edits;        // against the bytes the rule was shown; disjoint
  /// Restructures the file (e.g. splits stages): applied in a round of its own, so that other
  /// rules see the new structure before they edit it.
  bool isolated = false;
  /// Decides what a restructuring would plan (a stage's base image): applied in a round of its own,
  /// before any isolated fix.
  bool before_restructuring = false;
};

struct Finding {
  std::string rule_id;
  Span where;
  std::string message;
  std::optional<Fix> fix;  // absent: a suggestion with no automatic rewrite
};

struct RuleInfo {
  std::string_view id;       // "DF101"
  std::string_view name;     // "apt-hygiene"
  std::string_view summary;  // one line
  Safety safety;             // the highest safety its fixes can have
};

struct Rule {
  RuleInfo info;
  void (*check)(RuleContext& context);
};

/// Every rule, sorted by ID: the one registry. Its table is generated at build time from the
/// DOCKOPT_RULE line of each rule file (transforms/gen_rule_table.cmake).
const std::vector<Rule>& Rules();
const Rule* FindRule(std::string_view id);

}  // namespace dockopt

/// Registers a rule: one line at namespace scope in the rule's own file, starting the line,
///   DOCKOPT_RULE(DF107, "add-to-copy", "ADD of local files that are not archives becomes COPY", Safety::kSafe,
///                CheckAddToCopy);
/// The build reads these lines into the registry table; the rule's file must be named dfNNN_<name>.cc.
/// constinit: the entry is built at compile time, so no static-initialisation order is involved.
#define DOCKOPT_RULE(ID, NAME, SUMMARY, SAFETY, CHECK) \
  extern const Rule kRule##ID;                        \
  constinit const Rule kRule##ID = {{#ID, NAME, SUMMARY, SAFETY}, CHECK}
