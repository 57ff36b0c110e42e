// BuildKit word expansion, reimplemented from the behaviour of lex.go (no code copied).
#include "shell/lex.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace dockopt::shell {

namespace {

constexpr int kEof = -1;
constexpr int kMaxDepth = 64;

bool IsSpace(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }
bool IsDigit(int c) { return c >= '0' && c <= '9'; }
bool IsNameChar(int c) { return std::isalnum(c) || c == '_' || c >= 0x80; }
bool IsSpecialParam(int c) { return std::string_view("@*#?-$!0").find(static_cast<char>(c)) != std::string_view::npos; }

/// Collects ProcessWords' output: unquoted whitespace from expansions and plain text splits words.
struct WordSplitter {
  std::string word;
  std::vector<std::string> words;
  bool in_word = false;

  void AddChar(char c) {
    if (IsSpace(static_cast<unsigned char>(c))) {
      if (in_word && !word.empty()) {
        words.push_back(std::move(word));
        word.clear();
        in_word = false;
      }
    } else {
      AddRaw(c);
    }
  }
  void AddRaw(char c) {
    word.push_back(c);
    in_word = true;
  }
  void AddString(std::string_view s) {
    for (char c : s) AddChar(c);
  }
  void AddRawString(std::string_view s) {
    word += s;
    in_word = true;
  }
  std::vector<std::string> Take() {
    if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
      in_word = false;
    }
    return std::move(words);
  }
};

/// Reverses by UTF-8 code point.
std::string ReverseString(std::string_view s) {
  std::vector<std::string_view> points;
  for (size_t i = 0; i < s.size();) {
    size_t n = 1;
    while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
    points.push_back(s.substr(i, n));
    i += n;
  }
  std::string out;
  for (size_t k = points.size(); k-- > 0;) out += points[k];
  return out;
}

/// Reverses a pattern but keeps each `\x` escape in front of its char.
std::string ReversePattern(std::string_view p) {
  std::vector<std::string> tokens;
  for (size_t i = 0; i < p.size();) {
    if (p[i] == '\\' && i + 1 < p.size()) {
      tokens.emplace_back(p.substr(i, 2));
      i += 2;
    } else {
      tokens.emplace_back(1, p[i]);
      ++i;
    }
  }
  std::string out;
  for (size_t k = tokens.size(); k-- > 0;) out += tokens[k];
  return out;
}

/// Shell wildcard pattern (`*`, `?`, `\x`) to an ECMAScript regex, as BuildKit converts it.
bool PatternToRegex(std::string_view pattern, bool greedy, bool anchored, std::regex* out, std::string* error) {
  std::string re = anchored ? "^" : "";
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '*') {
      re += greedy ? ".*" : ".*?";
    } else if (c == '?') {
      re += '.';
    } else if (c == '\\') {
      if (i + 1 < pattern.size() && (pattern[i + 1] == '}' || pattern[i + 1] == '/')) continue;
      char n = i + 1 < pattern.size() ? pattern[++i] : '\0';
      if (n != '*' && n != '?' && n != '\\') {
        *error = std::string("invalid escape '\\") + n + "'";
        return false;
      }
      re += '\\';
      re += n;
    } else {
      if (std::string_view("[]{}.+()|^$").find(c) != std::string_view::npos) re += '\\';
      re += c;
    }
  }
  try {
    *out = std::regex(re, std::regex::ECMAScript);
  } catch (const std::regex_error& e) {
    *error = e.what();
    return false;
  }
  return true;
}

/// Replaces every match with `replacement` taken literally; an empty match right after a match is skipped.
std::string ReplaceAll(const std::string& value, const std::regex& re, const std::string& replacement) {
  std::string out;
  size_t pos = 0;
  bool had_match = false;
  size_t last_end = 0;
  while (pos <= value.size()) {
    std::smatch m;
    auto flags = pos > 0 ? std::regex_constants::match_prev_avail : std::regex_constants::match_default;
    if (!std::regex_search(value.cbegin() + static_cast<std::ptrdiff_t>(pos), value.cend(), m, re, flags)) break;
    size_t begin = pos + static_cast<size_t>(m.position(0));
    size_t end = begin + static_cast<size_t>(m.length(0));
    if (begin == end && had_match && begin == last_end) {
      if (begin >= value.size()) break;
      out.append(value, pos, begin + 1 - pos);
      pos = begin + 1;
      continue;
    }
    out.append(value, pos, begin - pos);
    out += replacement;
    had_match = true;
    last_end = end;
    if (begin == end) {
      if (begin >= value.size()) {
        pos = value.size() + 1;
        break;
      }
      out.push_back(value[begin]);
      pos = begin + 1;
    } else {
      pos = end;
    }
  }
  if (pos < value.size()) out.append(value, pos, std::string::npos);
  return out;
}

class Expander {
 public:
  Expander(std::string_view in, const EnvMap& env, const ExpandOptions& options, ExpandResult& result)
      : in_(in), env_(env), opt_(options), res_(result), raw_escapes_(options.raw_escapes) {}

  bool Run() {
    std::string word;
    std::vector<std::string> words;
    if (!StopOn(kEof, raw_escapes_, &word, &words)) return false;
    res_.result = std::move(word);
    res_.words = std::move(words);
    return true;
  }

 private:
  int Peek() const { return pos_ < in_.size() ? static_cast<unsigned char>(in_[pos_]) : kEof; }
  int Next() { return pos_ < in_.size() ? static_cast<unsigned char>(in_[pos_++]) : kEof; }
  bool Fail(std::string message) {
    if (res_.error.empty()) res_.error = std::move(message);
    return false;
  }

  bool GetEnv(const std::string& name, std::string* value) {
    auto it = env_.find(name);
    if (it == env_.end()) {
      res_.unmatched.insert(name);
      value->clear();
      return false;
    }
    res_.matched.insert(name);
    *value = it->second;
    return true;
  }

  /// Reads up to `stop` (consumed) or the end; `stop == kEof` reads everything.
  bool StopOn(int stop, bool raw_escapes, std::string* out, std::vector<std::string>* words_out) {
    if (++depth_ > kMaxDepth) return Fail("substitution nested too deeply");
    bool saved = raw_escapes_;
    raw_escapes_ = raw_escapes;
    std::string result;
    WordSplitter words;
    bool ok = true;
    bool stopped = false;
    while (ok && Peek() != kEof) {
      int c = Peek();
      if (stop != kEof && c == stop) {
        Next();
        stopped = true;
        break;
      }
      std::string tmp;
      if (c == '$') {
        ok = Dollar(&tmp);
        result += tmp;
        words.AddString(tmp);
      } else if (!opt_.skip_process_quotes && (c == '\'' || c == '"')) {
        ok = c == '\'' ? SingleQuote(&tmp) : DoubleQuote(&tmp);
        result += tmp;
        words.AddRawString(tmp);
      } else {
        c = Next();
        if (c == opt_.escape) {
          if (raw_escapes_) {
            words.AddRaw(static_cast<char>(c));
            result.push_back(static_cast<char>(c));
          }
          c = Next();
          if (c == kEof) break;
          words.AddRaw(static_cast<char>(c));
        } else {
          words.AddChar(static_cast<char>(c));
        }
        result.push_back(static_cast<char>(c));
      }
    }
    raw_escapes_ = saved;
    --depth_;
    if (!ok) return false;
    if (stop != kEof && !stopped) {
      return Fail(std::string("unexpected end of statement while looking for matching ") + static_cast<char>(stop));
    }
    *out = std::move(result);
    if (words_out) *words_out = words.Take();
    return true;
  }

  bool SingleQuote(std::string* out) {
    int c = Next();
    if (opt_.raw_quotes) out->push_back(static_cast<char>(c));
    while (true) {
      c = Next();
      if (c == kEof) return Fail("unexpected end of statement while looking for matching single-quote");
      if (c == '\'') {
        if (opt_.raw_quotes) out->push_back('\'');
        return true;
      }
      out->push_back(static_cast<char>(c));
    }
  }

  bool DoubleQuote(std::string* out) {
    int c = Next();
    if (opt_.raw_quotes) out->push_back(static_cast<char>(c));
    while (true) {
      int p = Peek();
      if (p == kEof) return Fail("unexpected end of statement while looking for matching double-quote");
      if (p == '"') {
        Next();
        if (opt_.raw_quotes) out->push_back('"');
        return true;
      }
      if (p == '$') {
        std::string value;
        if (!Dollar(&value)) return false;
        *out += value;
        continue;
      }
      c = Next();
      if (c == opt_.escape) {
        if (raw_escapes_) out->push_back(static_cast<char>(c));
        int e = Peek();
        if (e == kEof) continue;
        if (e == '"' || e == '$' || e == opt_.escape) c = Next();
      }
      out->push_back(static_cast<char>(c));
    }
  }

  std::string Name() {
    std::string name;
    while (Peek() != kEof) {
      int c = Peek();
      if (name.empty() && IsDigit(c)) {
        while (IsDigit(Peek())) name.push_back(static_cast<char>(Next()));
        return name;
      }
      if (name.empty() && IsSpecialParam(c)) {
        name.push_back(static_cast<char>(Next()));
        return name;
      }
      if (!IsNameChar(c)) break;
      name.push_back(static_cast<char>(Next()));
    }
    return name;
  }

  bool Dollar(std::string* out) {
    Next();  // '$'
    if (Peek() != '{') {
      std::string name = Name();
      if (name.empty()) {
        *out = "$";
        return true;
      }
      bool set = GetEnv(name, out);
      if (!set) res_.unset_without_default.insert(name);
      if (!set && opt_.skip_unset_env) *out = "$" + name;
      return true;
    }
    Next();  // '{'
    int p = Peek();
    if (p == kEof) return Fail("syntax error: missing '}'");
    if (p == '{' || p == '}' || p == ':') return Fail("syntax error: bad substitution");
    std::string name = Name();
    int c = Next();
    std::string mod = c == kEof ? "" : std::string(1, static_cast<char>(c));
    bool null_is_unset = false;
    std::string value;
    if (c == '}') {
      bool set = GetEnv(name, &value);
      if (!set) res_.unset_without_default.insert(name);
      *out = !set && opt_.skip_unset_env ? "${" + name + "}" : value;
      return true;
    }
    if (c == ':') {
      null_is_unset = true;
      c = Next();
      if (c != kEof) mod.push_back(static_cast<char>(c));
    }
    if (c == '/' && !null_is_unset) return Substitute(name, out);
    if (!(c == '+' || c == '-' || c == '?' || c == '#' || c == '%' || null_is_unset) ||
        (null_is_unset && (c == '#' || c == '%'))) {  // `${X:#p}` is not a thing
      return Fail("unsupported modifier (" + mod + ") in substitution");
    }
    std::string word;
    std::set<std::string> needed_before_word = res_.unset_without_default;  // the word may go unused
    if (!StopOn('}', c == '#' || c == '%', &word, nullptr)) {
      if (Peek() == kEof) {
        res_.error.clear();
        return Fail("syntax error: missing '}'");
      }
      return false;
    }
    bool set = GetEnv(name, &value);
    if (!set && c != '-' && c != '+') res_.unset_without_default.insert(name);
    if (opt_.skip_unset_env && !set) {
      *out = "${" + name + mod + word + "}";
      return true;
    }
    bool value_stands = set && !(null_is_unset && value.empty());
    if ((c == '-' && value_stands) || (c == '+' && !value_stands)) res_.unset_without_default = needed_before_word;
    switch (c) {
      case '-':
        *out = value_stands ? value : word;
        return true;
      case '+':
        *out = value_stands ? word : "";
        return true;
      case '?':
        if (!set) return Fail(name + ": " + (word.empty() ? "is not allowed to be unset" : word));
        if (null_is_unset && value.empty()) return Fail(name + ": " + (word.empty() ? "is not allowed to be empty" : word));
        *out = value;
        return true;
      case '#':
      case '%': {
        bool greedy = !word.empty() && word[0] == static_cast<char>(c);
        if (greedy) word.erase(0, 1);
        if (c == '%') return TrimSuffix(word, value, greedy, out);
        return TrimPrefix(word, value, greedy, out);
      }
      default:
        return Fail("unsupported modifier (" + mod + ") in substitution");
    }
  }

  bool TrimPrefix(const std::string& pattern, const std::string& value, bool greedy, std::string* out) {
    std::regex re;
    std::string why;
    if (!PatternToRegex(pattern, greedy, true, &re, &why)) {
      return Fail("invalid pattern (" + pattern + ") in substitution: " + why);
    }
    std::smatch m;
    *out = std::regex_search(value, m, re) ? value.substr(static_cast<size_t>(m.position(0) + m.length(0))) : value;
    return true;
  }

  bool TrimSuffix(const std::string& pattern, const std::string& value, bool greedy, std::string* out) {
    std::string reversed;
    if (!TrimPrefix(ReversePattern(pattern), ReverseString(value), greedy, &reversed)) return false;
    *out = ReverseString(reversed);
    return true;
  }

  bool Substitute(const std::string& name, std::string* out) {
    bool all = Peek() == '/';
    if (all) Next();
    std::string pattern, replacement;
    if (!StopOn('/', true, &pattern, nullptr)) {
      if (Peek() == kEof) {
        res_.error.clear();
        return Fail("syntax error: missing '/' in ${}");
      }
      return false;
    }
    if (!StopOn('}', true, &replacement, nullptr)) {
      if (Peek() == kEof) {
        res_.error.clear();
        return Fail("syntax error: missing '}'");
      }
      return false;
    }
    std::string value;
    bool set = GetEnv(name, &value);
    if (!set) res_.unset_without_default.insert(name);
    if (opt_.skip_unset_env && !set) {
      *out = "${" + name + "/" + pattern + "/" + replacement + "}";
      return true;
    }
    std::regex re;
    std::string why;
    if (!PatternToRegex(pattern, true, false, &re, &why)) {
      return Fail("invalid pattern (" + pattern + ") in substitution: " + why);
    }
    if (all) {
      *out = ReplaceAll(value, re, replacement);
    } else {
      std::smatch m;
      *out = std::regex_search(value, m, re)
                 ? value.substr(0, static_cast<size_t>(m.position(0))) + replacement +
                       value.substr(static_cast<size_t>(m.position(0) + m.length(0)))
                 : value;
    }
    return true;
  }

  std::string_view in_;
  size_t pos_ = 0;
  const EnvMap& env_;
  const ExpandOptions& opt_;
  ExpandResult& res_;
  bool raw_escapes_;
  int depth_ = 0;
};

}  // namespace

ExpandResult ProcessWord(std::string_view word, const EnvMap& env, const ExpandOptions& options) {
  ExpandResult result;
  if (!Expander(word, env, options, result).Run()) {
    result.result.clear();
    result.words.clear();
    if (result.error.empty()) result.error = "failed to process word";
  }
  if (!result.error.empty()) result.error = "failed to process \"" + std::string(word) + "\": " + result.error;
  return result;
}

EnvMap BuildEnvs(const std::vector<std::string>& env) {
  EnvMap out;
  for (const std::string& e : env) {
    size_t eq = e.find('=');
    if (eq == std::string::npos) {
      out[e] = "";
    } else {
      out[e.substr(0, eq)] = e.substr(eq + 1);
    }
  }
  return out;
}

}  // namespace dockopt::shell
