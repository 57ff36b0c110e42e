// Corpus test: every shell-form RUN in the real-world corpus parses, prints back byte for byte, and is counted.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "ir/test_support.h"
#include "shell/instruction_script.h"
#include "shell/parse_script.h"
#include "shell/recognize.h"
#include "shell/walk.h"

#ifdef DOCKOPT_HAVE_PARSER
#include "parser/parse.h"
#endif

namespace dockopt::shell {
namespace {

struct RunArgs {
  std::string file;
  uint32_t begin = 0;
  uint32_t end = 0;
  char escape = '\\';
};

bool IsBlankLine(std::string_view line) { return line.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

/// A stand-in for the lead's parser: logical instruction = lines joined while a line ends with the escape char.
std::vector<RunArgs> ExtractRuns(const std::string& text, std::string_view keyword) {
  std::vector<std::pair<uint32_t, uint32_t>> lines;  // [begin, end) including the line break
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string::npos ? text.size() : nl + 1;
    lines.emplace_back(pos, end);
    pos = end;
  }
  char escape = '\\';
  std::vector<RunArgs> runs;
  bool directives = true;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = std::string_view(text).substr(lines[i].first, lines[i].second - lines[i].first);
    std::string_view body = line.substr(std::min(line.size(), line.find_first_not_of(" \t")));
    if (directives && body.starts_with("#")) {
      std::string lower(body);
      std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
      lower.erase(std::remove(lower.begin(), lower.end(), ' '), lower.end());
      if (lower.starts_with("#escape=") && lower.size() > 8) escape = lower[8] == '`' ? '`' : '\\';
      continue;
    }
    directives = false;
    if (IsBlankLine(line) || body.starts_with("#")) continue;
    uint32_t start = lines[i].first + static_cast<uint32_t>(line.size() - body.size());
    size_t last = i;
    auto continues = [&](size_t k) {
      std::string_view l = TrimRight(std::string_view(text).substr(lines[k].first, lines[k].second - lines[k].first));
      return !l.empty() && l.back() == escape;
    };
    while (continues(last) && last + 1 < lines.size()) {
      ++last;
      while (last + 1 < lines.size()) {
        std::string_view l = std::string_view(text).substr(lines[last].first, lines[last].second - lines[last].first);
        std::string_view b = l.substr(std::min(l.size(), l.find_first_not_of(" \t")));
        if (!IsBlankLine(l) && !b.starts_with("#")) break;
        ++last;
      }
    }
    uint32_t end = lines[last].first + static_cast<uint32_t>(TrimRight(std::string_view(text).substr(
                                           lines[last].first, lines[last].second - lines[last].first)).size());
    i = last;
    std::string_view instr = std::string_view(text).substr(start, end - start);
    size_t kw_end = instr.find_first_of(" \t\r\n");
    if (kw_end == std::string_view::npos) continue;
    std::string kw(instr.substr(0, kw_end));
    std::transform(kw.begin(), kw.end(), kw.begin(), ::toupper);
    if (kw != keyword) continue;
    size_t p = kw_end;
    while (true) {  // skip blanks and builder flags such as --mount=...
      p = instr.find_first_not_of(" \t", p);
      if (p == std::string_view::npos) break;
      if (instr.substr(p).starts_with("--")) {
        p = instr.find_first_of(" \t", p);
        if (p == std::string_view::npos) break;
        continue;
      }
      break;
    }
    if (p == std::string_view::npos) continue;
    std::string_view args = instr.substr(p);
    if (args.starts_with("[") && TrimRight(args).ends_with("]")) continue;  // exec form
    runs.push_back(RunArgs{"", static_cast<uint32_t>(start + p), end, escape});
  }
  return runs;
}

TEST(CorpusTest, ExtractorFindsContinuedRun) {
  std::string text = "FROM x\n# c\nRUN a \\\n  # inner\n  && b\nCMD c\n";
  std::vector<RunArgs> runs = ExtractRuns(text, "RUN");
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(text.substr(runs[0].begin, runs[0].end - runs[0].begin), "a \\\n  # inner\n  && b");
}

TEST(CorpusTest, EveryRunPrintsBackAndIsMostlyModelled) {
  std::filesystem::path dir = std::filesystem::path(DOCKOPT_CORPUS_DIR) / "real-world";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "corpus absent: " << dir;
  size_t runs = 0, modelled = 0, recognized = 0, commands = 0, files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".Dockerfile") continue;
    ++files;
    std::string text = testing::ReadFile(entry.path());
    for (std::string_view keyword : {"RUN", "CMD", "ENTRYPOINT"}) {
      for (const RunArgs& run : ExtractRuns(text, keyword)) {
        std::string_view raw = std::string_view(text).substr(run.begin, run.end - run.begin);
        Script script = ParseScript(raw, ParseOptions{run.begin, run.escape, false});
        std::string why;
        ASSERT_TRUE(CheckTiling(script, &why)) << entry.path() << ": " << why << "\n" << raw;
        ASSERT_EQ(Print(script), raw) << entry.path();
        if (keyword != "RUN") continue;
        ++runs;
        if (script.FullyModelled()) {
          ++modelled;
        } else if (getenv("DOCKOPT_SHOW_OPAQUE")) {
          fprintf(stderr, "%s: %s\n%.*s\n\n", entry.path().filename().c_str(), script.error.c_str(),
                  static_cast<int>(raw.size()), raw.data());
        }
        for (const CommandSite& site : SimpleCommands(script)) {
          // A reserved word in command position means the tree was misread.
          if (!site.command->words.empty()) {
            const std::string& name = site.command->words[0].raw();
            for (std::string_view reserved : {"then", "else", "elif", "fi", "do", "done", "esac", "{", "}", "in"})
              ASSERT_NE(name, reserved) << entry.path() << "\n" << raw;
          }
          ++commands;
          if (Recognize(*site.command)) ++recognized;
        }
      }
    }
  }
  ASSERT_GT(runs, 1000u) << "the extractor found too few RUNs in " << files << " files";
  double share = 100.0 * static_cast<double>(modelled) / static_cast<double>(runs);
  double tool_share = 100.0 * static_cast<double>(recognized) / static_cast<double>(commands);
  printf("shell model coverage: %zu files, %zu RUNs, %zu fully modelled (%.2f%%), %zu with opaque parts; "
         "%zu simple commands, %zu with a recognized tool (%.1f%%)\n",
         files, runs, modelled, share, runs - modelled, commands, recognized, tool_share);
  EXPECT_GE(share, 99.5);
}

#ifdef DOCKOPT_HAVE_PARSER
TEST(CorpusTest, EveryRunThroughTheParser) {
  std::filesystem::path dir = std::filesystem::path(DOCKOPT_CORPUS_DIR) / "real-world";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "corpus absent: " << dir;
  size_t runs = 0, modelled = 0, heredoc_scripts = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".Dockerfile") continue;
    SourceBuffer source(entry.path().string(), testing::ReadFile(entry.path()));
    ParseResult parsed = ParseSyntax(source);
    if (!parsed.dockerfile) continue;
    for (const ir::Instruction& instr : parsed.dockerfile->instructions) {
      std::optional<Script> script = ParseInstructionScript(*parsed.dockerfile, instr);
      if (!script) continue;
      std::string why;
      ASSERT_TRUE(CheckTiling(*script, &why)) << entry.path() << ": " << why;
      ASSERT_EQ(Print(*script), source.Slice(script->Whole())) << entry.path();
      if (instr.kind != ir::InstructionKind::kRun) continue;
      ++runs;
      if (script->FullyModelled()) ++modelled;
      for (size_t h = 0; h < instr.heredocs.size(); ++h) {
        if (std::optional<Script> body = ParseHeredocOf(*parsed.dockerfile, instr, h)) {
          ++heredoc_scripts;
          ASSERT_EQ(Print(*body), source.Slice(body->Whole()));
        }
      }
    }
  }
  ASSERT_GT(runs, 1000u);
  double share = 100.0 * static_cast<double>(modelled) / static_cast<double>(runs);
  printf("shell model coverage (via parser): %zu RUNs, %zu fully modelled (%.2f%%), %zu heredoc scripts\n", runs,
         modelled, share, heredoc_scripts);
  EXPECT_GE(share, 99.5);
}
#endif

}  // namespace
}  // namespace dockopt::shell
