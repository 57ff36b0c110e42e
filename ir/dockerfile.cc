// Dockerfile lookups.
#include "ir/dockerfile.h"

#include <cctype>
#include <string>
#include <utility>

namespace dockopt::ir {

int Dockerfile::FindStage(std::string_view name) const {
  auto same = [](std::string_view a, std::string_view b) {  // ASCII case-insensitive, as BuildKit's stage names
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
  };
  for (size_t i = 0; i < stages.size(); ++i)
    if (!stages[i].name.empty() && same(stages[i].name, name)) return static_cast<int>(i);
  // `FROM runner-${TARGETOS}-${TARGETARCH}`: BuildKit sets the platform ARGs itself; read as the
  // platform most builds run on (linux/amd64), the reference names one stage.
  if (name.find('$') == std::string_view::npos) return -1;
  static constexpr std::pair<std::string_view, std::string_view> kPlatformArgs[] = {
      {"TARGETPLATFORM", "linux/amd64"}, {"TARGETOS", "linux"}, {"TARGETARCH", "amd64"}, {"TARGETVARIANT", ""},
      {"BUILDPLATFORM", "linux/amd64"},  {"BUILDOS", "linux"},  {"BUILDARCH", "amd64"},  {"BUILDVARIANT", ""}};
  std::string resolved(name);
  for (const auto& [arg, value] : kPlatformArgs) {
    // Built by append, not "${" + ...: GCC 12 at -O3 reports a false -Wrestrict in operator+.
    std::string braced("${"), plain("$");
    braced.append(arg).append("}");
    plain.append(arg);
    for (const std::string& form : {braced, plain})
      for (size_t at = resolved.find(form); at != std::string::npos; at = resolved.find(form, at + value.size()))
        resolved.replace(at, form.size(), value);
  }
  return resolved != name && resolved.find('$') == std::string::npos ? FindStage(resolved) : -1;
}

}  // namespace dockopt::ir
