// The ports an nginx configuration listens on, read from its `listen` directives.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace dockopt {

/// The port numbers of every `listen` directive in `conf` (comments skipped; `listen 127.0.0.1;`
/// is port 80, as nginx reads it; unix sockets are no port). nullopt when one is a variable or
/// cannot be read.
std::optional<std::vector<int>> NginxListenPorts(std::string_view conf);

/// `text` as a port number (1-65535); nullopt when it is anything else.
std::optional<int> NginxPortNumber(std::string_view text);

}  // namespace dockopt
