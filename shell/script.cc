// Script: small queries and names for the command-list model.
#include "shell/script.h"

namespace dockopt::shell {

bool Script::FullyModelled() const {
  if (!error.empty()) return false;
  for (const Command& cmd : commands) {
    if (cmd.opaque()) return false;
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
    case CommandKind::kUnparsed: return "unparsed";
  }
  return "";
}

}  // namespace dockopt::shell
