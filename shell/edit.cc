// Shell edits: byte edits that keep the author's layout (line per item, indentation, escape char).
#include "shell/edit.h"

#include <algorithm>
#include <initializer_list>
#include <optional>

#include "shell/recognize.h"

namespace dockopt::shell {

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// Concatenation by append: GCC 12 at -O3 reports a false -Wrestrict overlap inside
// `" " + std::string(...)` (operator+(const char*, string&&) inlines to an insert at 0).
std::string Joined(std::initializer_list<std::string_view> parts) {
  std::string text;
  for (std::string_view part : parts) text.append(part);
  return text;
}

/// Helpers over the script text, in absolute offsets.
class Layout {
 public:
  explicit Layout(const Script& s) : s_(s), t_(s.text) {}

  size_t Rel(uint32_t abs) const { return abs - s_.base; }
  uint32_t Abs(size_t rel) const { return s_.base + static_cast<uint32_t>(rel); }

  /// Relative start of the physical line holding `abs`; npos when it is the text's first line.
  size_t LineBegin(uint32_t abs) const {
    size_t rel = Rel(abs);
    size_t nl = rel == 0 ? std::string_view::npos : t_.rfind('\n', rel - 1);
    return nl == std::string_view::npos ? std::string_view::npos : nl + 1;
  }
  /// True when only blanks precede `span` on its line, and the line is not the first one.
  bool StartsLine(Span span) const {
    size_t ls = LineBegin(span.begin);
    if (ls == std::string_view::npos) return false;
    for (size_t i = ls; i < Rel(span.begin); ++i) {
      if (!IsBlank(t_[i])) return false;
    }
    return true;
  }
  /// Relative offset just past the line break after `span` when only blanks and a continuation follow it.
  std::optional<size_t> ContinuationAfter(Span span) const {
    size_t i = Rel(span.end);
    while (i < t_.size() && IsBlank(t_[i])) ++i;
    char esc = s_.escape;
    if (i >= t_.size() || t_[i] != esc) return std::nullopt;
    ++i;
    while (i < t_.size() && IsBlank(t_[i])) ++i;
    if (i < t_.size() && t_[i] == '\r') ++i;
    if (i < t_.size() && t_[i] == '\n') return i + 1;
    return std::nullopt;
  }
  bool AtTextEnd(Span span) const {
    size_t i = Rel(span.end);
    while (i < t_.size() && (IsBlank(t_[i]) || t_[i] == '\r' || t_[i] == '\n')) ++i;
    return i >= t_.size();
  }
  std::string Indent(Span span) const {
    size_t ls = LineBegin(span.begin);
    if (ls == std::string_view::npos) return ContinuationIndent();
    size_t e = ls;
    while (e < t_.size() && IsBlank(t_[e])) ++e;
    return std::string(t_.substr(ls, e - ls));
  }
  /// The indentation of the first content line after the first line; four spaces when there is none.
  std::string ContinuationIndent() const {
    size_t pos = t_.find('\n');
    while (pos != std::string_view::npos) {
      size_t ls = pos + 1;
      size_t e = ls;
      while (e < t_.size() && IsBlank(t_[e])) ++e;
      if (e < t_.size() && t_[e] != '#' && t_[e] != '\n' && t_[e] != '\r') return std::string(t_.substr(ls, e - ls));
      pos = t_.find('\n', ls);
    }
    return "    ";
  }
  bool HasComment(uint32_t begin, uint32_t end) const {
    return t_.substr(Rel(begin), end - begin).find('#') != std::string_view::npos;
  }
  bool Multiline() const { return t_.find('\n') != std::string_view::npos; }
  std::string_view Slice(uint32_t begin, uint32_t end) const { return t_.substr(Rel(begin), end - begin); }

 private:
  const Script& s_;
  std::string_view t_;
};

/// Edits removing words[first..last] (adjacent) of a command, with the blanks or the line they own.
Edits RemoveWords(const Script& s, const Command& cmd, size_t first, size_t last) {
  Layout lay(s);
  Span w{cmd.words[first].span.begin, cmd.words[last].span.end};
  uint32_t prev_end = first > 0 ? cmd.words[first - 1].span.end : cmd.span.begin;
  if (lay.StartsLine(w)) {
    std::optional<size_t> next_line = lay.ContinuationAfter(w);
    if (next_line) return {Edit{Span{lay.Abs(lay.LineBegin(w.begin)), lay.Abs(*next_line)}, ""}};
    if (lay.AtTextEnd(w) || last + 1 == cmd.words.size()) {
      if (first == 0 || lay.HasComment(prev_end, w.begin)) return {};
      return {Edit{Span{prev_end, w.end}, ""}};
    }
    // Other words follow on the same line: take the word and the blanks after it.
    uint32_t next_begin = cmd.words[last + 1].span.begin;
    std::string_view between = lay.Slice(w.end, next_begin);
    size_t blanks = 0;
    while (blanks < between.size() && IsBlank(between[blanks])) ++blanks;
    return {Edit{Span{w.begin, w.end + static_cast<uint32_t>(blanks)}, ""}};
  }
  // Inline: take the blanks before the word on its own line.
  uint32_t begin = w.begin;
  while (begin > s.base && IsBlank(s.text[begin - 1 - s.base])) --begin;
  if (begin == w.begin) return {};
  return {Edit{Span{begin, w.end}, ""}};
}

std::optional<ToolCall> SimpleCall(const CommandSite& at) {
  if (at.command == nullptr || !at.command->simple()) return std::nullopt;
  return Recognize(*at.command);
}

// Removes the operand of `call` (the command's recognized call) named `name`.
Edits RemoveOperand(const Script& s, const Command& command, const ToolCall& call, std::string_view name) {
  for (const Operand& o : call.operands) {
    if (o.name == name || o.value == name) return RemoveWords(s, command, o.word, o.word);
  }
  return {};
}

/// The list's own trailing `;`/`&` (Script::trailing_op or the Part's).
Span ListTrailingOp(const Script& s, const CommandSite& at) {
  return at.parent == nullptr ? s.trailing_op : at.parent->parts[at.part].trailing_op;
}

}  // namespace

CommandSite TopLevelSite(const Script& s, size_t index) {
  CommandSite site;
  if (index >= s.commands.size()) return site;
  site.command = &s.commands[index];
  site.list = &s.commands;
  site.index = index;
  site.top = index;
  return site;
}

Edits AddPackage(const Script& s, size_t command, std::string_view package) {
  return AddPackage(s, TopLevelSite(s, command), package);
}

Edits AddPackage(const Script& s, const CommandSite& at, std::string_view package) {
  std::optional<ToolCall> call = SimpleCall(at);
  if (!call || package.empty()) return {};
  for (const Operand& o : call->operands) {
    if (o.value == package || o.name == package) return {};
  }
  const Command& cmd = *at.command;
  Layout lay(s);
  if (call->operands.empty()) {
    size_t anchor = call->subcommand_word != kNoWord ? call->subcommand_word : call->tool_word;
    for (const Option& o : call->options) anchor = std::max(anchor, o.value_word != kNoWord ? o.value_word : o.word);
    return {Edit{Span{cmd.words[anchor].span.end, cmd.words[anchor].span.end}, Joined({" ", package})}};
  }
  const Operand& last = call->operands.back();
  Span after = cmd.words[last.word].span;
  bool per_line = lay.StartsLine(after) && last.word > 0;
  std::string text = per_line ? Joined({" ", std::string_view(&s.escape, 1), s.newline, lay.Indent(after), package}) : Joined({" ", package});
  return {Edit{Span{after.end, after.end}, std::move(text)}};
}

Edits RemovePackage(const Script& s, size_t command, std::string_view name) {
  return RemovePackage(s, TopLevelSite(s, command), name);
}

Edits RemovePackage(const Script& s, const CommandSite& at, std::string_view name) {
  std::optional<ToolCall> call = SimpleCall(at);
  if (!call) return {};
  return RemoveOperand(s, *at.command, *call, name);
}

Edits RemovePackage(const Script& s, size_t command, const ToolCall& call, std::string_view name) {
  const CommandSite at = TopLevelSite(s, command);
  if (at.command == nullptr || !at.command->simple()) return {};
  return RemoveOperand(s, *at.command, call, name);
}

Edits AddFlag(const Script& s, size_t command, std::string_view flag) {
  return AddFlag(s, TopLevelSite(s, command), flag);
}

Edits AddFlag(const Script& s, const CommandSite& at, std::string_view flag) {
  (void)s;
  std::optional<ToolCall> call = SimpleCall(at);
  if (!call || flag.empty()) return {};
  const OptionSpec* spec = FindSpec(call->tool);
  OptionSpec plain;
  std::vector<Word> probe(1);
  probe[0].value = std::string(flag);
  ToolCall parsed;
  ReadArgs(probe, 0, spec ? *spec : plain, parsed);
  for (const Option& wanted : parsed.options) {
    if (!call->Has(wanted.name)) {
      const Command& cmd = *at.command;
      size_t anchor = call->subcommand_word != kNoWord ? call->subcommand_word : call->tool_word;
      Span word = cmd.words[anchor].span;
      return {Edit{Span{word.end, word.end}, Joined({" ", flag})}};
    }
  }
  return {};
}

Edits RemoveFlag(const Script& s, size_t command, std::string_view name) {
  return RemoveFlag(s, TopLevelSite(s, command), name);
}

Edits RemoveFlag(const Script& s, const CommandSite& at, std::string_view name) {
  std::optional<ToolCall> call = SimpleCall(at);
  if (!call) return {};
  const Command& cmd = *at.command;
  Edits edits;
  for (const Option& o : call->options) {
    if (o.name != name) continue;
    const Word& w = cmd.words[o.word];
    bool in_cluster = o.written.size() == 1 && w.value.size() > 2 && w.value[0] == '-' && w.value[1] != '-';
    if (in_cluster) {
      if (o.has_value || !w.literal || w.quoted) return {};
      std::string rest = w.raw();
      rest.erase(rest.find(o.written[0], 1), 1);
      edits.push_back(Edit{w.span, rest});
      continue;
    }
    Edits removal = RemoveWords(s, cmd, o.word, o.value_word != kNoWord ? o.value_word : o.word);
    if (removal.empty()) return {};
    edits.insert(edits.end(), removal.begin(), removal.end());
  }
  return edits;
}

Edits InsertCommandAfter(const Script& s, size_t after, std::string_view text) {
  return InsertCommandAfter(s, TopLevelSite(s, after), text);
}

namespace {

// True when the script turns on errexit: a `#!/bin/sh -e` line, or a `set` among its top-level commands
// with an `-e`-holding option (`set -e`, `set -eux`) or `-o errexit`.
bool SetsErrexit(const Script& s) {
  std::string_view text = s.text;
  if (text.starts_with("#!")) {
    std::string_view shebang = text.substr(0, text.find('\n'));
    for (size_t at = shebang.find(" -"); at != std::string_view::npos; at = shebang.find(" -", at + 1)) {
      size_t end = shebang.find_first_not_of("abcdefghijklmnopqrstuvwxyz", at + 2);
      if (shebang.substr(at + 2, end - at - 2).find('e') != std::string_view::npos) return true;
    }
  }
  for (const Command& command : s.commands) {
    if (!command.simple() || command.words.empty() || command.words[0].value != "set") continue;
    for (size_t i = 1; i < command.words.size(); ++i) {
      const std::string& option = command.words[i].value;
      if (option == "-o" && i + 1 < command.words.size() && command.words[i + 1].value == "errexit") return true;
      if (option.starts_with("-") && !option.starts_with("--") && option.find('e') != std::string::npos) return true;
    }
  }
  return false;
}

}  // namespace

Edits InsertCommandAfter(const Script& s, const CommandSite& at, std::string_view text) {
  if (at.command == nullptr || text.empty()) return {};
  const std::vector<Command>& list = *at.list;
  size_t after = at.index;
  const Command& cmd = *at.command;
  Span trailing = ListTrailingOp(s, at);
  if (after + 1 < list.size()) {
    Joiner next = list[after + 1].joiner;
    if (next == Joiner::kPipe || next == Joiner::kPipeAll || next == Joiner::kBackground) return {};
  } else if (!trailing.empty() && s.Text(trailing) == "&") {
    return {};
  }
  Layout lay(s);
  Span span_at{cmd.span.end, cmd.span.end};
  bool newline_style = s.heredoc && (after + 1 == list.size() || list[after + 1].joiner == Joiner::kNewline);
  if (newline_style) {
    // Without errexit a heredoc runs on after a failing line and exits with its last line's status: a
    // line of its own would let the build pass where it failed. Chained with `&&` the failure stays.
    // With errexit a failure already stops the script, and `&&` would exempt the command from it.
    if (!SetsErrexit(s)) return {Edit{span_at, Joined({" && ", text})}};
    return {Edit{span_at, s.newline + lay.Indent(cmd.span) + std::string(text)}};
  }
  // Reuse an `&&` joiner of this list as the author wrote it, the nearest one before the insertion point first.
  std::optional<std::string> joiner;
  for (size_t i = list.size(); i-- > 1;) {
    const Command& c = list[i];
    if (c.joiner != Joiner::kAnd) continue;
    uint32_t gap_begin = list[i - 1].span.end;
    std::string candidate(lay.Slice(gap_begin, c.span.begin));
    if (lay.HasComment(gap_begin, c.span.begin)) {
      // Keep the author's joiner shape without its comment lines: first line + last line of the gap.
      size_t first_nl = candidate.find('\n'), last_nl = candidate.rfind('\n');
      if (first_nl == std::string::npos) continue;
      candidate = candidate.substr(0, first_nl + 1) + candidate.substr(last_nl + 1);
    }
    // The `&&` may sit on a line between comments, which the trim above drops: then the shape is
    // not reusable (the inserted command would become arguments of the one before it).
    if (candidate.find("&&") == std::string::npos) continue;
    if (!joiner || i <= after + 1) joiner = candidate;
    if (i <= after + 1) break;
  }
  if (!joiner) {
    // A compound whose closer starts a line (`    fi`) or a nested command on a line of its own sets the
    // indentation; else the script's continuation lines do.
    std::string indent = lay.ContinuationIndent();
    if (!cmd.keywords.empty() && lay.StartsLine(cmd.keywords.back().span)) {
      indent = lay.Indent(cmd.keywords.back().span);
    } else if (at.nested() && lay.StartsLine(cmd.span)) {
      indent = lay.Indent(cmd.span);
    }
    joiner = lay.Multiline() ? std::string(" && ") + s.escape + s.newline + indent : " && ";
  }
  return {Edit{span_at, *joiner + std::string(text)}};
}

Edits AppendCommand(const Script& s, std::string_view text) {
  if (s.commands.empty()) return {};
  return InsertCommandAfter(s, s.commands.size() - 1, text);
}

Edits RemoveCommand(const Script& s, size_t command) { return RemoveCommand(s, TopLevelSite(s, command)); }

Edits RemoveCommand(const Script& s, const CommandSite& at) {
  if (at.command == nullptr || at.list->size() < 2) return {};
  const std::vector<Command>& list = *at.list;
  size_t command = at.index;
  auto piped = [&](size_t i) {
    return i < list.size() && (list[i].joiner == Joiner::kPipe || list[i].joiner == Joiner::kPipeAll);
  };
  if (piped(command) || piped(command + 1)) return {};
  Layout lay(s);
  const Command& cmd = list[command];
  if (command + 1 < list.size() && list[command + 1].joiner == Joiner::kNewline) {
    // A script line of its own: remove the whole line.
    const Command& next = list[command + 1];
    size_t ls = lay.LineBegin(cmd.span.begin);
    size_t next_ls = lay.LineBegin(next.span.begin);
    bool own_line = ls == std::string_view::npos ? cmd.span.begin == s.base : lay.StartsLine(cmd.span);
    if (own_line && lay.StartsLine(next.span) && !lay.HasComment(cmd.span.end, next.span.begin)) {
      return {Edit{Span{lay.Abs(ls == std::string_view::npos ? 0 : ls), lay.Abs(next_ls)}, ""}};
    }
  }
  if (command > 0) {
    uint32_t begin = list[command - 1].span.end;
    if (!lay.HasComment(begin, cmd.span.begin)) return {Edit{Span{begin, cmd.span.end}, ""}};
  }
  if (command + 1 < list.size()) {
    uint32_t end = list[command + 1].span.begin;
    if (!lay.HasComment(cmd.span.end, end)) return {Edit{Span{cmd.span.begin, end}, ""}};
  }
  return {};
}

std::string ApplyEdits(const Script& s, const Edits& edits) {
  Edits sorted = edits;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  std::string out;
  uint32_t cursor = s.base;
  for (const Edit& e : sorted) {
    if (e.span.begin < cursor) continue;  // overlapping: skipped, as the driver does
    out += s.Text(Span{cursor, e.span.begin});
    out += e.text;
    cursor = e.span.end;
  }
  out += s.Text(Span{cursor, s.Whole().end});
  return out;
}

}  // namespace dockopt::shell
