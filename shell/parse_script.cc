// ParseScript: a token-driven reader of command lists; compound commands become opaque nodes.
#include "shell/parse_script.h"

#include <algorithm>

#include "shell/lexer.h"

namespace dockopt::shell {

namespace {

bool IsOp(const Token& tok, std::string_view op) { return tok.kind == TokenKind::kOperator && tok.op == op; }
bool IsWord(const Token& tok, std::string_view raw) { return tok.kind == TokenKind::kWord && tok.word.raw == raw; }

/// The opener of a compound command and the word or operator that closes it.
struct Opener {
  CommandKind kind;
  std::string_view closer;
};

bool FindOpener(const Token& tok, Opener* out) {
  if (IsOp(tok, "(")) {
    *out = {CommandKind::kSubshell, ")"};
    return true;
  }
  if (tok.kind != TokenKind::kWord) return false;
  static constexpr std::pair<std::string_view, Opener> kOpeners[] = {
      {"{", {CommandKind::kGroup, "}"}},   {"if", {CommandKind::kIf, "fi"}},
      {"for", {CommandKind::kFor, "done"}}, {"while", {CommandKind::kWhile, "done"}},
      {"until", {CommandKind::kUntil, "done"}}, {"select", {CommandKind::kSelect, "done"}},
      {"case", {CommandKind::kCase, "esac"}}, {"[[", {CommandKind::kTest, "]]"}},
  };
  for (const auto& [word, opener] : kOpeners) {
    if (tok.word.raw == word) {
      *out = opener;
      return true;
    }
  }
  return false;
}

class Parser {
 public:
  Parser(Script& script, const LogicalText& logical) : script_(script), logical_(logical), lexer_(logical) {}

  void Run() {
    Advance();
    Joiner pending = Joiner::kNone;
    Span pending_span{};
    bool after_command = false;
    while (true) {
      switch (tok_.kind) {
        case TokenKind::kEnd:
          if (!after_command && (pending == Joiner::kSemicolon || pending == Joiner::kBackground)) {
            script_.trailing_op = pending_span;
          } else if (!after_command && pending != Joiner::kNone && pending != Joiner::kNewline) {
            Fail(tok_.begin, "expected a command at the end");
          }
          return;
        case TokenKind::kError:
          return Unparsed(pending, pending_span, tok_.begin, lexer_.error());
        case TokenKind::kComment:
          Advance();
          continue;
        case TokenKind::kNewline:
          if (after_command) {
            pending = Joiner::kNewline;
            pending_span = Span{};
            after_command = false;
          }
          Advance();
          continue;
        case TokenKind::kOperator: {
          static constexpr std::pair<std::string_view, Joiner> kJoiners[] = {
              {"&&", Joiner::kAnd}, {"||", Joiner::kOr}, {";", Joiner::kSemicolon}, {"|", Joiner::kPipe},
              {"|&", Joiner::kPipeAll}, {"&", Joiner::kBackground}};
          bool is_joiner = false;
          for (const auto& [op, joiner] : kJoiners) {
            if (tok_.op == op) {
              if (!after_command) return Unparsed(pending, pending_span, tok_.begin, "expected a command before '" + tok_.op + "'");
              pending = joiner;
              pending_span = logical_.ToSpan(tok_.begin, tok_.end);
              after_command = false;
              is_joiner = true;
            }
          }
          if (is_joiner) {
            Advance();
            continue;
          }
          if (tok_.op != "(") return Unparsed(pending, pending_span, tok_.begin, "unexpected '" + tok_.op + "'");
          break;
        }
        default:
          break;
      }
      if (after_command) return Unparsed(pending, pending_span, tok_.begin, "unexpected text after a command");
      if (!ParseCommand(pending, pending_span)) return;
      after_command = true;
      pending = Joiner::kNone;
      pending_span = Span{};
    }
  }

 private:
  void Advance() { tok_ = lexer_.Next(); }

  void Fail(size_t at, std::string why) {
    if (script_.error.empty()) script_.error = std::move(why);
    (void)at;
  }

  /// Moves the redirect token `tok_` into `cmd`, sets `end` to its end, and advances.
  void TakeRedirect(Command& cmd, size_t& end) {
    Redirect r;
    r.span = logical_.ToSpan(tok_.begin, tok_.end);
    r.fd = tok_.fd;
    r.op = tok_.op;
    r.target = std::move(tok_.word);
    cmd.redirects.push_back(std::move(r));
    end = tok_.end;
    Advance();
  }

  /// Everything from logical offset `from` to the end becomes one kUnparsed command.
  void Unparsed(Joiner joiner, Span joiner_span, size_t from, std::string why) {
    Command cmd;
    cmd.kind = CommandKind::kUnparsed;
    cmd.joiner = joiner;
    cmd.joiner_span = joiner_span;
    cmd.span = Span{logical_.origin[from], script_.Whole().end};
    script_.commands.push_back(std::move(cmd));
    Fail(from, std::move(why));
  }

  bool ParseCommand(Joiner joiner, Span joiner_span) {
    Command cmd;
    cmd.joiner = joiner;
    cmd.joiner_span = joiner_span;
    size_t start = tok_.begin;
    if (IsWord(tok_, "!")) {
      cmd.negated = true;
      Advance();
    }
    Opener opener;
    if (FindOpener(tok_, &opener)) return ParseOpaque(std::move(cmd), start, opener);
    if (IsWord(tok_, "function")) {
      Advance();
      if (tok_.kind == TokenKind::kWord) Advance();
      return ParseFunctionBody(std::move(cmd), start);
    }
    size_t end = start;
    while (true) {
      if (tok_.kind == TokenKind::kWord) {
        if (cmd.words.empty() && IsAssignmentWord(tok_.word)) {
          cmd.env.push_back(std::move(tok_.word));
        } else {
          cmd.words.push_back(std::move(tok_.word));
        }
        end = tok_.end;
        Advance();
        if (IsOp(tok_, "(") && cmd.words.size() == 1 && cmd.env.empty()) {
          cmd.words.clear();
          return ParseFunctionBody(std::move(cmd), start);
        }
      } else if (tok_.kind == TokenKind::kRedirect) {
        TakeRedirect(cmd, end);
      } else if (tok_.kind == TokenKind::kError) {
        Unparsed(cmd.joiner, cmd.joiner_span, start, lexer_.error());
        return false;
      } else {
        break;
      }
    }
    if (cmd.words.empty() && cmd.env.empty() && cmd.redirects.empty()) {
      Unparsed(cmd.joiner, cmd.joiner_span, start, "expected a command");
      return false;
    }
    cmd.span = logical_.ToSpan(start, end);
    script_.commands.push_back(std::move(cmd));
    return true;
  }

  /// `name ( )` or `function name` has been read up to `(` or the body.
  bool ParseFunctionBody(Command cmd, size_t start) {
    if (IsOp(tok_, "(")) {
      Advance();
      if (!IsOp(tok_, ")")) {
        Unparsed(cmd.joiner, cmd.joiner_span, start, "expected ')' in a function definition");
        return false;
      }
      Advance();
    }
    while (tok_.kind == TokenKind::kNewline || tok_.kind == TokenKind::kComment) Advance();
    Opener opener;
    if (!FindOpener(tok_, &opener)) {
      Unparsed(cmd.joiner, cmd.joiner_span, start, "expected a function body");
      return false;
    }
    opener.kind = CommandKind::kFunction;
    return ParseOpaque(std::move(cmd), start, opener);
  }

  /// Skips a compound command by matching its reserved words; `tok_` is its opener.
  bool ParseOpaque(Command cmd, size_t start, Opener opener) {
    cmd.kind = opener.kind;
    std::vector<std::string_view> closers{opener.closer};
    bool command_position = !(IsWord(tok_, "for") || IsWord(tok_, "case") || IsWord(tok_, "select"));
    size_t end = tok_.end;
    Advance();
    while (!closers.empty()) {
      std::string_view top = closers.back();
      switch (tok_.kind) {
        case TokenKind::kEnd:
        case TokenKind::kError:
          Unparsed(cmd.joiner, cmd.joiner_span, start,
                   tok_.kind == TokenKind::kError ? lexer_.error() : "unterminated compound command");
          return false;
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
          const std::string& raw = tok_.word.raw;
          Opener inner;
          if (top == "]]") {
            if (raw == "]]") closers.pop_back();
          } else if (command_position && raw == top) {
            closers.pop_back();
            command_position = false;
          } else if (command_position && FindOpener(tok_, &inner)) {
            closers.push_back(inner.closer);
            command_position = !(raw == "for" || raw == "case" || raw == "select");
          } else {
            command_position = command_position && (raw == "then" || raw == "do" || raw == "else" || raw == "elif" ||
                                                     raw == "!" || raw == "time");
          }
          break;
        }
      }
      end = tok_.end;
      Advance();
    }
    while (tok_.kind == TokenKind::kRedirect) TakeRedirect(cmd, end);
    cmd.span = logical_.ToSpan(start, end);
    script_.commands.push_back(std::move(cmd));
    return true;
  }

  Script& script_;
  const LogicalText& logical_;
  Lexer lexer_;
  Token tok_;
};

}  // namespace

Script ParseScript(std::string_view raw, const ParseOptions& options) {
  Script script;
  script.text = std::string(raw);
  script.base = options.base;
  script.heredoc = options.heredoc;
  script.escape = options.heredoc ? '\\' : options.escape;
  if (raw.find("\r\n") != std::string_view::npos) script.newline = "\r\n";
  LogicalText logical = MakeLogical(raw, options.base, script.escape, options.heredoc);
  Parser(script, logical).Run();
  return script;
}

std::vector<Span> Atoms(const Script& script) {
  std::vector<Span> atoms;
  for (const Command& cmd : script.commands) {
    if (!cmd.joiner_span.empty()) atoms.push_back(cmd.joiner_span);
    if (cmd.opaque()) {
      atoms.push_back(cmd.span);
      continue;
    }
    size_t first = atoms.size();
    for (const Word& w : cmd.env) atoms.push_back(w.span);
    for (const Word& w : cmd.words) atoms.push_back(w.span);
    for (const Redirect& r : cmd.redirects) atoms.push_back(r.span);
    std::sort(atoms.begin() + static_cast<std::ptrdiff_t>(first), atoms.end(),
              [](Span a, Span b) { return a.begin < b.begin; });
  }
  if (!script.trailing_op.empty()) atoms.push_back(script.trailing_op);
  return atoms;
}

bool CheckTiling(const Script& script, std::string* why) {
  uint32_t cursor = script.base;
  for (Span atom : Atoms(script)) {
    if (atom.begin < cursor || atom.end < atom.begin || atom.end > script.Whole().end) {
      if (why) *why = "atom [" + std::to_string(atom.begin) + ", " + std::to_string(atom.end) + ") out of order";
      return false;
    }
    cursor = atom.end;
  }
  return true;
}

std::string Print(const Script& script) {
  std::string out;
  out.reserve(script.text.size());
  uint32_t cursor = script.base;
  for (Span atom : Atoms(script)) {
    if (atom.begin < cursor) continue;  // only a broken model overlaps; CheckTiling reports it
    out += script.Text(Span{cursor, atom.begin});
    out += script.Text(atom);
    cursor = atom.end;
  }
  out += script.Text(Span{cursor, script.Whole().end});
  return out;
}

}  // namespace dockopt::shell
