// ParseSyntax: BuildKit's parser.Parse loop (directives, continuations, heredocs) with exact spans.
#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>

#include "parser/go_text.h"
#include "parser/heredoc.h"
#include "parser/line_parsers.h"
#include "parser/logical_line.h"
#include "parser/parse.h"
#include "parser/shared_args.h"
#include "parser/words.h"

namespace dockopt {
namespace {

using ir::InstructionKind;

constexpr size_t kMaxLineBytes = 65536;  // bufio.Scanner's limit, newline included

struct PhysicalLine {
  uint32_t begin;        // first byte (after the BOM on line 1)
  uint32_t content_end;  // trailing \r and \n removed
  uint32_t end;          // after the line break
};

// The physical lines, read from the line index the SourceBuffer already built (the BOM is skipped).
// Computed on demand: an array of them would cost 12 bytes per line on top of that index.
class PhysicalLines {
 public:
  PhysicalLines(const SourceBuffer& source, uint32_t start) : source_(source), start_(start) {
    count_ = source.LineCount();
    if (count_ > 0 && Bounds(count_).first >= Bounds(count_).second) --count_;  // the empty tail after a final line break
  }
  size_t size() const { return count_; }
  PhysicalLine operator[](size_t index) const {
    auto [begin, end] = Bounds(static_cast<uint32_t>(index + 1));
    std::string_view text = source_.text();
    uint32_t content_end = end;
    while (content_end > begin && (text[content_end - 1] == '\n' || text[content_end - 1] == '\r')) --content_end;
    return {begin, content_end, end};
  }

 private:
  std::pair<uint32_t, uint32_t> Bounds(uint32_t line) const {
    uint32_t begin = std::max(source_.LineStart(line), start_);
    uint32_t end = line < source_.LineCount() ? source_.LineStart(line + 1)
                                               : static_cast<uint32_t>(source_.text().size());
    return {begin, end};
  }
  const SourceBuffer& source_;
  uint32_t start_;
  size_t count_ = 0;
};

bool IsComment(std::string_view line) {
  size_t lead = go::LeadingSpace(line);
  return lead < line.size() && line[lead] == '#';
}

bool IsBlank(std::string_view line) { return go::LeadingSpace(line) == line.size(); }

// The continuation regex `([^E])E[ \t]*$|^E[ \t]*$` for escape E: returns the length to keep.
std::optional<size_t> ContinuationCut(std::string_view line, char escape) {
  size_t end = line.size();
  while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
  if (end == 0 || line[end - 1] != escape) return std::nullopt;
  size_t esc = end - 1;
  if (esc == 0) return 0;
  if (line[esc - 1] == escape) return std::nullopt;
  return esc;
}

// DirectiveParser.ParseLine.
class DirectiveReader {
 public:
  struct Found {
    std::string name;
    std::string value;
  };
  // Returns the directive on this line, if any; sets error for repeats.
  std::optional<Found> Read(std::string_view line, std::string& error) {
    if (done_) return std::nullopt;
    if (line.empty() || line[0] != '#') return Stop();
    line.remove_prefix(1);
    line.remove_prefix(go::LeadingSpace(line));
    size_t pos = 0;
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (pos >= line.size() || !alpha(line[pos])) return Stop();
    while (pos < line.size() && (alpha(line[pos]) || digit(line[pos]))) ++pos;
    std::string key(line.substr(0, pos));
    auto re_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; };
    while (pos < line.size() && re_space(line[pos])) ++pos;
    if (pos >= line.size() || line[pos] != '=') return Stop();
    ++pos;
    while (pos < line.size() && re_space(line[pos])) ++pos;
    size_t end = line.size();
    while (end > pos && re_space(line[end - 1])) --end;
    if (end == pos) return Stop();
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (key != "syntax" && key != "escape" && key != "check") return Stop();
    if (!seen_.insert(key).second) {
      error = fmt::format("only one {} parser directive can be used", key);
      return std::nullopt;
    }
    return Found{key, std::string(line.substr(pos, end - pos))};
  }

 private:
  std::optional<Found> Stop() {
    done_ = true;
    return std::nullopt;
  }
  bool done_ = false;
  std::set<std::string> seen_;
};

class SyntaxParser {
 public:
  explicit SyntaxParser(const SourceBuffer& source)
      : source_(source), text_(source.text()), lines_(source, source.has_bom() ? 3 : 0) {}

  ParseResult Run();

 private:
  std::string_view Content(const PhysicalLine& line) const {
    return text_.substr(line.begin, line.content_end - line.begin);
  }
  bool Fail(Span where, std::string message) {
    result_.diagnostics.push_back({Severity::kError, where, std::move(message)});
    return false;
  }
  bool CheckLine(const PhysicalLine& line);
  bool ProcessDirective(std::string_view token, uint32_t token_begin, bool first_phase_line, size_t index);
  /// `text` holds the same bytes as `logical`, in storage that outlives the parse (source or owned_text).
  bool BuildInstruction(const LogicalLine& logical, std::string_view text, size_t offset, ir::Instruction& inst);
  bool ReadHeredocs(ir::Instruction& inst, size_t& next_line);
  /// At least the number of instructions, without reading them, so the instruction vector never
  /// reallocates: that would hold the old and the new array at once, the peak memory on a large file.
  /// Every line that is neither blank nor a comment; on a large file, only those that do not follow a
  /// continuation (the others over-reserved a continued RUN's second line).
  size_t InstructionsBound() const;
  /// From this many instruction lines on, a file is large: the bound is made tight and equal argument
  /// lists are shared (SharedArgs). Below it neither saves memory worth the parse's time.
  static constexpr size_t kLargeFile = 1024;
  void AddTrivia(size_t index);
  void AttachLeadingComments(ir::Instruction& inst);

  const SourceBuffer& source_;
  std::string_view text_;
  PhysicalLines lines_;
  ParseResult result_;
  ir::Dockerfile df_;
  DirectiveReader directives_;
  LogicalLine logical_;
  SharedArgs shared_args_;
};

bool SyntaxParser::CheckLine(const PhysicalLine& line) {
  if (line.end - line.begin > kMaxLineBytes) {
    return Fail({line.begin + static_cast<uint32_t>(kMaxLineBytes) - 1, line.begin + static_cast<uint32_t>(kMaxLineBytes)},
                fmt::format("dockerfile line greater than max allowed size of {}", kMaxLineBytes - 1));
  }
  return true;
}

bool SyntaxParser::ProcessDirective(std::string_view token, uint32_t token_begin, bool top, size_t index) {
  std::string error;
  auto found = directives_.Read(token, error);
  if (!error.empty()) return Fail({token_begin, token_begin + static_cast<uint32_t>(token.size())}, error);
  if (!found) return true;
  if (found->name == "escape") {
    if (found->value != "\\" && found->value != "`") {
      size_t at = token.rfind(found->value);
      uint32_t begin = token_begin + static_cast<uint32_t>(at == std::string_view::npos ? 0 : at);
      return Fail({begin, begin + static_cast<uint32_t>(found->value.size())},
                  fmt::format("invalid escape token '{}' does not match ` or \\", found->value));
    }
    df_.escape = found->value[0];
  }
  if (top) {
    const PhysicalLine line = lines_[index];
    df_.directives.push_back({found->name, found->value, {line.begin, line.end}});
    df_.pieces.push_back({ir::Piece::Kind::kDirective, static_cast<uint32_t>(df_.directives.size() - 1), {line.begin, line.end}});
  }
  return true;
}

size_t SyntaxParser::InstructionsBound() const {
  size_t lines = 0;  // neither blank nor a comment: the bound, and all there is to count on a small file
  for (size_t i = 0; i < lines_.size(); ++i) {
    std::string_view content = Content(lines_[i]);
    lines += !IsBlank(content) && !IsComment(content);
  }
  if (lines < kLargeFile) return lines;
  // The escape is `\` unless a directive says otherwise; a comment above the first instruction that
  // could be that directive makes the bound hold for both escapes.
  bool may_set_escape = false;
  for (size_t i = 0; i < lines_.size(); ++i) {
    std::string_view content = Content(lines_[i]);
    if (!IsBlank(content) && !IsComment(content)) break;
    std::string lower(content);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    may_set_escape |= lower.find("escape") != std::string::npos;
  }
  size_t starts[2] = {0, 0};            // for `\` and for `` ` ``
  bool continued[2] = {false, false};  // the last line that was neither blank nor a comment ended in it
  const int escapes = may_set_escape ? 2 : 1;
  for (size_t i = 0; i < lines_.size(); ++i) {
    std::string_view content = Content(lines_[i]);
    if (IsBlank(content) || IsComment(content)) continue;
    for (int e = 0; e < escapes; ++e) {
      starts[e] += !continued[e];
      continued[e] = ContinuationCut(content, e == 0 ? '\\' : '`').has_value();
    }
  }
  return may_set_escape ? std::max(starts[0], starts[1]) : starts[0];
}

void SyntaxParser::AddTrivia(size_t index) {
  const PhysicalLine line = lines_[index];
  ir::Trivia trivia{IsComment(Content(line)) ? ir::Trivia::Kind::kComment : ir::Trivia::Kind::kBlank,
                    {line.begin, line.end}};
  df_.trivia.push_back(trivia);
  df_.pieces.push_back({ir::Piece::Kind::kTrivia, static_cast<uint32_t>(df_.trivia.size() - 1), trivia.span});
}

void SyntaxParser::AttachLeadingComments(ir::Instruction& inst) {
  // Walk back over the pieces just before this instruction: comment lines, no blank between.
  uint32_t begin = inst.span.begin;
  for (size_t i = df_.pieces.size(); i-- > 0;) {
    const ir::Piece& piece = df_.pieces[i];
    if (piece.kind != ir::Piece::Kind::kTrivia) break;
    if (df_.trivia[piece.index].kind != ir::Trivia::Kind::kComment) break;
    begin = piece.span.begin;
  }
  if (begin != inst.span.begin) inst.leading_comments = {begin, inst.span.begin};
}

bool SyntaxParser::BuildInstruction(const LogicalLine& logical, std::string_view text, size_t offset,
                                    ir::Instruction& inst) {
  std::string_view line = text.substr(offset);
  std::string_view trimmed = go::TrimSpace(line);
  size_t lead = go::LeadingSpace(line);
  size_t kw_len = 0;
  while (kw_len < trimmed.size() && !go::IsSplitBlank(trimmed[kw_len])) ++kw_len;
  size_t kw_begin = offset + lead;
  inst.keyword = logical.SourceSpan(kw_begin, kw_begin + kw_len);
  inst.kind = ir::KindFromKeyword(trimmed.substr(0, kw_len));
  inst.logical = line;
  size_t rest_begin = kw_begin + trimmed.size();
  if (kw_len < trimmed.size()) {
    size_t after = kw_len;
    while (after < trimmed.size() && go::IsSplitBlank(trimmed[after])) ++after;
    std::string_view tail = trimmed.substr(after);
    size_t tail_begin = kw_begin + after;
    FlagSplit split = ExtractBuilderFlags(tail);
    for (const FlagWord& word : split.flags) {
      ir::Flag flag;
      flag.span = logical.SourceSpan(tail_begin + word.begin, tail_begin + word.end);
      flag.word = word.value;
      std::string_view body = std::string_view(word.value).substr(word.value.starts_with("--") ? 2 : 0);
      size_t eq = body.find('=');
      flag.name = std::string(body.substr(0, eq));
      for (char& c : flag.name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (eq != std::string_view::npos) {
        flag.has_value = true;
        flag.value = std::string(body.substr(eq + 1));
      }
      inst.flags.push_back(std::move(flag));
    }
    std::string_view rest_raw = tail.substr(split.rest_begin);
    size_t rest_lead = go::LeadingSpace(rest_raw);
    std::string_view rest = go::TrimSpace(rest_raw);
    inst.rest = rest;
    rest_begin = tail_begin + split.rest_begin + rest_lead;
  }
  inst.args = inst.rest.empty() ? Span{} : logical.SourceSpan(rest_begin, rest_begin + inst.rest.size());

  std::string error;
  size_t error_at = 0;
  if (inst.kind == InstructionKind::kOnbuild) {
    if (!inst.rest.empty()) {
      ir::Instruction inner;
      if (!BuildInstruction(logical, text, rest_begin, inner)) return false;
      inst.onbuild.push_back(std::move(inner));
    }
    return true;
  }
  if (!ReadArguments(inst, df_.escape, error, error_at)) {
    uint32_t at = inst.args.empty() ? inst.keyword.begin : logical.SourceOf(rest_begin + error_at);
    return Fail({at, inst.args.empty() ? inst.keyword.end : inst.args.end}, error);
  }
  return true;
}

bool SyntaxParser::ReadHeredocs(ir::Instruction& inst, size_t& next_line) {
  const ir::Instruction* target = &inst;
  if (inst.kind == InstructionKind::kOnbuild) {
    if (inst.onbuild.empty()) return true;
    target = &inst.onbuild.front();
  }
  bool can_hold = target->kind == InstructionKind::kRun || target->kind == InstructionKind::kCopy ||
                  target->kind == InstructionKind::kAdd;
  if (!can_hold || target->is_exec() || inst.logical.find("<<") == std::string::npos) return true;
  std::string error;
  std::vector<HeredocStart> starts = HeredocsFromLine(inst.logical, error);
  if (!error.empty()) return Fail(inst.args.empty() ? inst.keyword : inst.args, error);
  for (HeredocStart& start : starts) {
    ir::Heredoc heredoc;
    heredoc.name = start.name;
    heredoc.fd = start.fd;
    heredoc.expand = start.expand;
    heredoc.chomp = start.chomp;
    uint32_t body_begin = next_line < lines_.size() ? lines_[next_line].begin : static_cast<uint32_t>(text_.size());
    bool terminated = false;
    while (next_line < lines_.size()) {
      const PhysicalLine line = lines_[next_line++];
      if (!CheckLine(line)) return false;
      std::string_view candidate = Content(line);
      if (heredoc.chomp) candidate.remove_prefix(std::min(candidate.find_first_not_of('\t'), candidate.size()));
      if (candidate == heredoc.name) {
        heredoc.body = {body_begin, line.begin};
        heredoc.terminator = {line.begin, line.end};
        terminated = true;
        break;
      }
    }
    if (!terminated) {
      return Fail(inst.keyword, fmt::format("unterminated heredoc: no line '{}' closes the heredoc started here",
                                            heredoc.name));
    }
    heredoc.content = std::string(source_.Slice(heredoc.body));
    inst.heredocs.push_back(std::move(heredoc));
  }
  if (inst.kind == InstructionKind::kOnbuild) inst.onbuild.front().heredocs = inst.heredocs;
  return true;
}

ParseResult SyntaxParser::Run() {
  df_.source = &source_;
  const size_t bound = InstructionsBound();
  df_.instructions.reserve(bound);
  const bool share_args = bound >= kLargeFile;
  df_.pieces.reserve(lines_.size() + 1);
  df_.trivia.reserve(lines_.size() / 2 + 1);
  size_t i = 0;
  while (i < lines_.size()) {
    const PhysicalLine first = lines_[i];
    if (!CheckLine(first)) return std::move(result_);
    std::string_view raw = Content(first);
    size_t lead = go::LeadingSpace(raw);
    std::string_view token = raw.substr(lead);
    size_t directives_before = df_.directives.size();
    if (!ProcessDirective(token, first.begin + static_cast<uint32_t>(lead), true, i)) return std::move(result_);
    bool is_directive = df_.directives.size() != directives_before;
    std::string_view processed = IsComment(token) ? std::string_view() : token;
    auto cut = ContinuationCut(processed, df_.escape);
    if (!cut && processed.empty()) {
      if (!is_directive) AddTrivia(i);
      ++i;
      continue;
    }
    ir::Instruction& inst = df_.instructions.emplace_back();  // built in place; on error df_ is dropped
    inst.start_line = static_cast<uint32_t>(i + 1);
    LogicalLine& logical = logical_;  // reused: keeps its buffers between instructions
    logical.Clear();
    logical.Append(processed.substr(0, cut ? *cut : processed.size()), first.begin + static_cast<uint32_t>(lead));
    bool end_of_line = !cut;
    bool empty_continuation = false;
    size_t next = i + 1;
    while (!end_of_line && next < lines_.size()) {
      const PhysicalLine line = lines_[next++];
      if (!CheckLine(line)) return std::move(result_);
      std::string_view content = Content(line);
      if (!ProcessDirective(content, line.begin, false, next - 1)) return std::move(result_);
      if (IsComment(content)) {
        inst.inner_trivia.push_back({ir::Trivia::Kind::kComment, {line.begin, line.end}});
        continue;
      }
      if (IsBlank(content)) {
        inst.inner_trivia.push_back({ir::Trivia::Kind::kBlank, {line.begin, line.end}});
        empty_continuation = true;
        continue;
      }
      auto more = ContinuationCut(content, df_.escape);
      logical.Append(content.substr(0, more ? *more : content.size()), line.begin);
      end_of_line = !more;
    }
    // Instructions view their logical line: in the source when it is one run of it, else a copy.
    std::string_view stable = logical.contiguous()
                                  ? (logical.text().empty() ? std::string_view()
                                                            : text_.substr(logical.SourceOf(0), logical.text().size()))
                                  : df_.owned_text.Store(logical.text());
    if (!BuildInstruction(logical, stable, 0, inst)) return std::move(result_);
    if (!ReadHeredocs(inst, next)) return std::move(result_);
    if (share_args) shared_args_.Share(inst);
    inst.end_line = static_cast<uint32_t>(next);
    inst.span = {first.begin, lines_[next - 1].end};
    if (empty_continuation) {
      result_.diagnostics.push_back({Severity::kWarning, inst.keyword,
                                     "empty continuation line found in this instruction; empty continuation lines "
                                     "will become errors in a future release"});
    }
    AttachLeadingComments(inst);
    df_.pieces.push_back({ir::Piece::Kind::kInstruction, static_cast<uint32_t>(df_.instructions.size() - 1), df_.instructions.back().span});
    i = next;
  }
  if (df_.instructions.empty()) {
    uint32_t end = static_cast<uint32_t>(text_.size());
    Fail({end, end}, "file with no instructions");
    return std::move(result_);
  }
  result_.dockerfile = std::move(df_);
  return std::move(result_);
}

}  // namespace

ParseResult ParseSyntax(const SourceBuffer& source) { return SyntaxParser(source).Run(); }

}  // namespace dockopt
