// Diff-aware review: parse unified diffs (git's or diff -u's) for the new side's changed lines.
#include "cli/changed_lines.h"

#include <fmt/core.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <vector>

namespace dockopt::cli {
namespace {

namespace fs = std::filesystem;

std::string NewSidePath(std::string_view header) {  // "+++ b/dir/Dockerfile\t2026-..." -> "dir/Dockerfile"
  std::string_view path = header.substr(4);
  path = path.substr(0, path.find('\t'));
  if (path.starts_with("b/")) path.remove_prefix(2);
  return std::string(path);
}

// "@@ -3,2 +5,4 @@" -> 5 (the new side's first line).
uint32_t HunkNewStart(std::string_view header) {
  size_t plus = header.find(" +");
  if (plus == std::string_view::npos) return 0;
  return static_cast<uint32_t>(std::strtoul(std::string(header.substr(plus + 2, 12)).c_str(), nullptr, 10));
}

// Runs `command` and returns its stdout; false when it cannot start or exits non-zero.
bool Capture(const std::string& command, std::string& out) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) return false;
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) out.append(buffer, n);
  return pclose(pipe.release()) == 0;
}

std::string ShellQuote(std::string_view word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

ChangedLines ParseUnifiedDiff(std::string_view diff) {
  ChangedLines changed;
  std::set<uint32_t>* current = nullptr;
  uint32_t line = 0;
  bool in_hunk = false;
  while (!diff.empty()) {
    size_t eol = diff.find('\n');
    std::string_view text = diff.substr(0, eol);
    diff.remove_prefix(eol == std::string_view::npos ? diff.size() : eol + 1);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (text.starts_with("+++ ")) {
      std::string path = NewSidePath(text);
      current = path == "/dev/null" ? nullptr : &changed[path];
      in_hunk = false;
    } else if (text.starts_with("@@ ")) {
      line = HunkNewStart(text);
      in_hunk = true;
    } else if (in_hunk && current != nullptr && text.starts_with("+")) {
      current->insert(line++);
    } else if (in_hunk && (text.starts_with(" ") || text.empty())) {
      ++line;
    } else if (!text.starts_with("-") && !text.starts_with("\\")) {
      in_hunk = false;  // "diff --git", "index", "---": the next file's header
    }
  }
  return changed;
}

const std::set<uint32_t>* LinesFor(const ChangedLines& changed, const std::string& file) {
  fs::path mine = fs::path(file).lexically_normal();
  for (const auto& [path, lines] : changed) {
    fs::path theirs = fs::path(path).lexically_normal();
    // Compare from the last component backwards, as far as the shorter path goes.
    auto a = mine.end(), b = theirs.end();
    bool same = a != mine.begin() && b != theirs.begin();
    while (same && a != mine.begin() && b != theirs.begin()) same = *--a == *--b;
    if (same) return &lines;
  }
  return nullptr;
}

bool ChangedSinceRevision(const std::string& rev, const std::string& file, std::set<uint32_t>& lines, bool& all_new,
                          std::string& error) {
  fs::path path(file);
  std::string dir = path.has_parent_path() ? path.parent_path().string() : ".";
  std::string name = path.filename().string();
  std::string git = "git -C " + ShellQuote(dir) + " ";
  std::string ignored;
  if (!Capture(git + "rev-parse --is-inside-work-tree 2>/dev/null", ignored)) {
    error = fmt::format("--diff-base: {} is not in a git work tree", file);
    return false;
  }
  all_new = !Capture(git + "ls-files --error-unmatch -- " + ShellQuote(name) + " 2>/dev/null", ignored);
  if (all_new) return true;
  std::string diff;
  if (!Capture(git + "diff --no-color --no-ext-diff -U0 " + ShellQuote(rev) + " -- " + ShellQuote(name), diff)) {
    error = fmt::format("git diff against '{}' failed for {}", rev, file);
    return false;
  }
  for (const auto& [changed_path, changed] : ParseUnifiedDiff(diff)) lines.insert(changed.begin(), changed.end());
  return true;
}

bool Touches(const std::set<uint32_t>& lines, uint32_t first, uint32_t last) {
  auto it = lines.lower_bound(first);
  return it != lines.end() && *it <= last;
}

void KeepFindingsOnLines(FileReview& file, const std::set<uint32_t>& lines) {
  size_t count = file.findings.size();
  std::vector<bool> keep(count);
  for (size_t i = 0; i < count; ++i) {
    Span where = file.findings[i].report.where;
    uint32_t last = where.end > where.begin && file.source->text()[where.end - 1] == '\n' ? where.end - 1 : where.end;
    keep[i] = Touches(lines, file.source->Locate(where.begin).line, file.source->Locate(last).line);
  }
  auto carrier = [&](size_t i) { return file.findings[i].report.fix_merged_into; };
  for (size_t i = 0; i < count; ++i)
    if (keep[i] && carrier(i) >= 0) keep[static_cast<size_t>(carrier(i))] = true;
  for (size_t i = 0; i < count; ++i)
    if (carrier(i) >= 0 && keep[static_cast<size_t>(carrier(i))]) keep[i] = true;
  std::vector<int> new_index(count, -1);
  std::vector<ReviewFinding> kept;
  for (size_t i = 0; i < count; ++i) {
    if (!keep[i]) continue;
    new_index[i] = static_cast<int>(kept.size());
    kept.push_back(std::move(file.findings[i]));
  }
  for (ReviewFinding& finding : kept)
    if (finding.report.fix_merged_into >= 0)
      finding.report.fix_merged_into = new_index[static_cast<size_t>(finding.report.fix_merged_into)];
  file.findings = std::move(kept);
}

}  // namespace dockopt::cli
