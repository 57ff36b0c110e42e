// libFuzzer target: the optimizer. The first input byte picks the mode (bit 0: --unsafe); the rest is
// the Dockerfile. Invariants: a file that parses optimizes without errors; the output re-parses;
// optimizing the output again changes nothing; the reports' fixes applied to the input give the
// output; a safe run applies no unsafe fix, and only applied reports carry a fix.
#include <algorithm>
#include <cstdint>
#include <string>

#include "parser/parse.h"
#include "tests/fuzz/fuzz_check.h"
#include "transforms/apply_edits.h"
#include "transforms/optimize.h"

namespace {

// Every applied fix, against the original input, in order and disjoint.
dockopt::Edits AllFixes(const dockopt::OptimizeResult& result) {
  dockopt::Edits edits;
  for (const auto& report : result.reports) edits.insert(edits.end(), report.fix.begin(), report.fix.end());
  std::sort(edits.begin(), edits.end(), [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
  for (size_t i = 1; i < edits.size(); ++i)
    FUZZ_CHECK(edits[i - 1].span.end <= edits[i].span.begin && edits[i - 1].span.begin != edits[i].span.begin,
               "two reports' fixes overlap");
  return edits;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  dockopt::OptimizeOptions options;
  options.unsafe = (data[0] & 1) != 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const dockopt::SourceBuffer source("Dockerfile", text);
  const bool parses = dockopt::Parse(source).dockerfile.has_value();
  const dockopt::OptimizeResult first = dockopt::Optimize(source, options);
  FUZZ_CHECK(first.ok() == parses, "Optimize and Parse disagree on whether the input is valid");
  if (!first.ok()) return 0;
  for (const auto& report : first.reports) {
    FUZZ_CHECK(report.applied || report.fix.empty(), "an unapplied report carries a fix");
    FUZZ_CHECK(options.unsafe || !report.applied || report.safety != "unsafe fix", "unsafe fix in a safe run");
    FUZZ_CHECK(report.where.end <= text.size(), "a report points past the end of the input");
  }
  if (!first.changed) {
    FUZZ_CHECK(first.output == text, "unchanged, yet the output differs from the input");
    return 0;
  }
  FUZZ_CHECK(dockopt::ApplyEdits(text, AllFixes(first)) == first.output, "the fixes do not give the output");
  const dockopt::SourceBuffer output("Dockerfile", first.output);
  FUZZ_CHECK(dockopt::Parse(output).dockerfile.has_value(), "the output does not re-parse");
  const dockopt::OptimizeResult second = dockopt::Optimize(output, options);
  FUZZ_CHECK(second.ok(), "the output re-parses but does not optimize");
  FUZZ_CHECK(!second.changed && second.output == first.output, "optimizing twice changed the output");
  return 0;
}
