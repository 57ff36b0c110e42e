// Argument readers per instruction kind, following BuildKit's dispatch table.
#include "parser/line_parsers.h"

#include <fmt/core.h>

#include "parser/go_text.h"
#include "parser/json_array.h"
#include "parser/words.h"

namespace dockopt {
namespace {

using ir::ArgumentForm;
using ir::InstructionKind;

// regexp `[\t\v\f\r ]+` Split(s, -1).
std::vector<std::string> SplitBlanks(std::string_view s) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    if (go::IsSplitBlank(s[i])) {
      parts.emplace_back(s.substr(start, i - start));
      while (i < s.size() && go::IsSplitBlank(s[i])) ++i;
      start = i;
    } else {
      ++i;
    }
  }
  parts.emplace_back(s.substr(start));
  return parts;
}

void StringsWhitespaceDelimited(ir::Instruction& inst) {
  if (inst.rest.empty()) return;
  inst.node_args = SplitBlanks(inst.rest);
}

// parseMaybeJSON: exec form if a JSON string array, error if other JSON, else shell form.
bool MaybeJson(ir::Instruction& inst, bool to_list, std::string& error) {
  std::string_view rest = inst.rest;
  if (rest.empty() && !to_list) return true;
  if (!rest.empty() && rest[0] == '[') {
    std::vector<std::string> elements;
    switch (ParseJsonArray(rest, elements)) {
      case JsonArrayKind::kStrings:
        inst.form = ArgumentForm::kExec;
        inst.node_args = std::move(elements);
        inst.exec_args = inst.node_args;  // the same items: one copy
        return true;
      case JsonArrayKind::kNotStrings:
        error = "when using JSON array syntax, arrays must be comprised of strings only";
        return false;
      case JsonArrayKind::kInvalid:
        break;
    }
  }
  inst.form = ArgumentForm::kShell;
  if (to_list) {
    StringsWhitespaceDelimited(inst);
  } else {
    inst.node_args = {std::string(rest)};
  }
  return true;
}

bool NameVal(ir::Instruction& inst, char escape, std::string& error, size_t& error_at) {
  std::vector<std::string> words = ParseWords(inst.rest, escape);
  if (words.empty()) return true;
  if (words[0].find('=') == std::string::npos) {
    std::string_view rest = inst.rest;
    size_t blank = 0;
    while (blank < rest.size() && !go::IsSplitBlank(rest[blank])) ++blank;
    if (blank == rest.size()) {
      error = fmt::format("{} must have two arguments", inst.kind == InstructionKind::kEnv ? "ENV" : "LABEL");
      return false;
    }
    size_t value = blank;
    while (value < rest.size() && go::IsSplitBlank(rest[value])) ++value;
    inst.node_args = {std::string(rest.substr(0, blank)), std::string(rest.substr(value)), ""};
    return true;
  }
  std::vector<std::string>& args = inst.node_args.Mutable();
  args.reserve(3 * words.size());
  for (const std::string& word : words) {
    size_t eq = word.find('=');
    if (eq == std::string::npos) {
      error = fmt::format("syntax error - can't find = in {}. Must be of the form: name=value", go::Quote(word));
      error_at = inst.rest.find(word);
      if (error_at == std::string::npos) error_at = 0;
      return false;
    }
    args.push_back(word.substr(0, eq));
    args.push_back(word.substr(eq + 1));
    args.push_back("=");
  }
  return true;
}

bool HealthConfig(ir::Instruction& inst, std::string& error) {
  std::string_view rest = inst.rest;
  size_t sep = 0;
  while (sep < rest.size() && !go::IsSpaceByte(static_cast<unsigned char>(rest[sep]))) ++sep;
  size_t next = sep;
  while (next < rest.size() && go::IsSpaceByte(static_cast<unsigned char>(rest[next]))) ++next;
  if (sep == 0) return true;
  ir::Instruction cmd;
  cmd.rest = rest.substr(next);
  if (!MaybeJson(cmd, false, error)) return false;
  inst.form = cmd.form;
  inst.exec_args = std::move(cmd.exec_args);
  std::vector<std::string>& args = inst.node_args.Mutable();
  args.push_back(std::string(rest.substr(0, sep)));
  for (std::string& arg : cmd.node_args.Mutable()) args.push_back(std::move(arg));
  return true;
}

}  // namespace

bool ReadArguments(ir::Instruction& inst, char escape, std::string& error, size_t& error_at) {
  error_at = 0;
  switch (inst.kind) {
    case InstructionKind::kAdd:
    case InstructionKind::kCopy:
    case InstructionKind::kVolume:
      return MaybeJson(inst, true, error);
    case InstructionKind::kRun:
    case InstructionKind::kCmd:
    case InstructionKind::kEntrypoint:
    case InstructionKind::kShell:
      return MaybeJson(inst, false, error);
    case InstructionKind::kArg:
      inst.node_args = ParseWords(inst.rest, escape);
      return true;
    case InstructionKind::kEnv:
    case InstructionKind::kLabel:
      return NameVal(inst, escape, error, error_at);
    case InstructionKind::kExpose:
    case InstructionKind::kFrom:
      StringsWhitespaceDelimited(inst);
      return true;
    case InstructionKind::kHealthcheck:
      return HealthConfig(inst, error);
    case InstructionKind::kMaintainer:
    case InstructionKind::kStopsignal:
    case InstructionKind::kUser:
    case InstructionKind::kWorkdir:
      if (!inst.rest.empty()) inst.node_args = {std::string(inst.rest)};
      return true;
    case InstructionKind::kOnbuild:
      return true;
    case InstructionKind::kUnknown:
      inst.node_args = {""};
      return true;
  }
  return true;
}

}  // namespace dockopt
