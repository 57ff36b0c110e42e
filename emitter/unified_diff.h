// UnifiedDiff: `diff -u` output between two texts, computed with the dtl library.
#pragma once

#include <string>
#include <string_view>

namespace dockopt {

struct DiffOptions {
  std::string old_label = "a/Dockerfile";
  std::string new_label = "b/Dockerfile";
  bool color = false;  // ANSI colors for a terminal
};

/// The unified diff (3 lines of context) of `before` against `after`; "" when they are equal.
/// Lines are compared with their line breaks, so a CRLF change shows; a last line without a line
/// break is marked "\ No newline at end of file" as diff(1) does.
std::string UnifiedDiff(std::string_view before, std::string_view after, const DiffOptions& options);

}  // namespace dockopt
