// Stage split: the building blocks DF202 uses to turn one stage into a builder and a production stage.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/dockerfile.h"
#include "ir/edit.h"
#include "shell/script.h"
#include "transforms/rule_context.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt::split {

/// What one ecosystem planner decided about a single-stage file it recognized.
struct Outcome {
  std::vector<std::string> tools;  // what the split keeps out of the final image: packages or the base
  std::string blocker;             // non-empty: why there is no rewrite (the finding is a suggestion)
  Edits edits;                     // the whole-file rewrite when blocker is empty
};

/// A rewrite: the builder stage's text, the production FROM's text, and what happens to each other
/// instruction of the stage (absent: kept byte for byte; nullopt: removed; text: replaced).
struct Plan {
  std::string builder;
  std::string production_from;
  std::map<size_t, std::optional<std::string>> production;
};

/// The edits of a plan: the builder goes in front of the FROM (after its comments), the FROM becomes
/// `production_from`, replaced instructions keep their leading comments, removed ones lose them.
Edits PlanEdits(const RuleContext& context, const ir::Stage& stage, const Plan& plan);

/// The bytes of `span` with `edits` (absolute, inside the span) applied, ending with a line break.
std::string TextWith(const RuleContext& context, Span span, const Edits& edits = {});

/// An instruction copied into the builder with its leading comments (and `edits` applied), after a blank
/// line when a blank line sat above it in the original.
std::string BuilderCopy(const RuleContext& context, const ir::Instruction& inst, const Edits& edits = {});

/// `text` plus the file's line break.
std::string Line(const RuleContext& context, std::string_view text);

/// `FROM [flags] base AS name` in the file's keyword case, with the original FROM's flags.
std::string FromLine(const RuleContext& context, const ir::Stage& stage, std::string_view base, std::string_view name);

/// `COPY --from=stage src dest` in the keyword case of `at`, the instruction it replaces.
std::string CopyFromLine(const RuleContext& context, const ir::Instruction& at, std::string_view stage,
                         std::string_view src, std::string_view dest);

/// The production FROM: the original one, given ` AS production` when it had no name.
std::string ProductionFrom(const RuleContext& context, const ir::Stage& stage);

/// "builder", or "build" when the original stage is already called builder.
std::string BuilderName(const ir::Stage& stage);

/// The repository of an image reference without registry, "library/" and tag: "python", "golang".
std::string ImageName(std::string_view base);
/// The tag of an image reference ("3.11-slim"), "latest" when there is none, "" for a digest.
std::string ImageTag(std::string_view base);

/// An apt RUN read as packages: the build tools it installs and its runtime counterpart.
struct AptRun {
  bool apt = false;                  // the RUN installs with apt at all
  std::vector<std::string> build;    // packages only the build needs (IsBuildTool, -dev with a runtime twin)
  std::optional<std::string> runtime_text;  // the RUN with build-only packages dropped, -dev swapped;
                                            // nullopt when nothing is left to install
  std::string blocker;               // non-empty when the RUN cannot be rewritten
};
AptRun ReadAptRun(RuleContext& context, const ir::Instruction& run);

/// The build tools a stage installs with apt, in order, without repeats.
std::vector<std::string> BuildPackages(RuleContext& context, const ir::Stage& stage);

/// True when a command runs a compiler, make or another build-only program.
bool RunsBuildTool(const shell::Command& command);

/// Why a RUN kept in the production stage might need the build tools; "" when it cannot.
std::string ProductionRunProblem(RuleContext& context, const ir::Instruction& run);

/// The program the stage's container runs: the last ENTRYPOINT's, else the last CMD's, resolved against
/// its WORKDIR (`cwd` when the stage sets none); a bare name is returned as is; "" when not evident.
/// `shell_form` is set when that instruction (or the CMD) is in shell form.
std::string RunProgram(const ir::Dockerfile& df, const ir::Stage& stage, std::string_view cwd, bool* shell_form);

/// True when `user` (USER's argument) exists in the production image: numeric, root, nobody, and
/// nonroot on distroless.
bool KnownUser(std::string_view user, bool distroless);

/// Why a RUN that goes only into the builder may matter at run time; "" when every command is one of
/// `tools` (tools that only prepare a build).
std::string PrepareProblem(RuleContext& context, const ir::Instruction& run, const std::vector<std::string_view>& tools);

/// The plan for a compiled program: the builder gets the stage up to `build` (with `build_edits`), the
/// production stage starts FROM `production_base` (plus `after_from`), keeps ARG/ENV/WORKDIR and
/// everything after the build, replaces the apt RUNs by their runtime text and the build by a COPY of
/// `binary`.
Plan BinaryPlan(const RuleContext& context, const ir::Stage& stage, size_t build, const Edits& build_edits,
                std::string_view binary, std::string_view production_base, std::string_view after_from,
                const std::map<size_t, AptRun>& apt_runs);

/// "'gcc', 'make'".
std::string QuoteList(const std::vector<std::string>& items);

/// "RUN at line 7".
std::string At(const ir::Instruction& inst);

}  // namespace dockopt::split
