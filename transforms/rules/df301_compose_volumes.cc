// ComposeVolumeInRootHome (see df301_compose_volumes.h).
#include "transforms/rules/df301_compose_volumes.h"

#include <algorithm>
#include <string_view>

#include "context/context_files.h"

namespace dockopt {
namespace {

constexpr std::string_view kComposeFiles[] = {"docker-compose.yml", "docker-compose.yaml", "compose.yml",
                                              "compose.yaml"};

std::string_view Trimmed(std::string_view text) {
  const size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return "";
  text.remove_prefix(begin);
  return text.substr(0, text.find_last_not_of(" \t\r") + 1);
}

std::string_view Unquoted(std::string_view text) {
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front())
    return text.substr(1, text.size() - 2);
  return text;
}

bool InRootHome(std::string_view target) { return target == "/root" || target.starts_with("/root/"); }

// The target of a volume line: "- name:/root/.khoj/" (short syntax, SOURCE:TARGET[:MODE]) or
// "target: /root/.cache" (long syntax); "" for anything else (a port "- 8080:80" has no absolute target,
// an environment entry "- HOME=/root" has a '=' before its first ':').
std::string_view VolumeTarget(std::string_view line) {
  if (line.starts_with("target:")) return Unquoted(Trimmed(line.substr(7)));
  if (!line.starts_with("- ")) return "";
  const std::string_view entry = Unquoted(Trimmed(line.substr(2)));
  const size_t colon = entry.find(':');
  if (colon == std::string_view::npos || entry.substr(0, colon).find('=') != std::string_view::npos) return "";
  const std::string_view rest = entry.substr(colon + 1);
  return rest.substr(0, rest.find(':'));
}

}  // namespace

std::optional<std::string> ComposeVolumeInRootHome(const std::string& context_dir) {
  const context::ContextFiles files(context_dir);
  for (std::string_view name : kComposeFiles) {
    const std::optional<std::string> text = files.Read(name, 1 << 20);
    if (!text) continue;
    std::string_view rest = *text;
    while (!rest.empty()) {
      const std::string_view raw = rest.substr(0, rest.find('\n'));
      rest.remove_prefix(std::min(rest.size(), raw.size() + 1));
      const std::string_view line = Trimmed(raw);
      if (line.starts_with("#")) continue;
      if (InRootHome(VolumeTarget(line)))
        return std::string(name) + ": " + std::string(Unquoted(Trimmed(line.starts_with("- ") ? line.substr(2) : line)));
    }
  }
  return std::nullopt;
}

}  // namespace dockopt
