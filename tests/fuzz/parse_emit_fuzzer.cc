// libFuzzer target: parse + emit. Whatever BuildKit's phase-1 parser accepts, the IR's pieces tile
// the file and emit it back byte for byte; the full parse accepts a subset of what phase 1 accepts,
// and the emitted text parses again to the same pieces.
#include <cstdint>
#include <string>

#include "ir/emit.h"
#include "parser/parse.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using dockopt::ir::Dockerfile;

// The pieces are in order, back to back, from after the BOM to the end of the file.
void CheckTiling(const Dockerfile& file, const std::string& text) {
  uint32_t at = file.source->has_bom() ? 3 : 0;
  for (const auto& piece : file.pieces) {
    FUZZ_CHECK(piece.span.begin == at, "pieces leave a gap or overlap");
    FUZZ_CHECK(piece.span.end >= piece.span.begin, "a piece ends before it begins");
    at = piece.span.end;
  }
  FUZZ_CHECK(at == text.size(), "pieces stop before the end of the file");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const dockopt::SourceBuffer source("Dockerfile", text);
  const dockopt::ParseResult syntax = dockopt::ParseSyntax(source);
  const dockopt::ParseResult full = dockopt::Parse(source);
  if (full.dockerfile) FUZZ_CHECK(syntax.dockerfile.has_value(), "Parse accepts what ParseSyntax rejects");
  if (!syntax.dockerfile) return 0;
  CheckTiling(*syntax.dockerfile, text);
  FUZZ_CHECK(dockopt::ir::Emit(*syntax.dockerfile) == text, "ParseSyntax + Emit is not byte-exact");
  if (!full.dockerfile) return 0;
  CheckTiling(*full.dockerfile, text);
  const std::string emitted = dockopt::ir::Emit(*full.dockerfile);
  FUZZ_CHECK(emitted == text, "Parse + Emit is not byte-exact");
  const dockopt::SourceBuffer again_source("Dockerfile", emitted);
  const dockopt::ParseResult again = dockopt::Parse(again_source);
  FUZZ_CHECK(again.dockerfile.has_value(), "emitted text does not re-parse");
  FUZZ_CHECK(again.dockerfile->pieces.size() == full.dockerfile->pieces.size(), "re-parse gives other pieces");
  FUZZ_CHECK(again.dockerfile->instructions.size() == full.dockerfile->instructions.size(),
             "re-parse gives other instructions");
  return 0;
}
