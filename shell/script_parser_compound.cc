// ScriptParser: compound commands (if, loops, case, groups, subshells, functions, `[[ ]]`, `(( ))`).
#include "shell/script_parser.h"

#include <utility>

namespace dockopt::shell {

bool OpensCompound(const Token& tok) {
  if (tok.kind == TokenKind::kOperator) return tok.op == "(";
  if (tok.kind != TokenKind::kWord) return false;
  static constexpr std::string_view kOpeners[] = {"{", "if", "for", "while", "until", "select", "case", "[["};
  for (std::string_view opener : kOpeners)
    if (tok.word.raw() == opener) return true;
  return false;
}

bool ScriptParser::ReadCompound(Command& cmd, int depth) {
  if (cmd.words.size() == 1 || AtWord("function")) return ReadFunction(cmd, depth);
  if (AtOp("(")) {
    if (tok_.end < logical_.text.size() && logical_.text[tok_.end] == '(' && ReadArith(cmd)) return true;
    cmd.kind = CommandKind::kSubshell;
    return ReadBlock(cmd, depth, ")");
  }
  if (AtWord("{")) {
    cmd.kind = CommandKind::kGroup;
    return ReadBlock(cmd, depth, "}");
  }
  if (AtWord("if")) return ReadIf(cmd, depth);
  if (AtWord("while") || AtWord("until")) return ReadLoop(cmd, depth);
  if (AtWord("for") || AtWord("select")) return ReadFor(cmd, depth);
  if (AtWord("case")) return ReadCase(cmd, depth);
  if (AtWord("[[")) return ReadTest(cmd);
  return false;
}

bool ScriptParser::ReadPart(Command& cmd, PartRole role, int depth, std::initializer_list<std::string_view> closers) {
  Part part;
  part.role = role;
  if (!ParseList(part.commands, part.trailing_op, depth + 1, false)) return false;
  bool closed = false;
  for (std::string_view closer : closers) closed = closed || AtWord(closer) || AtOp(closer);
  if (!closed) {
    Fail("expected '" + std::string(*closers.begin()) + "'");
    return false;
  }
  if (part.commands.empty() && role != PartRole::kArm) {
    Fail("expected a command before '" + std::string(*closers.begin()) + "'");
    return false;
  }
  cmd.parts.push_back(std::move(part));
  return true;
}

bool ScriptParser::ReadBlock(Command& cmd, int depth, std::string_view closer) {
  cmd.keywords.push_back(TakeKeyword());
  if (!ReadPart(cmd, PartRole::kBody, depth, {closer})) return false;
  cmd.keywords.push_back(TakeKeyword());
  return true;
}

bool ScriptParser::ReadIf(Command& cmd, int depth) {
  cmd.kind = CommandKind::kIf;
  cmd.keywords.push_back(TakeKeyword());  // if
  while (true) {
    if (!ReadPart(cmd, PartRole::kCondition, depth, {"then"})) return false;
    cmd.keywords.push_back(TakeKeyword());
    if (!ReadPart(cmd, PartRole::kThen, depth, {"elif", "else", "fi"})) return false;
    if (!AtWord("elif")) break;
    cmd.keywords.push_back(TakeKeyword());
  }
  if (AtWord("else")) {
    cmd.keywords.push_back(TakeKeyword());
    if (!ReadPart(cmd, PartRole::kElse, depth, {"fi"})) return false;
  }
  cmd.keywords.push_back(TakeKeyword());  // fi
  return true;
}

bool ScriptParser::ReadLoop(Command& cmd, int depth) {
  cmd.kind = AtWord("while") ? CommandKind::kWhile : CommandKind::kUntil;
  cmd.keywords.push_back(TakeKeyword());
  if (!ReadPart(cmd, PartRole::kCondition, depth, {"do"})) return false;
  cmd.keywords.push_back(TakeKeyword());
  if (!ReadPart(cmd, PartRole::kLoopBody, depth, {"done"})) return false;
  cmd.keywords.push_back(TakeKeyword());
  return true;
}

bool ScriptParser::ReadFor(Command& cmd, int depth) {
  cmd.kind = AtWord("for") ? CommandKind::kFor : CommandKind::kSelect;
  cmd.keywords.push_back(TakeKeyword());
  if (AtOp("(") && tok_.end < logical_.text.size() && logical_.text[tok_.end] == '(') {
    Command arith;  // `for ((i = 0; i < n; i++))`: the header is one keyword
    if (!ReadArith(arith)) return false;
    cmd.keywords.push_back(std::move(arith.keywords.front()));
    return ReadLoopBody(cmd, depth);
  }
  if (tok_.kind != TokenKind::kWord) {
    Fail("expected a variable name after 'for'");
    return false;
  }
  cmd.words.push_back(std::move(tok_.word));
  Advance();
  SkipNewlines();
  if (AtWord("in")) {
    cmd.keywords.push_back(TakeKeyword());
    while (tok_.kind == TokenKind::kWord) {
      cmd.words.push_back(std::move(tok_.word));
      Advance();
    }
  }
  return ReadLoopBody(cmd, depth);
}

bool ScriptParser::ReadLoopBody(Command& cmd, int depth) {
  if (AtOp(";")) cmd.keywords.push_back(TakeKeyword());
  SkipNewlines();
  if (!AtWord("do")) {
    Fail("expected 'do'");
    return false;
  }
  cmd.keywords.push_back(TakeKeyword());
  if (!ReadPart(cmd, PartRole::kLoopBody, depth, {"done"})) return false;
  cmd.keywords.push_back(TakeKeyword());
  return true;
}

bool ScriptParser::ReadCase(Command& cmd, int depth) {
  cmd.kind = CommandKind::kCase;
  cmd.keywords.push_back(TakeKeyword());
  if (tok_.kind != TokenKind::kWord) return false;
  cmd.words.push_back(std::move(tok_.word));
  Advance();
  SkipNewlines();
  if (!AtWord("in")) {
    Fail("expected 'in'");
    return false;
  }
  cmd.keywords.push_back(TakeKeyword());
  SkipNewlines();
  while (!AtWord("esac")) {
    Part arm;
    arm.role = PartRole::kArm;
    if (AtOp("(")) cmd.keywords.push_back(TakeKeyword());
    while (true) {
      if (tok_.kind != TokenKind::kWord) {
        Fail("expected a case pattern");
        return false;
      }
      arm.patterns.push_back(std::move(tok_.word));
      Advance();
      if (!AtOp("|")) break;
      cmd.keywords.push_back(TakeKeyword());
    }
    if (!AtOp(")")) {
      Fail("expected ')' after a case pattern");
      return false;
    }
    cmd.keywords.push_back(TakeKeyword());
    if (!ParseList(arm.commands, arm.trailing_op, depth + 1, false)) return false;
    cmd.parts.push_back(std::move(arm));
    if (AtOp(";;") || AtOp(";&") || AtOp(";;&")) {
      cmd.keywords.push_back(TakeKeyword());
      SkipNewlines();
    } else if (!AtWord("esac")) {
      Fail("expected ';;' or 'esac'");
      return false;
    }
  }
  cmd.keywords.push_back(TakeKeyword());
  return true;
}

bool ScriptParser::ReadFunction(Command& cmd, int depth) {
  cmd.kind = CommandKind::kFunction;
  if (AtWord("function")) {
    cmd.keywords.push_back(TakeKeyword());
    if (tok_.kind != TokenKind::kWord) return false;
    cmd.words.push_back(std::move(tok_.word));
    Advance();
  }
  if (AtOp("(")) {
    cmd.keywords.push_back(TakeKeyword());
    if (!AtOp(")")) {
      Fail("expected ')' in a function definition");
      return false;
    }
    cmd.keywords.push_back(TakeKeyword());
  }
  SkipNewlines();
  if (!OpensCompound(tok_)) {
    Fail("expected a function body");
    return false;
  }
  Part body;
  body.role = PartRole::kFunctionBody;
  Command inner;
  size_t start = tok_.begin;
  if (!ParseCompound(body.commands, std::move(inner), start, depth + 1)) return false;
  cmd.parts.push_back(std::move(body));
  return true;
}

Word ScriptParser::TokenAsWord() const {
  if (tok_.kind == TokenKind::kWord) return tok_.word;
  Word w;
  w.span = logical_.ToSpan(tok_.begin, tok_.end);
  w.value = logical_.text.substr(tok_.begin, tok_.end - tok_.begin);  // raw() is the same
  return w;
}

bool ScriptParser::ReadTest(Command& cmd) {
  cmd.kind = CommandKind::kTest;
  cmd.keywords.push_back(TakeKeyword());
  while (!AtWord("]]")) {
    if (tok_.kind == TokenKind::kNewline) {
      Advance();
      continue;
    }
    if (tok_.kind == TokenKind::kEnd || tok_.kind == TokenKind::kError || tok_.kind == TokenKind::kComment) {
      Fail("unterminated '[['");
      return false;
    }
    cmd.words.push_back(TokenAsWord());
    Advance();
  }
  cmd.keywords.push_back(TakeKeyword());
  return true;
}

bool ScriptParser::ReadArith(Command& cmd) {
  const std::string& t = logical_.text;
  size_t begin = tok_.begin;
  int open = 0;
  size_t p = begin;
  for (; p < t.size(); ++p) {
    if (t[p] == '(') ++open;
    if (t[p] == ')' && --open == 0) break;
    if (t[p] == '\n' || t[p] == '\'' || t[p] == '"') return false;
  }
  if (p >= t.size() || t[p - 1] != ')') return false;  // `((a) b)` is a subshell in a subshell
  size_t end = p + 1;
  cmd.kind = CommandKind::kArith;
  cmd.keywords.push_back(Keyword{logical_.ToSpan(begin, end), t.substr(begin, end - begin)});
  lexer_.Reset(end);
  Advance();
  last_end_ = end;
  return true;
}

}  // namespace dockopt::shell
