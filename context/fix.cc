// PlanFix (see fix.h).
#include "context/fix.h"

#include <fmt/core.h>
#include <sys/stat.h>

#include <algorithm>
#include <set>

#include "context/gitignore.h"
#include "context/glob.h"
#include "context/size.h"

namespace dockopt::context {
namespace {

// A path the context must keep sending, and where that need comes from.
struct Needed {
  std::string path;
  bool literal = true;  // from a literal source (an exception may protect it)
  std::string why;      // "COPY at Dockerfile:4:6", "exception on line 3"
};

std::string Escape(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

// The pattern that leaves a bloat entry out ("" for a large file: only reported).
std::string PatternFor(const Bloat& b) {
  const std::string name = BaseName(b.path);
  if (b.is_dir) return "**/" + name;
  if (b.kind == "log") return "**/*.log";
  if (b.kind == "database") return name.find(".sqlite") != std::string::npos ? "**/*.sqlite*" : "**/*.db";
  return "";
}

// Build outputs, logs and databases are local leftovers, unless git tracks them: then the project
// commits them on purpose (a prebuilt search index, a bundled build), and the app may read them.
// Without a .gitignore at the root nothing tells committed files from leftovers.
bool Committed(const Bloat& b, GitIgnoredPaths& git) {
  const bool leftover_kind = b.kind == "build-output" || b.kind == "log" || b.kind == "database";
  return leftover_kind && git.HasRootFile() && !git.Ignored(b.path, b.is_dir);
}

std::vector<std::string> Candidates(const std::vector<Bloat>& bloat, GitIgnoredPaths&& git,
                                    std::vector<std::string>& notes) {
  std::set<std::string> blocked;
  for (const Bloat& b : bloat) {
    if (!Committed(b, git)) continue;
    blocked.insert(PatternFor(b));
    notes.push_back(fmt::format("'{}' ({}) left in the context: .gitignore does not ignore it, so it is committed "
                                "and the image may need it", b.path, FormatSize(b.bytes)));
  }
  std::vector<std::string> out;
  for (const Bloat& b : bloat) {
    const std::string pattern = PatternFor(b);
    if (pattern.empty() && !Committed(b, git)) {
      notes.push_back(fmt::format("large file '{}' ({}) left in the context: exclude it yourself if the image "
                                  "does not need it", b.path, FormatSize(b.bytes)));
    } else if (!pattern.empty() && !blocked.count(pattern) &&
               std::find(out.begin(), out.end(), pattern) == out.end()) {
      out.push_back(pattern);
    }
  }
  return out;
}

// The context folder a source names before its first variable ("dist" for `./dist/${TARGETARCH}/ttyd`),
// "" when the variable comes first, the source has none, or it leaves the context.
std::string FolderBeforeVariable(const std::string& source) {
  const size_t dollar = source.find('$');
  if (dollar == std::string::npos) return "";
  const size_t slash = source.rfind('/', dollar);
  if (slash == std::string::npos) return "";
  std::string folder = source.substr(0, slash);
  while (folder.starts_with("./")) folder = folder.substr(2);
  while (folder.starts_with("/")) folder = folder.substr(1);
  if (folder.empty() || folder == "." || folder == ".." || folder.starts_with("../") || HasGlobMeta(folder)) return "";
  return folder;
}

std::vector<Needed> NeededPaths(const ContextReport& before) {
  std::vector<Needed> out;
  for (const CopySourceCheck& c : before.copy_sources) {
    const std::string why = fmt::format("{} at {}:{}{}", c.source.instruction, before.dockerfile, c.source.line,
                                        c.source.column ? fmt::format(":{}", c.source.column) : "");
    // A source with a variable (`COPY ./dist/${TARGETARCH}/ttyd`) names files under the folder before the
    // variable: leaving that folder out would hide them, whatever the variable holds.
    if (std::string folder = FolderBeforeVariable(c.source.source); c.unchecked && !folder.empty()) {
      out.push_back({folder, false, why});
      continue;
    }
    if (c.unchecked || !c.found || c.excluded) continue;
    const bool literal = !HasGlobMeta(c.source.source);
    for (const std::string& m : c.matches)
      if (m != ".") out.push_back({m, literal, why});
  }
  for (const IgnoreLine& line : before.ignore.lines) {
    if (line.pattern.size() < 2 || line.pattern[0] != '!' || HasGlobMeta(line.pattern.substr(1))) continue;
    struct stat st {};
    const std::string path = line.pattern.substr(1);
    if (::lstat((before.dir + "/" + path).c_str(), &st) == 0)
      out.push_back({path, true, fmt::format("exception on line {} of '{}'", line.line, before.ignore.path)});
  }
  return out;
}

bool Build(const std::vector<std::string>& patterns, PatternMatcher& matcher) {
  std::string error;
  size_t bad = 0;
  return matcher.Init(patterns, error, bad);
}

std::string Compose(const std::string& text, const std::vector<std::string>& added) {
  const std::string nl = text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
  std::string block;
  for (const std::string& line : added) block += line + nl;
  const size_t header = text.find(kFixHeader);
  if (header != std::string::npos && (header == 0 || text[header - 1] == '\n')) {
    // Insert after the last line of the existing block (it ends at a blank line or the end).
    size_t pos = text.find('\n', header);
    while (pos != std::string::npos) {
      const size_t next = text.find('\n', pos + 1);
      const std::string line = text.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
      if (line.empty() || line == "\r") break;
      pos = next;
    }
    if (pos == std::string::npos) return text + nl + block;  // block runs to an unterminated last line
    return text.substr(0, pos + 1) + block + text.substr(pos + 1);
  }
  std::string out = text;
  if (!out.empty() && out.back() != '\n') out += nl;
  if (!out.empty()) out += nl;
  return out + kFixHeader + nl + block;
}

}  // namespace

bool PlanFix(const ContextRequest& request, const ContextReport& before, FixPlan& plan, std::string& error) {
  plan = FixPlan{};
  plan.before_bytes = before.walk.total_bytes;
  plan.before_files = before.walk.file_count;
  std::vector<std::string> patterns;
  std::set<std::string> present;
  for (const IgnoreLine& line : before.ignore.lines) {
    patterns.push_back(line.pattern);
    present.insert(line.pattern);
  }
  const std::vector<Needed> needed = NeededPaths(before);
  for (const std::string& candidate : Candidates(before.bloat, GitIgnoredPaths(before.dir), plan.notes)) {
    if (present.count(candidate)) continue;  // already there; something re-includes it on purpose
    PatternMatcher current, trial;
    std::vector<std::string> with = patterns;
    with.push_back(candidate);
    if (!Build(patterns, current) || !Build(with, trial)) continue;
    std::vector<const Needed*> hidden;
    for (const Needed& n : needed)
      if (trial.MatchesOrParentMatches(n.path) && !current.MatchesOrParentMatches(n.path)) hidden.push_back(&n);
    const auto wildcard = std::find_if(hidden.begin(), hidden.end(), [](const Needed* n) { return !n->literal; });
    if (wildcard != hidden.end()) {
      plan.skipped.push_back(fmt::format("'{}' not added: it would hide '{}' needed by {} (a wildcard source; an "
                                         "exception for it would make Docker read every excluded directory)",
                                         candidate, (*wildcard)->path, (*wildcard)->why));
      continue;
    }
    std::vector<std::string> lines = {candidate};
    for (const Needed* n : hidden) {
      const std::string exception = fmt::format("!{}", Escape(n->path));  // not "!" + string&&: GCC 12 -Wrestrict
      if (std::find(lines.begin(), lines.end(), exception) != lines.end()) continue;
      lines.push_back(exception);
      plan.notes.push_back(fmt::format("added '{}' after '{}': '{}' is needed by {}", exception, candidate, n->path, n->why));
    }
    patterns.insert(patterns.end(), lines.begin(), lines.end());
    plan.added.insert(plan.added.end(), lines.begin(), lines.end());
  }
  plan.changed = !plan.added.empty();
  plan.new_text = plan.changed ? Compose(before.ignore.text, plan.added) : before.ignore.text;

  // Prove it: re-read the new text exactly as Docker will, re-walk, re-check every source.
  IgnoreFile after_file = before.ignore;
  after_file.text = plan.new_text;
  after_file.lines = ReadIgnoreLines(plan.new_text);
  PatternMatcher after_matcher;
  if (!BuildMatcher(after_file, after_matcher, error)) return false;
  WalkResult after_walk;
  if (!WalkAndCheck(request, after_matcher, after_walk, plan.after_checks, error)) return false;
  for (size_t i = 0; i < before.copy_sources.size(); ++i) {
    const CopySourceCheck& was = before.copy_sources[i];
    const CopySourceCheck& now = plan.after_checks[i];
    if (was.found && !was.excluded && (!now.found || now.excluded)) {
      error = fmt::format("error: internal check failed: the new patterns would hide {} source '{}'; nothing written",
                          was.source.instruction, was.source.source);
      return false;
    }
  }
  plan.after_bytes = after_walk.total_bytes;
  plan.after_files = after_walk.file_count;
  // The walk saw the ignore file as it is on disk; count it at its new size.
  const std::string prefix = request.dir + "/";
  if (plan.changed && before.ignore.path.starts_with(prefix)) {
    const std::string rel = before.ignore.path.substr(prefix.size());
    const bool sent = std::any_of(after_walk.files.begin(), after_walk.files.end(),
                                  [&](const WalkedFile& f) { return f.path == rel; });
    if (sent) plan.after_bytes = plan.after_bytes - before.ignore.text.size() + plan.new_text.size();
    if (!sent && !before.ignore.exists && !after_matcher.MatchesOrParentMatches(rel)) {
      plan.after_bytes += plan.new_text.size();
      plan.after_files += 1;
    }
  }
  return true;
}

}  // namespace dockopt::context
