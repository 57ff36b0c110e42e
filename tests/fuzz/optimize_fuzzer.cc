// libFuzzer target: the parser never crashes, emits parsed input byte for byte, and the optimizer's
// output re-parses and is stable under a second run. Build with -DDOCKOPT_FUZZ=ON and clang.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ir/emit.h"
#include "parser/parse.h"
#include "transforms/optimize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  dockopt::SourceBuffer source("Dockerfile", text);
  dockopt::ParseResult parsed = dockopt::Parse(source);
  if (!parsed.dockerfile) return 0;
  if (dockopt::ir::Emit(*parsed.dockerfile) != text) std::abort();
  dockopt::OptimizeOptions options;
  options.unsafe = size % 2 == 1;
  dockopt::OptimizeResult first = dockopt::Optimize(source, options);
  if (!first.ok() || !first.changed) return 0;
  dockopt::SourceBuffer output("Dockerfile", first.output);
  if (!dockopt::Parse(output).dockerfile) std::abort();
  dockopt::OptimizeResult second = dockopt::Optimize(output, options);
  if (!second.ok() || second.output != first.output) std::abort();
  return 0;
}
