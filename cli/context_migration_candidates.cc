// ProductionLeaveOuts (see context_migration_candidates.h).
#include "cli/context_migration_candidates.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <iterator>
#include <regex>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "analysis/manifests.h"
#include "context/bloat.h"
#include "context/context_files.h"
#include "context/gitignore.h"

namespace dockopt::cli {
namespace {

// Top-level directories a production image does not need: documentation, CI and editor settings.
// Also the settings of developer tools that run on a workstation or in CI, never in a build: git
// hooks (husky), code generators (hygen), release notes (changesets), AI assistants and editors.
constexpr std::string_view kDevOnlyDirs[] = {
    "docs",    "doc",     "documentation", ".github",    ".gitlab", ".circleci", ".buildkite", ".devcontainer",
    ".vscode", ".idea",   ".fleet",        ".zed",       ".husky",  ".hygen",    ".changeset", ".claude",
    ".cursor", ".agents", ".windsurf",     "screenshots", "coverage"};
// The files that say what a build reads, with the tools that read them: when the Dockerfile runs
// the tool, a test or docs directory the file names is part of the build (CMake's
// add_subdirectory(tests), automake's `TESTS = tests/jqtest`), Maven's `<module>doc/guacamole-example</module>`
// and Gradle's `include 'docs'` (a module the reactor builds must be there), a solution's
// `Project(...) = "X.Tests", "test\X.Tests\X.Tests.csproj"` (`dotnet restore` of the solution fails
// on a project it cannot find). (Gradle and Maven name
// `test` as a task; their src/test trees are never needed to package, so only the files that list
// modules count, not build.gradle.)
struct BuildFileKind {
  std::string_view name_or_suffix;
  std::string_view tools;  // a regex over the Dockerfile
};
constexpr BuildFileKind kBuildFiles[] = {
    {"CMakeLists.txt", "cmake"},  {".cmake", "cmake"},      {"Makefile", "make"},         {"makefile", "make"},
    {"GNUmakefile", "make"},      {".mk", "make"},          {"Makefile.am", "make|autoreconf|automake"},
    {"configure.ac", "autoreconf|autoconf|configure"},      {"meson.build", "meson|ninja"},
    {"SConstruct", "scons"},      {"Cargo.toml", "cargo"},  {"MANIFEST.in", "pip|setup\\.py|python|uv|poetry"},
    {"pom.xml", "mvnw?|maven"},   {"settings.gradle", "gradlew?"},                      {"settings.gradle.kts", "gradlew?"},
    {".sln", "dotnet|msbuild"}};
// Where CI configuration lives: a file only these name is a CI tool.
constexpr std::string_view kCiPlaces[] = {".github/", ".gitlab/", ".circleci/", ".buildkite/", ".travis.yml",
                                          ".gitlab-ci.yml", "azure-pipelines.yml", "appveyor.yml", "Jenkinsfile"};
// Documents and design files in vendored code (a library's PDF manual): nothing builds them. (In the
// project's own tree they may be templates the app fills in, by a name built at run time.)
constexpr std::string_view kDocuments[] = {".pdf", ".psd", ".xcf", ".sketch", ".fig", ".doc", ".docx", ".ppt",
                                           ".pptx", ".key", ".odt", ".odp", ".mp4", ".mov", ".webm", ".avi"};
constexpr std::string_view kVendoredDirs[] = {"vendor", "third_party", "thirdparty", "3rdparty", "external", "deps"};
constexpr uint64_t kBulkyFileBytes = 256 << 10;
// Test directories, at any depth.
constexpr std::string_view kTestDirs[] = {"test", "tests", "__tests__", "spec", "e2e", "cypress", "testdata"};
// Repository notes at the top level (matched case-insensitively on the name before any extension).
constexpr std::string_view kNotes[] = {"readme", "changelog", "changes", "history", "news", "contributing", "code_of_conduct",
                                       "security", "authors", "contributors", "maintainers", "support", "governance"};
// Manifests that may read a note (long_description = open("CHANGELOG.md")...).
// (package.json is read for its scripts only: release-tool settings name CHANGELOG.md for a release,
// not for a build.)
constexpr std::string_view kManifests[] = {"setup.py", "setup.cfg", "pyproject.toml", "Cargo.toml", "composer.json",
                                           "MANIFEST.in"};
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
constexpr const char* kRebuiltKind = "committed build output the image takes from a build stage";

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool EndsWithAny(std::string_view name, const auto& suffixes) {
  const std::string lower = Lower(name);
  return std::any_of(std::begin(suffixes), std::end(suffixes), [&](std::string_view s) { return lower.ends_with(s); });
}

// "(^|not a name character)WORD($|not a name character)": WORD as a whole name or path in `text`.
bool NamesWord(const std::string& text, const std::string& word) {
  const std::regex pattern("(^|[^A-Za-z0-9_-])" + std::regex_replace(word, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                           "($|[^A-Za-z0-9_-])");
  return std::regex_search(text, pattern);
}

// The "scripts" of package.json as text ("" when it has none or does not parse).
std::string PackageScripts(const std::string& package_json) {
  const nlohmann::json doc = nlohmann::json::parse(package_json, nullptr, false);
  if (!doc.is_object() || !doc.contains("scripts")) return "";
  return doc["scripts"].dump();
}

class Finder {
 public:
  Finder(const context::ContextReport& report, const std::string& text, std::vector<std::string> removed)
      : report_(report), files_(report.dir), removed_(std::move(removed)) {
    // The Dockerfile without its comment lines (a comment's link to docs.docker.com names nothing).
    static const std::regex kCommentLine(R"((^|\n)[ \t]*#[^\n]*)");
    dockerfile_ = std::regex_replace(text, kCommentLine, "$1");
    // A test runner, or a build tool's test task (`make -j4 check`, `npm run test`, `./gradlew test`);
    // not the word alone (`BUNDLE_WITHOUT="development:test"` names a gem group).
    static const std::regex kRunsTests(
        R"(\b(make|npm|yarn|pnpm|bun|go|cargo|mvnw?|gradlew?|rake|rails|artisan|dotnet|mix|ninja|meson|composer)\s+)"
        R"(([^\s&;|]+\s+)*?(test|check)\b|\b(ctest|pytest|tox|nox|jest|vitest|mocha|rspec|phpunit|cypress|playwright)\b)");
    runs_tests_ = std::regex_search(dockerfile_, kRunsTests);
    for (const context::Bloat& b : report.bloat)
      if (b.is_dir) skipped_.push_back(b.path);
    for (std::string_view d : {"node_modules", "vendor", "third_party", ".git"}) skipped_.emplace_back(d);
    for (const context::WalkedFile& f : report.walk.files) {
      const std::string name = f.path.substr(f.path.rfind('/') + 1);
      for (const BuildFileKind& kind : kBuildFiles) {
        const bool is_kind = kind.name_or_suffix.starts_with(".") ? name.ends_with(kind.name_or_suffix)
                                                                   : name == kind.name_or_suffix;
        if (is_kind && std::regex_search(dockerfile_, std::regex("\\b(" + std::string(kind.tools) + ")\\b"))) {
          build_files_.push_back(f.path);
          break;
        }
      }
    }
  }

  std::vector<LeaveOut> Run() {
    Removed();
    for (std::string_view name : kDevOnlyDirs)
      if (files_.IsDirectory(name) && !SiteContentDir(name)) Add(std::string(name), "developer-only");
    if (!runs_tests_) TestDirs();
    Notes();
    Media();
    Unnamed();
    GoVendor();
    RebuiltOutputs();
    return out_;
  }

 private:
  void Add(const std::string& path, const char* kind) {
    if (Mentioned(path) || BuiltFrom(path)) return;
    AddChecked(path, kind);
  }

  // Adds `path` unless it may not be written as a literal ignore line, is already excluded, or a
  // COPY source needs it.
  void AddChecked(const std::string& path, const char* kind) {
    // Written as a literal ignore line: no name an ignore file would read as a pattern or comment.
    if (path.find_first_of("*?[]\\") != std::string::npos || path.starts_with("!") || path.starts_with("#")) return;
    if (report_.matcher.MatchesOrParentMatches(path) || ReincludedOnPurpose(path) || NeededByCopy(path) ||
        PublishedByJekyll(path) || (std::string_view(kind) != kRebuiltKind && InBloat(path + "/")))
      return;
    if (std::any_of(out_.begin(), out_.end(),
                    [&](const LeaveOut& l) { return path == l.pattern || path.starts_with(l.pattern + "/"); }))
      return;
    out_.push_back({path, kind});
  }

  // True when an exception line of the ignore file names `path` or something inside it (lnbits'
  // `*.md` then `!README.md`, insights-rbac's `!tests/`): the author sends it on purpose, and a
  // pattern added after the exception would override that choice.
  bool ReincludedOnPurpose(const std::string& path) const {
    for (const context::IgnoreLine& line : report_.ignore.lines) {
      if (line.pattern.size() < 2 || line.pattern[0] != '!') continue;
      std::string named = line.pattern.substr(1);
      while (named.starts_with("/")) named.erase(0, 1);
      while (named.ends_with("/")) named.pop_back();
      if (named.find_first_of("*?[\\") != std::string::npos) continue;  // a wildcard names no path of its own
      if (named == path || named.starts_with(path + "/")) return true;
    }
    return false;
  }

  bool Mentioned(const std::string& path) const { return NamesWord(dockerfile_, path.substr(path.rfind('/') + 1)); }

  // True when a build file names `path` relative to the build file's directory: below it (CMake's
  // add_subdirectory(tests), automake's `TESTS = tests/jqtest`) or beside it (src/CMakeLists.txt's
  // `install(FILES ${CMAKE_SOURCE_DIR}/../doc/man/alpr.1 ...)` names "../doc").
  bool BuiltFrom(const std::string& path) const {
    for (const std::string& file : build_files_) {
      const size_t slash = file.rfind('/');
      const std::string dir = slash == std::string::npos ? "" : file.substr(0, slash + 1);
      if (path.size() == dir.size() && path.starts_with(dir)) continue;
      static const std::regex kUrl(R"([A-Za-z][A-Za-z0-9+.-]*://[^\s"'<>)]*)");  // docs.spring.io/.../docs/ names no path
      if (NamesWord(std::regex_replace(Read(file), kUrl, " "), RelativeTo(dir, path))) return true;
    }
    return false;
  }

  // `path` as seen from `dir` ("" or ending in '/'): "tests" from "", "../doc" from "src/".
  static std::string RelativeTo(const std::string& dir, const std::string& path) {
    if (path.starts_with(dir)) return path.substr(dir.size());
    size_t common = 0;  // length of the leading folders both share, with their slashes
    for (size_t at = dir.find('/'); at != std::string::npos && path.compare(0, at + 1, dir, 0, at + 1) == 0;
         at = dir.find('/', at + 1))
      common = at + 1;
    std::string up;
    for (size_t i = common; i < dir.size(); ++i)
      if (dir[i] == '/') up += "../";
    return up + path.substr(common);
  }

  bool NeededByCopy(const std::string& path) const {
    for (const context::CopySourceCheck& c : report_.copy_sources)
      for (const std::string& m : c.matches)
        if (m == path || m.starts_with(path + "/") || path.starts_with(m + "/")) return m != ".";
    return false;
  }

  static bool Vendored(const std::string& path) {
    return std::any_of(std::begin(kVendoredDirs), std::end(kVendoredDirs), [&](std::string_view d) {
      return path.starts_with(std::string(d) + "/") || path.find("/" + std::string(d) + "/") != std::string::npos;
    });
  }

  bool InBloat(const std::string& path) const {
    return std::any_of(report_.bloat.begin(), report_.bloat.end(),
                       [&](const context::Bloat& b) { return b.is_dir && path.starts_with(b.path + "/"); });
  }

  bool Skipped(const std::string& path) const {
    return std::any_of(skipped_.begin(), skipped_.end(),
                       [&](const std::string& s) { return path == s || path.starts_with(s + "/") || path.find("/" + s + "/") != std::string::npos || path.ends_with("/" + s); });
  }

  // What the RUN right after `COPY . DEST` deletes at once (the Dockerfile names it, but only to
  // delete it).
  void Removed() {
    for (const std::string& path : removed_)
      if (files_.Exists(path)) AddChecked(path, "deleted right after the copy");
  }

  void TestDirs() {
    std::vector<std::string> found;
    for (const context::WalkedDir& d : report_.walk.dirs) {
      if (d.path.empty() || d.excluded || d.files == 0 || Skipped(d.path)) continue;
      const std::string name = d.path.substr(d.path.rfind('/') + 1);
      if (std::find(std::begin(kTestDirs), std::end(kTestDirs), name) != std::end(kTestDirs) && !GoPackage(d.path))
        found.push_back(d.path);
    }
    std::sort(found.begin(), found.end());
    if (found.size() > 20) return;  // a tree of tests everywhere: left for the author to pattern
    for (const std::string& path : found) Add(path, "tests");
  }

  // A Go package, not only tests: a `.go` file that is not `_test.go` (go-ethereum's tests/ holds the
  // state-test runner that cmd/evm imports). A build of the module may compile it.
  bool GoPackage(const std::string& dir) const {
    const std::vector<std::string> sources = files_.List(dir, "*.go");
    return std::any_of(sources.begin(), sources.end(), [](const std::string& f) { return !f.ends_with("_test.go"); });
  }

  // Top-level notes no manifest names, and no source file either (a Rust crate's
  // `#![doc = include_str!("../README.md")]`, an app that shows its changelog). package.json counts
  // by its scripts only, CI configuration not at all: release settings name CHANGELOG.md for a release.
  void Notes() {
    std::string manifests = PackageScripts(Read("package.json"));
    for (std::string_view m : kManifests) manifests += Read(m);
    for (const std::string& gemspec : files_.List("", "*.gemspec")) manifests += Read(gemspec);
    std::set<std::string> notes;
    for (const context::WalkedFile& f : report_.walk.files) {
      if (f.path.find('/') != std::string::npos) continue;
      const std::string stem = Lower(f.path.substr(0, f.path.find('.')));
      if (std::find(std::begin(kNotes), std::end(kNotes), stem) == std::end(kNotes)) continue;
      if (manifests.find(f.path) == std::string::npos) notes.insert(f.path);
    }
    ForEachSourceText([&](const std::string& path, const std::string& content) {
      if (InCiPlace(path) || path.ends_with("package.json") || path.ends_with("package-lock.json")) return true;
      for (auto it = notes.begin(); it != notes.end();)
        it = content.find(*it) != std::string::npos ? notes.erase(it) : std::next(it);
      return !notes.empty();
    });
    for (const context::WalkedFile& f : report_.walk.files)  // in walk order, as before
      if (notes.count(f.path)) Add(f.path, "repository notes");
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
      it = Skipped(it->first) || FrameworkAssetDir(it->first) ? names.erase(it) : std::next(it);
    ForEachSourceText([&](const std::string&, const std::string& content) {
      for (auto it = names.begin(); it != names.end();) {
        const bool named = std::any_of(it->second.begin(), it->second.end(),
                                       [&](const std::string& n) { return content.find(n) != std::string::npos; }) ||
                           NamesDirectory(content, it->first);
        it = named ? names.erase(it) : std::next(it);
      }
      return !names.empty();
    });
    for (const auto& [dir, files] : names) Add(dir, "unreferenced media");
  }

  // The folder a front-end framework copies into its build as it is, by convention: no source names its
  // files (favicon.ico, the PWA icons), so media only there is still what the site serves. Keyed by the
  // framework's top-level config file (a prefix: vite.config.ts, next.config.mjs). Sources (2026-12-07):
  // https://vite.dev/guide/assets (publicDir "public"),
  // https://svelte.dev/docs/kit/configuration (files.assets "static"),
  // https://nextjs.org/docs/app/api-reference/file-conventions/public-folder,
  // https://docs.astro.build/en/basics/project-structure/,
  // https://nuxt.com/docs/guide/directory-structure/public,
  // https://cli.vuejs.org/guide/html-and-static-assets,
  // https://www.gatsbyjs.com/docs/how-to/images-and-media/static-folder/,
  // https://docusaurus.io/docs/static-assets, https://gohugo.io/getting-started/directory-structure/,
  // https://create-react-app.dev/docs/using-the-public-folder/.
  bool FrameworkAssetDir(const std::string& dir) const {
    struct Convention {
      std::string_view config;  // a top-level file whose name starts with this
      std::string_view assets;  // the folder it copies into the build
    };
    static constexpr Convention kConventions[] = {
        {"vite.config.", "public"},   {"svelte.config.", "static"}, {"next.config.", "public"},
        {"astro.config.", "public"},  {"nuxt.config.", "public"},   {"vue.config.", "public"},
        {"gatsby-config.", "static"}, {"docusaurus.config.", "static"}, {"hugo.", "static"},
    };
    for (const Convention& c : kConventions) {
      if (dir != c.assets) continue;
      for (const context::WalkedFile& f : report_.walk.files)
        if (f.path.find('/') == std::string::npos && f.path.starts_with(c.config)) return true;
    }
    // Create React App's react-scripts serves public/ the same way (package.json names it).
    return dir == "public" && Read("package.json").find("\"react-scripts\"") != std::string::npos;
  }

  // The folder a documentation site generator builds its pages from by default, keyed by its top-level
  // config file (a prefix), when the build runs the generator (the Dockerfile names it, or runs a package
  // script that does): then docs/ is the site, not notes beside an app (held12's towhee-docs; amundsen's
  // mkdocs.yml documents an app whose image never runs mkdocs). Sources (2026-12-07):
  // https://docusaurus.io/docs/api/plugins/@docusaurus/plugin-content-docs (path "docs"),
  // https://www.mkdocs.org/user-guide/configuration/#docs_dir (default "docs").
  bool SiteContentDir(std::string_view dir) const {
    struct Convention {
      std::string_view config;
      std::string_view content;
      std::string_view tool;
    };
    static constexpr Convention kConventions[] = {{"docusaurus.config.", "docs", "docusaurus"},
                                                  {"mkdocs.yml", "docs", "mkdocs"},
                                                  {"mkdocs.yaml", "docs", "mkdocs"}};
    static const std::regex kRunsScript(R"(\b(npm|yarn|pnpm|bun)\b)");
    for (const Convention& c : kConventions) {
      if (dir != c.content) continue;
      const std::string tool(c.tool);
      const bool runs_tool = NamesWord(dockerfile_, tool) || (std::regex_search(dockerfile_, kRunsScript) &&
                                                              NamesWord(PackageScripts(Read("package.json")), tool));
      if (!runs_tool) continue;
      for (const context::WalkedFile& f : report_.walk.files)
        if (f.path.find('/') == std::string::npos && f.path.starts_with(c.config)) return true;
    }
    return false;
  }

  // True when the build runs Jekyll on the context's root (a top-level _config.yml or _config.toml, and
  // the Dockerfile names jekyll) and Jekyll publishes `path`: its source is the whole root, and it copies
  // every file there into the site except names starting with '.' or '_' and its default exclusions, so
  // images/, docs/ and README.md are pages and assets, though no COPY or source file names them
  // (held18's docker/docs archive). Sources (2026-12-07): https://jekyllrb.com/docs/structure/,
  // https://jekyllrb.com/docs/configuration/default/ (exclude: .sass-cache, .jekyll-cache, gemfiles,
  // Gemfile, Gemfile.lock, node_modules, vendor/bundle/, vendor/cache/, vendor/gems/, vendor/ruby/).
  bool PublishedByJekyll(const std::string& path) const {
    if (path.starts_with(".") || path.starts_with("_") || !NamesWord(dockerfile_, "jekyll")) return false;
    static constexpr std::string_view kExcluded[] = {"gemfiles", "Gemfile", "Gemfile.lock", "node_modules", "vendor"};
    const std::string top = path.substr(0, path.find('/'));
    if (std::find(std::begin(kExcluded), std::end(kExcluded), top) != std::end(kExcluded)) return false;
    return files_.IsFile("_config.yml") || files_.IsFile("_config.toml");
  }

  // True when `content` names directory `dir` as a path: "public/", "/public", 'public' or "public"
  // (`express.static(path.join(__dirname, '../images'))`, `/static/avatars/${id}.png`). Such code
  // may serve files by names it builds at run time, which no source spells out.
  static bool NamesDirectory(const std::string& content, const std::string& dir) {
    for (size_t at = content.find(dir); at != std::string::npos; at = content.find(dir, at + 1)) {
      const char before = at == 0 ? '\n' : content[at - 1];
      const size_t end = at + dir.size();
      const char after = end < content.size() ? content[end] : '\n';
      if (std::isalnum(static_cast<unsigned char>(before)) || before == '_' || before == '-' || before == '.') continue;
      if (std::isalnum(static_cast<unsigned char>(after)) || after == '_' || after == '-' || after == '.') continue;
      if (before == '/' || after == '/' || ((before == '\'' || before == '"') && after == before)) return true;
    }
    return false;
  }

  // Bulky single files no source, build file or the Dockerfile names: documents and design files
  // in vendored code (a library's PDF manual), and top-level files only CI configuration
  // names (a test-coverage reporter binary).
  void Unnamed() {
    std::map<std::string, std::string> candidates;  // path -> kind
    for (const context::WalkedFile& f : report_.walk.files) {
      if (f.bytes < kBulkyFileBytes || report_.matcher.MatchesOrParentMatches(f.path)) continue;
      const bool top = f.path.find('/') == std::string::npos;
      if (EndsWithAny(f.path, kDocuments) && Vendored(f.path) && !InBloat(f.path))
        candidates[f.path] = "unreferenced documents";
      else if (top && f.bytes >= context::kLargeFileBytes && (CoverageReporter(f.path) || NamedInCi(f.path)))
        candidates[f.path] = "CI-only tools";
    }
    ForEachSourceText([&](const std::string& path, const std::string& content) {
      if (InCiPlace(path)) return true;
      for (auto it = candidates.begin(); it != candidates.end();)
        it = path != it->first && content.find(it->first.substr(it->first.rfind('/') + 1)) != std::string::npos
                 ? candidates.erase(it)
                 : std::next(it);
      return !candidates.empty();
    });
    for (const auto& [path, kind] : candidates) Add(path, kind.c_str());
  }

  // The coverage uploaders CI jobs download into the repository (Code Climate's cc-test-reporter,
  // codecov, coveralls).
  static bool CoverageReporter(const std::string& name) {
    static const std::regex kReporter(R"((test|coverage)-report|codecov|coveralls)", std::regex::icase);
    return std::regex_search(name, kReporter);
  }

  static bool InCiPlace(const std::string& path) {
    return std::any_of(std::begin(kCiPlaces), std::end(kCiPlaces),
                       [&](std::string_view p) { return p.ends_with("/") ? path.starts_with(p) : path == p; });
  }

  bool NamedInCi(const std::string& name) const {
    bool named = false;
    for (const context::WalkedFile& f : report_.walk.files)
      if (!named && InCiPlace(f.path) && f.bytes <= kMaxScannedBytes) named = Read(f.path).find(name) != std::string::npos;
    return named;
  }

  // True when an earlier candidate leaves `path` out. What the image will not have names nothing
  // (and a second run, which no longer sees it, must find the same).
  bool LeftOut(const std::string& path) const {
    return std::any_of(out_.begin(), out_.end(),
                       [&](const LeaveOut& l) { return path == l.pattern || path.starts_with(l.pattern + "/"); });
  }

  // Calls `visit(path, text)` for each source-like text file of the project (not in bloat, vendored
  // code or an earlier candidate) until it returns false.
  void ForEachSourceText(const std::function<bool(const std::string&, const std::string&)>& visit) const {
    for (const context::WalkedFile& f : report_.walk.files) {
      if (f.bytes > kMaxScannedBytes || !EndsWithAny(f.path, kSourceText) || Skipped(f.path) || LeftOut(f.path))
        continue;
      const std::string content = Read(f.path);
      if (content.find('\0') != std::string::npos) continue;  // not text
      if (!visit(f.path, content)) return;
    }
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

  // Committed build outputs (kept by `context --fix`) that the image takes from a build stage
  // instead: `COPY --from=build-js /build/static/js/dist/ ./static/js/dist/` rebuilds static/js/dist.
  void RebuiltOutputs() {
    context::GitIgnoredPaths git(report_.dir);
    if (!git.HasRootFile()) return;
    std::vector<std::string> destinations;  // of COPY --from, without "./" and trailing '/'
    std::istringstream lines(dockerfile_);
    static const std::regex kCopyFrom(R"(^\s*COPY\s.*--from=\S+.*\s(\S+)\s*$)", std::regex::icase);
    for (std::string line; std::getline(lines, line);) {
      std::smatch m;
      if (!std::regex_match(line, m, kCopyFrom)) continue;
      std::string dest = m[1].str();
      while (dest.starts_with("./")) dest.erase(0, 2);
      while (dest.size() > 1 && dest.ends_with("/")) dest.pop_back();
      destinations.push_back(dest);
    }
    for (const context::Bloat& b : report_.bloat) {
      if (b.kind != "build-output" || !b.is_dir || git.Ignored(b.path, b.is_dir)) continue;
      const bool rebuilt = std::any_of(destinations.begin(), destinations.end(), [&](const std::string& d) {
        return d == b.path || d.ends_with("/" + b.path);
      });
      if (rebuilt) AddChecked(b.path, kRebuiltKind);
    }
  }

  // The file's text, or "" when it is missing or too big to be a source file.
  std::string Read(std::string_view path) const { return files_.Read(path).value_or(""); }

  const context::ContextReport& report_;
  const context::ContextFiles files_;  // no ignore file: the candidates are judged on every file
  const std::vector<std::string> removed_;
  std::string dockerfile_;
  bool runs_tests_ = false;
  std::vector<std::string> skipped_;  // directories whose insides are not the project's (bloat, vendored code)
  std::vector<std::string> build_files_;
  std::vector<LeaveOut> out_;
};

}  // namespace

std::vector<LeaveOut> ProductionLeaveOuts(const context::ContextReport& report, const std::string& text,
                                          const std::vector<std::string>& removed_after_copy) {
  return Finder(report, text, removed_after_copy).Run();
}

}  // namespace dockopt::cli
