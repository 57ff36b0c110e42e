#include "transforms/rules/java_app.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace dockopt {
namespace {

bool NamesJava(std::string_view word) {
  static constexpr std::array<std::string_view, 13> kPrograms = {
      "mvn", "mvnw", "gradle", "gradlew", "ant", "sbt", "javac", "lein", "activator", "java", "catalina.sh",
      "jetty.sh", "kotlinc"};
  std::string_view name = word.substr(word.rfind('/') + 1);
  if (std::find(kPrograms.begin(), kPrograms.end(), name) != kPrograms.end()) return true;
  if (name.ends_with(".jar") || name.ends_with(".war")) return true;
  return name.find("tomcat") != std::string_view::npos || name.find("jetty") != std::string_view::npos;
}

bool WordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '-' || c == '/' || c == '*';
}

}  // namespace

bool BuildsOrRunsJava(const ir::Dockerfile& df) {
  for (const ir::Instruction& inst : df.instructions) {
    using K = ir::InstructionKind;
    // ENV too: `ENV JAVA=/usr/lib/jvm/java-1.8.0-openjdk/bin/java` names the program an entrypoint script runs.
    if (inst.kind != K::kRun && inst.kind != K::kCmd && inst.kind != K::kEntrypoint && inst.kind != K::kCopy &&
        inst.kind != K::kAdd && inst.kind != K::kEnv)
      continue;
    std::string_view text = inst.rest;
    size_t at = 0;
    while (at < text.size()) {
      while (at < text.size() && !WordChar(text[at])) ++at;
      size_t end = at;
      while (end < text.size() && WordChar(text[end])) ++end;
      if (end > at && NamesJava(text.substr(at, end - at))) return true;
      at = end;
    }
  }
  return false;
}

}  // namespace dockopt
