// Manifest knowledge per ecosystem (see manifests.h).
#include "analysis/manifests.h"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <tuple>

#include "analysis/npm_lifecycle.h"
#include "context/glob.h"

namespace dockopt::analysis {
namespace {

namespace fs = std::filesystem;

// `rel` under `dir`, normalized ("a/./b/../c/" -> "a/c"; "." -> "").
std::string Join(std::string_view dir, std::string_view rel) {
  if (rel.starts_with("/")) return std::string(rel);
  std::string out = fs::path(dir.empty() ? std::string(rel) : fmt::format("{}/{}", dir, rel)).lexically_normal().generic_string();
  while (out.size() > 1 && out.ends_with("/")) out.pop_back();
  return out == "." ? "" : out;
}

std::string Trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b, s.find_last_not_of(" \t\r") - b + 1));
}

bool StartsWithWord(std::string_view line, std::string_view flag) {
  return line.starts_with(flag) && (line.size() == flag.size() || line[flag.size()] == ' ' || line[flag.size()] == '=');
}

std::string AfterFlag(std::string_view line, std::string_view flag) {
  return line.size() <= flag.size() ? "" : Trim(line.substr(flag.size() + 1));
}

std::string DirName(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? "" : std::string(path.substr(0, slash));
}

// A path the install reads, relative to its directory; false (with `blocker`) when it leaves it.
bool InsideCwd(const std::string& path, std::string& blocker, std::string_view why) {
  if (path.starts_with("/") || path == ".." || path.starts_with("../")) {
    blocker = fmt::format("{} reads '{}', outside the install's directory", why, path);
    return false;
  }
  return true;
}

// Collects requirement files through -r/-c, and the local paths they install.
class RequirementsScan {
 public:
  RequirementsScan(const ContextFiles& context, std::string_view cwd, InstallInputs& out)
      : context_(context), cwd_(cwd), out_(out) {}

  void File(const std::string& rel, int depth = 0) {
    if (!out_.blocker.empty() || depth > 8) return;
    if (std::find(out_.files.begin(), out_.files.end(), rel) != out_.files.end()) return;
    std::optional<std::string> text = context_.Read(Join(cwd_, rel));
    if (!text) {
      out_.blocker = fmt::format("'{}' is not in the build context", rel);
      return;
    }
    out_.files.push_back(rel);
    const std::string dir = DirName(rel);
    std::istringstream lines(*text);
    int number = 0;
    std::string pending;
    for (std::string line; std::getline(lines, line);) {
      ++number;
      line = Trim(line);
      if (line.ends_with("\\")) {  // continuation: pip joins the lines
        pending += line.substr(0, line.size() - 1) + " ";
        continue;
      }
      line = Trim(pending + line);
      pending.clear();
      if (const size_t hash = line.find(" #"); hash != std::string::npos) line = Trim(line.substr(0, hash));
      if (line.empty() || line[0] == '#') continue;
      Line(line, dir, fmt::format("line {} of '{}'", number, rel), depth);
      if (!out_.blocker.empty()) return;
    }
  }

  void Requirement(const std::string& requirement, const std::string& dir, const std::string& where) {
    std::string path;
    switch (ClassifyRequirement(requirement, path)) {
      case LocalRequirement::kNone:
        return;
      case LocalRequirement::kProject:
        out_.blocker = fmt::format("'{}' ({}) installs the project itself, which needs the sources", requirement, where);
        return;
      case LocalRequirement::kPath: {
        const std::string rel = path.starts_with("/") ? path : Join(dir, path);
        if (!InsideCwd(rel, out_.blocker, fmt::format("'{}' ({})", requirement, where))) return;
        AddLocal(rel, fmt::format("local path requirement '{}' ({})", requirement, where));
        return;
      }
    }
  }

 private:
  void Line(const std::string& line, const std::string& dir, const std::string& where, int depth) {
    for (std::string_view flag : {"-r", "--requirement", "-c", "--constraint"})
      if (StartsWithWord(line, flag)) return File(Join(dir, AfterFlag(line, flag)), depth + 1);
    for (std::string_view flag : {"-f", "--find-links"}) {
      if (!StartsWithWord(line, flag)) continue;
      const std::string value = AfterFlag(line, flag);
      if (value.find("://") != std::string::npos) return;
      const std::string rel = Join(dir, value);
      if (InsideCwd(rel, out_.blocker, fmt::format("'{}' ({})", line, where)))
        AddLocal(rel, fmt::format("local --find-links '{}' ({})", value, where));
      return;
    }
    if (line[0] == '-' && !StartsWithWord(line, "-e") && !StartsWithWord(line, "--editable")) return;  // -i, --pre, ...
    // Drop per-requirement options (--hash=...) and environment markers.
    std::string requirement = line.substr(0, line.find(" --"));
    requirement = Trim(requirement.substr(0, requirement.find(';')));
    Requirement(requirement, dir, where);
  }

  void AddLocal(const std::string& rel, std::string why) {
    const std::string full = Join(cwd_, rel);
    const bool is_dir = context_.IsDirectory(full);
    if (!is_dir && !context_.IsFile(full)) {
      out_.blocker = fmt::format("'{}' ({}) is not in the build context", rel, why);
      return;
    }
    for (const Extra& e : out_.extras)
      if (e.path == rel) return;
    out_.extras.push_back({rel, is_dir, std::move(why)});
  }

  const ContextFiles& context_;
  std::string cwd_;
  InstallInputs& out_;
};

// Commands a package.json hook may run without reading the sources (given the files it names).
bool HarmlessHookCommand(std::string_view command) {
  static constexpr std::string_view kKnown[] = {"node", "sh", "bash", "echo", "true", "exit", "husky",
                                                "patch-package", "is-ci", "opencollective-postinstall",
                                                "opencollective", "npx", "test", "["};
  return std::find(std::begin(kKnown), std::end(kKnown), command) != std::end(kKnown);
}

// True when a local node script reads more of the project than itself: a relative require/import,
// a path built from __dirname or the working directory, or fs reads (nightscout's bundle.js
// browserifies lib/).
bool NodeScriptReadsOtherFiles(const std::string& text) {
  static const std::regex kReads(
      R"(require\(\s*['"]\.\.?/|\bfrom\s+['"]\.\.?/|\bimport\s*\(\s*['"]\.\.?/|__dirname|process\.cwd\(|readFileSync|readdirSync|\bglob\b)");
  return std::regex_search(text, kReads);
}

void ReadHook(const ContextFiles& context, std::string_view cwd, const std::string& name, const std::string& script,
              InstallInputs& out) {
  std::istringstream words(script);
  bool command_position = true;
  std::string runner;  // "node" or "sh" right before the script it runs
  for (std::string word; words >> word;) {
    if (word == "&&" || word == "||" || word == ";" || word == "|") {
      command_position = true;
      continue;
    }
    if (!runner.empty() && !word.starts_with("-")) {  // the script `node`/`sh` runs
      const std::string script_of = runner;
      runner.clear();
      if (word.starts_with("node_modules/")) {  // a dependency's tool: `node node_modules/bower/bin/bower install`
        const std::string tool = word.substr(13, word.find('/', 13) - 13);
        if (!HarmlessHookCommand(tool)) {
          out.blocker = fmt::format("the '{}' script runs '{}', which may read the sources", name, script);
          return;
        }
      } else if (script_of == "node" && NodeScriptReadsOtherFiles(context.Read(Join(cwd, word)).value_or(""))) {
        out.blocker = fmt::format("the '{}' script runs '{}', which reads other files of the project", name, word);
        return;
      }
    }
    if (command_position) {
      command_position = word == "npx";  // npx runs the next word
      if (word == "npx") continue;
      if (word == "node" || word == "sh" || word == "bash") runner = word;
      if (!HarmlessHookCommand(word) && !context.IsFile(Join(cwd, word))) {
        out.blocker = fmt::format("the '{}' script runs '{}', which may read the sources", name, script);
        return;
      }
      if (word == "patch-package" && context.IsDirectory(Join(cwd, "patches")))
        out.extras.push_back({"patches", true, fmt::format("read by the '{}' script '{}'", name, script)});
    }
    if (word.starts_with("-")) continue;
    const std::string full = Join(cwd, word);
    const bool is_dir = word.find('/') != std::string::npos && context.IsDirectory(full);
    if ((is_dir || context.IsFile(full)) && InsideCwd(word, out.blocker, fmt::format("the '{}' script", name))) {
      std::string rel = Join("", word);
      if (std::none_of(out.extras.begin(), out.extras.end(), [&](const Extra& e) { return e.path == rel; }))
        out.extras.push_back({rel, is_dir, fmt::format("read by the '{}' script '{}'", name, script)});
    }
    if (!out.blocker.empty()) return;
  }
}

void AddWorkspaces(const ContextFiles& context, std::string_view cwd, const std::vector<std::string>& patterns,
                   InstallInputs& out) {
  for (const std::string& raw : patterns) {
    std::string pattern = Join("", raw);
    if (!InsideCwd(pattern, out.blocker, "a workspace")) return;
    std::vector<std::string> dirs;
    if (pattern.ends_with("/**")) pattern.resize(pattern.size() - 1);
    if (context::HasGlobMeta(DirName(pattern))) {
      out.blocker = fmt::format("workspace pattern '{}' is too deep to expand", raw);
      return;
    }
    if (context::HasGlobMeta(pattern)) {
      const std::string parent = DirName(pattern);
      for (const std::string& d : context.List(Join(cwd, parent), pattern.substr(parent.size() + !parent.empty()), true))
        dirs.push_back(Join(parent, d));
    } else {
      dirs.push_back(pattern);
    }
    for (const std::string& d : dirs) {
      const std::string manifest = Join(d, "package.json");
      const bool listed = std::any_of(out.extras.begin(), out.extras.end(), [&](const Extra& e) { return e.path == manifest; });
      if (!listed && context.IsFile(Join(cwd, manifest)))
        out.extras.push_back({manifest, false, fmt::format("workspace '{}'", raw)});
    }
  }
}

void ResolveNode(const ContextFiles& context, std::string_view cwd, Ecosystem ecosystem, bool ignore_scripts,
                 InstallInputs& out) {
  const PackageJsonFacts facts = ReadPackageJson(context.Read(Join(cwd, "package.json")).value_or(""));
  if (!facts.parsed) {
    out.blocker = "'package.json' could not be read as JSON";
    return;
  }
  std::vector<std::string> workspaces = facts.workspaces;
  if (ecosystem == Ecosystem::kPnpm)
    if (std::optional<std::string> yaml = context.Read(Join(cwd, "pnpm-workspace.yaml")))
      for (const std::string& w : ReadPnpmWorkspaces(*yaml)) workspaces.push_back(w);
  AddWorkspaces(context, cwd, workspaces, out);
  // pnpm applies its patches during the install (npm and yarn ignore the "pnpm" key).
  std::vector<std::string> patches;
  if (ecosystem == Ecosystem::kPnpm) {
    patches = facts.pnpm_patches;
    if (std::optional<std::string> yaml = context.Read(Join(cwd, "pnpm-workspace.yaml")))
      for (const std::string& p : ReadPnpmPatchedDependencies(*yaml)) patches.push_back(p);
  }
  for (const std::string& patch : patches) {
    const std::string rel = Join("", patch);
    if (!InsideCwd(rel, out.blocker, "a patch file in 'pnpm.patchedDependencies'")) return;
    if (!context.IsFile(Join(cwd, rel))) {
      out.blocker = fmt::format("the patch file '{}' of 'pnpm.patchedDependencies' is not in the build context", rel);
      return;
    }
    if (std::none_of(out.extras.begin(), out.extras.end(), [&](const Extra& e) { return e.path == rel; }))
      out.extras.push_back({rel, false, "patch file of 'pnpm.patchedDependencies'"});
  }
  for (const std::string& dep : facts.local_dependencies) {
    if (!InsideCwd(Join("", dep), out.blocker, "a local dependency in 'package.json'")) return;
    const std::string rel = Join("", dep);
    out.extras.push_back({rel, context.IsDirectory(Join(cwd, rel)), "local dependency in 'package.json'"});
  }
  for (const auto& [name, script] : facts.hooks) {
    if (!out.blocker.empty() || ignore_scripts) return;
    ReadHook(context, cwd, name, script, out);
  }
}

// Local path dependencies in TOML (poetry `path = "..."`, uv sources, Cargo `path = "..."`).
std::vector<std::string> TomlPaths(std::string_view text) {
  std::vector<std::string> out;
  for (size_t at = text.find("path"); at != std::string_view::npos; at = text.find("path", at + 4)) {
    if (at > 0 && (std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '_' || text[at - 1] == '-'))
      continue;
    size_t p = text.find_first_not_of(" \t", at + 4);
    if (p == std::string_view::npos || text[p] != '=') continue;
    p = text.find_first_not_of(" \t", p + 1);
    if (p == std::string_view::npos || (text[p] != '"' && text[p] != '\'')) continue;
    const size_t end = text.find(text[p], p + 1);
    if (end == std::string_view::npos) break;
    out.emplace_back(text.substr(p + 1, end - p - 1));
  }
  return out;
}

void ResolvePyproject(const ContextFiles& context, std::string_view cwd, InstallInputs& out) {
  const std::string text = context.Read(Join(cwd, "pyproject.toml")).value_or("");
  if (text.find("[tool.uv.workspace]") != std::string::npos) {
    out.blocker = "'pyproject.toml' declares a uv workspace (its members' sources are needed)";
    return;
  }
  for (const std::string& path : TomlPaths(text)) {
    const std::string rel = Join("", path);
    if (!InsideCwd(rel, out.blocker, "a path dependency in 'pyproject.toml'")) return;
    if (!context.IsDirectory(Join(cwd, rel)) && !context.IsFile(Join(cwd, rel))) continue;  // e.g. a [tool.x] setting
    out.extras.push_back({rel, context.IsDirectory(Join(cwd, rel)), "path dependency in 'pyproject.toml'"});
  }
}

}  // namespace

bool GoUsesVendorByDefault(std::string_view gomod) {
  std::istringstream lines{std::string(gomod)};
  for (std::string line; std::getline(lines, line);) {
    line = Trim(line);
    if (!StartsWithWord(line, "go")) continue;
    int major = 0, minor = 0;
    if (std::sscanf(line.c_str(), "go %d.%d", &major, &minor) != 2) return true;
    return major > 1 || minor >= 14;
  }
  return true;
}

namespace {

// What `cargo fetch` reads: every crate's Cargo.toml (the root package and the workspace members,
// and the member crates path dependencies lead to), with a placeholder source per target since cargo refuses
// a manifest without one. Path dependencies that are no crate of the workspace are copied whole.
class CargoScan {
 public:
  CargoScan(const ContextFiles& context, std::string_view cwd, InstallInputs& out) : context_(context), cwd_(cwd), out_(out) {}

  void Run() {
    const std::string root = context_.Read(Join(cwd_, "Cargo.toml")).value_or("");
    for (const std::string& member : Members(root)) crates_.push_back(member);
    const bool virtual_root = root.find("[package]") == std::string::npos;
    Crate("", root, virtual_root);
    for (size_t i = 0; i < crates_.size() && out_.blocker.empty(); ++i) {
      const std::string manifest = Join(crates_[i], "Cargo.toml");
      std::optional<std::string> text = context_.Read(Join(cwd_, manifest));
      if (!text) {
        out_.blocker = fmt::format("workspace member '{}' has no Cargo.toml in the build context", crates_[i]);
        return;
      }
      if (std::find(out_.files.begin(), out_.files.end(), manifest) == out_.files.end()) out_.files.push_back(manifest);
      Crate(crates_[i], *text, false);
    }
  }

 private:
  // `members = ["a", "crates/*"]` of [workspace], expanded in the context.
  std::vector<std::string> Members(const std::string& root) {
    std::vector<std::string> out;
    const size_t workspace = root.find("[workspace]");
    if (workspace == std::string::npos) return out;
    const size_t key = root.find("members", workspace);
    const size_t open = key == std::string::npos ? key : root.find('[', key);
    const size_t close = open == std::string::npos ? open : root.find(']', open);
    if (close == std::string::npos) return out;
    const std::string list = root.substr(open + 1, close - open - 1);
    for (size_t q = list.find('"'); q != std::string::npos; q = list.find('"', q + 1)) {
      const size_t end = list.find('"', q + 1);
      if (end == std::string::npos) break;
      const std::string pattern = Join("", list.substr(q + 1, end - q - 1));
      q = end;
      if (!InsideCwd(pattern, out_.blocker, "a workspace member")) return {};
      const std::string parent = DirName(pattern);
      if (context::HasGlobMeta(parent)) {
        out_.blocker = fmt::format("workspace member pattern '{}' is too deep to expand", pattern);
        return {};
      }
      if (!context::HasGlobMeta(pattern)) {
        out.push_back(pattern);
        continue;
      }
      for (const std::string& d : context_.List(Join(cwd_, parent), pattern.substr(parent.size() + !parent.empty()), true))
        if (context_.IsFile(Join(cwd_, Join(Join(parent, d), "Cargo.toml")))) out.push_back(Join(parent, d));
    }
    return out;
  }

  // One crate in `dir`: placeholder sources for its targets, and its path dependencies.
  void Crate(const std::string& dir, const std::string& manifest, bool virtual_root) {
    bool has_placeholder = false;
    for (const std::string& path : TomlPaths(manifest)) {
      const std::string rel = Join(dir, path);
      if (!InsideCwd(rel, out_.blocker, fmt::format("a path in '{}'", Join(dir, "Cargo.toml")))) return;
      if (rel.ends_with(".rs")) {
        AddPlaceholder(rel);
        has_placeholder = true;
      } else if (context_.IsFile(Join(cwd_, Join(rel, "Cargo.toml")))) {
        if (std::find(crates_.begin(), crates_.end(), rel) == crates_.end()) crates_.push_back(rel);
      } else if (context_.IsDirectory(Join(cwd_, rel))) {
        if (std::none_of(out_.extras.begin(), out_.extras.end(), [&](const Extra& e) { return e.path == rel; }))
          out_.extras.push_back({rel, true, fmt::format("path dependency in '{}'", Join(dir, "Cargo.toml"))});
      } else {
        out_.blocker = fmt::format("'{}' names '{}', which is not in the build context", Join(dir, "Cargo.toml"), rel);
        return;
      }
    }
    if (virtual_root) return;
    // The default targets cargo discovers: a placeholder for each one the sources have; with none, a binary at
    // the root and a library in a member (what a dependency of it needs).
    bool found = false;
    for (std::string_view target : {"src/lib.rs", "src/main.rs"}) {
      if (!context_.IsFile(Join(cwd_, Join(dir, target)))) continue;
      AddPlaceholder(Join(dir, target));
      found = true;
    }
    if (!found && !has_placeholder) AddPlaceholder(Join(dir, dir.empty() ? "src/main.rs" : "src/lib.rs"));
  }

  void AddPlaceholder(const std::string& rel) {
    if (std::find(out_.placeholders.begin(), out_.placeholders.end(), rel) == out_.placeholders.end())
      out_.placeholders.push_back(rel);
  }

  const ContextFiles& context_;
  std::string cwd_;
  InstallInputs& out_;
  std::vector<std::string> crates_;  // crate directories besides the root, relative to cwd
};

// A path relative to the folder `from`, both absolute context paths ("/src/Web", "/src/Core/Core.csproj"
// -> "../Core/Core.csproj").
std::string RelativeFrom(std::string_view from, std::string_view path) {
  auto parts = [](std::string_view p) {
    std::vector<std::string_view> out;
    for (size_t at = 0; at < p.size();) {
      size_t slash = p.find('/', at);
      if (slash == std::string_view::npos) slash = p.size();
      if (slash > at) out.push_back(p.substr(at, slash - at));
      at = slash + 1;
    }
    return out;
  };
  const std::vector<std::string_view> a = parts(from), b = parts(path);
  size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  std::string out;
  for (size_t i = common; i < a.size(); ++i) out += "../";
  for (size_t i = common; i < b.size(); ++i) out.append(b[i]).append(i + 1 < b.size() ? "/" : "");
  return out;
}

// The value of attribute `name` in the tag text `tag` (either quote), nullopt when absent.
std::optional<std::string> Attribute(std::string_view tag, std::string_view name) {
  for (size_t at = tag.find(name); at != std::string_view::npos; at = tag.find(name, at + 1)) {
    if (at == 0 || !std::isspace(static_cast<unsigned char>(tag[at - 1]))) continue;
    size_t eq = tag.find_first_not_of(" \t\r\n", at + name.size());
    if (eq == std::string_view::npos || tag[eq] != '=') continue;
    size_t quote = tag.find_first_not_of(" \t\r\n", eq + 1);
    if (quote == std::string_view::npos || (tag[quote] != '"' && tag[quote] != '\'')) return std::nullopt;
    size_t close = tag.find(tag[quote], quote + 1);
    if (close == std::string_view::npos) return std::nullopt;
    return std::string(tag.substr(quote + 1, close - quote - 1));
  }
  return std::nullopt;
}

// A .NET restore reads the projects a solution it names lists, the projects its project references (`<ProjectReference Include="..\Core\Core.csproj"
// />`), followed here to their files, the files they import (`<Import Project="..\build.props" />`), and,
// for every project, the build and package files MSBuild and NuGet look for in its folder and each
// folder above it (central package versions in Directory.Packages.props leave the projects'
// PackageReferences without one). What cannot be followed (a property, a wildcard, a file not in the
// context) is a blocker.
void ResolveDotnet(const ContextFiles& context, std::string_view cwd, const std::vector<std::string>& named,
                   InstallInputs& out) {
  const std::string here = Join("", cwd == "." ? "" : cwd);
  std::vector<std::pair<std::string, bool>> files;  // absolute context path, is a project
  auto add = [&](const std::string& path, bool project) {
    if (std::any_of(files.begin(), files.end(), [&](const auto& f) { return f.first == path; })) return;
    files.emplace_back(path, project);
    std::string relative = RelativeFrom(here, path);
    if (std::find(out.files.begin(), out.files.end(), relative) == out.files.end()) out.files.push_back(std::move(relative));
  };
  for (const std::string& f : std::vector<std::string>(out.files)) {
    if (f.ends_with("proj")) add(Join(here, f), true);
    if (!f.ends_with(".sln") || std::find(named.begin(), named.end(), f) == named.end()) continue;
    // A solution named on the command line restores the projects it lists:
    // `Project("{GUID}") = "Name", "Web\Web.csproj", "{GUID}"` (a solution folder's entry names no project file).
    const std::string solution = Join(here, f);
    const std::string body = context.Read(solution).value_or("");
    const size_t before = files.size();
    for (size_t at = body.find("\nProject("); at != std::string::npos; at = body.find("\nProject(", at + 1)) {
      const size_t eol = body.find('\n', at + 1);
      const std::string_view line = std::string_view(body).substr(at + 1, eol == std::string::npos ? std::string::npos : eol - at - 1);
      // The second quoted string after the '=': the project's path.
      size_t q = line.find('=');
      std::string path;
      for (int field = 0; field < 2 && q != std::string_view::npos; ++field) {
        const size_t open = line.find('"', q + 1);
        const size_t close = open == std::string_view::npos ? open : line.find('"', open + 1);
        if (close == std::string_view::npos) break;
        path = std::string(line.substr(open + 1, close - open - 1));
        q = close;
      }
      if (!path.ends_with("proj")) continue;
      std::replace(path.begin(), path.end(), '\\', '/');
      const std::string project = Join(DirName(solution), path);
      if (path.find_first_of("$*?%") != std::string::npos || path.starts_with("/") || !context.IsFile(project)) {
        out.blocker = fmt::format("'{}' lists '{}', which is not in the build context", f, path);
        return;
      }
      add(project, true);
    }
    if (files.size() == before) {  // a real solution lists its projects: this one cannot be read
      out.blocker = fmt::format("'{}' lists no project dockopt can read", f);
      return;
    }
  }
  for (size_t i = 0; i < files.size() && out.blocker.empty(); ++i) {
    const std::string file = files[i].first;  // a copy: `files` grows below
    const std::string name = RelativeFrom(here, file);
    const std::string body = context.Read(file).value_or("");
    for (const auto& [tag, attribute, project] : {std::tuple<std::string_view, std::string_view, bool>{"<ProjectReference", "Include", true},
                                                  {"<Import", "Project", false}}) {
      for (size_t at = body.find(tag); at != std::string::npos && out.blocker.empty(); at = body.find(tag, at + 1)) {
        const size_t after = at + tag.size();
        if (after >= body.size() || !(std::isspace(static_cast<unsigned char>(body[after])) || body[after] == '/')) continue;
        const std::string_view text = std::string_view(body).substr(after, body.find('>', after) - after);
        if (!project && Attribute(text, "Sdk")) continue;  // an SDK's own file, not the project's
        std::optional<std::string> value = Attribute(text, attribute);
        if (!value) {
          out.blocker = fmt::format("'{}' has a {} dockopt cannot read", name, tag.substr(1));
          return;
        }
        for (size_t from = 0; from <= value->size();) {
          size_t semi = value->find(';', from);
          if (semi == std::string::npos) semi = value->size();
          std::string reference = Trim(value->substr(from, semi - from));
          from = semi + 1;
          if (reference.empty()) continue;
          std::replace(reference.begin(), reference.end(), '\\', '/');
          constexpr std::string_view kThisFolder = "$(MSBuildThisFileDirectory)";  // with its trailing slash
          if (reference.starts_with(kThisFolder)) reference.erase(0, kThisFolder.size());
          if (reference.find_first_of("$*?%@") != std::string::npos || reference.starts_with("/") ||
              reference.find(':') != std::string::npos) {
            out.blocker = fmt::format("'{}' names '{}' through a property, a wildcard or an absolute path", name, reference);
            return;
          }
          const std::string path = Join(DirName(file), reference);
          if (!context.IsFile(path)) {
            out.blocker = fmt::format("'{}' reads '{}', which is not in the build context", name, reference);
            return;
          }
          add(path, project);
        }
      }
    }
    if (!files[i].second) continue;
    for (std::string dir = DirName(file);; dir = DirName(dir)) {
      for (std::string_view hierarchical : {"Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props",
                                            "NuGet.Config", "nuget.config", "NuGet.config", "global.json"})
        if (context.IsFile(Join(dir, hierarchical))) add(Join(dir, hierarchical), false);
      if (dir.empty() || dir == "/") break;
    }
  }
}

void ResolveOther(const ContextFiles& context, std::string_view cwd, Ecosystem ecosystem, InstallInputs& out) {
  auto text = [&](std::string_view file) { return context.Read(Join(cwd, file)).value_or(""); };
  switch (ecosystem) {
    case Ecosystem::kSetuptools:
      out.blocker = "setup.py/setup.cfg install the package itself: the install needs the package sources";
      return;
    case Ecosystem::kBundler: {
      const std::string gemfile = text("Gemfile");
      if (gemfile.find("gemspec") != std::string::npos)
        out.blocker = "'Gemfile' reads the gem's own gemspec, which needs the sources";
      else if (gemfile.find("path:") != std::string::npos || gemfile.find(":path") != std::string::npos)
        out.blocker = "'Gemfile' has a 'path:' gem";
      else if (context.IsDirectory(Join(cwd, "vendor/cache")))  // `bundle cache`: the gems install from there
        out.extras.push_back({"vendor/cache", true, "the gems of 'bundle cache'"});
      return;
    }
    case Ecosystem::kGo: {
      const std::string gomod = text("go.mod");
      for (size_t at = gomod.find("=>"); at != std::string::npos; at = gomod.find("=>", at + 2)) {
        const std::string target = Trim(gomod.substr(at + 2, gomod.find('\n', at) - at - 2));
        if (!target.starts_with("./") && !target.starts_with("../")) continue;
        if (!InsideCwd(Join("", target), out.blocker, "a 'replace' in 'go.mod'")) return;
        out.extras.push_back({Join("", target), true, "local 'replace' in 'go.mod'"});
      }
      if (context.IsFile(Join(cwd, "vendor/modules.txt")) && GoUsesVendorByDefault(gomod))
        out.blocker = "the modules are vendored in 'vendor/'";
      return;
    }
    case Ecosystem::kCargo:
      CargoScan(context, cwd, out).Run();
      return;
    case Ecosystem::kMaven:
      if (text("pom.xml").find("<modules>") != std::string::npos)
        out.blocker = "'pom.xml' is a multi-module build (each module's pom is needed)";
      return;
    case Ecosystem::kGradle:
      for (std::string_view settings : {"settings.gradle", "settings.gradle.kts"})
        if (text(settings).find("include") != std::string::npos)
          out.blocker = fmt::format("'{}' includes subprojects (their build files are needed)", settings);
      return;
    case Ecosystem::kMix: {
      // An umbrella (`apps_path:`) fetches for every app's mix.exs; a mix.exs that reads or evaluates other
      // files (`File.read!("VERSION")`, `Code.require_file`) needs them when it is evaluated.
      const std::string mix = text("mix.exs");
      if (mix.find("apps_path") != std::string::npos)
        out.blocker = "'mix.exs' is an umbrella project (each app's mix.exs is needed)";
      else if (mix.find("File.") != std::string::npos || mix.find("Code.") != std::string::npos)
        out.blocker = "'mix.exs' reads other files when it is evaluated";
      else if (mix.find("path:") != std::string::npos || mix.find("in_umbrella") != std::string::npos)
        out.blocker = "'mix.exs' has a dependency on a local folder ('path:' or 'in_umbrella:')";
      return;
    }
    case Ecosystem::kLein: {
      // project.clj is Clojure that lein evaluates: one that reads files needs them.
      const std::string project = text("project.clj");
      for (std::string_view reads : {"slurp", "load-file", "io/file", "io/reader", "File."})
        if (project.find(reads) != std::string::npos) {
          out.blocker = fmt::format("'project.clj' reads other files when lein evaluates it ('{}')", reads);
          return;
        }
      if (project.find(":checkouts") != std::string::npos || context.IsDirectory(Join(cwd, "checkouts")))
        out.blocker = "the project builds local checkouts ('checkouts/')";
      return;
    }
    case Ecosystem::kSbt: {
      // A build of several projects (`lazy val core = project.in(file("core"))`) needs each one's folder.
      const std::string build = text("build.sbt");
      for (std::string_view many : {"project.in(", "(project in", "dependsOn(", "aggregate(", "ProjectRef(", "RootProject("})
        if (build.find(many) != std::string::npos) {
          out.blocker = fmt::format("'build.sbt' defines several projects ('{}'): their folders are needed", many);
          return;
        }
      return;
    }
    case Ecosystem::kStack: {
      // `packages:` other than the project itself: each package's cabal file is needed.
      const std::string stack = text("stack.yaml");
      const size_t packages = stack.find("packages:");
      if (packages != std::string::npos) {
        std::istringstream lines(stack.substr(packages + 9));
        std::string line;
        while (std::getline(lines, line)) {
          const std::string item = Trim(line);
          if (item.empty() || item.starts_with("#")) continue;
          if (!item.starts_with("-")) break;
          const std::string name = Trim(item.substr(1));
          if (name != "." && name != "'.'" && name != "\".\"" && name != "./") {
            out.blocker = fmt::format("'stack.yaml' lists other packages ('{}'): their cabal files are needed", name);
            return;
          }
        }
      }
      return;
    }
    case Ecosystem::kPub:
      if (text("pubspec.yaml").find("path:") != std::string::npos)
        out.blocker = "'pubspec.yaml' has a path dependency (its folder is needed)";
      return;
    case Ecosystem::kShards:
      if (text("shard.yml").find("path:") != std::string::npos)
        out.blocker = "'shard.yml' has a path dependency (its folder is needed)";
      return;
    case Ecosystem::kComposer: {
      // A "path" repository ("url": "packages/slugger") is read by the install: it goes in first.
      const std::string json = text("composer.json");
      if (json.find("\"path\"") == std::string::npos) return;
      for (size_t at = json.find("\"url\""); at != std::string::npos; at = json.find("\"url\"", at + 5)) {
        size_t colon = json.find(':', at);
        size_t open = colon == std::string::npos ? colon : json.find('"', colon + 1);
        size_t close = open == std::string::npos ? open : json.find('"', open + 1);
        if (close == std::string::npos) break;
        const std::string url = json.substr(open + 1, close - open - 1);
        if (url.find('*') != std::string::npos) {
          out.blocker = "'composer.json' has a path repository with a wildcard";
          return;
        }
        if (url.find("://") != std::string::npos || !context.IsDirectory(Join(cwd, url))) continue;
        if (!InsideCwd(Join("", url), out.blocker, "a path repository in 'composer.json'")) return;
        out.extras.push_back({Join("", url), true, "path repository in 'composer.json'"});
      }
      return;
    }
    default:
      return;
  }
}

}  // namespace

std::string_view EcosystemName(Ecosystem ecosystem) {
  static constexpr std::string_view kNames[] = {"pip",  "pipenv", "poetry", "uv",    "pdm",     "setuptools",
                                                "npm",  "yarn",   "pnpm",   "go",    "cargo",   "maven",
                                                "gradle", "bundler", "composer", "dotnet", "mix",
                                                "lein", "sbt",    "stack",  "pub",   "shards"};
  return kNames[static_cast<size_t>(ecosystem)];
}

std::string_view LanguageOf(Ecosystem ecosystem) {
  switch (ecosystem) {
    case Ecosystem::kNpm: case Ecosystem::kYarn: case Ecosystem::kPnpm: return "node";
    case Ecosystem::kGo: return "go";
    case Ecosystem::kCargo: return "rust";
    case Ecosystem::kMaven: case Ecosystem::kGradle: return "java";
    case Ecosystem::kBundler: return "ruby";
    case Ecosystem::kComposer: return "php";
    case Ecosystem::kDotnet: return "dotnet";
    case Ecosystem::kMix: return "elixir";
    case Ecosystem::kLein: return "clojure";
    case Ecosystem::kSbt: return "scala";
    case Ecosystem::kStack: return "haskell";
    case Ecosystem::kPub: return "dart";
    case Ecosystem::kShards: return "crystal";
    default: return "python";
  }
}

ManifestNames ManifestNamesOf(Ecosystem ecosystem) {
  switch (ecosystem) {
    case Ecosystem::kPip: return {{"requirements.txt"}, {}};
    case Ecosystem::kPipenv: return {{"Pipfile"}, {"Pipfile.lock"}};
    case Ecosystem::kPoetry: return {{"pyproject.toml"}, {"poetry.lock", "poetry.toml"}};
    case Ecosystem::kUv: return {{"pyproject.toml"}, {"uv.lock", ".python-version", "uv.toml"}};
    case Ecosystem::kPdm: return {{"pyproject.toml"}, {"pdm.lock", "pdm.toml", ".pdm-python"}};
    case Ecosystem::kSetuptools: return {{}, {"setup.py", "setup.cfg", "pyproject.toml"}};
    case Ecosystem::kNpm: return {{"package.json"}, {"package-lock.json", "npm-shrinkwrap.json", ".npmrc"}};
    case Ecosystem::kYarn:
      return {{"package.json"}, {"yarn.lock", ".npmrc", ".yarnrc", ".yarnrc.yml", ".yarn/releases", ".yarn/plugins", ".yarn/patches"}};
    case Ecosystem::kPnpm: return {{"package.json"}, {"pnpm-lock.yaml", "pnpm-workspace.yaml", ".npmrc", ".pnpmfile.cjs"}};
    case Ecosystem::kGo: return {{"go.mod"}, {"go.sum"}};
    case Ecosystem::kCargo: return {{"Cargo.toml"}, {"Cargo.lock", ".cargo", "rust-toolchain", "rust-toolchain.toml"}};
    case Ecosystem::kMaven: return {{"pom.xml"}, {"mvnw", ".mvn"}};
    case Ecosystem::kGradle:
      return {{"build.gradle*"}, {"settings.gradle", "settings.gradle.kts", "gradle.properties", "gradlew", "gradle"}};
    case Ecosystem::kBundler: return {{"Gemfile"}, {"Gemfile.lock", ".bundle"}};
    case Ecosystem::kComposer: return {{"composer.json"}, {"composer.lock", "auth.json"}};
    case Ecosystem::kDotnet:
      return {{"*.csproj"},
              {"*.sln", "NuGet.Config", "nuget.config", "NuGet.config", "Directory.Build.props", "Directory.Build.targets",
               "Directory.Packages.props", "global.json"}};
    // `mix deps.get` evaluates mix.exs and fetches what mix.lock pins (the Phoenix generator's Dockerfile
    // copies just these two before it).
    case Ecosystem::kMix: return {{"mix.exs"}, {"mix.lock"}};
    // `lein deps` evaluates project.clj (and a profiles.clj beside it); `sbt update` loads build.sbt and
    // the build definition in project/; stack reads stack.yaml and the package's cabal or hpack file;
    // `pub get` reads pubspec.yaml and what pubspec.lock pins.
    case Ecosystem::kLein: return {{"project.clj"}, {"profiles.clj"}};
    case Ecosystem::kSbt: return {{"build.sbt"}, {"project"}};
    case Ecosystem::kStack: return {{"stack.yaml"}, {"stack.yaml.lock", "package.yaml", "*.cabal"}};
    case Ecosystem::kPub: return {{"pubspec.yaml"}, {"pubspec.lock"}};
    // `shards install` reads shard.yml, installs what shard.lock pins, and applies shard.override.yml
    // (https://crystal-lang.org/reference/man/shards/).
    case Ecosystem::kShards: return {{"shard.yml"}, {"shard.lock", "shard.override.yml"}};
  }
  return {};
}

LocalRequirement ClassifyRequirement(std::string_view requirement, std::string& path) {
  std::string r = Trim(requirement);
  for (std::string_view flag : {"-e", "--editable"})
    if (StartsWithWord(r, flag)) r = AfterFlag(r, flag);
  if (const size_t at = r.find(" @ "); at != std::string::npos) r = Trim(r.substr(at + 3));
  if (r.find("://") != std::string::npos && !r.starts_with("file:")) return LocalRequirement::kNone;
  if (r.starts_with("git+") || r.starts_with("hg+") || r.starts_with("svn+")) return LocalRequirement::kNone;
  bool local = false;
  if (r.starts_with("file:")) {
    r = r.substr(5);
    if (r.starts_with("//")) r = r.substr(2);
    local = true;
  }
  if (const size_t bracket = r.find('['); bracket != std::string::npos) r = r.substr(0, bracket);  // extras
  if (const size_t hash = r.find('#'); hash != std::string::npos) r = r.substr(0, hash);          // #egg=
  local = local || r == "." || r.starts_with("./") || r.starts_with("../") || r.starts_with("/") ||
          r.find('/') != std::string::npos || r.ends_with(".whl") || r.ends_with(".tar.gz") || r.ends_with(".zip");
  if (!local) return LocalRequirement::kNone;
  while (r.starts_with("./")) r = r.substr(2);
  while (r.size() > 1 && r.ends_with("/")) r.pop_back();
  path = r.empty() ? "." : r;
  return path == "." ? LocalRequirement::kProject : LocalRequirement::kPath;
}

PackageJsonFacts ReadPackageJson(std::string_view text) {
  PackageJsonFacts facts;
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return facts;
  facts.parsed = true;
  const auto strings = [](const nlohmann::json& value, std::vector<std::string>& out) {
    if (!value.is_array()) return;
    for (const auto& v : value)
      if (v.is_string()) out.push_back(v.get<std::string>());
  };
  if (auto w = doc.find("workspaces"); w != doc.end()) {
    strings(*w, facts.workspaces);
    if (w->is_object() && w->contains("packages")) strings((*w)["packages"], facts.workspaces);
  }
  if (auto s = doc.find("scripts"); s != doc.end() && s->is_object())
    for (std::string_view hook : kNpmInstallLifecycle)
      if (auto h = s->find(std::string(hook)); h != s->end() && h->is_string())
        facts.hooks.emplace_back(std::string(hook), h->get<std::string>());
  for (std::string_view section : {"dependencies", "devDependencies", "optionalDependencies"}) {
    auto deps = doc.find(std::string(section));
    if (deps == doc.end() || !deps->is_object()) continue;
    for (const auto& [name, spec] : deps->items()) {
      if (!spec.is_string()) continue;
      const std::string value = spec.get<std::string>();
      for (std::string_view prefix : {"file:", "link:"})
        if (value.starts_with(prefix)) facts.local_dependencies.push_back(value.substr(prefix.size()));
    }
  }
  if (auto pnpm = doc.find("pnpm"); pnpm != doc.end() && pnpm->is_object())
    if (auto patched = pnpm->find("patchedDependencies"); patched != pnpm->end() && patched->is_object())
      for (const auto& [name, file] : patched->items())
        if (file.is_string()) facts.pnpm_patches.push_back(file.get<std::string>());
  return facts;
}

std::vector<std::string> ReadPnpmWorkspaces(std::string_view text) {
  std::vector<std::string> out;
  std::istringstream lines{std::string(text)};
  bool in_packages = false;
  for (std::string line; std::getline(lines, line);) {
    const std::string trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    if (line[0] != ' ' && line[0] != '-') {
      in_packages = trimmed.starts_with("packages:");
      continue;
    }
    if (!in_packages || trimmed[0] != '-') continue;
    std::string value = Trim(trimmed.substr(1));
    if (value.size() >= 2 && (value[0] == '\'' || value[0] == '"')) value = value.substr(1, value.size() - 2);
    if (!value.empty() && value[0] != '!') out.push_back(value);
  }
  return out;
}

std::vector<std::string> ReadPnpmPatchedDependencies(std::string_view text) {
  std::vector<std::string> out;
  std::istringstream lines{std::string(text)};
  bool in_patches = false;
  for (std::string line; std::getline(lines, line);) {
    const std::string trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    if (line[0] != ' ') {
      in_patches = trimmed.starts_with("patchedDependencies:");
      continue;
    }
    const size_t colon = trimmed.rfind(": ");  // "'pkg@1.0.0': patches/pkg@1.0.0.patch"
    if (!in_patches || colon == std::string::npos) continue;
    std::string value = Trim(trimmed.substr(colon + 2));
    if (value.size() >= 2 && (value[0] == '\'' || value[0] == '"')) value = value.substr(1, value.size() - 2);
    if (!value.empty()) out.push_back(value);
  }
  return out;
}

namespace {

// The files matching `pattern` one or two folders below `cwd` (dependency folders left out), sorted: a
// .NET solution keeps each project file in its project's folder, where `*.csproj` at the top finds none.
std::vector<std::string> InSubfolders(const ContextFiles& context, std::string_view cwd, std::string_view pattern) {
  std::vector<std::string> out;
  auto skipped = [](std::string_view name) { return name.starts_with(".") || name == "node_modules" || name == "bin" || name == "obj"; };
  for (const std::string& dir : context.List(Join(cwd, ""), "*", /*directories=*/true)) {
    if (skipped(dir)) continue;
    for (const std::string& f : context.List(Join(cwd, dir), pattern)) out.push_back(dir + "/" + f);
    for (const std::string& sub : context.List(Join(cwd, dir), "*", /*directories=*/true)) {
      if (skipped(sub)) continue;
      for (const std::string& f : context.List(Join(cwd, dir + "/" + sub), pattern)) out.push_back(dir + "/" + sub + "/" + f);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

InstallInputs ResolveInstallInputs(const ContextFiles& context, std::string_view cwd, Ecosystem ecosystem,
                                   const std::vector<std::string>& named, const std::vector<std::string>& local_operands,
                                   bool ignore_scripts) {
  InstallInputs out;
  const ManifestNames names = ManifestNamesOf(ecosystem);
  const std::vector<std::string>& required = named.empty() ? names.required : named;
  if (ecosystem == Ecosystem::kPip) {
    RequirementsScan scan(context, cwd, out);
    for (const std::string& file : required) scan.File(Join("", file));
    for (const std::string& operand : local_operands)
      if (out.blocker.empty()) scan.Requirement(operand, "", "on the command line");
    return out;
  }
  for (const std::string& manifest : required) {
    if (context::HasGlobMeta(manifest)) {
      const std::string parent = DirName(manifest);
      const std::vector<std::string> found = context.List(Join(cwd, parent), manifest.substr(parent.size() + !parent.empty()));
      if (found.empty()) {
        const std::vector<std::string> below = parent.empty() ? InSubfolders(context, cwd, manifest) : std::vector<std::string>{};
        out.blocker = below.empty()
                          ? fmt::format("no '{}' in the build context", manifest)
                          : fmt::format("the '{}' files are in subfolders ('{}'{}): each goes into its own folder, "
                                        "with the solution that names them",
                                        manifest, below.front(), below.size() > 1 ? fmt::format(" and {} more", below.size() - 1) : "");
        return out;
      }
      for (const std::string& f : found) out.files.push_back(Join(parent, f));
    } else if (context.IsFile(Join(cwd, manifest))) {
      out.files.push_back(Join("", manifest));
    } else {
      // Named from the context's root: the folder the install runs in may itself be missing (a
      // WORKDIR the sources do not have, where cargo and npm look further up).
      out.blocker = fmt::format("'{}' is not in the build context", Join(cwd, manifest));
      return out;
    }
  }
  for (const std::string& companion : names.optional) {
    if (context::HasGlobMeta(companion)) {
      for (const std::string& f : context.List(cwd, companion))
        if (std::find(out.files.begin(), out.files.end(), f) == out.files.end()) out.files.push_back(f);
    } else if (context.IsFile(Join(cwd, companion))) {
      out.files.push_back(companion);
    } else if (context.IsDirectory(Join(cwd, companion))) {
      out.directories.push_back(companion);
    }
  }
  if (ecosystem == Ecosystem::kNpm || ecosystem == Ecosystem::kYarn || ecosystem == Ecosystem::kPnpm)
    ResolveNode(context, cwd, ecosystem, ignore_scripts, out);
  else if (ecosystem == Ecosystem::kPoetry || ecosystem == Ecosystem::kUv || ecosystem == Ecosystem::kPdm)
    ResolvePyproject(context, cwd, out);
  else if (ecosystem == Ecosystem::kDotnet)
    ResolveDotnet(context, cwd, named, out);
  else
    ResolveOther(context, cwd, ecosystem, out);
  return out;
}

}  // namespace dockopt::analysis
