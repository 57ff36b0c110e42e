// RenderText / RenderJson (see report.h).
#include "context/report.h"

#include <fmt/core.h>

#include <algorithm>

#include "context/size.h"

namespace dockopt::context {
namespace {

template <typename T>
std::vector<T> TopBy(std::vector<T> items, size_t n) {
  const size_t k = std::min(n, items.size());
  std::partial_sort(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(k), items.end(),
                    [](const T& a, const T& b) { return a.bytes != b.bytes ? a.bytes > b.bytes : a.path < b.path; });
  items.resize(k);
  return items;
}

std::string Where(const ContextReport& report, const CopySource& source) {
  if (source.column == 0) return fmt::format("{}:{}", report.dockerfile, source.line);
  return fmt::format("{}:{}:{}", report.dockerfile, source.line, source.column);
}

std::string Status(const CopySourceCheck& check) {
  if (check.unchecked) return "unchecked";
  if (!check.found) return "missing";
  return check.excluded ? "excluded" : "ok";
}

}  // namespace

std::vector<WalkedFile> LargestFiles(const WalkResult& walk, size_t n) { return TopBy(walk.files, n); }

std::vector<WalkedDir> LargestDirs(const WalkResult& walk, size_t n) {
  std::vector<WalkedDir> dirs;
  for (const WalkedDir& dir : walk.dirs)
    if (!dir.path.empty() && !dir.excluded) dirs.push_back(dir);
  return TopBy(std::move(dirs), n);
}

std::vector<std::string> CopySourceErrors(const ContextReport& report) {
  std::vector<std::string> out;
  for (const CopySourceCheck& check : report.copy_sources) {
    if (check.unchecked) continue;
    if (!check.found) {
      out.push_back(fmt::format("{}: error: {} source '{}' not found in the build context", Where(report, check.source),
                                check.source.instruction, check.source.source));
    } else if (check.excluded) {
      out.push_back(fmt::format("{}: error: {} source '{}' is excluded by '{}'; BuildKit would fail the build",
                                Where(report, check.source), check.source.instruction, check.source.source,
                                report.ignore.path));
    }
  }
  return out;
}

std::string RenderText(const ContextReport& report, const ReportOptions& options) {
  std::string out;
  const WalkResult& walk = report.walk;
  out += fmt::format("build context: {}\n", report.dir);
  if (report.ignore.exists)
    out += fmt::format("ignore file:   {} ({} patterns)\n", report.ignore.path, report.matcher.patterns().size());
  else
    out += fmt::format("ignore file:   none ({} does not exist)\n", report.ignore.path);
  out += fmt::format("would send:    {} ({} bytes) in {} files", FormatSize(walk.total_bytes), walk.total_bytes,
                     walk.file_count);
  if (walk.pruned_dirs > 0) out += fmt::format(", {} excluded directories skipped unread", walk.pruned_dirs);
  out += "\n";
  if (options.max_size) {
    out += fmt::format("max size:      {} ({})\n", FormatSize(*options.max_size),
                       walk.total_bytes > *options.max_size ? "EXCEEDED" : "ok");
  }
  const auto files = LargestFiles(walk, options.top);
  if (!files.empty()) {
    out += fmt::format("\nlargest files:\n");
    for (const WalkedFile& f : files) out += fmt::format("  {:>10}  {}\n", FormatSize(f.bytes), f.path);
  }
  const auto dirs = LargestDirs(walk, options.top);
  if (!dirs.empty()) {
    out += fmt::format("\nlargest directories:\n");
    for (const WalkedDir& d : dirs) out += fmt::format("  {:>10}  {}/\n", FormatSize(d.bytes), d.path);
  }
  if (!report.bloat.empty()) {
    out += fmt::format("\nbloat:\n");
    for (const Bloat& b : report.bloat)
      out += fmt::format("  {:>10}  {}{}  [{}]\n", FormatSize(b.bytes), b.path, b.is_dir ? "/" : "", b.kind);
  }
  if (!report.copy_sources.empty()) {
    out += fmt::format("\nCOPY/ADD sources in {}:\n", report.dockerfile);
    for (const CopySourceCheck& c : report.copy_sources) {
      out += fmt::format("  {:<9}  {} '{}'  ({}{})\n", Status(c), c.source.instruction, c.source.source,
                         Where(report, c.source), c.note.empty() ? "" : ", " + c.note);
    }
  }
  if (!report.bloat.empty()) out += "\nhint: 'dockopt context --fix' adds ignore patterns for the bloat above\n";
  return out;
}

nlohmann::json RenderJson(const ContextReport& report, const ReportOptions& options) {
  using nlohmann::json;
  const WalkResult& walk = report.walk;
  json doc;
  doc["context"] = report.dir;
  doc["dockerfile"] = report.dockerfile;
  doc["ignore_file"] = {{"path", report.ignore.path},
                        {"exists", report.ignore.exists},
                        {"patterns", report.matcher.patterns().size()}};
  doc["total_bytes"] = walk.total_bytes;
  doc["file_count"] = walk.file_count;
  doc["dir_count"] = walk.dir_count;
  doc["pruned_dirs"] = walk.pruned_dirs;
  doc["largest"] = json::array();
  for (const WalkedFile& f : LargestFiles(walk, options.top)) doc["largest"].push_back({{"path", f.path}, {"bytes", f.bytes}});
  doc["largest_dirs"] = json::array();
  for (const WalkedDir& d : LargestDirs(walk, options.top))
    doc["largest_dirs"].push_back({{"path", d.path}, {"bytes", d.bytes}, {"files", d.files}});
  doc["bloat"] = json::array();
  for (const Bloat& b : report.bloat)
    doc["bloat"].push_back({{"path", b.path}, {"kind", b.kind}, {"bytes", b.bytes}, {"is_dir", b.is_dir}});
  doc["copy_sources"] = json::array();
  for (const CopySourceCheck& c : report.copy_sources) {
    json entry = {{"source", c.source.source},   {"instruction", c.source.instruction},
                  {"line", c.source.line},       {"column", c.source.column},
                  {"found", c.found},            {"excluded", c.excluded},
                  {"checked", !c.unchecked},     {"matches", c.matches}};
    if (!c.note.empty()) entry["note"] = c.note;
    doc["copy_sources"].push_back(entry);
  }
  doc["errors"] = CopySourceErrors(report);
  if (options.max_size) {
    doc["max_size"] = *options.max_size;
    doc["over_max_size"] = walk.total_bytes > *options.max_size;
  } else {
    doc["max_size"] = nullptr;
    doc["over_max_size"] = false;
  }
  return doc;
}

}  // namespace dockopt::context
