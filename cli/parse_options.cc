// Parses a subcommand's arguments with Boost.Program_options and reports usage errors.
#include "cli/parse_options.h"

#include <fmt/core.h>

namespace dockopt::cli {

namespace po = boost::program_options;

bool ParseCommandLine(std::string_view command, const Args& args, const po::options_description& options,
                      const po::positional_options_description& positional, po::variables_map& vm) {
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    fmt::print(stderr, "dockopt {}: {}\n", command, e.what());
    return false;
  }
  return true;
}

}  // namespace dockopt::cli
