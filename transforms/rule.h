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

/// Every rule, sorted by ID: the one registry.
const std::vector<Rule>& Rules();
const Rule* FindRule(std::string_view id);

}  // namespace dockopt
