// CommandNamesFileUnder (see context_migration_named.h).
#include "cli/context_migration_named.h"

#include <set>
#include <string_view>
#include <vector>

#include <cctype>

#include "context/context_files.h"

namespace dockopt::cli {
namespace {

// Characters that may stand before a relative path in a command: a word start, a quote, `=`, `(`.
bool PathStart(char c) { return std::string_view(" \t\n'\"=(;&|,[").find(c) != std::string_view::npos; }
bool PathEnd(char c) { return std::string_view(" \t\n'\"`;&|),]").find(c) != std::string_view::npos; }

// Text files that may name a served or loaded file: markup, templates, code, styles, configuration.
constexpr std::string_view kNamingText[] = {
    ".html", ".htm", ".j2",  ".jinja", ".jinja2", ".tmpl", ".tpl", ".erb", ".haml", ".twig", ".hbs", ".mustache",
    ".ejs",  ".pug", ".js",  ".mjs",   ".cjs",    ".jsx",  ".ts",  ".tsx", ".vue",  ".svelte", ".css", ".scss",
    ".py",   ".rb",  ".php", ".go",    ".json",   ".yaml", ".yml", ".toml", ".conf", ".ini", ".cfg"};
constexpr uint64_t kMaxNamingBytes = 1 << 20;
constexpr size_t kMaxNamedFiles = 5000;  // paths looked for, from one directory
constexpr size_t kMaxScanned = 2000;    // source files read

bool NamingText(std::string_view path) {
  for (std::string_view ext : kNamingText)
    if (path.ends_with(ext)) return true;
  return false;
}

// Dependency trees and caches: what they name is not the project's.
bool InToolTree(std::string_view path) {
  // Each with its leading slash, so no string is built per call (GCC 12 at -O3 also reports a
  // -Wrestrict false positive on `std::string("/") + ...`).
  for (std::string_view part : {"/node_modules/", "/.git/", "/.venv/", "/venv/", "/__pycache__/", "/vendor/"})
    if (path.starts_with(part.substr(1)) || path.find(part) != std::string_view::npos) return true;
  return false;
}

}  // namespace

std::optional<NamedBySource> SourceNamesFileUnder(const context::WalkResult& walk, const std::string& context_dir,
                                                  const std::string& dir) {
  const std::string prefix = dir + "/";
  const size_t slash = dir.rfind('/');
  const std::string name = slash == std::string::npos ? dir : dir.substr(slash + 1);
  std::set<std::string> keys;  // "dist/css/output.css"
  for (const context::WalkedFile& f : walk.files)
    if (f.path.starts_with(prefix) && keys.size() < kMaxNamedFiles) keys.insert(name + "/" + f.path.substr(prefix.size()));
  if (keys.empty()) return std::nullopt;
  const std::string head = name + "/";
  auto path_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '/';
  };
  const context::ContextFiles files(context_dir);
  size_t scanned = 0;
  for (const context::WalkedFile& f : walk.files) {
    if (f.path.starts_with(prefix) || f.bytes > kMaxNamingBytes || !NamingText(f.path) || InToolTree(f.path)) continue;
    if (++scanned > kMaxScanned) break;
    std::optional<std::string> text = files.Read(f.path, kMaxNamingBytes);
    if (!text) continue;
    // Each `dist/...` of the text that starts a path of its own (`'dist/css/output.css'`, `/static/dist/x.js`),
    // read to its end (a quote, `?v=2`, a space) and looked up among the directory's files.
    for (size_t at = text->find(head); at != std::string::npos; at = text->find(head, at + 1)) {
      const char before = at == 0 ? '/' : (*text)[at - 1];
      if (before != '/' && path_char(before)) continue;
      size_t end = at + head.size();
      while (end < text->size() && path_char((*text)[end])) ++end;
      const std::string named = text->substr(at, end - at);
      if (keys.count(named)) return NamedBySource{f.path, named};
    }
  }
  return std::nullopt;
}

std::optional<std::string> CommandNamesFileUnder(const ir::Dockerfile& dockerfile, const std::string& context_dir,
                                                 const std::string& dir) {
  const context::ContextFiles files(context_dir);
  const std::string prefix = dir + "/";
  for (const ir::Instruction& inst : dockerfile.instructions) {
    if (inst.kind != ir::InstructionKind::kRun && inst.kind != ir::InstructionKind::kCmd &&
        inst.kind != ir::InstructionKind::kEntrypoint)
      continue;
    const std::string_view text = inst.logical;
    for (size_t at = text.find(prefix); at != std::string_view::npos; at = text.find(prefix, at + 1)) {
      size_t start = at;
      if (start >= 2 && text.substr(start - 2, 2) == "./") start -= 2;  // ./build/ci.go
      if (start > 0 && !PathStart(text[start - 1])) continue;          // /go-ethereum/build/bin: an image path
      size_t end = at + prefix.size();
      while (end < text.size() && !PathEnd(text[end])) ++end;
      const std::string path(text.substr(at, end - at));
      if (path.size() > prefix.size() && path.find_first_of("$*?") == std::string::npos && files.IsFile(path))
        return path;
    }
  }
  return std::nullopt;
}

}  // namespace dockopt::cli
