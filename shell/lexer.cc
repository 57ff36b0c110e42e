// Lexer: BuildKit line joining with a byte map back to the source, then shell tokens.
#include "shell/lexer.h"

#include <algorithm>
#include <cctype>
#include <span>

namespace dockopt::shell {

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
/// A byte ScanWord must look at on its own: it ends the word, quotes, escapes or expands.
bool IsWordSpecial(char c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case ';': case '&': case '|': case '(': case ')': case '<': case '>':
    case '\\': case '\'': case '"': case '$': case '`':
      return true;
    default:
      return false;
  }
}
bool IsNameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

/// Length of the line break at `pos` ("\n" or "\r\n"), 0 when there is none.
size_t LineBreakAt(std::string_view s, size_t pos) {
  if (pos < s.size() && s[pos] == '\n') return 1;
  if (pos + 1 < s.size() && s[pos] == '\r' && s[pos + 1] == '\n') return 2;
  return 0;
}

/// `NAME=`, `NAME+=` or `NAME[index]=`: the start of an assignment word.
bool IsArrayAssignmentPrefix(std::string_view s) {
  if (s.empty() || !IsNameStart(s[0])) return false;
  size_t i = 1;
  while (i < s.size() && IsNameChar(s[i])) ++i;
  if (i < s.size() && s[i] == '[') {
    size_t close = s.find(']', i);
    if (close == std::string_view::npos) return false;
    i = close + 1;
  }
  if (i < s.size() && s[i] == '+') ++i;
  return i + 1 == s.size() && s[i] == '=';
}

}  // namespace

Span LogicalText::ToSpan(size_t begin, size_t end) const {
  if (end <= begin) return Span{origin[begin], origin[begin]};
  return Span{origin[begin], origin[end - 1] + 1};
}

LogicalText MakeLogical(std::string_view raw, uint32_t base, char escape, bool heredoc) {
  LogicalText out;
  out.text.reserve(raw.size());
  out.origin.reserve(raw.size() + 1);
  size_t i = 0;
  while (i < raw.size()) {
    if (!heredoc && raw[i] == escape) {
      size_t j = i + 1;
      while (j < raw.size() && IsBlank(raw[j])) ++j;
      size_t brk = LineBreakAt(raw, j);
      if (j == raw.size() || brk > 0) {
        // A continuation: drop it and any comment or blank lines right after it.
        j += brk;
        while (j < raw.size()) {
          size_t k = j;
          while (k < raw.size() && IsBlank(raw[k])) ++k;
          if (k < raw.size() && raw[k] == '#') {
            while (k < raw.size() && raw[k] != '\n') ++k;
            j = k < raw.size() ? k + 1 : k;
            continue;
          }
          size_t blank_brk = LineBreakAt(raw, k);
          if (blank_brk > 0) {
            j = k + blank_brk;
            continue;
          }
          break;
        }
        i = j;
        continue;
      }
    }
    // Up to the next escape character (which may start a continuation), the text is copied as it is.
    size_t next = heredoc ? raw.size() : std::min(raw.size(), raw.find(escape, i + 1));
    out.text.append(raw, i, next - i);
    for (; i < next; ++i) out.origin.push_back(base + static_cast<uint32_t>(i));
  }
  out.origin.push_back(base + static_cast<uint32_t>(raw.size()));
  return out;
}

size_t Lexer::SkipNested(size_t pos, char closer) const {
  const std::string& t = logical_.text;
  std::vector<char> stack{closer};
  size_t p = pos + 1;
  while (p < t.size()) {
    char c = t[p];
    char top = stack.back();
    if (top == '\'') {
      if (c == '\'') stack.pop_back();
      ++p;
      continue;
    }
    if (c == '\\') {
      p += 2;
      continue;
    }
    if (top == '`' || top == '"') {
      if (c == top) {
        stack.pop_back();
        ++p;
        if (stack.empty()) return p;
        continue;
      }
      if (top == '"' && c == '$' && p + 1 < t.size() && (t[p + 1] == '(' || t[p + 1] == '{')) {
        stack.push_back(t[p + 1] == '(' ? ')' : '}');
        p += 2;
        continue;
      }
      if (top == '"' && c == '`') stack.push_back('`');
      ++p;
      continue;
    }
    if (c == top) {
      stack.pop_back();
      ++p;
      if (stack.empty()) return p;
      continue;
    }
    if (c == '\'' || c == '"' || c == '`') {
      stack.push_back(c);
    } else if (c == '$' && p + 1 < t.size() && (t[p + 1] == '(' || t[p + 1] == '{')) {
      stack.push_back(t[p + 1] == '(' ? ')' : '}');
      p += 2;
      continue;
    } else if (c == '(' && top == ')') {
      stack.push_back(')');
    }
    ++p;
  }
  return std::string::npos;
}

Token Lexer::ScanWord(size_t start) {
  const std::string& t = logical_.text;
  Token tok;
  tok.kind = TokenKind::kWord;
  tok.begin = start;
  Word& w = tok.word;
  size_t p = start;
  auto fail = [&](std::string message) {
    error_ = std::move(message);
    tok.kind = TokenKind::kError;
    tok.end = t.size();
    pos_ = t.size();
    return tok;
  };
  while (p < t.size()) {
    char c = t[p];
    if (c == '(' && p > start && t[p - 1] == '=' && IsArrayAssignmentPrefix(std::string_view(t).substr(start, p - start))) {
      size_t end = SkipNested(p, ')');  // an array assignment: `a=(x y)`, `a+=(z)`
      if (end == std::string::npos) return fail("unterminated array assignment");
      w.value.append(t, p, end - p);
      w.literal = false;
      p = end;
      continue;
    }
    if (IsBlank(c) || c == '\n' || c == ';' || c == '&' || c == '|' || c == '(' || c == ')') break;
    if (c == '\r' && p + 1 < t.size() && t[p + 1] == '\n') break;
    if (c == '<' || c == '>') {
      if (p + 1 < t.size() && t[p + 1] == '(') {  // process substitution
        size_t end = SkipNested(p + 1, ')');
        if (end == std::string::npos) return fail("unterminated process substitution");
        w.value.append(t, p, end - p);
        w.literal = false;
        p = end;
        continue;
      }
      break;
    }
    if (c == '\\') {
      if (p + 1 < t.size() && t[p + 1] == '\n') {
        p += 2;
        continue;
      }
      w.quoted = true;
      if (p + 1 < t.size()) w.value.push_back(t[p + 1]);
      p = std::min(p + 2, t.size());  // a lone `\` at the very end is one byte, not two
      continue;
    }
    if (c == '\'') {
      size_t close = t.find('\'', p + 1);
      if (close == std::string::npos) return fail("unterminated single quote");
      w.quoted = true;
      w.value.append(t, p + 1, close - p - 1);
      p = close + 1;
      continue;
    }
    if (c == '"') {
      w.quoted = true;
      ++p;
      bool closed = false;
      while (p < t.size()) {
        char d = t[p];
        if (d == '"') {
          closed = true;
          ++p;
          break;
        }
        if (d == '\\' && p + 1 < t.size()) {
          char e = t[p + 1];
          if (e == '\n') {
          } else if (e == '$' || e == '`' || e == '"' || e == '\\') {
            w.value.push_back(e);
          } else {
            w.value.push_back('\\');
            w.value.push_back(e);
          }
          p += 2;
          continue;
        }
        if ((d == '$' && p + 1 < t.size() && (t[p + 1] == '(' || t[p + 1] == '{')) || d == '`') {
          size_t open = d == '`' ? p : p + 1;
          size_t end = SkipNested(open, d == '`' ? '`' : (t[p + 1] == '(' ? ')' : '}'));
          if (end == std::string::npos) return fail("unterminated expansion");
          w.value.append(t, p, end - p);
          w.literal = false;
          p = end;
          continue;
        }
        if (d == '$' && p + 1 < t.size() && (IsNameStart(t[p + 1]) || std::isdigit(static_cast<unsigned char>(t[p + 1])) ||
                                            std::string_view("@*#?$!-").find(t[p + 1]) != std::string_view::npos)) {
          w.literal = false;
        }
        w.value.push_back(d);
        ++p;
      }
      if (!closed) return fail("unterminated double quote");
      continue;
    }
    if (c == '$' && p + 1 < t.size()) {
      char n = t[p + 1];
      if (n == '(' || n == '{') {
        size_t end = SkipNested(p + 1, n == '(' ? ')' : '}');
        if (end == std::string::npos) return fail("unterminated expansion");
        w.value.append(t, p, end - p);
        w.literal = false;
        p = end;
        continue;
      }
      if (n == '\'') {  // $'...' ANSI-C quoting: kept verbatim
        size_t q = p + 2;
        while (q < t.size() && t[q] != '\'') q += t[q] == '\\' ? 2 : 1;
        if (q >= t.size()) return fail("unterminated single quote");
        w.value.append(t, p, q + 1 - p);
        w.quoted = true;
        w.literal = false;
        p = q + 1;
        continue;
      }
      if (IsNameStart(n)) {
        size_t q = p + 1;
        while (q < t.size() && IsNameChar(t[q])) ++q;
        w.value.append(t, p, q - p);
        w.literal = false;
        p = q;
        continue;
      }
      if (std::isdigit(static_cast<unsigned char>(n)) || std::string_view("@*#?$!-").find(n) != std::string_view::npos) {
        w.value.append(t, p, 2);
        w.literal = false;
        p += 2;
        continue;
      }
    }
    if (c == '`') {
      size_t end = SkipNested(p, '`');
      if (end == std::string::npos) return fail("unterminated backquote");
      w.value.append(t, p, end - p);
      w.literal = false;
      p = end;
      continue;
    }
    // A plain character, and the plain ones after it: appended as one run rather than byte by byte.
    size_t run = p + 1;
    while (run < t.size() && !IsWordSpecial(t[run])) ++run;
    w.value.append(t, p, run - p);
    p = run;
  }
  tok.end = p;
  w.span = logical_.ToSpan(start, p);
  w.set_raw(std::string_view(t).substr(start, p - start));
  pos_ = p;
  return tok;
}

Token Lexer::Next() {
  const std::string& t = logical_.text;
  while (pos_ < t.size()) {
    char c = t[pos_];
    if (IsBlank(c)) {
      ++pos_;
    } else if (c == '\\' && pos_ + 1 < t.size() && t[pos_ + 1] == '\n') {
      pos_ += 2;
    } else if (c == '\\' && pos_ + 2 < t.size() && t[pos_ + 1] == '\r' && t[pos_ + 2] == '\n') {
      pos_ += 3;
    } else if (c == '\r' && pos_ + 1 < t.size() && t[pos_ + 1] == '\n') {
      ++pos_;
    } else {
      break;
    }
  }
  Token tok;
  tok.begin = pos_;
  if (pos_ >= t.size()) {
    tok.kind = TokenKind::kEnd;
    tok.end = pos_;
    return tok;
  }
  char c = t[pos_];
  std::string_view rest = std::string_view(t).substr(pos_);
  if (c == '\n') {
    tok.kind = TokenKind::kNewline;
    tok.end = ++pos_;
    if (!pending_.empty()) SkipPendingBodies();
    return tok;
  }
  if (c == '#') {
    size_t end = t.find('\n', pos_);
    if (end == std::string::npos) end = t.size();
    if (end > pos_ && t[end - 1] == '\r') --end;
    tok.kind = TokenKind::kComment;
    tok.end = pos_ = end;
    return tok;
  }
  // Redirections, with an optional fd: 2>&1, >>, <<-, &>.
  size_t digits = 0;
  while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
  std::string_view after = rest.substr(digits);
  bool redirect = !after.empty() && (after[0] == '<' || after[0] == '>') && !(after.size() > 1 && after[1] == '(');
  if (digits == 0 && (rest.starts_with("&>"))) redirect = true;
  if (redirect) {
    static constexpr std::string_view kOps[] = {"&>>", "<<<", "<<-", "&>", "<<", "<>", "<&", ">>", ">&", ">|", "<", ">"};
    std::string_view op;
    for (std::string_view candidate : kOps) {
      if (after.starts_with(candidate)) {
        op = candidate;
        break;
      }
    }
    tok.kind = TokenKind::kRedirect;
    tok.op = std::string(op);
    tok.fd = digits > 0 ? std::stoi(std::string(rest.substr(0, std::min<size_t>(digits, 6)))) : -1;
    pos_ += digits + op.size();
    while (pos_ < t.size() && IsBlank(t[pos_])) ++pos_;
    bool process_substitution = pos_ + 1 < t.size() && (t[pos_] == '<' || t[pos_] == '>') && t[pos_ + 1] == '(';
    if (pos_ >= t.size() ||
        (!process_substitution && std::string_view(";&|()\n<>").find(t[pos_]) != std::string_view::npos)) {
      error_ = "missing redirection target";
      tok.kind = TokenKind::kError;
      tok.end = pos_ = t.size();
      return tok;
    }
    Token target = ScanWord(pos_);
    if (target.kind == TokenKind::kError) return target;
    tok.word = std::move(target.word);
    tok.end = target.end;
    if (heredoc_bodies_ && (op == "<<" || op == "<<-")) pending_.push_back(PendingBody{tok.word.value, op == "<<-", tok.begin});
    return tok;
  }
  static constexpr std::string_view kOperators[] = {"&&", "||", ";;&", ";;", ";&", "|&", ";", "|", "&", "(", ")"};
  const bool operator_start = rest[0] == '&' || rest[0] == '|' || rest[0] == ';' || rest[0] == '(' || rest[0] == ')';
  for (std::string_view op : operator_start ? std::span<const std::string_view>(kOperators) : std::span<const std::string_view>()) {
    if (rest.starts_with(op)) {
      tok.kind = TokenKind::kOperator;
      tok.op = std::string(op);
      tok.end = pos_ += op.size();
      return tok;
    }
  }
  return ScanWord(pos_);
}

void Lexer::Reset(size_t pos) {
  pos_ = pos;
  while (!pending_.empty() && pending_.back().at >= pos) pending_.pop_back();
  while (!bodies_.empty() && bodies_.back().first >= pos) bodies_.pop_back();
}

void Lexer::SkipPendingBodies() {
  const std::string& t = logical_.text;
  for (const PendingBody& body : pending_) {
    size_t begin = pos_;
    size_t line = pos_;
    while (line < t.size()) {
      size_t nl = t.find('\n', line);
      size_t end = nl == std::string::npos ? t.size() : nl;
      size_t first = line;
      if (body.strip_tabs)
        while (first < end && t[first] == '\t') ++first;
      size_t last = end > first && t[end - 1] == '\r' ? end - 1 : end;
      if (std::string_view(t).substr(first, last - first) == body.delimiter) {
        bodies_.emplace_back(begin, line);
        pos_ = nl == std::string::npos ? t.size() : nl + 1;
        break;
      }
      line = nl == std::string::npos ? t.size() : nl + 1;
    }
    if (line >= t.size()) {  // no terminator: the body runs to the end, as bash reads it
      bodies_.emplace_back(begin, t.size());
      pos_ = t.size();
    }
  }
  pending_.clear();
}

bool IsAssignmentWord(const Word& word) {
  const std::string& r = word.raw();
  if (r.empty() || !IsNameStart(r[0])) return false;
  size_t i = 1;
  while (i < r.size() && IsNameChar(r[i])) ++i;
  if (i < r.size() && r[i] == '+') ++i;
  return i < r.size() && r[i] == '=';
}

}  // namespace dockopt::shell
