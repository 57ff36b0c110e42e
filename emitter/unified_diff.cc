// UnifiedDiff: dtl's shortest edit script grouped into hunks, printed in diff(1)'s format.
#include "emitter/unified_diff.h"

#include <fmt/core.h>

#include <dtl/dtl.hpp>
#include <vector>

namespace dockopt {
namespace {

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    lines.emplace_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

class HunkWriter {
 public:
  explicit HunkWriter(bool color) : color_(color) {}

  void Line(char mark, const std::string& line) {
    const char* on = !color_ ? "" : mark == '-' ? "\x1b[31m" : mark == '+' ? "\x1b[32m" : "";
    const char* off = color_ && mark != ' ' ? "\x1b[0m" : "";
    bool has_newline = !line.empty() && line.back() == '\n';
    std::string_view body(line.data(), line.size() - (has_newline ? 1 : 0));
    out_ += fmt::format("{}{}{}{}\n", on, mark, body, off);
    if (!has_newline) out_ += "\\ No newline at end of file\n";
  }
  void Header(const std::string& text) {
    out_ += color_ ? fmt::format("\x1b[36m{}\x1b[0m\n", text) : text + "\n";
  }
  std::string& out() { return out_; }

 private:
  bool color_;
  std::string out_;
};

}  // namespace

std::string UnifiedDiff(std::string_view before, std::string_view after, const DiffOptions& options) {
  if (before == after) return "";
  std::vector<std::string> a = Lines(before), b = Lines(after);
  dtl::Diff<std::string, std::vector<std::string>> diff(a, b);
  diff.compose();
  diff.composeUnifiedHunks();
  HunkWriter writer(options.color);
  writer.out() += options.color ? fmt::format("\x1b[1m--- {}\n+++ {}\x1b[0m\n", options.old_label, options.new_label)
                                : fmt::format("--- {}\n+++ {}\n", options.old_label, options.new_label);
  for (const auto& hunk : diff.getUniHunks()) {
    writer.Header(fmt::format("@@ -{},{} +{},{} @@", hunk.a, hunk.b, hunk.c, hunk.d));
    for (const auto& element : hunk.common[0]) writer.Line(' ', element.first);
    for (const auto& element : hunk.change) {
      char mark = element.second.type == dtl::SES_ADD ? '+' : element.second.type == dtl::SES_DELETE ? '-' : ' ';
      writer.Line(mark, element.first);
    }
    for (const auto& element : hunk.common[1]) writer.Line(' ', element.first);
  }
  return std::move(writer.out());
}

}  // namespace dockopt
