// Edit: a text replacement against the original bytes; rules and the shell model propose them.
#pragma once

#include <string>
#include <vector>

#include "ir/source.h"

namespace dockopt {

/// Replaces the bytes in `span` with `text`. An empty span inserts; empty text deletes.
struct Edit {
  Span span;
  std::string text;
  bool operator==(const Edit&) const = default;
};

using Edits = std::vector<Edit>;

}  // namespace dockopt
