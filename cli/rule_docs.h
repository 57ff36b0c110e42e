// The rule doc pages, embedded at build time from docs/rules/*.md.
#pragma once

#include <string_view>
#include <vector>

namespace dockopt::cli {

struct RuleDoc {
  std::string_view id;
  std::string_view markdown;
};

const std::vector<RuleDoc>& RuleDocs();

}  // namespace dockopt::cli
