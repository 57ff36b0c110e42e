// The builder/production split planned from the flow model (DF202): which runtime base, which
// runtime packages, which users to create, and exactly which paths to copy from the builder.
#pragma once

#include <optional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "analysis/flow.h"
#include "analysis/os_release.h"
#include "transforms/rule_context.h"
#include "transforms/rules/split_localpkg.h"

namespace dockopt::split {

/// One `COPY --from=builder PATH PATH` of the production stage.
struct Artifact {
  std::string path;   // absolute, the same in both stages
  std::string owner;  // --chown value when a non-root user wrote it, else ""
  std::string source = {};  // where the builder holds it when not at `path` (a staging folder, split_links.h)
};

struct SplitPlan {
  std::vector<std::string> tools;       // build packages the final image keeps today
  std::string toolchain_image;          // the toolchain image the final stage starts from, "" when none
  std::string blocker;                  // non-empty: no rewrite, and why
  std::string production_base;          // the image production starts FROM
  std::string builder_base;             // the image the builder starts FROM when not the stage's own ("" then)
  std::string base_note;                // why that base ("cgo on: ...", "slim variant of ...")
  std::string manager;                  // "apt", "apk", "rpm" for the runtime packages
  std::vector<std::string> packages;    // runtime packages to install in production, in order
  /// -dev packages whose runtime libraries no table names on the build's release: production's apt
  /// names them (runtime_lib_lookup.h), and `packages` holds "$runtime_libs" where they go.
  std::vector<std::string> looked_up_dev;
  /// Options of the stage's installs that chose where the packages came from (`apk add --repository
  /// URL`, `apt-get install -t RELEASE`): production's install repeats them.
  std::vector<std::string> package_sources;
  std::vector<LocalPackage> local_packages;  // package files production installs again (split_localpkg.h)
  /// Package-manager configuration the stage added (repositories, keys): production copies it before
  /// installing, so the runtime packages come from the same places.
  std::vector<std::string> repository_paths;
  /// Packages production installs from its base's own repositories before it copies `repository_paths`:
  /// what apt needs to reach an added repository served over https (ca-certificates, and before Debian 10 /
  /// Ubuntu 18.04 apt-transport-https).
  std::vector<std::string> repository_prerequisites;
  std::vector<std::string> user_commands;  // useradd/groupadd commands to replay, as written
  /// `echo ANSWER | debconf-set-selections` of the stage, replayed before production's install: an
  /// install reads the preseeded answers (a licence, a password) and may clear them afterwards, so
  /// neither copying the builder's debconf database nor dropping them is faithful.
  std::vector<std::string> preseed_commands;
  /// WORKDIRs whose path reads a variable of the builder's base image (`WORKDIR $GOPATH/src/x` on
  /// golang): instruction index -> the path it resolved to, which production writes out.
  std::map<size_t, std::string> resolved_workdirs;
  /// The builder's base image's WORKDIR (golang: /go) when the stage sets none and production's base
  /// starts elsewhere: production sets it after its FROM, so the container starts where it did; "" when not.
  std::string inherited_workdir;
  /// `mkdir -p` + `chown` of a folder the stage gave to a user (`chown -R app /app`) whose contents
  /// production copies narrower than the folder (only /app/server): they run after the user commands.
  std::vector<std::string> owner_commands;
  std::vector<Artifact> artifacts;      // what production copies from the builder
  /// COPY/ADD lines production repeats from the build context before its copies from the builder: the
  /// context files went into a folder the OS owns ('/', /etc), where they cannot be named
  /// (split_context_copy.h).
  std::vector<std::string> context_copies;
  bool compiled = false;                // the program is a build artifact (only it is copied)
  /// Commands the builder runs last, before production copies from it ("npm prune --omit=dev": the
  /// build needed the devDependencies, the runtime does not).
  std::vector<std::string> builder_finish;
  /// "npm", "yarn", "pnpm": the final stage, on a node runtime image, keeps the devDependencies this
  /// manager installed for a build (split_node_build.h); "" otherwise.
  std::string node_build_manager;
  /// RUN instructions (indexes into Dockerfile::instructions) whose `go build` gets -ldflags="-s -w" in
  /// the builder: the binary without its symbol table and DWARF (stack traces keep their names).
  std::vector<size_t> strip_go_builds;
  /// Commands production runs after its packages: removals of package files the original stage made
  /// (`rm -f /etc/nginx/sites-enabled/default`), so production's packages are configured the same.
  std::vector<std::string> production_commands;
  /// Directories production puts back on PATH (split_path_env.h): "/go/bin" for `go install`.
  std::vector<std::string> production_path_dirs;
};

/// True for places only package managers and builds use (/tmp, /var/cache, /var/lib/apt, ...): never
/// copied into production.
bool BuildOnlyPath(std::string_view path);

/// Plans the split of stage `stage` (the final one) from its flow; nullopt when the stage keeps no
/// toolchain (nothing to split).
std::optional<SplitPlan> PlanSplit(RuleContext& context, const ir::Stage& stage, const analysis::StageFlow& flow);

/// The flow of `stage` with the build context (--context) as its manifest reader; of `model` instead
/// when given (the chain of stages `stage` ends, split_chain.h).
analysis::StageFlow StageFlowOf(RuleContext& context, int stage, const ir::Stage* model = nullptr);

/// StageFlowOf(context, stage), built once a round for the rules that read it (RuleContext::KeepStageFlow).
std::shared_ptr<const analysis::StageFlow> SharedStageFlowOf(RuleContext& context, int stage);

}  // namespace dockopt::split

namespace dockopt::split {

/// The rewrite of `stage` into `builder` (the original stage up to its last RUN/COPY/ADD, without
/// the runtime-only instructions) and production (the plan's base, packages, users and artifacts,
/// with the runtime configuration in its original order).
Edits SplitEdits(const RuleContext& context, const ir::Stage& stage, const SplitPlan& plan, std::string_view builder);

/// A stage name no other stage uses: "builder", else "build", else "builder-2", ...
std::string FreeBuilderName(const ir::Dockerfile& df, const ir::Stage& stage);

}  // namespace dockopt::split
