// Script: small queries and names for the command-tree model.
#include "shell/script.h"

namespace dockopt::shell {

bool HasUnparsed(const Command& command) {
  if (command.unparsed()) return true;
  for (const Part& part : command.parts)
    for (const Command& nested : part.commands)
      if (HasUnparsed(nested)) return true;
  return false;
}

bool Script::FullyModelled() const {
  if (!error.empty()) return false;
  for (const Command& cmd : commands) {
    if (HasUnparsed(cmd)) return false;
  }
  return true;
}

std::string_view JoinerText(Joiner joiner) {
  switch (joiner) {
    case Joiner::kNone: return "";
    case Joiner::kAnd: return "&&";
    case Joiner::kOr: return "||";
    case Joiner::kSemicolon: return ";";
    case Joiner::kPipe: return "|";
    case Joiner::kPipeAll: return "|&";
    case Joiner::kBackground: return "&";
    case Joiner::kNewline: return "\n";
  }
  return "";
}

std::string_view CommandKindName(CommandKind kind) {
  switch (kind) {
    case CommandKind::kSimple: return "simple";
    case CommandKind::kSubshell: return "subshell";
    case CommandKind::kGroup: return "group";
    case CommandKind::kIf: return "if";
    case CommandKind::kFor: return "for";
    case CommandKind::kWhile: return "while";
    case CommandKind::kUntil: return "until";
    case CommandKind::kCase: return "case";
    case CommandKind::kSelect: return "select";
    case CommandKind::kFunction: return "function";
    case CommandKind::kTest: return "test";
    case CommandKind::kArith: return "arith";
    case CommandKind::kUnparsed: return "unparsed";
  }
  return "";
}

std::string_view PartRoleName(PartRole role) {
  switch (role) {
    case PartRole::kBody: return "body";
    case PartRole::kCondition: return "condition";
    case PartRole::kThen: return "then";
    case PartRole::kElse: return "else";
    case PartRole::kLoopBody: return "loop_body";
    case PartRole::kArm: return "arm";
    case PartRole::kFunctionBody: return "function_body";
  }
  return "";
}

}  // namespace dockopt::shell
