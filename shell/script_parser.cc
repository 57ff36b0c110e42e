// ScriptParser: command lists, simple commands, and the fallbacks for text it cannot read.
#include "shell/script_parser.h"

#include <utility>

namespace dockopt::shell {

namespace {

/// Deeper nesting is kept as one kUnparsed command, so the recursion stays bounded.
constexpr int kMaxDepth = 64;

struct JoinerOp {
  std::string_view op;
  Joiner joiner;
};
constexpr JoinerOp kJoinerOps[] = {{"&&", Joiner::kAnd},       {"||", Joiner::kOr},     {";", Joiner::kSemicolon},
                                   {"|", Joiner::kPipe},       {"|&", Joiner::kPipeAll}, {"&", Joiner::kBackground}};

}  // namespace

ScriptParser::ScriptParser(Script& script, const LogicalText& logical, bool heredoc)
    : script_(script), logical_(logical), lexer_(logical) {
  if (heredoc) lexer_.ReadHeredocBodies();
}

void ScriptParser::Run() {
  Advance();
  ParseList(script_.commands, script_.trailing_op, 0, true);
}

void ScriptParser::Advance() {
  last_end_ = tok_.end;
  tok_ = lexer_.Next();
}

bool ScriptParser::AtWord(std::string_view raw) const { return tok_.kind == TokenKind::kWord && tok_.word.raw() == raw; }
bool ScriptParser::AtOp(std::string_view op) const { return tok_.kind == TokenKind::kOperator && tok_.op == op; }

bool ScriptParser::AtListEnd() const {
  if (tok_.kind == TokenKind::kOperator) return tok_.op == ")" || tok_.op == ";;" || tok_.op == ";&" || tok_.op == ";;&";
  if (tok_.kind != TokenKind::kWord) return false;
  static constexpr std::string_view kClosers[] = {"then", "elif", "else", "fi", "do", "done", "esac", "}"};
  for (std::string_view closer : kClosers)
    if (tok_.word.raw() == closer) return true;
  return false;
}

void ScriptParser::SkipNewlines() {
  while (tok_.kind == TokenKind::kNewline || tok_.kind == TokenKind::kComment) Advance();
}

void ScriptParser::Fail(std::string why) {
  if (script_.error.empty()) script_.error = std::move(why);
}

Keyword ScriptParser::TakeKeyword() {
  Keyword keyword{logical_.ToSpan(tok_.begin, tok_.end), tok_.kind == TokenKind::kWord ? tok_.word.raw() : tok_.op};
  Advance();
  return keyword;
}

void ScriptParser::TakeRedirect(Command& cmd) {
  Redirect r;
  r.span = logical_.ToSpan(tok_.begin, tok_.end);
  r.fd = tok_.fd;
  r.op = tok_.op;
  r.target = std::move(tok_.word);
  cmd.redirects.push_back(std::move(r));
  Advance();
}

bool ScriptParser::ParseList(std::vector<Command>& out, Span& trailing_op, int depth, bool top) {
  Joiner joiner = Joiner::kNone;
  Span joiner_span{};
  bool after_command = false;
  auto next = [&] {
    Command cmd;
    cmd.joiner = joiner;
    cmd.joiner_span = joiner_span;
    return cmd;
  };
  while (true) {
    switch (tok_.kind) {
      case TokenKind::kComment:
        Advance();
        continue;
      case TokenKind::kNewline:
        if (after_command) {
          joiner = Joiner::kNewline;
          joiner_span = Span{};
          after_command = false;
        }
        Advance();
        continue;
      case TokenKind::kError:
        return Unparsed(out, next(), tok_.begin, lexer_.error());
      default:
        break;
    }
    if (tok_.kind == TokenKind::kEnd || AtListEnd()) {
      if (top && tok_.kind != TokenKind::kEnd) {
        size_t at = tok_.begin;
        std::string why = "unexpected '" + TakeKeyword().text + "'";
        return Unparsed(out, next(), at, std::move(why));
      }
      if (!after_command && (joiner == Joiner::kSemicolon || joiner == Joiner::kBackground)) {
        trailing_op = joiner_span;
      } else if (!after_command && joiner != Joiner::kNone && joiner != Joiner::kNewline) {
        Fail("expected a command after '" + std::string(JoinerText(joiner)) + "'");
        return false;
      }
      return true;
    }
    if (tok_.kind == TokenKind::kOperator && tok_.op != "(") {
      bool is_joiner = false;
      for (const JoinerOp& j : kJoinerOps) {
        if (tok_.op != j.op) continue;
        if (!after_command) return Unparsed(out, next(), tok_.begin, "expected a command before '" + tok_.op + "'");
        joiner = j.joiner;
        joiner_span = logical_.ToSpan(tok_.begin, tok_.end);
        after_command = false;
        is_joiner = true;
      }
      if (!is_joiner) return Unparsed(out, next(), tok_.begin, "unexpected '" + tok_.op + "'");
      Advance();
      continue;
    }
    if (after_command) return Unparsed(out, next(), tok_.begin, "unexpected text after a command");
    if (!ParseCommand(out, next(), depth)) return false;
    after_command = true;
    joiner = Joiner::kNone;
    joiner_span = Span{};
  }
}

bool ScriptParser::ParseCommand(std::vector<Command>& out, Command cmd, int depth) {
  size_t start = tok_.begin;
  if (AtWord("!")) {
    cmd.negated = true;
    cmd.keywords.push_back(TakeKeyword());
  }
  if (OpensCompound(tok_) || AtWord("function")) return ParseCompound(out, std::move(cmd), start, depth);
  while (true) {
    if (tok_.kind == TokenKind::kWord) {
      if (cmd.words.empty() && IsAssignmentWord(tok_.word)) {
        cmd.env.push_back(std::move(tok_.word));
      } else {
        cmd.words.push_back(std::move(tok_.word));
      }
      Advance();
      if (AtOp("(") && cmd.words.size() == 1 && cmd.env.empty() && cmd.redirects.empty()) {
        return ParseCompound(out, std::move(cmd), start, depth);  // `name ( ) body`
      }
    } else if (tok_.kind == TokenKind::kRedirect) {
      TakeRedirect(cmd);
    } else if (tok_.kind == TokenKind::kError) {
      return Unparsed(out, std::move(cmd), start, lexer_.error());
    } else {
      break;
    }
  }
  if (cmd.words.empty() && cmd.env.empty() && cmd.redirects.empty()) {
    return Unparsed(out, std::move(cmd), start, "expected a command");
  }
  cmd.span = logical_.ToSpan(start, last_end_);
  out.push_back(std::move(cmd));
  return true;
}

bool ScriptParser::ParseCompound(std::vector<Command>& out, Command cmd, size_t start, int depth) {
  Command fallback;
  fallback.joiner = cmd.joiner;
  fallback.joiner_span = cmd.joiner_span;
  if (depth < kMaxDepth && ReadCompound(cmd, depth)) {
    while (tok_.kind == TokenKind::kRedirect) TakeRedirect(cmd);
    cmd.span = logical_.ToSpan(start, last_end_);
    out.push_back(std::move(cmd));
    return true;
  }
  return SkipCompound(out, std::move(fallback), start, depth < kMaxDepth ? "a compound command dockopt cannot read"
                                                                         : "compound commands nested too deep");
}

bool ScriptParser::Unparsed(std::vector<Command>& out, Command cmd, size_t from, std::string why) {
  Command unparsed;
  unparsed.kind = CommandKind::kUnparsed;
  unparsed.joiner = cmd.joiner;
  unparsed.joiner_span = cmd.joiner_span;
  unparsed.span = Span{logical_.origin[from], script_.Whole().end};
  out.push_back(std::move(unparsed));
  Fail(std::move(why));
  return false;
}

bool ScriptParser::SkipCompound(std::vector<Command>& out, Command cmd, size_t start, std::string why) {
  lexer_.Reset(start);
  tok_ = Token{};
  Advance();
  if (AtWord("!")) Advance();
  if (AtWord("function")) {
    Advance();
    if (tok_.kind == TokenKind::kWord) Advance();
  } else if (tok_.kind == TokenKind::kWord && !OpensCompound(tok_)) {
    Advance();  // the name of `name ( )`
  }
  if (AtOp("(") && tok_.end < logical_.text.size() && logical_.text[tok_.end] != '(') {
    // `name ( )`: only when a `)` follows right away; else `(` opens a subshell.
    Token open = tok_;
    Advance();
    if (AtOp(")")) {
      Advance();
    } else {
      lexer_.Reset(open.begin);
      tok_ = Token{};
      Advance();
    }
  }
  SkipNewlines();
  std::vector<std::string_view> closers;
  if (AtOp("(")) {
    closers.push_back(")");
  } else if (tok_.kind == TokenKind::kWord) {
    static constexpr std::pair<std::string_view, std::string_view> kOpeners[] = {
        {"{", "}"}, {"if", "fi"}, {"for", "done"}, {"while", "done"}, {"until", "done"}, {"select", "done"},
        {"case", "esac"}, {"[[", "]]"}};
    for (const auto& [opener, closer] : kOpeners)
      if (tok_.word.raw() == opener) closers.push_back(closer);
  }
  if (closers.empty()) return Unparsed(out, std::move(cmd), start, std::move(why));
  bool command_position = !(AtWord("for") || AtWord("case") || AtWord("select"));
  Advance();
  while (!closers.empty()) {
    std::string_view top = closers.back();
    switch (tok_.kind) {
      case TokenKind::kEnd:
      case TokenKind::kError:
        return Unparsed(out, std::move(cmd), start, tok_.kind == TokenKind::kError ? lexer_.error() : std::move(why));
      case TokenKind::kComment:
        break;
      case TokenKind::kNewline:
        command_position = true;
        break;
      case TokenKind::kRedirect:
        command_position = false;
        break;
      case TokenKind::kOperator:
        if (tok_.op == "(") {
          if (top != "esac") closers.push_back(")");
        } else if (tok_.op == ")") {
          if (top == ")") closers.pop_back();
        }
        command_position = true;
        break;
      case TokenKind::kWord: {
        const std::string& raw = tok_.word.raw();
        static constexpr std::pair<std::string_view, std::string_view> kNested[] = {
            {"{", "}"}, {"if", "fi"}, {"for", "done"}, {"while", "done"}, {"until", "done"}, {"select", "done"},
            {"case", "esac"}, {"[[", "]]"}};
        std::string_view inner;
        for (const auto& [opener, closer] : kNested)
          if (raw == opener) inner = closer;
        if (top == "]]") {
          if (raw == "]]") closers.pop_back();
        } else if (command_position && raw == top) {
          closers.pop_back();
          command_position = false;
        } else if (command_position && !inner.empty()) {
          closers.push_back(inner);
          command_position = !(raw == "for" || raw == "case" || raw == "select");
        } else {
          command_position = command_position && (raw == "then" || raw == "do" || raw == "else" || raw == "elif" ||
                                                   raw == "!" || raw == "time");
        }
        break;
      }
    }
    Advance();
  }
  while (tok_.kind == TokenKind::kRedirect) TakeRedirect(cmd);
  cmd.kind = CommandKind::kUnparsed;
  cmd.redirects.clear();
  cmd.span = logical_.ToSpan(start, last_end_);
  out.push_back(std::move(cmd));
  Fail(std::move(why));
  return true;
}

}  // namespace dockopt::shell
