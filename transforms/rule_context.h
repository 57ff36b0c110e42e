// RuleContext: read-only facts a rule needs (IR, shell models, options) and the sink for findings.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "ir/dockerfile.h"
#include "shell/script.h"
#include "transforms/optimize.h"
#include "transforms/rule.h"

namespace dockopt {

class RuleContext {
 public:
  RuleContext(const ir::Dockerfile& dockerfile, const OptimizeOptions& options)
      : dockerfile_(dockerfile), options_(options) {}

  const ir::Dockerfile& dockerfile() const { return dockerfile_; }
  const SourceBuffer& source() const { return *dockerfile_.source; }
  const OptimizeOptions& options() const { return options_; }
  std::string_view Text(Span span) const { return dockerfile_.Text(span); }

  /// The shell model of a shell-form RUN/CMD/ENTRYPOINT (cached); nullptr for exec form.
  const shell::Script* ScriptOf(const ir::Instruction& instruction);

  /// The rule whose check is running; Report() stamps it on findings.
  void set_rule(std::string_view id) { rule_id_ = id; }
  void Report(Span where, std::string message, std::optional<Fix> fix = std::nullopt);

  /// True when a comment `# dockopt: ignore=ID` sits above the instruction, or ignore-file names ID.
  bool IsSuppressed(std::string_view rule_id, const ir::Instruction& instruction) const;

  std::vector<Finding>& findings() { return findings_; }

  // Style of the file, for new text.
  std::string_view Newline() const { return source().newline(); }
  /// A keyword for new text, in the case `at` (the instruction being replaced or written next to)
  /// writes its own keyword: "RUN", "run" or "Run".
  std::string Keyword(std::string_view upper, const ir::Instruction& at) const;

 private:
  const ir::Dockerfile& dockerfile_;
  const OptimizeOptions& options_;
  std::string rule_id_;
  std::vector<Finding> findings_;
  std::map<const ir::Instruction*, std::optional<shell::Script>> scripts_;
};

}  // namespace dockopt
