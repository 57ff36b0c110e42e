// Commands the flow model does not know ("may write anywhere") that the split may still leave to the
// builder: a version print or a test run, and a project's own script run inside the project folder.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/flow.h"

namespace dockopt::split {

/// Why the unknown `command` may stay in the builder, "" when it may not:
/// - it prints a version or runs tests/linters (writes at most reports and caches in its folder);
/// - it runs a script of the project (`./build.sh`, `python manage.py collectstatic`, `bundle exec
///   rake assets:precompile`, `bundle exec jekyll build`, `npm run build:css`, `composer dump-autoload`, `bower install`, `grunt build`) from
///   inside a folder the stage filled with the project (`context_dirs`: the build context, a git
///   clone), naming no path outside it and no installer (install/setup/bootstrap/get-* scripts write
///   system-wide). It is assumed to write inside that
///   folder, which production copies whole from the builder when the runtime is an interpreter.
///   Leading `NAME=value` words only set its environment, unless a value names a path or a variable
///   is given to a place-like name (`PREFIX=/usr ./build.sh`, `DESTDIR=$OUT ...`): then it is refused;
/// - when the program is `compiled` (production copies only it), a tool that only prepares the build:
///   Go dependency fetchers (godep, dep, glide, govendor), `go generate` and the autotools bootstrap
///   (autoreconf, ...).
///
/// A project script is not assumed when `database` names a database server the stage installs: a
/// `./createdb` or `rake db:setup` then fills the server's data folder, outside the project.
std::string BuilderOnlyReason(const analysis::CommandFlow& command, const std::vector<std::string>& context_dirs,
                              bool compiled, std::string_view database = "");

/// The first database server package (mysql-server, postgresql, mongodb, ...) the stage installs; "".
std::string LocalDatabaseServer(const analysis::StageFlow& flow);

}  // namespace dockopt::split
