// SharedList for the shell model: the IR's (ir/shared_list.h), one implementation for both.
#pragma once

#include "ir/shared_list.h"

namespace dockopt::shell {

using dockopt::SharedList;

}  // namespace dockopt::shell
