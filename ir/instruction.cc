// Instruction kinds and lookups.
#include "ir/instruction.h"

#include <array>
#include <utility>

namespace dockopt::ir {
namespace {

constexpr std::array<std::pair<std::string_view, InstructionKind>, 18> kKeywords = {{
    {"FROM", InstructionKind::kFrom},          {"RUN", InstructionKind::kRun},
    {"CMD", InstructionKind::kCmd},            {"ENTRYPOINT", InstructionKind::kEntrypoint},
    {"SHELL", InstructionKind::kShell},        {"LABEL", InstructionKind::kLabel},
    {"ENV", InstructionKind::kEnv},            {"ARG", InstructionKind::kArg},
    {"COPY", InstructionKind::kCopy},          {"ADD", InstructionKind::kAdd},
    {"EXPOSE", InstructionKind::kExpose},      {"USER", InstructionKind::kUser},
    {"WORKDIR", InstructionKind::kWorkdir},    {"VOLUME", InstructionKind::kVolume},
    {"STOPSIGNAL", InstructionKind::kStopsignal}, {"HEALTHCHECK", InstructionKind::kHealthcheck},
    {"ONBUILD", InstructionKind::kOnbuild},    {"MAINTAINER", InstructionKind::kMaintainer},
}};

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'a' && a[i] <= 'z' ? static_cast<char>(a[i] - 32) : a[i];
    if (x != b[i]) return false;
  }
  return true;
}

}  // namespace

std::string_view KindName(InstructionKind kind) {
  for (const auto& [name, k] : kKeywords)
    if (k == kind) return name;
  return "";
}

InstructionKind KindFromKeyword(std::string_view keyword) {
  for (const auto& [name, kind] : kKeywords)
    if (EqualsIgnoreCase(keyword, name)) return kind;
  return InstructionKind::kUnknown;
}

const Flag* Instruction::FindFlag(std::string_view flag_name) const {
  for (const Flag& flag : flags)
    if (flag.name == flag_name) return &flag;
  return nullptr;
}

}  // namespace dockopt::ir
