// Parses a subcommand's arguments with Boost.Program_options and reports usage errors.
#pragma once

#include <boost/program_options.hpp>
#include <string_view>

#include "cli/commands.h"

namespace dockopt::cli {

/// Parses `args` against `options`, the remaining words going to `positional`, into `vm` (notified).
/// On a usage error prints `dockopt <command>: <error>` to stderr and returns false.
bool ParseCommandLine(std::string_view command, const Args& args,
                      const boost::program_options::options_description& options,
                      const boost::program_options::positional_options_description& positional,
                      boost::program_options::variables_map& vm);

}  // namespace dockopt::cli
