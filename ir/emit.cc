// Emit: concatenates the pieces that tile the source.
#include "ir/emit.h"

namespace dockopt::ir {

std::string Emit(const Dockerfile& dockerfile) {
  std::string out;
  out.reserve(dockerfile.source->text().size());
  if (dockerfile.source->has_bom()) out += "\xEF\xBB\xBF";
  for (const Piece& piece : dockerfile.pieces) out += dockerfile.Text(piece.span);
  return out;
}

}  // namespace dockopt::ir
