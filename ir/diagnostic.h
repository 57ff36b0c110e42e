// Diagnostic: an error or warning about a place in a SourceBuffer, as a value.
#pragma once

#include <string>
#include <vector>

#include "ir/source.h"

namespace dockopt {

enum class Severity { kError, kWarning, kNote };

/// Modules return diagnostics as values; no exception leaves a module.
struct Diagnostic {
  Severity severity = Severity::kError;
  Span where;           // the caret goes under where.begin, tildes along the rest of the line
  std::string message;  // lowercase, no trailing period, user tokens quoted
};

using Diagnostics = std::vector<Diagnostic>;

inline bool HasErrors(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics)
    if (d.severity == Severity::kError) return true;
  return false;
}

}  // namespace dockopt
