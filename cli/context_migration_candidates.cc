// ProductionLeaveOuts (see context_migration_candidates.h).
#include "cli/context_migration_candidates.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <regex>
#include <map>
#include <set>

#include "analysis/manifests.h"
#include "context/context_files.h"

namespace dockopt::cli {
namespace {

// Top-level directories a production image does not need: documentation, CI and editor settings.
constexpr std::string_view kDevOnlyDirs[] = {"docs",    "doc",      "documentation", ".github",       ".gitlab",
                                             ".circleci", ".devcontainer", ".vscode", ".idea", "screenshots",
                                             "coverage"};
// Test directories, at any depth.
constexpr std::string_view kTestDirs[] = {"test", "tests", "__tests__", "spec", "e2e", "cypress", "testdata"};
// Repository notes at the top level (matched case-insensitively on the name before any extension).
constexpr std::string_view kNotes[] = {"changelog", "changes", "history", "news", "contributing", "code_of_conduct",
                                       "security", "authors", "contributors", "maintainers", "support", "governance"};
// Manifests that may read a note (long_description = open("CHANGELOG.md")...).
constexpr std::string_view kManifests[] = {"setup.py", "setup.cfg", "pyproject.toml", "package.json", "Cargo.toml",
                                           "composer.json", "MANIFEST.in"};
constexpr std::string_view kMedia[] = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico", ".bmp", ".tif",
                                       ".tiff", ".mp4", ".webm", ".mov", ".avi", ".mp3", ".wav", ".psd", ".xcf"};
// Where a source file would name an image: code, templates, styles, configuration (not Markdown:
// a README shows its screenshots without the image needing them).
constexpr std::string_view kSourceText[] = {
    ".html", ".htm", ".js",   ".mjs",  ".cjs", ".jsx",  ".ts",  ".tsx", ".vue", ".svelte", ".css",   ".scss",
    ".sass", ".less", ".py",  ".go",   ".rb",  ".php",  ".java", ".kt", ".rs",  ".c",      ".h",     ".cc",
    ".cpp",  ".json", ".yaml", ".yml", ".toml", ".xml", ".erb", ".haml", ".twig", ".ex",  ".exs",    ".sh",
    ".conf", ".ini",  ".cfg", ".tmpl", ".tpl", ".j2",  ".jinja", ".mustache", ".hbs", ".swift", ".dart"};
constexpr uint64_t kMaxScannedBytes = 1 << 20;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool EndsWithAny(std::string_view name, const auto& suffixes) {
  const std::string lower = Lower(name);
  return std::any_of(std::begin(suffixes), std::end(suffixes), [&](std::string_view s) { return lower.ends_with(s); });
}

class Finder {
 public:
  Finder(const context::ContextReport& report, const std::string& text) : report_(report), files_(report.dir) {
    // The Dockerfile without its comment lines (a comment's link to docs.docker.com names nothing).
    static const std::regex kCommentLine(R"((^|\n)[ \t]*#[^\n]*)");
    dockerfile_ = std::regex_replace(text, kCommentLine, "$1");
    static const std::regex kRunsTests(R"(\b(test|pytest|tox|nox|jest|vitest|mocha|rspec|phpunit|cypress|playwright)\b)");
    runs_tests_ = std::regex_search(dockerfile_, kRunsTests);
    for (const context::Bloat& b : report.bloat)
      if (b.is_dir) skipped_.push_back(b.path);
    for (std::string_view d : {"node_modules", "vendor", "third_party", ".git"}) skipped_.emplace_back(d);
  }

  std::vector<LeaveOut> Run() {
    for (std::string_view name : kDevOnlyDirs)
      if (files_.IsDirectory(name)) Add(std::string(name), "developer-only");
    if (!runs_tests_) TestDirs();
    Notes();
    Media();
    GoVendor();
    return out_;
  }

 private:
  void Add(const std::string& path, const char* kind) {
    // Written as a literal ignore line: no name an ignore file would read as a pattern or comment.
    if (path.find_first_of("*?[]\\") != std::string::npos || path.starts_with("!") || path.starts_with("#")) return;
    if (report_.matcher.MatchesOrParentMatches(path) || Mentioned(path) || NeededByCopy(path)) return;
    if (std::any_of(out_.begin(), out_.end(), [&](const LeaveOut& l) { return path.starts_with(l.pattern + "/"); }))
      return;
    out_.push_back({path, kind});
  }

  bool Mentioned(const std::string& path) const {
    const std::string name = path.substr(path.rfind('/') + 1);
    const std::regex word("(^|[^A-Za-z0-9_-])" + std::regex_replace(name, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                          "($|[^A-Za-z0-9_-])");
    return std::regex_search(dockerfile_, word);
  }

  bool NeededByCopy(const std::string& path) const {
    for (const context::CopySourceCheck& c : report_.copy_sources)
      for (const std::string& m : c.matches)
        if (m == path || m.starts_with(path + "/") || path.starts_with(m + "/")) return m != ".";
    return false;
  }

  bool Skipped(const std::string& path) const {
    return std::any_of(skipped_.begin(), skipped_.end(),
                       [&](const std::string& s) { return path == s || path.starts_with(s + "/") || path.find("/" + s + "/") != std::string::npos || path.ends_with("/" + s); });
  }

  void TestDirs() {
    std::vector<std::string> found;
    for (const context::WalkedDir& d : report_.walk.dirs) {
      if (d.path.empty() || d.excluded || d.files == 0 || Skipped(d.path)) continue;
      const std::string name = d.path.substr(d.path.rfind('/') + 1);
      if (std::find(std::begin(kTestDirs), std::end(kTestDirs), name) != std::end(kTestDirs)) found.push_back(d.path);
    }
    std::sort(found.begin(), found.end());
    if (found.size() > 20) return;  // a tree of tests everywhere: left for the author to pattern
    for (const std::string& path : found) Add(path, "tests");
  }

  void Notes() {
    std::string manifests;
    for (std::string_view m : kManifests) manifests += Read(m);
    for (const context::WalkedFile& f : report_.walk.files) {
      if (f.path.find('/') != std::string::npos) continue;
      const std::string stem = Lower(f.path.substr(0, f.path.find('.')));
      if (std::find(std::begin(kNotes), std::end(kNotes), stem) == std::end(kNotes)) continue;
      if (manifests.find(f.path) == std::string::npos) Add(f.path, "repository notes");
    }
  }

  // Top-level directories holding only images and videos whose names no source file mentions.
  void Media() {
    std::map<std::string, std::vector<std::string>> names;  // directory -> its files' names
    std::set<std::string> mixed;
    for (const context::WalkedFile& f : report_.walk.files) {
      const size_t slash = f.path.find('/');
      if (slash == std::string::npos) continue;
      const std::string top = f.path.substr(0, slash);
      if (!EndsWithAny(f.path, kMedia)) mixed.insert(top);
      else names[top].push_back(f.path.substr(f.path.rfind('/') + 1));
    }
    for (const auto& top : mixed) names.erase(top);
    for (auto it = names.begin(); it != names.end();)
      it = Skipped(it->first) ? names.erase(it) : std::next(it);
    if (names.empty()) return;
    for (const context::WalkedFile& f : report_.walk.files) {
      if (names.empty()) return;
      if (f.bytes > kMaxScannedBytes || !EndsWithAny(f.path, kSourceText) || Skipped(f.path)) continue;
      const std::string content = Read(f.path);
      if (content.find('\0') != std::string::npos) continue;  // not text
      for (auto it = names.begin(); it != names.end();) {
        const bool named = std::any_of(it->second.begin(), it->second.end(),
                                       [&](const std::string& n) { return content.find(n) != std::string::npos; });
        it = named ? names.erase(it) : std::next(it);
      }
    }
    for (const auto& [dir, files] : names) Add(dir, "unreferenced media");
  }

  // go.mod before Go 1.14 builds from the module cache: vendor/ is not read unless asked for.
  void GoVendor() {
    const std::string gomod = Read("go.mod");
    if (gomod.empty() || !files_.Exists("vendor/modules.txt")) return;
    if (analysis::GoUsesVendorByDefault(gomod)) return;
    const std::string makefile = Read("Makefile");
    if (dockerfile_.find("vendor") != std::string::npos || dockerfile_.find("GOFLAGS") != std::string::npos ||
        makefile.find("vendor") != std::string::npos || makefile.find("GOFLAGS") != std::string::npos)
      return;
    Add("vendor", "unused Go vendor");
  }

  // The file's text, or "" when it is missing or too big to be a source file.
  std::string Read(std::string_view path) const { return files_.Read(path).value_or(""); }

  const context::ContextReport& report_;
  const context::ContextFiles files_;  // no ignore file: the candidates are judged on every file
  std::string dockerfile_;
  bool runs_tests_ = false;
  std::vector<std::string> skipped_;  // directories whose insides are not the project's (bloat, vendored code)
  std::vector<LeaveOut> out_;
};

}  // namespace

std::vector<LeaveOut> ProductionLeaveOuts(const context::ContextReport& report, const std::string& text) {
  return Finder(report, text).Run();
}

}  // namespace dockopt::cli
