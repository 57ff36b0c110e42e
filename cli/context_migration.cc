// PlanContextMigration, MigrationSummary, WriteMigration (see context_migration.h).
#include "cli/context_migration.h"

#include <fmt/core.h>

#include <algorithm>
#include <map>

#include "analysis/copy_sources.h"
#include "cli/commands.h"
#include "cli/context_migration_candidates.h"
#include "cli/context_migration_git.h"
#include "cli/context_migration_leftovers.h"
#include "cli/context_migration_named.h"
#include "cli/context_migration_workdir.h"
#include "cli/context_migration_removed.h"
#include "cli/file_io.h"
#include "context/analyze.h"
#include "context/context_files.h"
#include "context/copy_sources.h"
#include "context/report.h"
#include "context/size.h"
#include "parser/parse.h"

namespace dockopt::cli {
namespace {

// Adds the leave-outs to the plan's ignore text and proves the result again with PlanFix (no new bloat).
bool AddLeaveOuts(const context::ContextRequest& request, const context::ContextReport& report,
                  const std::vector<LeaveOut>& leave_outs, context::FixPlan& plan, std::string& error) {
  const std::string nl = plan.new_text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
  std::string text = plan.new_text;
  if (!text.empty() && !text.ends_with("\n")) text += nl;
  if (!plan.changed) text += (text.empty() ? "" : nl) + std::string(context::kFixHeader) + nl;
  for (const LeaveOut& l : leave_outs) text += l.pattern + nl;
  context::ContextReport with = report;
  with.bloat.clear();
  with.ignore.text = text;
  with.ignore.lines = context::ReadIgnoreLines(text);
  context::FixPlan proven;
  if (!context::PlanFix(request, with, proven, error)) return false;
  std::map<std::string, std::string> by_kind;  // "tests" -> "locust/test/, tests/"
  for (const LeaveOut& l : leave_outs) {
    plan.added.push_back(l.pattern);
    std::string& list = by_kind[l.kind];
    list += (list.empty() ? "" : ", ") + l.pattern + (context::ContextFiles(report.dir).IsDirectory(l.pattern) ? "/" : "");
  }
  for (const auto& [kind, list] : by_kind)
    plan.notes.push_back(fmt::format("left out as not needed in a production image (--unsafe, {}): {}", kind, list));
  plan.new_text = text;
  plan.changed = true;
  plan.after_bytes = proven.after_bytes;
  plan.after_files = proven.after_files;
  plan.after_checks = std::move(proven.after_checks);
  return true;
}

}  // namespace

bool PlanContextMigration(const std::string& context_dir, const std::string& dockerfile_path,
                          const std::string& optimized, bool unsafe, ContextMigration& out, std::string& error) {
  const SourceBuffer source(dockerfile_path, optimized);
  const ParseResult parsed = Parse(source);
  if (!parsed.dockerfile) {
    error = "the optimized Dockerfile does not parse (a dockopt bug); nothing written";
    return false;
  }
  context::ContextRequest request{context_dir, dockerfile_path, analysis::ContextCopySources(*parsed.dockerfile),
                                  std::nullopt};
  context::ContextReport report;
  if (!context::AnalyzeContext(request, report, error)) return false;
  // A source already missing is the Dockerfile's problem, not the migration's: PlanFix keeps every
  // source that is found, and the summary names the missing ones.
  out.missing_sources = context::CopySourceErrors(report);
  out.ignore_path = report.ignore.path;
  // The build reads the repository's history (a version from `git describe`): .git stays.
  std::optional<std::string> git_read = ReadsGitMetadata(*parsed.dockerfile, context_dir);
  if (git_read) std::erase_if(report.bloat, [](const context::Bloat& b) { return b.kind == "git"; });
  // A "build" directory whose files a command runs (`go run build/ci.go`) is source, not output.
  std::vector<std::string> run_notes;
  // One a source file names (a template's `dist/css/output.css`) is content the app serves. Others of
  // the same name go too: their `**/dist` would hide it.
  std::vector<std::string> kept_names;
  std::erase_if(report.bloat, [&](const context::Bloat& b) {
    if (b.kind != "build-output" || !b.is_dir) return false;
    std::optional<std::string> named = CommandNamesFileUnder(*parsed.dockerfile, context_dir, b.path);
    if (named) run_notes.push_back(fmt::format("'{}' kept in the context: a command runs '{}'", b.path, *named));
    // One the build works in (`COPY . /docs`, `WORKDIR /docs/build`, `RUN hugo`) is its source too.
    if (!named) {
      named = WorkdirInCopiedDir(*parsed.dockerfile, b.path);
      if (named) run_notes.push_back(fmt::format("'{}' kept in the context: the build works in '{}'", b.path, *named));
    }
    std::optional<NamedBySource> served = named ? std::nullopt : SourceNamesFileUnder(report.walk, context_dir, b.path);
    if (served)
      run_notes.push_back(fmt::format("'{}' kept in the context: '{}' names '{}'", b.path, served->source, served->named));
    if (named || served) kept_names.push_back(context::BaseName(b.path));
    return named || served;
  });
  std::erase_if(report.bloat, [&](const context::Bloat& b) {
    return b.kind == "build-output" && b.is_dir &&
           std::find(kept_names.begin(), kept_names.end(), context::BaseName(b.path)) != kept_names.end();
  });
  if (!context::PlanFix(request, report, out.plan, error)) return false;
  // Lines that send the same files as before change nothing (`**/target` then `!target/app.jar` under an
  // allowlist `*` that sent only the jar): the file is left as it is.
  // (A .dockerignore the context sends grows by the added text, which is all that differs then.)
  const uint64_t growth = out.plan.new_text.size() - std::min(out.plan.new_text.size(), report.ignore.text.size());
  if (out.plan.changed && out.plan.after_files == out.plan.before_files &&
      (out.plan.after_bytes == out.plan.before_bytes || out.plan.after_bytes == out.plan.before_bytes + growth)) {
    out.plan.changed = false;
    out.plan.added.clear();
    out.plan.new_text = report.ignore.text;
    std::erase_if(out.plan.notes, [](const std::string& note) { return note.starts_with("added '"); });
  }
  if (git_read) out.plan.notes.push_back(fmt::format(".git kept in the context: {}", *git_read));
  for (std::string& note : run_notes) out.plan.notes.push_back(std::move(note));
  if (!unsafe) return true;
  std::vector<LeaveOut> leave_outs = ProductionLeaveOuts(report, optimized, RemovedRightAfterCopy(*parsed.dockerfile));
  for (LeaveOut& l : AbsentLocalLeftovers(report, optimized)) leave_outs.push_back(std::move(l));
  std::string leave_error;
  if (!leave_outs.empty() && !AddLeaveOuts(request, report, leave_outs, out.plan, leave_error))
    out.plan.notes.push_back("content a production image does not need kept: " + leave_error);
  return true;
}

std::string MigrationSummary(const std::string& name, const OptimizeResult& result, const ContextMigration* migration) {
  std::map<std::string, int> applied;
  for (const Report& r : result.reports)
    if (r.applied) ++applied[r.rule_id];
  std::string rules;
  for (const auto& [id, count] : applied) rules += fmt::format("{}{} x{}", rules.empty() ? "" : ", ", id, count);
  std::string out = result.changed ? fmt::format("dockopt: {}: rewritten ({})\n", name, rules)
                                   : fmt::format("dockopt: {}: no change\n", name);
  if (migration == nullptr) return out;
  const context::FixPlan& plan = migration->plan;
  const double shrink = plan.before_bytes == 0 ? 0.0
                                               : 100.0 * (1.0 - static_cast<double>(plan.after_bytes) /
                                                                    static_cast<double>(plan.before_bytes));
  out += fmt::format("dockopt: build context: {} in {} files before, {} in {} files after ({:.1f}% smaller)\n",
                     context::FormatSize(plan.before_bytes), plan.before_files, context::FormatSize(plan.after_bytes),
                     plan.after_files, shrink);
  if (plan.changed) {
    std::string added;
    for (const std::string& line : plan.added) added += (added.empty() ? "" : ", ") + line;
    out += fmt::format("dockopt: {}: added {}\n", migration->ignore_path, added);
  } else {
    out += fmt::format("dockopt: {}: no change (no bloat found that it does not already exclude)\n", migration->ignore_path);
  }
  for (const std::string& note : plan.notes) out += fmt::format("dockopt: note: {}\n", note);
  for (const std::string& missing : migration->missing_sources)
    out += fmt::format("dockopt: warning: the build will fail as it did before: {}\n", missing);
  for (const std::string& skipped : plan.skipped) out += fmt::format("dockopt: skipped: {}\n", skipped);
  out += fmt::format("dockopt: every COPY/ADD source of the optimized Dockerfile is still sent ({} checked)\n",
                     plan.after_checks.size());
  return out;
}

bool WriteMigration(const std::string& dockerfile_path, const std::string& original, const std::string& optimized,
                    const ContextMigration& migration, std::string& error) {
  if (optimized != original && !WriteFileAtomic(dockerfile_path, optimized, error)) return false;
  if (!migration.plan.changed || WriteFileAtomic(migration.ignore_path, migration.plan.new_text, error)) return true;
  std::string restore_error;
  if (optimized != original && !WriteFileAtomic(dockerfile_path, original, restore_error))
    error += fmt::format("; restoring {} also failed: {}", dockerfile_path, restore_error);
  else
    error += fmt::format("; {} was left unchanged", dockerfile_path);
  return false;
}

int MigrateInPlace(const std::string& path, const std::string& original, const OptimizeResult& result,
                   const std::string& context_dir, bool unsafe, std::string& stderr_text) {
  ContextMigration migration;
  std::string error;
  if (!PlanContextMigration(context_dir, path, result.output, unsafe, migration, error) ||
      !WriteMigration(path, original, result.output, migration, error)) {
    stderr_text += fmt::format("dockopt: error: {}\n", error);
    return kExitBadInput;
  }
  stderr_text += MigrationSummary(path, result, &migration);
  return kExitOk;
}

}  // namespace dockopt::cli
