// The dataflow model of a stage: for every instruction the paths it reads and writes (with the effect
// of each command of a RUN), and what the final command needs at run time. `dockopt parse
// --dump=flow` prints it (docs/flow.md).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/effects.h"
#include "ir/compact_list.h"
#include "ir/dockerfile.h"
#include "ir/shared_list.h"

namespace dockopt::analysis {

struct CommandFlow {
  std::string text;  // the command as written
  Effect effect;
  std::string cwd;   // where it ran
  bool conditional = false;  // may not run: inside an if/case branch, a loop over unknown items, after `||`

  bool operator==(const CommandFlow&) const = default;
};

/// A RUN's commands, read like a const vector. RUNs whose walks came out the same share one copy: a
/// large file repeats its RUNs, and on the 4 MiB synthetic file one copy per RUN was a third of DF202's
/// whole-stage model.
using CommandFlows = SharedList<CommandFlow>;

/// DF202 builds one per instruction of the stage, so on a large file their size is the model's: the
/// one-byte fields share a word, and `reads`/`writes` (empty for most ENV, ARG, LABEL, ...) are
/// CompactLists: 136 bytes instead of 176.
struct InstructionFlow {
  size_t index = 0;                  // into Dockerfile::instructions
  ir::InstructionKind kind = ir::InstructionKind::kUnknown;
  bool from_context = false;         // COPY/ADD from the build context
  bool unknown = false;              // some effect is not modelled: may write anywhere
  std::string cwd;                   // the working directory it runs in
  std::string user;                  // the USER in effect ("" for the image's default)
  CompactList<std::string> reads;    // absolute paths in the image (COPY/ADD: sources, context-relative)
  CompactList<std::string> writes;   // absolute paths in the image
  CommandFlows commands;             // RUN: one per simple command, nested ones included (effects_nested.h)
  std::string from_stage;            // COPY --from=NAME
};

/// What the container's command needs when it starts.
struct RuntimeNeeds {
  std::vector<std::string> argv;     // ENTRYPOINT + CMD as exec words (shell form: the first command's words)
  std::string program;               // argv[0] resolved: absolute path, or a bare name found on PATH
  std::string interpreter;           // "python", "node", "java", "ruby", "php", "sh" when the program is one
  std::vector<std::string> scripts;  // files the interpreter runs (absolute): app.py, dist/main.js, app.jar
  std::vector<std::string> files;    // other argv words that name files (absolute)
  std::string workdir;               // the final WORKDIR
  std::string user;                  // the final USER
  bool shell_form = false;           // the command needs /bin/sh
  /// Shell form: the program of every command the shell runs, in order (`cd app && make run`: cd,
  /// make), for what argv, the first command's words, does not show.
  std::vector<std::string> shell_programs;
  std::string healthcheck_program;   // the HEALTHCHECK's program, "" when none
  /// The inits and user switchers that run `program`, outermost first (`tini -- gosu app server`:
  /// "tini", "gosu"; "/usr/bin/dumb-init"); empty when none.
  std::vector<std::string> inits;
};

struct StageFlow {
  int stage = -1;
  std::string base;                  // the FROM image as written
  std::vector<InstructionFlow> instructions;
  RuntimeNeeds runtime;
  std::map<std::string, std::string> vars;  // ENV/ARG values at the end of the stage
  std::string context_root;          // where `COPY . X` put the build context, "" when it did not
};

class RunFlowMemo;  // flow_memo.h

struct FlowOptions {
  ContextReader context;             // reads build-context files (package.json, Cargo.toml), may be empty
  /// The shell model of a RUN's shell form, when the caller has already parsed it (shared, not
  /// re-parsed here); empty: AnalyzeStage parses. Must return what ParseInstructionScript would.
  std::function<const shell::Script*(const ir::Instruction&)> script_of;
  /// The stage to walk instead of df.stages[stage], when set: DF202's model of a chain of stages
  /// (the earlier stages' instructions first, the root's image as base; split_chain.h).
  const ir::Stage* stage = nullptr;
  /// RUN walks kept from earlier calls with the same build context (a fixpoint's earlier rounds); may be null.
  RunFlowMemo* run_flows = nullptr;
};

/// The working directory a container of `image` starts in when no WORKDIR is set: the official
/// image's own (golang: /go, php: /var/www/html), else "/".
std::string BaseImageWorkdir(std::string_view image);

/// Builds the model of stage `stage` (RUN scripts are parsed here).
StageFlow AnalyzeStage(const ir::Dockerfile& df, int stage, const FlowOptions& options = {});

/// The runtime needs of `stage`'s ENTRYPOINT/CMD/HEALTHCHECK, with relative paths resolved against
/// `workdir` and variables from `vars` (flow_runtime.cc).
RuntimeNeeds ReadRuntimeNeeds(const ir::Dockerfile& df, const ir::Stage& stage, std::string_view workdir,
                              std::string_view user, const std::map<std::string, std::string>& vars);

/// Every absolute path the runtime needs that none of `supplied` (paths copied into the final image,
/// each a file or a directory tree) covers. A bare program name counts as found on PATH.
std::vector<std::string> UnsuppliedNeeds(const RuntimeNeeds& needs, const std::vector<std::string>& supplied);

/// The path of a bare program name when the stage itself wrote it (`make install` into /usr/local/bin,
/// `go install`, `cargo install`, `pip` console scripts); "" when the stage did not.
/// A folder of the stage's PATH before that one which the stage wrote (`ENV PATH /app/bin:$PATH` after
/// `COPY . /app`) may hold the program too and wins: its path is returned instead.
std::string ProgramWrittenBy(const StageFlow& flow, std::string_view name);
/// ProgramWrittenBy without the PATH order: where a build of the stage put `name`.
std::string ProgramWrittenByAnywhere(const StageFlow& flow, std::string_view name);

}  // namespace dockopt::analysis
