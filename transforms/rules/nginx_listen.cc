#include "transforms/rules/nginx_listen.h"

#include <string>

namespace dockopt {
namespace {

constexpr int kDefaultPort = 80;  // nginx's port for `listen ADDRESS;`

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The port of a listen directive's first parameter: "80", "[::]:443", "0.0.0.0:8080", "*:80",
// "127.0.0.1" (port 80); nullopt for a variable or something else; 0 for a unix socket.
std::optional<int> PortOf(std::string_view address) {
  if (address.find('$') != std::string_view::npos) return std::nullopt;
  if (address.starts_with("unix:")) return 0;
  if (std::optional<int> port = NginxPortNumber(address)) return port;
  size_t bracket = address.rfind(']');
  size_t colon = address.rfind(':');
  if (colon != std::string_view::npos && (bracket == std::string_view::npos || colon > bracket))
    return NginxPortNumber(address.substr(colon + 1));
  return kDefaultPort;
}

}  // namespace

std::optional<int> NginxPortNumber(std::string_view text) {
  if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  int port = std::stoi(std::string(text));
  if (port < 1 || port > 65535) return std::nullopt;
  return port;
}

std::optional<std::vector<int>> NginxListenPorts(std::string_view conf) {
  std::vector<int> ports;
  constexpr std::string_view kListen = "listen";
  size_t at = 0;
  while (at < conf.size()) {
    char c = conf[at];
    if (c == '#') {  // a comment runs to the end of the line
      at = conf.find('\n', at);
      if (at == std::string_view::npos) break;
      continue;
    }
    bool starts = at == 0 || IsSpace(conf[at - 1]) || conf[at - 1] == ';' || conf[at - 1] == '{' || conf[at - 1] == '}';
    if (!starts || !conf.substr(at).starts_with(kListen) || at + kListen.size() >= conf.size() ||
        !IsSpace(conf[at + kListen.size()])) {
      ++at;
      continue;
    }
    size_t begin = conf.find_first_not_of(" \t\r\n", at + kListen.size());
    if (begin == std::string_view::npos) return std::nullopt;
    size_t end = conf.find_first_of(" \t\r\n;", begin);
    if (end == std::string_view::npos) return std::nullopt;
    std::optional<int> port = PortOf(conf.substr(begin, end - begin));
    if (!port) return std::nullopt;
    if (*port != 0) ports.push_back(*port);
    at = end;
  }
  return ports;
}

}  // namespace dockopt
