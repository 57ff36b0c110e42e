// The one-shot migration's second half: the .dockerignore the build context needs, planned for the
// *optimized* Dockerfile with `dockopt context --fix`'s proof, and the summary optimize prints.
#pragma once

#include <string>
#include <vector>

#include "context/fix.h"
#include "transforms/optimize.h"

namespace dockopt::cli {

struct ContextMigration {
  context::FixPlan plan;
  std::string ignore_path;  // the ignore file the build reads (written only if plan.changed)
  std::vector<std::string> missing_sources;  // COPY/ADD sources not in the context before the change
};

/// Plans the ignore-file additions for building `optimized` (the new text of `dockerfile_path`) in
/// `context_dir`. Every COPY/ADD source of the optimized Dockerfile that the context has is proven
/// still sent after the change; returns false with `error` set otherwise (then nothing may be written).
/// With `unsafe`, top-level docs/, tests/, CI and editor directories that no COPY/ADD source or
/// RUN names are left out too (then proven the same way).
bool PlanContextMigration(const std::string& context_dir, const std::string& dockerfile_path,
                          const std::string& optimized, bool unsafe, ContextMigration& out, std::string& error);

/// The stderr summary: what the rewrite changed (rules applied), and the context size before and after.
std::string MigrationSummary(const std::string& name, const OptimizeResult& result, const ContextMigration* migration);

/// Writes the Dockerfile, then the ignore file; if the second write fails, puts the original
/// Dockerfile back so that nothing is left half-migrated. Returns false with `error` set.
bool WriteMigration(const std::string& dockerfile_path, const std::string& original, const std::string& optimized,
                    const ContextMigration& migration, std::string& error);

/// `optimize -i` with the context fix: plans both files, then writes both or neither. Appends the
/// summary (or the error) to `stderr_text`; returns the exit code (kExitOk or kExitBadInput).
int MigrateInPlace(const std::string& path, const std::string& original, const OptimizeResult& result,
                   const std::string& context_dir, bool unsafe, std::string& stderr_text);

}  // namespace dockopt::cli
