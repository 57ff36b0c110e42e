// SharedArgs: gives instructions with equal argument lists one copy of them.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <string>

#include "ir/instruction.h"
#include "ir/shared_list.h"

namespace dockopt {

/// A large file repeats its instructions: every `ENV PATH=...` or `COPY a b` of the same text held its
/// own node_args and exec_args, together about 2.5x the file on the synthetic 50 MiB one. Lists are
/// shared only when their items are equal, so what an instruction reads never changes; a list written
/// later is copied first (SharedList). Lives for one parse.
///
/// The lists seen are kept in a small table indexed by their hash, a newer one replacing an older one
/// in its slot: no allocation per list (a set of every list made the corpus files' parse 12 % slower), and
/// repeats within the last few hundred distinct lists are still found. The parser uses it on large files
/// only (SyntaxParser::kLargeFile).
class SharedArgs {
 public:
  /// Makes `instruction`'s node_args and exec_args (equal to its node_args in exec form) share the
  /// items of an earlier instruction's equal list.
  void Share(ir::Instruction& instruction);

 private:
  void Share(SharedList<std::string>& list);
  static constexpr size_t kSlots = 256;
  std::unique_ptr<std::array<SharedList<std::string>, kSlots>> recent_;  // on first use
};

}  // namespace dockopt
