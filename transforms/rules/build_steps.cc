// Build steps: a word-level scan of shell text for commands that compile native code.
#include "transforms/rules/build_steps.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <functional>
#include <span>
#include <unordered_map>
#include <vector>

namespace dockopt {
namespace {

// Tools that always build.
constexpr std::array<std::string_view, 22> kCompilers = {
    "make", "gmake", "cmake", "gcc", "g++", "cc", "c++", "clang", "clang++", "configure", "meson", "ninja",
    "autoreconf", "node-gyp", "docker-php-ext-install", "pecl", "cpanm", "cargo", "rustc", "setup.py",
    "maturin", "gfortran"};
// Tools that build in an install subcommand (native extensions, sdists, addons).
constexpr std::array<std::string_view, 13> kInstallers = {"pip", "pip3", "poetry", "pipenv", "npm", "yarn",
                                                          "pnpm", "gem", "bundle", "uv", "go", "mix", "rebar3"};
constexpr std::array<std::string_view, 8> kWrappers = {"sudo", "env", "exec", "command", "time", "nohup", "then",
                                                       "do"};

std::string_view Basename(std::string_view word) {
  size_t slash = word.rfind('/');
  return slash == std::string_view::npos ? word : word.substr(slash + 1);
}

template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view word) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

}  // namespace

namespace {

// The words of `text` as views, and where each segment's words start in them.
struct SegmentViews {
  std::vector<std::string_view> words;
  std::vector<size_t> firsts{0};
  size_t End(size_t s) const { return s + 1 < firsts.size() ? firsts[s + 1] : words.size(); }
};

SegmentViews SplitSegmentViews(std::string_view text) {
  SegmentViews out;
  std::vector<std::string_view>& words = out.words;
  std::vector<size_t>& firsts = out.firsts;
  size_t word = 0;  // where the word being read starts
  auto flush = [&](size_t end) {
    if (end > word) words.push_back(text.substr(word, end - word));
    word = end + 1;
  };
  // Each byte's class, looked up once: 1 ends a segment (and a word), 2 ends a word.
  static constexpr std::array<unsigned char, 256> kClass = [] {
    std::array<unsigned char, 256> table{};
    for (unsigned char c : std::string_view("&|;\n(){}`")) table[c] = 1;
    for (unsigned char c : std::string_view(" \t\r\"'[],")) table[c] = 2;
    return table;
  }();
  for (size_t i = 0; i < text.size(); ++i) {
    // `# ...` after a blank or at a line's start is a comment to the line's end (a start script's notes);
    // after a quote it is text (`echo "#"`), which this word-level view does not follow further.
    if (text[i] == '#' && i == word && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n')) {
      const size_t newline = text.find('\n', i);
      if (newline == std::string_view::npos) {
        word = text.size();
        break;
      }
      word = newline;  // the newline ends the segment; the comment adds no word
      i = newline - 1;
      continue;
    }
    const unsigned char kind = kClass[static_cast<unsigned char>(text[i])];
    if (kind == 0) continue;
    flush(i);
    if (kind == 1 && words.size() > firsts.back()) firsts.push_back(words.size());
  }
  flush(text.size());
  return out;
}

std::vector<std::vector<std::string>> SplitSegments(std::string_view text) {
  // The words as views first, then each segment's strings into a vector sized once: growing the
  // vectors word by word moved the strings again and again (the rules ask for every RUN, every round).
  const SegmentViews views = SplitSegmentViews(text);
  std::vector<std::vector<std::string>> out(views.firsts.size());
  for (size_t s = 0; s < views.firsts.size(); ++s) {
    const size_t end = views.End(s);
    out[s].reserve(end - views.firsts[s]);
    for (size_t w = views.firsts[s]; w < end; ++w) out[s].emplace_back(views.words[w]);
  }
  return out;
}

// Text -> its segments. Node-based: lists handed out stay put while others are added. Bounded by the
// bytes of text kept, so a large file's RUNs are not all held twice (a list is ~5x its text).
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
struct SegmentsMemo {
  std::unordered_map<std::string, Segments::List, TextHash, std::equal_to<>> kept;
  size_t text_bytes = 0;
};
constexpr size_t kSegmentsMemoTextBytes = 256 << 10;

SegmentsMemo& Memo() {
  thread_local SegmentsMemo memo;
  return memo;
}

}  // namespace

Segments CommandSegments(std::string_view text) {
  SegmentsMemo& memo = Memo();
  if (auto it = memo.kept.find(text); it != memo.kept.end()) return Segments(&it->second);
  if (memo.text_bytes + text.size() > kSegmentsMemoTextBytes) return Segments(SplitSegments(text));
  memo.text_bytes += text.size();
  auto it = memo.kept.emplace(std::string(text), SplitSegments(text)).first;
  return Segments(&it->second);
}

void TrimCommandSegmentsMemo() {
  // Between files: the next file's RUNs are mostly new texts, and a full memo would take none of them.
  SegmentsMemo& memo = Memo();
  if (memo.text_bytes > kSegmentsMemoTextBytes / 2) {
    memo.kept.clear();
    memo.text_bytes = 0;
  }
}

namespace {

// CommandWord over strings or views (NativeBuildStep reads views of the text).
template <typename Words>
size_t CommandWordIn(const Words& words) {
  size_t i = 0;
  while (i < words.size() &&
         (In(kWrappers, words[i]) || words[i] == "if" || words[i] == "!" || words[i] == "else" ||
          words[i] == "elif" || words[i] == "while" ||
          (words[i].find('=') != std::string::npos && !words[i].starts_with("-"))))
    ++i;
  return i;
}

}  // namespace

size_t CommandWord(const std::vector<std::string>& words) { return CommandWordIn(words); }

namespace {

bool IsWheel(std::string_view word) { return word.ends_with(".whl"); }

// pip install: only wheels (files, --only-binary :all:, --no-index from a wheel directory) build nothing.
bool PipBuilds(std::span<const std::string_view> words, size_t install) {
  bool operands = false, all_wheels = true;
  for (size_t i = install + 1; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (w == "--only-binary=:all:" || (w == "--only-binary" && i + 1 < words.size() && words[i + 1] == ":all:") ||
        w == "--no-index")
      return false;
    if (w.starts_with("-")) continue;
    operands = true;
    if (!IsWheel(w)) all_wheels = false;
  }
  return !(operands && all_wheels);
}

std::optional<std::string> Check(std::span<const std::string_view> words) {
  size_t i = CommandWordIn(words);
  if (i >= words.size()) return std::nullopt;
  std::string_view tool = Basename(words[i]);
  // python -m pip ..., python setup.py ...
  if (tool.starts_with("python") && i + 1 < words.size()) {
    if (words[i + 1] == "-m" && i + 2 < words.size()) {
      ++i;
      ++i;
      tool = Basename(words[i]);
    } else if (Basename(words[i + 1]) == "setup.py") {
      return "python setup.py";
    }
  }
  if (tool.starts_with("pip3.")) tool = "pip";
  if (In(kCompilers, tool)) return std::string(tool);
  if (!In(kInstallers, tool)) return std::nullopt;
  std::string_view sub = i + 1 < words.size() ? std::string_view(words[i + 1]) : std::string_view();
  if (tool == "uv" && sub == "pip" && i + 2 < words.size()) {
    ++i;
    sub = words[i + 1];
  }
  std::string step = fmt::format("{} {}", tool, sub);
  if (tool == "pip" || tool == "pip3" || tool == "uv")
    return (sub == "install" || sub == "sync") && PipBuilds(words, i + 1) ? std::optional(step) : std::nullopt;
  if (tool == "go") return sub == "build" || sub == "install" || sub == "get" ? std::optional(step) : std::nullopt;
  // Compiling an Erlang/Elixir project compiles its dependencies' NIFs (elixir_make, port_compiler): gcc, make.
  if (tool == "mix")
    return sub == "compile" || sub == "deps.compile" || sub == "release" || sub == "escript.build" ? std::optional(step)
                                                                                                     : std::nullopt;
  if (tool == "rebar3")
    return sub == "compile" || sub == "release" || sub == "tar" || sub == "escriptize" ? std::optional(step)
                                                                                       : std::nullopt;
  if (tool == "yarn" || tool == "bundle") {
    if (sub.empty() || sub.starts_with("-")) return std::string(tool);
    return sub == "install" || sub == "add" ? std::optional(step) : std::nullopt;
  }
  bool installs = sub == "install" || sub == "i" || sub == "ci" || sub == "add" || sub == "rebuild" || sub == "sync";
  return installs ? std::optional(step) : std::nullopt;
}

}  // namespace

namespace {

std::optional<std::string> Uncached(std::string_view script) {
  std::optional<std::string> found;
  // Views of the text: Check reads a few words of each segment, and strings of them all cost more than it.
  const SegmentViews views = SplitSegmentViews(script);
  for (size_t s = 0; s < views.firsts.size() && !found; ++s)
    found = Check(std::span<const std::string_view>(views.words).subspan(views.firsts[s], views.End(s) - views.firsts[s]));
  return found;
}

}  // namespace

std::optional<std::string> NativeBuildStep(std::string_view script) {
  // Rules and rounds ask about the same RUN texts again: memoized per thread, bounded.
  thread_local std::unordered_map<std::string, std::optional<std::string>, TextHash, std::equal_to<>> memo;
  if (auto it = memo.find(script); it != memo.end()) return it->second;
  if (memo.size() > 4096) memo.clear();
  std::optional<std::string> found = Uncached(script);
  memo.emplace(script, found);
  return found;
}

std::optional<std::string> SegmentBuildStep(const std::vector<std::string>& words) {
  // Joined by blanks, a word that starts with '#' would start a comment: the words before it are what
  // NativeBuildStep would read (segment words hold no separator, so they split back as they were).
  std::vector<std::string_view> views;
  views.reserve(words.size());
  for (const std::string& word : words) {
    if (word.starts_with("#")) break;
    views.emplace_back(word);
  }
  return Check(views);
}

std::optional<std::string> NativeBuildStep(const ir::Instruction& run) {
  if (run.heredocs.empty()) return NativeBuildStep(run.rest);  // no copy of the text to look it up
  std::string text(run.rest);
  for (const ir::Heredoc& heredoc : run.heredocs) text += "\n" + heredoc.content;
  return NativeBuildStep(text);
}

}  // namespace dockopt
