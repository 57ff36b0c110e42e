// SharedArgs: gives instructions with equal argument lists one copy of them.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_set>

#include "ir/instruction.h"
#include "ir/shared_list.h"

namespace dockopt {

/// A large file repeats its instructions: every `ENV PATH=...` or `COPY a b` of the same text held its
/// own node_args and exec_args, together about 2.5x the file on the synthetic 50 MiB one. Lists are
/// shared only when their items are equal, so what an instruction reads never changes; a list written
/// later is copied first (SharedList). Lives for one parse.
class SharedArgs {
 public:
  /// Makes `instruction`'s node_args and exec_args (equal to its node_args in exec form) share the
  /// items of an earlier instruction's equal list.
  void Share(ir::Instruction& instruction);

 private:
  void Share(SharedList<std::string>& list);
  struct Hash {
    size_t operator()(const SharedList<std::string>& list) const;
  };
  std::unordered_set<SharedList<std::string>, Hash> seen_;
};

}  // namespace dockopt
