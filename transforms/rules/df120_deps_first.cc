// DF120 deps-first: a dependency install after `COPY . .` moves above it, behind a COPY of just the
// manifests it reads, so a source change no longer reinstalls every dependency.
#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <regex>

#include "analysis/copy_sources.h"
#include "analysis/manifests.h"
#include "analysis/npm_lifecycle.h"
#include "shell/edit.h"
#include "shell/walk.h"
#include "transforms/apply_edits.h"
#include "transforms/rules/df120_deps_first_classify.h"
#include "transforms/rules/df120_deps_first_cleanup.h"
#include "transforms/rule.h"
#include "transforms/rules/df120_deps_first_independent.h"
#include "transforms/rules/df120_project_folder.h"
#include "transforms/rules/df120_source_folders.h"
#include "transforms/rules/df120_stage_tree.h"
#include "transforms/rules/whole_context_copy.h"
#include "transforms/rule_context.h"
#include "transforms/rules/layer_facts.h"
#include "transforms/rules/package_facts.h"

namespace dockopt {
namespace {

using analysis::Ecosystem;
using ir::InstructionKind;

// No-context copies: the manifests by name, and the lock files with a `*` (a missing one is no error).
std::vector<std::string> FilesByName(Ecosystem ecosystem, const std::vector<std::string>& named) {
  const analysis::ManifestNames names = analysis::ManifestNamesOf(ecosystem);
  std::vector<std::string> files = named.empty() ? names.required : named;
  for (const std::string& o : names.optional)
    if (o.ends_with(".lock") || o.ends_with("-lock.json") || o.ends_with("-lock.yaml") || o == "go.sum" ||
        o == "npm-shrinkwrap.json")
      files.push_back(o + "*");
  return files;
}

std::string Names(const std::vector<analysis::Extra>& extras) {
  std::string out;
  for (const analysis::Extra& e : extras)
    out += fmt::format("{}'{}{}' ({})", out.empty() ? "" : ", ", e.path, e.directory ? "/" : "", e.why);
  return out;
}

std::optional<std::string> RelativeTo(std::string_view path, std::string_view dir) {
  if (path == dir) return "";
  if (dir.empty()) return path.starts_with("/") ? std::nullopt : std::optional<std::string>(path);
  if (dir == "/") return path.starts_with("/") ? std::optional<std::string>(path.substr(1)) : std::nullopt;
  if (path.starts_with(dir) && path.size() > dir.size() && path[dir.size()] == '/')
    return std::string(path.substr(dir.size() + 1));
  return std::nullopt;
}

std::string Shorten(std::string_view text) {
  std::string out(text.substr(0, text.find_first_of("\r\n")));
  while (out.ends_with("\\") || out.ends_with(" ")) out.pop_back();  // a continued line's backslash
  if (out.size() > 60) out = out.substr(0, 57) + "...";
  return out;
}

// True when `value` reads variable `name`: `$NAME` (not a longer name) or `${NAME}`, `${NAME:-...}`.
bool Reads(std::string_view value, std::string_view name) {
  // fmt::format, not "$" + std::string: GCC 12 at -O3 reports a false -Wrestrict inside operator+.
  std::string plain = fmt::format("${}", name), braced = fmt::format("${{{}", name);
  for (size_t at = value.find(plain); at != std::string_view::npos; at = value.find(plain, at + 1)) {
    size_t after = at + plain.size();
    if (after == value.size() || !(std::isalnum(static_cast<unsigned char>(value[after])) || value[after] == '_'))
      return true;
  }
  return value.find(braced + "}") != std::string_view::npos || value.find(braced + ":") != std::string_view::npos;
}

// True when an ENV's value reads a variable it sets (`ENV PATH=/opt/bin:$PATH`, `ENV FLAGS $FLAGS -O2`).
// BuildKit's ENV nodes are (name, value, separator) triples, the legacy `ENV KEY value` form included.
bool ReadsItself(const ir::Instruction& env) {
  // `ENV VERSION=${VERSION}` (after `ARG VERSION`) only copies the value: repeated, it keeps it.
  auto copies_itself = [](std::string value, const std::string& name) {
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    return value == "$" + name || value == "${" + name + "}" ||
           (value.starts_with("${" + name + ":-") && value.ends_with("}") &&
            value.find('$', name.size() + 2) == std::string::npos);
  };
  for (size_t name = 0; name + 1 < env.node_args.size(); name += 3)
    for (size_t value = 1; value < env.node_args.size(); value += 3)
      if (Reads(env.node_args[value], env.node_args[name]) &&
          !(value == name + 1 && copies_itself(env.node_args[value], env.node_args[name])))
        return true;
  return false;
}

// Whether the COPY's text expands a variable that the ENV or ARG `inst` sets (`ENV APP=/srv` and
// `COPY . $APP`); `ENV COMPOSER_ALLOW_SUPERUSER 1` after `ADD . $FIREFLY_PATH` sets none it reads.
bool CopyReadsVariableOf(const std::string& copy_text, const ir::Instruction& inst) {
  if (copy_text.find('$') == std::string::npos) return false;
  if (inst.kind == InstructionKind::kEnv) {
    for (size_t name = 0; name < inst.node_args.size(); name += 3)
      if (Reads(copy_text, inst.node_args[name])) return true;
    return false;
  }
  for (const std::string& arg : inst.node_args)
    if (Reads(copy_text, arg.substr(0, arg.find('=')))) return true;
  return false;
}

// Whether a command may install or set up a tool that a later command runs: a package manager, a
// download, an unpacked archive, a script or `make` (which may do either), a PATH change, a language's
// own installers. `set -eux`, `cargo clean`, `cat x > /etc/ssl/openssl.cnf` do not.
bool SetsUpTools(const shell::Command& command) {
  if (!command.simple()) return false;  // a compound's own commands are walked one by one
  for (const shell::Word& assignment : command.env)
    if (assignment.value.starts_with("PATH=")) return true;
  size_t at = 0;
  while (at < command.words.size() && (command.words[at].value == "sudo" || command.words[at].value == "env")) ++at;
  if (at >= command.words.size()) return false;
  const std::string& word = command.words[at].value;
  const std::string_view tool = std::string_view(word).substr(word.rfind('/') + 1);
  const std::string_view sub = at + 1 < command.words.size() ? std::string_view(command.words[at + 1].value) : "";
  static constexpr std::string_view kInstallers[] = {
      "apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper", "pacman", "dpkg", "rpm", "curl", "wget",
      "tar", "unzip", "sh", "bash", "zsh", "ash", "source", ".", "make", "rustup", "sdk", "nvm", "asdf",
      "pecl", "pear", "pip", "pip3", "gem", "conda", "mamba", "corepack", "update-alternatives", "ln"};
  if (std::find(std::begin(kInstallers), std::end(kInstallers), tool) != std::end(kInstallers)) return true;
  if (tool.starts_with("docker-php-ext") || tool.starts_with("pip3.") || tool.starts_with("python")) return true;
  if (word.find('/') != std::string::npos || word.ends_with(".sh")) return true;  // a script of its own
  if (tool == "export")
    for (size_t w = at + 1; w < command.words.size(); ++w)
      if (command.words[w].value.starts_with("PATH=")) return true;
  if ((tool == "npm" || tool == "yarn" || tool == "pnpm") &&
      (sub == "install" || sub == "i" || sub == "add" || sub == "global"))
    return true;
  if ((tool == "go" || tool == "cargo") && (sub == "install" || sub == "get")) return true;
  return false;
}

// The first command among the script's top-level commands [from, to), at any depth, that may set up a
// tool (shortened for a message); nullopt when none does.
std::optional<std::string> ToolSetupBefore(const shell::Script& script, size_t from, size_t to) {
  for (const shell::CommandSite& site : shell::AllCommands(script))
    if (site.top >= from && site.top < to && SetsUpTools(*site.command)) return Shorten(script.Text(site.command->span));
  return std::nullopt;
}

// One `COPY . .` (or `COPY src/ .`, one folder of the context: `folder`) and the dependency step after
// it: plans the COPY of the manifests and where the install (moved) or a prefetch (added) goes.
class Planner {
 public:
  Planner(RuleContext& context, size_t copy, std::string folder = "")
      : context_(context), df_(context.dockerfile()), k_(copy), folder_(std::move(folder)) {}

  void Run() {
    const ir::Instruction& copy = df_.instructions[k_];
    const std::vector<size_t>& stage = df_.stages[static_cast<size_t>(copy.stage)].instructions;
    bool crossed = false;  // a RUN, COPY or ADD sits between the COPY and the install
    for (auto it = std::find(stage.begin(), stage.end(), k_) + 1; it != stage.end(); ++it) {
      const ir::Instruction& inst = df_.instructions[*it];
      if (inst.kind == InstructionKind::kWorkdir && !crossed && !stopped_at_ && FollowWorkdir(inst)) continue;
      if (CopiesWholeContext(inst)) return;
      // A WORKDIR, USER or SHELL that cannot go above the COPY with the install: the install below it is
      // still found, to name it in a suggestion.
      // A USER before anything that runs: it goes up with the install, in its place among the ENV and
      // ARG repeated there, and stays where it is (a COPY does not run as the USER; the RUNs that move
      // up keep their order around it).
      if (inst.kind == InstructionKind::kUser && !crossed && !stopped_at_) {
        carried_.push_back(*it);
        continue;
      }
      if (inst.kind == InstructionKind::kWorkdir || inst.kind == InstructionKind::kUser ||
          inst.kind == InstructionKind::kShell) {
        if (!stopped_at_) stopped_at_ = *it;
        continue;
      }
      if (inst.kind == InstructionKind::kEnv || inst.kind == InstructionKind::kArg) {
        // Repeated above with the install, so it sees the same variables; not when the COPY itself
        // expands one it sets (`--chown=$USER`), which would then see it too.
        if (CopyReadsVariableOf(std::string(context_.Text(copy.span)), inst)) return;
        // Repeated, `ENV PATH=/opt/bin:$PATH` would add its part twice: the image's value would change.
        if (inst.kind == InstructionKind::kEnv && ReadsItself(inst) && !self_env_) self_env_ = *it;
        carried_.push_back(*it);
        continue;
      }
      if (inst.kind != InstructionKind::kRun) {
        if ((inst.kind == InstructionKind::kCopy || inst.kind == InstructionKind::kAdd) && !crossed && Dest() &&
            CopyIndependentOfSources(df_, *it, context_.Text(inst.span), *Dest())) {
          passed_.push_back(*it);
        } else if (!crossed && LeavableCopy(*it)) {
          left_behind_.push_back(*it);
        } else if (inst.kind == InstructionKind::kCopy || inst.kind == InstructionKind::kAdd ||
                   inst.kind == InstructionKind::kOnbuild || inst.kind == InstructionKind::kVolume) {
          Cross(*it, crossed);
        }
        continue;
      }
      const shell::Script* script = context_.ScriptOf(inst);
      if (script == nullptr || !inst.heredocs.empty()) {
        Cross(*it, crossed);
        continue;
      }
      std::vector<DepsCommand> commands;
      for (const shell::Command& command : script->commands) {
        commands.push_back(ClassifyDepsCommand(command, *script));
        if (commands.back().role == DepsRole::kOther && Dest() && CommandIndependentOfSources(command, *Dest()))
          commands.back().role = DepsRole::kHelper;  // `ln -s /usr/local/lib/... /usr/local/bin/npm`
        else if (commands.back().role == DepsRole::kHelper && Dest() && ReachesSources(command, *Dest()))
          commands.back().role = DepsRole::kOther;  // `find /root/app -name id_rsa -exec chmod 600 {} \;`
        if (commands.back().role == DepsRole::kOther)
          if (std::optional<DepsCommand> hidden = ScriptInstall(command, *it)) commands.back() = std::move(*hidden);
      }
      auto is = [](DepsRole role) { return [role](const DepsCommand& c) { return c.role == role; }; };
      auto install = std::find_if(commands.begin(), commands.end(), is(DepsRole::kInstall));
      auto build = std::find_if(commands.begin(), commands.end(), is(DepsRole::kBuild));
      if (stopped_at_) {
        auto step = install != commands.end() && install <= build ? install : build;
        if (step == commands.end() || !step->ecosystem) {
          Cross(*it, crossed);
          continue;
        }
        Begin(*script, script->commands[static_cast<size_t>(step - commands.begin())],
              step == install ? "reinstalls the dependencies" : "downloads the dependencies again");
        return Suggest(fmt::format("'{}' sits in between and changes where or as whom the install runs",
                                   Shorten(context_.Text(df_.instructions[*stopped_at_].span))));
      }
      if (install != commands.end() && install <= build) {
        return PlanInstall(*it, *script, commands, static_cast<size_t>(install - commands.begin()), crossed);
      }
      if (build != commands.end() && PlanPrefetch(*it, *script, commands, static_cast<size_t>(build - commands.begin())))
        return;
      if (!crossed && inst.heredocs.empty() && Dest() && RunIndependentOfSources(df_, *it, *script, *Dest())) {
        passed_.push_back(*it);
        continue;
      }
      Cross(*it, crossed);
    }
  }

 private:
  // A COPY of named files or folders (no `.`, glob or variable) into the sources, between the COPY and
  // the install (`COPY config/database.docker.yml /loomio/config/database.yml`): it may stay where it
  // is, after the sources, unless it writes what the install reads or makes (checked once known).
  bool LeavableCopy(size_t index) const {
    const ir::Instruction& inst = df_.instructions[index];
    if (inst.kind != InstructionKind::kCopy || inst.node_args.size() < 2 || !inst.heredocs.empty() ||
        context_.Text(inst.span).find('$') != std::string_view::npos || !inst.node_args.back().starts_with("/"))
      return false;  // a relative destination would follow a WORKDIR that moves up with the install
    for (size_t i = 0; i + 1 < inst.node_args.size(); ++i) {
      const std::string& source = inst.node_args[i];
      if (source == "." || source == "./" || source.find_first_of("*?[") != std::string::npos) return false;
    }
    return true;
  }

  // The first RUN between the COPY and instruction `run` that did not move along and may install a tool
  // (SetsUpTools; a RUN the shell model cannot read counts); nullopt when none does.
  std::optional<size_t> RunBetween(size_t run) {
    for (size_t i = k_ + 1; i < run; ++i) {
      const ir::Instruction& inst = df_.instructions[i];
      if (inst.kind != InstructionKind::kRun || inst.stage != df_.instructions[k_].stage ||
          std::find(passed_.begin(), passed_.end(), i) != passed_.end())
        continue;
      const shell::Script* script = context_.ScriptOf(inst);
      if (script == nullptr || !inst.heredocs.empty() || !script->FullyModelled()) return i;
      for (const shell::CommandSite& site : shell::AllCommands(*script))
        if (SetsUpTools(*site.command)) return i;
    }
    return std::nullopt;
  }

  // Notes the first instruction between the COPY and the install that may matter to the install.
  void Cross(size_t instruction, bool& crossed) {
    if (!crossed) crossed_at_ = instruction;
    crossed = true;
  }

  // Moves the install (or the prefix of installs and helpers) above the COPY.
  void PlanInstall(size_t run, const shell::Script& script, const std::vector<DepsCommand>& commands, size_t first,
                   bool crossed) {
    const ir::Instruction& inst = df_.instructions[run];
    const shell::Command& install_cmd = script.commands[first];
    Begin(script, install_cmd, "reinstalls the dependencies");
    const DepsCommand& install = commands[first];
    if (SameInstallBefore(install, run, script, first)) return;  // deps-first already: the re-run finds them installed
    if (std::string script_name = LifecycleRunAfter(run, install); !script_name.empty())
      return Suggest(fmt::format("the stage runs 'npm run {0}': the root has a '{0}' script, which the install runs "
                                 "too and which may read the sources; pass --context to plan it",
                                 script_name));
    auto crossed_why = [&] {
      return fmt::format("'{}' sits in between and may be needed by the install",
                         Shorten(context_.Text(df_.instructions[crossed_at_].span)));
    };
    if (self_env_) return Suggest(SelfEnvBlocker());
    if (!PosixShellAt(df_, run) || !script.error.empty()) return Suggest("the RUN cannot be modelled");
    if (install.needs_sources) {
      if (!install.prefetch_flags.empty() && PreviousInstall(*install.ecosystem)) return;  // prefetched already
      // An added step that only fills the dependencies from the manifests, while the install itself stays
      // where it is: what sits between the COPY and the install does not matter to it
      // (`COPY --from=0 /app/public/assets ./public/assets` before `composer install`).
      // Not past a RUN that may install a tool, though: composer itself, PHP extensions.
      if (!install.prefetch_flags.empty() && context_.options().context_dir && !RunBetween(run))
        return PlanFlaggedPrefetch(run, script, commands, first);
      return Suggest(crossed ? crossed_why() : install.why);
    }
    if (crossed) return Suggest(crossed_why());
    // `cd /app && npm install && npm run build`: the leading `cd` moves with the install and stays in
    // front of what does not move.
    const size_t lead = first == 1 && LeadingCd(script) ? 1 : 0;
    // The commands that move: all of them, or a prefix of installs and helpers joined by `&&`.
    size_t moved = lead;
    // An install of the project itself (`pip install .`) reads the sources: it stays.
    while (moved < commands.size() && commands[moved].role != DepsRole::kOther && commands[moved].role != DepsRole::kBuild &&
           !commands[moved].needs_sources)
      ++moved;
    const bool whole = moved == commands.size();
    if (!whole) {
      bool ok = moved > lead && first < moved && script.commands[moved].joiner == shell::Joiner::kAnd;
      for (size_t c = lead + 1; ok && c < moved; ++c) ok = script.commands[c].joiner == shell::Joiner::kAnd;
      if (!ok && first >= moved) {
        if (std::string touched = ManifestTouchedBefore(script, commands, first, *install.ecosystem); !touched.empty())
          return Suggest(touched);
      }
      if (!ok) return Suggest("the RUN also does other work that may need the sources");
      if (std::string removed = RemovesWhatMoves(script, moved); !removed.empty())
        return Suggest(fmt::format("the RUN later removes '{}', which the install brings, so no layer keeps it; "
                                   "moved into a layer of its own, it would stay in the image (a builder stage "
                                   "keeps it out)",
                                   removed));
    }
    for (size_t c = lead; c < moved; ++c)
      if (!commands[c].compound && StateChange(script.commands[c]) != ShellState::kNone)
        return Suggest("the RUN changes directory or shell state");
    // Several installs in one RUN: each one's manifests.
    Inputs inputs;
    for (size_t c = 0; c < moved; ++c)
      if (commands[c].role == DepsRole::kInstall && !Resolve(commands[c], inputs)) return;
    if (std::string conflict = LeftBehindConflict(inputs); !conflict.empty()) return Suggest(conflict);
    std::string text = Prelude();
    if (!CopyText(inputs, text)) return;
    text += WorkdirAfterCopies();
    Edits flags;  // `--ignore-scripts` on the moved installs, when their scripts wait for the sources
    if (inputs.deferred) {
      flags = IgnoreScripts(script, commands, moved);
      if (flags.empty()) return Suggest("'--ignore-scripts' cannot be added to the install");
    }
    Edits edits;
    if (whole && inputs.deferred) {
      // The RUN moves up without the scripts; in its place, the scripts run with the sources.
      const Span commands_span{script.commands[lead].span.begin, script.commands.back().span.end};
      std::string moved_text = EditedText(inst.MoveSpan(), flags);
      if (!moved_text.ends_with("\n")) moved_text += context_.Newline();
      text += moved_text;
      edits.push_back(Edit{commands_span, inputs.deferred->command});
    } else if (whole) {
      std::string moved_text(context_.Text(inst.MoveSpan()));
      if (!moved_text.ends_with("\n")) moved_text += context_.Newline();
      text += moved_text;
      edits.push_back(Edit{RemovalSpan(df_, inst), ""});
    } else {
      Span cut{script.commands[lead].span.begin, script.commands[moved].span.begin};
      const Span prefix{script.commands[0].span.begin, script.commands[moved - 1].span.end};
      if (std::string_view(context_.Text(prefix)).find('#') != std::string_view::npos)
        return Suggest("a comment sits in the commands that would move");
      text += RunText(inst, EditedText(prefix, flags));
      if (inputs.deferred) {
        // The scripts run where the install was (after the `cd`, which stays).
        edits.push_back(Edit{Span{script.commands[lead].span.begin, prefix.end}, inputs.deferred->command});
      } else {
        edits.push_back(Edit{cut, ""});
        // Comment lines between the moved commands and the rest describe the rest: they go above the RUN.
        std::string comments = CommentLines(context_.Text(Span{prefix.end, cut.end}));
        if (!comments.empty()) edits.push_back(Edit{Span{inst.span.begin, inst.span.begin}, comments});
      }
    }
    Finish(inst, std::move(text), std::move(edits), inputs, "copy the manifests and install before");
  }

  // A build that downloads as it goes: with --unsafe and the context, a prefetch step goes first.
  bool PlanPrefetch(size_t run, const shell::Script& script, const std::vector<DepsCommand>& commands, size_t first) {
    DepsCommand build = commands[first];
    const shell::Command& build_cmd = script.commands[first];
    Begin(script, build_cmd, "downloads the dependencies again");
    if (!context_.options().context_dir) {
      if (!build.ecosystem) return false;
      if (PreviousInstall(*build.ecosystem)) return true;  // deps-first already
      Suggest(fmt::format("pass --context to plan a '{}' step", build.prefetch));
      return true;
    }
    // `cd /src/app && go build`: the fetch runs after the same `cd`.
    const size_t lead = first == 1 && LeadingCd(script) ? 1 : 0;
    std::optional<std::string> cwd_in_dest = ContextCwd();
    if (!cwd_in_dest && build.ecosystem && OpenContext()) {
      // jhipster-registry's `apt-get install ... && cd /code/ && ./mvnw package`: the build runs after a
      // `cd` that is not the RUN's first command, in a folder dockopt cannot place in the context.
      if (PreviousInstall(*build.ecosystem)) return true;  // deps-first already
      // dhis2's `mvn -f /src/dhis-2/pom.xml` with no WORKDIR: no `cd`, the build runs in '/'.
      bool cd_before = false;
      for (size_t c = 0; c < first; ++c)
        cd_before |= !script.commands[c].words.empty() && script.commands[c].words[0].value == "cd";
      Suggest(fmt::format("{}; copy the manifests there and run '{}' first",
                          cd_before ? "the build runs after a 'cd' later in the RUN, in a folder dockopt does not "
                                      "place in the context"
                                    : "the build runs in a folder outside the copied sources, which dockopt does not "
                                      "place in the context",
                          build.prefetch));
      return true;
    }
    if (!cwd_in_dest || !OpenContext()) return false;
    if (!build.ecosystem) {  // make: what the context builds, if the targets' recipes run its tool
      build.ecosystem = EcosystemFromContext(*files_, *cwd_in_dest);
      if (!build.ecosystem || !MakeRunsEcosystemTool(*files_, *cwd_in_dest, script, *build.ecosystem)) return false;
      build.prefetch = DefaultPrefetch(*build.ecosystem);
    }
    if (PreviousInstall(*build.ecosystem)) return true;  // deps-first already
    if (self_env_) return Suggest(SelfEnvBlocker()), true;
    if (!PosixShellAt(df_, run)) return Suggest("the RUN cannot be modelled"), true;
    // The fetch goes above the COPY without what the RUN, or a RUN between, does before the build: that
    // may be what installs the toolchain (`apt-get install -y golang && go build`).
    if (std::optional<std::string> setup = ToolSetupBefore(script, lead, first))
      return Suggest(fmt::format("the RUN runs '{}' before the build, which may set up what the fetch needs", *setup)),
             true;
    if (std::optional<size_t> between = RunBetween(run))
      return Suggest(fmt::format("'{}' sits in between and may set up what the fetch needs",
                                 Shorten(context_.Text(df_.instructions[*between].span)))),
             true;
    Inputs inputs;
    if (!Resolve(build, inputs)) return true;
    inputs.added_step = true;
    std::string text = Prelude();
    if (!CopyText(inputs, text)) return true;
    text += WorkdirAfterCopies();
    if (*build.ecosystem == Ecosystem::kCargo) build.prefetch = CargoPrefetch(inputs.placeholders);
    const std::string cd = lead ? std::string(script.Text(script.commands[0].span)) + " && " : "";
    text += RunText(df_.instructions[run], cd + build.prefetch);
    Finish(df_.instructions[run], std::move(text), {}, inputs, fmt::format("fetch the dependencies ('{}') before", build.prefetch));
    return true;
  }

  // An install that also installs the project: the same command with flags that skip the project
  // goes first; the original stays after the sources and finds the dependencies installed.
  void PlanFlaggedPrefetch(size_t run, const shell::Script& script, const std::vector<DepsCommand>& commands, size_t first) {
    // The helpers and installs joined by `&&` before it go along (`pip install poetry && poetry install`).
    size_t from = first;
    while (from > 0 && commands[from - 1].role == DepsRole::kHelper && script.commands[from].joiner == shell::Joiner::kAnd &&
           StateChange(script.commands[from - 1]) == ShellState::kNone)
      --from;
    // `cd /var/www/html && composer install`: the added step runs where the install runs, after the same `cd`.
    if (from == 1 && LeadingCd(script)) from = 0;
    // What the RUN does before the install may be what the install needs (`curl .../installer | php &&
    // composer install`, `docker-php-ext-install gd`): the added step above the COPY would not have it.
    if (std::optional<std::string> setup = ToolSetupBefore(script, 0, from))
      return Suggest(fmt::format("the RUN runs '{}' before the install, which may set up what the install needs", *setup));
    Inputs inputs;
    if (!Resolve(commands[first], inputs)) return;
    inputs.added_step = true;
    std::string text = Prelude();
    if (!CopyText(inputs, text)) return;
    text += WorkdirAfterCopies();
    std::string command(context_.Text(Span{script.commands[from].span.begin, script.commands[first].span.end}));
    if (command.find('#') != std::string::npos) return Suggest("a comment sits in the install command");
    text += RunText(df_.instructions[run], command + commands[first].prefetch_flags);
    Finish(df_.instructions[run], std::move(text), {}, inputs,
           fmt::format("install the dependencies ('{}') before", Shorten(command + commands[first].prefetch_flags)));
  }

  struct Inputs {
    std::vector<std::string> files;        // relative to the RUN's working directory
    std::vector<std::string> directories;  // copied whole
    std::vector<analysis::Extra> extras;   // beyond the manifests: named in the finding, --unsafe only
    std::vector<std::string> placeholders; // stubbed for the prefetch (cargo targets)
    bool proven = false;                   // the context proved the list
    bool added_step = false;               // the fix adds a step (never safe)
    // npm lifecycle scripts that may read the sources: the install gets `--ignore-scripts` and this
    // runs them where the install was (unsafe; named in the finding).
    std::optional<analysis::DeferredScripts> deferred;
  };

  // Why a COPY left behind cannot stay after the moved install: it writes a file the install reads, or
  // into a folder the install fills; "" when none does.
  std::string LeftBehindConflict(const Inputs& inputs) const {
    const std::optional<std::string> cwd = InstallCwd();
    if (!cwd) return left_behind_.empty() ? "" : "the install's folder is not known";
    static constexpr std::string_view kOutputs[] = {"node_modules", "vendor", ".venv", "venv", ".bundle",
                                                    "__pypackages__", "bower_components", ".yarn"};
    for (size_t i : left_behind_) {
      const ir::Instruction& copy = df_.instructions[i];
      const std::string to = ResolvePath("/", copy.node_args.back());
      auto overlaps = [&](const std::string& relative) {
        const std::string path = ResolvePath(*cwd, relative);
        return RelativeTo(path, to) || RelativeTo(to, path);
      };
      bool conflict = std::any_of(inputs.files.begin(), inputs.files.end(), overlaps) ||
                      std::any_of(inputs.directories.begin(), inputs.directories.end(), overlaps) ||
                      std::any_of(inputs.extras.begin(), inputs.extras.end(),
                                  [&](const analysis::Extra& e) { return overlaps(e.path); }) ||
                      std::any_of(std::begin(kOutputs), std::end(kOutputs),
                                  [&](std::string_view out) { return overlaps(std::string(out)); });
      if (conflict)
        return fmt::format("'{}' sits in between and writes what the install reads or makes",
                           Shorten(context_.Text(copy.span)));
    }
    return "";
  }

  // What the install reads: from the context when given, else by name.
  bool Resolve(const DepsCommand& install, Inputs& inputs) {
    if (!context_.options().context_dir) {
      // A bare `dotnet restore` reads the project or solution at the top; a solution's projects usually lie
      // in folders of their own (`cd ServerHub && dotnet publish`, `/sln/App/bin/Release` copied out), which
      // a `COPY *.csproj .` guess misses: the restore then finds nothing and fails. Both such files of the
      // real-world corpus had that layout, so only the context decides.
      if (*install.ecosystem == Ecosystem::kDotnet && install.named.empty()) {
        if (std::optional<std::string> nested = NestedDotnetProject())
          return Suggest(fmt::format("the stage names '{}', a project in a folder, which 'COPY *.csproj' at the top "
                                     "would miss: pass --context to find the projects",
                                     *nested)),
                 false;
        return Suggest("without the build context dockopt cannot tell a project at the top from a solution whose "
                       "projects lie in folders, which 'COPY *.csproj' at the top would miss: pass --context"),
               false;
      }
      for (const std::string& f : FilesByName(*install.ecosystem, install.named)) {
        // `pip install -r requirements/production.txt`: a folder of requirement files, whose files include
        // each other (`-r base.txt`) in most layouts; unseen, the folder goes whole.
        std::string_view folder = std::string_view(f).substr(0, f.rfind('/') == std::string::npos ? 0 : f.rfind('/'));
        std::string_view folder_name = folder.substr(folder.rfind('/') + 1);
        if (*install.ecosystem == Ecosystem::kPip && folder_name.find("requirements") != std::string_view::npos &&
            folder.find('$') == std::string_view::npos) {
          if (std::find(inputs.directories.begin(), inputs.directories.end(), folder) == inputs.directories.end())
            inputs.directories.emplace_back(folder);
          continue;
        }
        inputs.files.push_back(f);
      }
      return true;
    }
    std::optional<std::string> cwd_in_dest = ContextCwd();
    if (!cwd_in_dest) return Suggest("the install does not run inside the copied directory"), false;
    if (!OpenContext()) return false;
    std::vector<std::string> named;
    for (const std::string& n : install.named)
      if (!PlacedByPassedCopy(n, *install.ecosystem)) named.push_back(n);
    if (named.empty() && !install.named.empty() && install.local_operands.empty()) {
      inputs.proven = true;  // every manifest comes from a COPY that moves up: nothing of the sources is read
      return true;
    }
    analysis::InstallInputs found = analysis::ResolveInstallInputs(*files_, *cwd_in_dest, *install.ecosystem, named,
                                                                   install.local_operands, install.ignore_scripts);
    if (!found.blocker.empty() && !install.ignore_scripts && IsNode(*install.ecosystem)) {
      // A lifecycle script that may read the sources: skipped by the install, run after the sources.
      analysis::InstallInputs skipped = analysis::ResolveInstallInputs(*files_, *cwd_in_dest, *install.ecosystem, named,
                                                                       install.local_operands, true);
      if (skipped.blocker.empty()) {
        std::optional<analysis::DeferredScripts> deferred = DeferScripts(*cwd_in_dest, *install.ecosystem);
        if (!deferred) return Suggest(fmt::format("{}; {}", found.blocker, deferral_blocker_)), false;
        inputs.deferred = std::move(deferred);
        found = std::move(skipped);
      }
    }
    if (!found.blocker.empty()) return Suggest(found.blocker), false;
    inputs.proven = true;
    for (std::string& f : found.files)
      if (std::find(inputs.files.begin(), inputs.files.end(), f) == inputs.files.end()) inputs.files.push_back(std::move(f));
    for (std::string& d : found.directories) inputs.directories.push_back(std::move(d));
    for (analysis::Extra& e : found.extras) inputs.extras.push_back(std::move(e));
    for (std::string& p : found.placeholders) inputs.placeholders.push_back(std::move(p));
    return true;
  }

  // Why an install cannot move when a command before it in the RUN names one of its manifests
  // (`jq ... package.json > package.tmp.json && mv package.tmp.json package.json`); "" when none does.
  std::string ManifestTouchedBefore(const shell::Script& script, const std::vector<DepsCommand>& commands, size_t first,
                                    Ecosystem ecosystem) const {
    const analysis::ManifestNames names = analysis::ManifestNamesOf(ecosystem);
    std::vector<std::string> all = names.required;
    all.insert(all.end(), names.optional.begin(), names.optional.end());
    for (const shell::CommandSite& site : shell::SimpleCommands(script)) {
      if (site.top >= first || commands[site.top].role != DepsRole::kOther) continue;
      const std::string_view text = script.Text(site.command->span);
      for (const std::string& name : all) {
        for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
          const bool starts = at == 0 || std::string_view(" \t'\"/=<>").find(text[at - 1]) != std::string_view::npos;
          const size_t end = at + name.size();
          const bool ends = end == text.size() || std::string_view(" \t'\";&|)\\\n").find(text[end]) != std::string_view::npos;
          if (starts && ends)
            return fmt::format("the RUN runs '{}' on '{}' before the install: the install cannot move without it, and "
                               "a 'COPY . .' after it would put the original '{}' back",
                               Shorten(text), name, name);
        }
      }
    }
    return "";
  }

  // Without the context, the root's lifecycle scripts are unknown, and the install is assumed to run none.
  // A `npm run prepare` (postinstall, ...) in the install's RUN or a later one says the root has one, which
  // `npm ci` and `npm install` run themselves after installing: before the sources, it would find none of
  // them. Its name, else "".
  std::string LifecycleRunAfter(size_t run, const DepsCommand& install) {
    if (context_.options().context_dir || !install.ecosystem || !IsNode(*install.ecosystem) || install.ignore_scripts)
      return "";
    for (size_t i : df_.stages[static_cast<size_t>(df_.instructions[run].stage)].instructions) {
      if (i < run || df_.instructions[i].kind != InstructionKind::kRun) continue;
      const shell::Script* script = context_.ScriptOf(df_.instructions[i]);
      for (size_t c = 0; script != nullptr && c < script->commands.size(); ++c) {
        const std::vector<shell::Word>& w = script->commands[c].words;
        if (w.size() < 2 || (w[0].value != "npm" && w[0].value != "yarn" && w[0].value != "pnpm")) continue;
        const bool run_word = w[1].value == "run" || w[1].value == "run-script";
        const std::string name = run_word ? (w.size() > 2 ? w[2].value : "") : w[0].value == "npm" ? "" : w[1].value;
        for (std::string_view lifecycle : analysis::kNpmInstallLifecycle)
          if (name == lifecycle && name != "install") return name;
      }
    }
    return "";
  }

  static bool IsNode(Ecosystem e) { return e == Ecosystem::kNpm || e == Ecosystem::kYarn || e == Ecosystem::kPnpm; }

  // The root package's lifecycle scripts, to run after the sources; nullopt (and deferral_blocker_) when
  // that cannot be equivalent.
  std::optional<analysis::DeferredScripts> DeferScripts(const std::string& cwd_in_dest, Ecosystem ecosystem) {
    const std::string manifest = cwd_in_dest.empty() ? "package.json" : cwd_in_dest + "/package.json";
    analysis::DeferredScripts deferred =
        analysis::DeferInstallScripts(analysis::ReadPackageJson(files_->Read(manifest).value_or("")), ecosystem);
    const std::string& base = df_.stages[static_cast<size_t>(df_.instructions[k_].stage)].base;
    if (deferred.blocker.empty() && analysis::ShipsNpm6(base))
      deferred.blocker = fmt::format("'{}' ships npm 6, whose 'npm rebuild' does not run the root's scripts", base);
    // With no dependency install scripts (the lock says so), `npm rebuild` runs the root's alone.
    if (deferred.root_runs_first)
      for (const char* lock : {"npm-shrinkwrap.json", "package-lock.json"})
        if (std::optional<std::string> text = files_->Read(cwd_in_dest.empty() ? lock : cwd_in_dest + "/" + lock)) {
          deferred.root_runs_first = analysis::LockedDependenciesHaveInstallScripts(*text).value_or(true);
          break;
        }
    deferral_blocker_ = deferred.blocker;
    if (!deferred.blocker.empty()) return std::nullopt;
    return deferred;
  }

  // The install commands among the first `moved` commands with `--ignore-scripts` added (inside an
  // `if`/`{ }` too); empty when a flag cannot be placed.
  Edits IgnoreScripts(const shell::Script& script, const std::vector<DepsCommand>& commands, size_t moved) {
    Edits edits;
    for (const shell::CommandSite& site : shell::SimpleCommands(script)) {
      if (site.top >= moved || commands[site.top].role != DepsRole::kInstall) continue;
      DepsCommand c = ClassifyDepsCommand(*site.command);
      if (c.role != DepsRole::kInstall || !c.ecosystem || !IsNode(*c.ecosystem) || c.ignore_scripts) continue;
      Edits flag = shell::AddFlag(script, site, "--ignore-scripts");
      if (flag.empty()) return {};
      edits.insert(edits.end(), flag.begin(), flag.end());
    }
    return edits;
  }

  // `span` of the file with `edits` (all inside it) applied.
  std::string EditedText(Span span, const Edits& edits) const {
    Edits local;
    for (const Edit& e : edits) local.push_back(Edit{Span{e.span.begin - span.begin, e.span.end - span.begin}, e.text});
    return ApplyEdits(context_.Text(span), std::move(local));
  }

  // The COPY lines: one per destination directory for files, one per copied directory.
  bool CopyText(const Inputs& inputs, std::string& text) {
    const ir::Instruction& copy = df_.instructions[k_];
    std::optional<std::string> copy_cwd = CopyCwd();
    const std::string dest_written = DestWritten();
    if (!copy_cwd || dest_written.find('$') != std::string::npos) return Suggest("the destination holds a variable"), false;
    const std::string dest = ResolvePath(*copy_cwd, dest_written);
    std::optional<std::string> cwd = InstallCwd();
    std::vector<std::pair<std::string, std::vector<std::string>>> groups;
    auto relative = [&](const std::string& f) -> std::optional<std::string> {
      std::optional<std::string> rel = RelativeTo(ResolvePath(*cwd, f), dest);
      if (!rel || rel->empty()) Suggest(fmt::format("'{}' is not copied by '{}'", f, Shorten(context_.Text(copy.span))));
      return rel && !rel->empty() ? rel : std::nullopt;
    };
    for (const std::string& f : inputs.files) {
      std::optional<std::string> rel = relative(f);
      if (!rel) return false;
      std::string dir = rel->find('/') == std::string::npos ? "" : rel->substr(0, rel->rfind('/'));
      auto g = std::find_if(groups.begin(), groups.end(), [&](const auto& p) { return p.first == dir; });
      if (g == groups.end()) groups.push_back({dir, {}}), g = groups.end() - 1;
      g->second.push_back(*rel);
    }
    std::vector<std::string> whole_dirs = inputs.directories;
    for (const analysis::Extra& e : inputs.extras) {
      if (!e.directory) {
        std::optional<std::string> rel = relative(e.path);
        if (!rel) return false;
        std::string dir = rel->find('/') == std::string::npos ? "" : rel->substr(0, rel->rfind('/'));
        auto g = std::find_if(groups.begin(), groups.end(), [&](const auto& p) { return p.first == dir; });
        if (g == groups.end()) groups.push_back({dir, {}}), g = groups.end() - 1;
        g->second.push_back(*rel);
      } else {
        whole_dirs.push_back(e.path);
      }
    }
    std::string flags;
    for (const ir::Flag& f : copy.flags) flags.append(" ").append(context_.Text(f.span));
    const std::string nl(context_.Newline());
    auto under_dest = [&](const std::string& dir) {
      // After an inserted WORKDIR the destination is written absolute.
      const std::string written = run_cwd_ ? dest : dest_written;
      std::string to = written == "." || written == "./" ? "" : written.ends_with("/") ? written : written + "/";
      return dir.empty() ? (to.empty() ? "./" : to) : to + dir + "/";
    };
    for (const auto& [dir, sources] : groups) {
      // One file to the destination as written only when that is a folder already (`.`, `/app/`, the
      // WORKDIR): `COPY requirements.txt /srv/app` would otherwise make /srv/app that file.
      const bool folder = dest_written == "." || dest_written.ends_with("/") || dest == *copy_cwd;
      std::string to = dir.empty() && sources.size() == 1 && folder && dest_written != "./" && !run_cwd_ ? dest_written
                                                                                                        : under_dest(dir);
      text += context_.Keyword("COPY", copy) + flags;
      for (const std::string& s : sources) text.append(" ").append(InContext(s));
      text += " " + to + nl;
    }
    for (const std::string& d : whole_dirs) {
      std::optional<std::string> rel = relative(d);
      if (!rel) return false;
      text += context_.Keyword("COPY", copy) + flags + " " + InContext(*rel) + "/ " + under_dest(*rel) + nl;
    }
    return true;
  }

  // The comment lines of a continued RUN's text, as Dockerfile comment lines ("# ...\n").
  std::string CommentLines(std::string_view text) const {
    std::string out;
    for (size_t at = 0; at < text.size();) {
      size_t end = text.find('\n', at);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(at, end - at);
      const size_t first = line.find_first_not_of(" \t");
      if (first != std::string_view::npos && line[first] == '#') {
        while (line.ends_with("\r")) line.remove_suffix(1);
        out += std::string(line.substr(first)) + std::string(context_.Newline());
      }
      at = end + 1;
    }
    return out;
  }

  std::string RunText(const ir::Instruction& run, const std::string& commands) const {
    std::string run_flags;
    for (const ir::Flag& f : run.flags) run_flags.append(" ").append(context_.Text(f.span));
    return context_.Keyword("RUN", run) + run_flags + " " + commands + std::string(context_.Newline());
  }

  void Finish(const ir::Instruction& inst, std::string text, Edits edits, const Inputs& inputs, std::string_view what) {
    const ir::Instruction& copy = df_.instructions[k_];
    // The instructions passed on the way move up with the install: unsafe, as the proof is by reading.
    Safety safety = inputs.proven && inputs.extras.empty() && !inputs.added_step && passed_.empty() && !inputs.deferred &&
                            left_behind_.empty()
                        ? Safety::kSafe
                        : Safety::kUnsafe;
    for (size_t i : passed_) edits.push_back(Edit{RemovalSpan(df_, df_.instructions[i]), ""});
    std::string message = message_;
    if (!inputs.extras.empty())
      message += fmt::format("; the install also reads {}, copied with the manifests", Names(inputs.extras));
    if (inputs.deferred) message += DeferredNote(*inputs.deferred);
    if (restore_cwd_) {
      if (!text.ends_with("\n")) text += context_.Newline();
      text += context_.Keyword("WORKDIR", copy) + " " + *restore_cwd_ + std::string(context_.Newline());
    }
    // Keep the author's grouping: a block that lands after a blank line gets one after it too.
    const uint32_t at = copy.MoveSpan().begin;
    for (const ir::Trivia& t : df_.trivia)
      if (t.kind == ir::Trivia::Kind::kBlank && t.span.end == at) text += context_.Newline();
    edits.insert(edits.begin(), Edit{Span{at, at}, std::move(text)});
    if (context_.IsSuppressed("DF120", inst)) return;
    context_.Report(Span{copy.span.begin, target_.end}, message,
                    Fix{fmt::format("{} '{}'", what, Shorten(context_.Text(copy.span))), safety, std::move(edits)});
  }

  static std::string DeferredNote(const analysis::DeferredScripts& deferred) {
    std::string scripts;
    for (const std::string& s : deferred.scripts) scripts += fmt::format("{}'{}'", scripts.empty() ? "" : ", ", s);
    std::string note = fmt::format("; the package's lifecycle scripts ({}) may read the sources, so the install "
                                   "runs with '--ignore-scripts' and '{}' runs them after the sources",
                                   scripts, deferred.command);
    if (deferred.root_runs_first)
      note += " ('npm rebuild' runs the root's install scripts before, not after, the dependencies' own)";
    return note;
  }

  void Begin(const shell::Script& script, const shell::Command& command, std::string_view consequence) {
    target_ = command.span;
    message_ = fmt::format("'{}' runs after '{}': every source change {}", Shorten(script.Text(command.span)),
                           Shorten(context_.Text(df_.instructions[k_].span)), consequence);
  }

  // A .NET project or solution the stage names below the top folder (`dotnet publish src/App/App.csproj`):
  // then the projects are not at the top, where the guess without the context copies them from.
  std::optional<std::string> NestedDotnetProject() const {
    for (size_t i : df_.stages[static_cast<size_t>(df_.instructions[k_].stage)].instructions) {
      const ir::Instruction& inst = df_.instructions[i];
      if (inst.kind != InstructionKind::kRun) continue;
      std::string_view text = inst.rest;
      for (size_t at = 0; at < text.size();) {
        size_t end = text.find_first_of(" \t\n;&|\"'", at);
        std::string_view word = text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
        bool project = word.ends_with(".csproj") || word.ends_with(".fsproj") || word.ends_with(".vbproj") ||
                       word.ends_with(".sln");
        std::string_view dir = word.starts_with("./") ? word.substr(2) : word;
        if (project && dir.find('/') != std::string_view::npos && !dir.starts_with("/")) return std::string(word);
        if (end == std::string_view::npos) break;
        at = end + 1;
      }
    }
    return std::nullopt;
  }

  std::string SelfEnvBlocker() const {
    return fmt::format("'{}' reads its own value: repeated above the install, it would change it",
                       Shorten(context_.Text(df_.instructions[*self_env_].span)));
  }

  void Suggest(std::string_view why) {
    context_.Report(target_, fmt::format("{}; copy only the manifests and install before it ({})", message_, why));
  }

  // `pip install -r /etc/tmp/requirements.txt` after `COPY requirements.txt /etc/tmp/requirements.txt`:
  // a manifest outside the sources, placed by a passed COPY of one context file that names no other.
  bool PlacedByPassedCopy(const std::string& manifest, Ecosystem ecosystem) {
    std::optional<std::string> cwd = InstallCwd();
    std::optional<std::string> dest = Dest();
    if (!cwd || !dest || !manifest.starts_with("/") || RelativeTo(manifest, *dest)) return false;
    for (size_t i : passed_) {
      const ir::Instruction& copy = df_.instructions[i];
      if (copy.kind != InstructionKind::kCopy || copy.FindFlag("from") || copy.node_args.size() != 2) continue;
      const std::string& source = copy.node_args[0];
      const std::string& to = copy.node_args[1];
      const std::string base = source.substr(source.rfind('/') + 1);
      if (to != manifest && (!to.ends_with("/") || to + base != manifest)) continue;
      analysis::InstallInputs found = analysis::ResolveInstallInputs(*files_, "", ecosystem, {source});
      return found.blocker.empty() && found.extras.empty() && found.files.size() == 1;
    }
    return false;
  }

  // Where the whole-context COPY writes, absolute; nullopt when it holds a variable.
  std::optional<std::string> Dest() const {
    std::optional<std::string> cwd = CopyCwd();
    const std::string dest = DestWritten();
    if (!cwd || dest.find('$') != std::string::npos) return std::nullopt;
    return ResolvePath(*cwd, dest);
  }

  // The RUN's working directory inside the COPY's destination ("" when they are the same).
  std::optional<std::string> CwdInDest() const {
    std::optional<std::string> cwd = CopyCwd();
    const std::string dest_written = DestWritten();
    if (!cwd || dest_written.find('$') != std::string::npos) return std::nullopt;
    return RelativeTo(*InstallCwd(), ResolvePath(*cwd, dest_written));
  }

  // The RUN's working directory as a folder of the context (CwdInDest below the copied folder).
  std::optional<std::string> ContextCwd() const {
    std::optional<std::string> in_dest = CwdInDest();
    if (!in_dest || folder_.empty()) return in_dest;
    return InContext(*in_dest);
  }

  // A path relative to the COPY's destination as a path of the context.
  std::string InContext(const std::string& in_dest) const {
    if (folder_.empty()) return in_dest;
    return in_dest.empty() ? folder_ : fmt::format("{}/{}", folder_, in_dest);
  }

  // Where the install runs: after the RUN's leading `cd`, else the followed WORKDIR, else the COPY's.
  std::optional<std::string> InstallCwd() const {
    if (cd_dir_) return cd_dir_;
    return run_cwd_ ? run_cwd_ : CopyCwd();
  }

  // True, with cd_dir_ set, when the RUN starts with `cd DIR` to a written-out folder and goes on
  // after it (`&&` or `;`).
  bool LeadingCd(const shell::Script& script) {
    if (script.commands.size() < 2) return false;
    const shell::Command& cd = script.commands[0];
    const shell::Joiner next = script.commands[1].joiner;
    if (cd.opaque() || !cd.env.empty() || !cd.redirects.empty() || cd.words.size() != 2 || cd.words[0].value != "cd" ||
        (next != shell::Joiner::kAnd && next != shell::Joiner::kSemicolon))
      return false;
    const shell::Word& dir = cd.words[1];
    std::optional<std::string> from = run_cwd_ ? run_cwd_ : CopyCwd();
    if (!from || !dir.literal || dir.value.empty() || dir.value == "-" ||
        dir.value.find_first_of("~*?[") != std::string::npos)
      return false;
    cd_dir_ = ResolvePath(*from, dir.value);
    return true;
  }

  // The WORKDIR at the COPY; under a WORKDIR with a variable (`WORKDIR $APP_HOME`), a stand-in when
  // the COPY writes into it (`COPY . .`, or `COPY . $APP_HOME` right below `WORKDIR $APP_HOME`).
  std::optional<std::string> CopyCwd() const {
    if (std::optional<std::string> cwd = WorkdirAt(df_, k_)) return cwd;
    return DestIsVariableWorkdir() ? std::optional<std::string>(kVariableWorkdir) : std::nullopt;
  }
  std::string DestWritten() const {
    if (DestIsVariableWorkdir()) return "./";
    const std::string& dest = df_.instructions[k_].node_args.back();
    return ExpandLiteralEnv(df_, k_, dest).value_or(dest);  // `ENV APP_HOME /app` + `COPY . $APP_HOME`
  }
  bool DestIsVariableWorkdir() const {
    const ir::Instruction& copy = df_.instructions[k_];
    const std::string& dest = copy.node_args.back();
    if (WorkdirAt(df_, k_) || dest == "." || dest == "./") return !WorkdirAt(df_, k_) && !run_cwd_;
    const std::vector<size_t>& stage = df_.stages[static_cast<size_t>(copy.stage)].instructions;
    for (auto it = std::find(stage.begin(), stage.end(), k_); it != stage.begin();) {
      const ir::Instruction& inst = df_.instructions[*--it];
      if (inst.kind == InstructionKind::kEnv || inst.kind == InstructionKind::kArg) return false;
      if (inst.kind == InstructionKind::kWorkdir)
        return !run_cwd_ && inst.node_args.size() == 1 && (inst.node_args[0] == dest || inst.node_args[0] + "/" == dest);
    }
    return false;
  }
  static constexpr const char* kVariableWorkdir = "/.dockopt-workdir";

  // `COPY . /src` then `WORKDIR /src`: the install runs in the copied directory, so the block that
  // goes above the COPY starts with that WORKDIR. False when the WORKDIR leads elsewhere.
  bool FollowWorkdir(const ir::Instruction& workdir) {
    const ir::Instruction& copy = df_.instructions[k_];
    std::optional<std::string> cwd = WorkdirAt(df_, k_);
    if (run_cwd_ || !cwd || workdir.node_args.size() != 1) return false;
    // Variables set by a literal ENV read the same in every build (`WORKDIR $APP_HOME`).
    const std::string dir = ExpandLiteralEnv(df_, static_cast<size_t>(&workdir - df_.instructions.data()),
                                             workdir.node_args[0]).value_or(workdir.node_args[0]);
    const std::string dest = DestWritten();
    // The WORKDIR goes above the COPY; a destination relative to the folder the COPY ran in gets that
    // folder back after the moved install (`COPY . .` under WORKDIR /app, then WORKDIR /app/src/Web).
    if (dir.find('$') != std::string::npos || dest.find('$') != std::string::npos || copy.FindFlag("chmod") ||
        (!dest.starts_with("/") && !cwd->starts_with("/")))
      return false;
    const std::string to = ResolvePath(*cwd, dir);
    if (!to.starts_with("/") || !RelativeTo(to, ResolvePath(*cwd, dest))) return false;
    run_cwd_ = to;
    if (!dest.starts_with("/")) restore_cwd_ = *cwd;
    // A COPY --chown makes the folders it creates the user's; a WORKDIR above it would make them root's,
    // and an install as that user could not write there. The WORKDIR then follows the manifests' COPY.
    workdir_after_copies_ = copy.FindFlag("chown") != nullptr;
    return true;
  }

  std::string WorkdirLine() const {
    return context_.Keyword("WORKDIR", df_.instructions[k_]) + " " + *run_cwd_ + std::string(context_.Newline());
  }

  // The followed WORKDIR when it goes after the manifests' COPY (see FollowWorkdir), else "".
  std::string WorkdirAfterCopies() const { return run_cwd_ && workdir_after_copies_ ? WorkdirLine() : ""; }

  // What goes first in the block above the COPY: the followed WORKDIR, and the ENV/ARG crossed.
  std::string Prelude() const {
    std::string text;
    if (run_cwd_ && !workdir_after_copies_) text += WorkdirLine();
    std::vector<size_t> above = carried_;
    above.insert(above.end(), passed_.begin(), passed_.end());
    std::sort(above.begin(), above.end());
    for (size_t i : above) {
      std::string_view carried = context_.Text(df_.instructions[i].span);
      while (carried.ends_with("\n") || carried.ends_with("\r")) carried.remove_suffix(1);
      text += std::string(carried) + std::string(context_.Newline());
    }
    return text;
  }

  static std::string CargoPrefetch(const std::vector<std::string>& stubs) {
    std::string dirs;
    for (const std::string& s : stubs) {
      const size_t slash = s.rfind('/');
      if (slash == std::string::npos) continue;
      const std::string dir = fmt::format(" {}", s.substr(0, slash));  // not " " + string&&: GCC 12 -O3 -Wrestrict
      if ((dirs + " ").find(dir + " ") == std::string::npos) dirs += dir;
    }
    std::string out = dirs.empty() ? "" : fmt::format("mkdir -p{} && ", dirs);
    for (const std::string& s : stubs) out += fmt::format("echo 'fn main() {{}}' > {} && ", s);
    out += "cargo fetch && rm -f";
    for (const std::string& s : stubs) out += " " + s;
    return out;
  }

  // A script of the copied sources that runs a dependency tool (`./graphhopper.sh build` and
  // `/refine/refine build` run maven; alist's `bash build.sh release docker` runs `go build`): the
  // install hides in it, so only a suggestion names the order.
  // (Its toolchain may be one the script itself downloads: no prefetch is planned.)
  std::optional<DepsCommand> ScriptInstall(const shell::Command& command, size_t run) {
    if (command.opaque() || command.words.empty() || !command.words[0].literal) return std::nullopt;
    std::string_view shell = command.words[0].value;
    shell = shell.substr(shell.rfind('/') + 1);  // npos + 1 == 0
    const bool through_shell = (shell == "sh" || shell == "bash" || shell == "ash" || shell == "dash") &&
                               command.words.size() > 1 && command.words[1].literal &&
                               !command.words[1].value.starts_with("-");
    const std::string& program = command.words[through_shell ? 1 : 0].value;
    if (!through_shell && !program.starts_with("./") && !program.starts_with("/")) return std::nullopt;
    std::optional<std::string> dest = Dest();
    std::optional<std::string> cwd = WorkdirAt(df_, run);  // where the shell finds `./script`
    if (!dest || !cwd || !context_.options().context_dir || !OpenContext()) return std::nullopt;
    std::optional<std::string> rel = RelativeTo(ResolvePath(*cwd, program), *dest);
    if (!rel || rel->empty()) return std::nullopt;
    const std::string text = files_->Read(InContext(*rel)).value_or("");
    static const std::regex kTool(
        R"((^|[\s;&|(])((\./)?(mvnw?|gradlew?)\s|go (build|get|install|mod download)\b|cargo (build|fetch|install)\b|)"
        R"(npm (ci|install)\b|yarn install\b|pnpm install\b|composer install\b|pip3? install\b|bundle install\b))");
    std::smatch m;
    if (text.find('\0') != std::string::npos || !std::regex_search(text, m, kTool)) return std::nullopt;
    std::string tool = m[2].str();
    while (!tool.empty() && std::isspace(static_cast<unsigned char>(tool.back()))) tool.pop_back();
    DepsCommand out;
    out.role = DepsRole::kInstall;
    const std::string bare = tool.starts_with("./") ? tool.substr(2) : tool;
    static const std::pair<std::string_view, Ecosystem> kEcosystems[] = {
        {"mvn", Ecosystem::kMaven}, {"gradle", Ecosystem::kGradle}, {"go ", Ecosystem::kGo},
        {"cargo", Ecosystem::kCargo}, {"npm", Ecosystem::kNpm}, {"yarn", Ecosystem::kYarn},
        {"pnpm", Ecosystem::kPnpm}, {"composer", Ecosystem::kComposer}, {"pip", Ecosystem::kPip},
        {"bundle", Ecosystem::kBundler}};
    for (const auto& [prefix, ecosystem] : kEcosystems)
      if (bare.starts_with(prefix)) out.ecosystem = ecosystem;
    out.needs_sources = true;
    out.why = fmt::format("'{}' runs '{}' from the copied sources: copy the manifests and run the dependency "
                          "step before the COPY, or split it out of the script",
                          program, tool);
    return out;
  }

  bool OpenContext() {
    if (files_) return true;
    std::string error;
    files_ = analysis::ContextFiles::Open(*context_.options().context_dir, error);
    if (!files_) Suggest(fmt::format("the build context cannot be read: {}", error));
    return files_.has_value();
  }

  // True when an earlier RUN of the stage already installs or fetches this ecosystem's dependencies.
  // True when a RUN before the COPY, in the same WORKDIR, already ran an install of the same ecosystem
  // from the same manifests (`COPY requirements.txt .`, `RUN pip install -r requirements.txt`, `COPY . .`,
  // then the same install again): the dependencies are in place before the sources, and the re-run after
  // them only adds what the sources bring (a `.` in requirements.txt, a Gemfile.lock). Moved up, it would
  // repeat the first and drop that.
  // (Both run in their WORKDIR: a `cd` before either leaves which files they read open.)
  bool SameInstallBefore(const DepsCommand& install, size_t run, const shell::Script& script, size_t first) {
    auto cd_before = [](const shell::Script& s, size_t end) {
      for (size_t c = 0; c < end && c < s.commands.size(); ++c)
        if (StateChange(s.commands[c]) != ShellState::kNone) return true;
      return false;
    };
    if (cd_before(script, first)) return false;
    const ir::Instruction& copy = df_.instructions[k_];
    const std::optional<std::string> cwd = WorkdirAt(df_, run);
    for (size_t i : df_.stages[static_cast<size_t>(copy.stage)].instructions) {
      if (i >= k_) break;
      const ir::Instruction& inst = df_.instructions[i];
      if (inst.kind != InstructionKind::kRun || WorkdirAt(df_, i) != cwd) continue;
      if (const shell::Script* earlier = context_.ScriptOf(inst))
        for (size_t c = 0; c < earlier->commands.size(); ++c) {
          DepsCommand d = ClassifyDepsCommand(earlier->commands[c], *earlier);
          if (d.role == DepsRole::kInstall && d.ecosystem == install.ecosystem && d.named == install.named &&
              !cd_before(*earlier, c))
            return true;
        }
    }
    return false;
  }

  bool PreviousInstall(Ecosystem ecosystem) {
    const ir::Instruction& copy = df_.instructions[k_];
    for (size_t i : df_.stages[static_cast<size_t>(copy.stage)].instructions) {
      if (i >= k_) break;
      const ir::Instruction& inst = df_.instructions[i];
      if (inst.kind != InstructionKind::kRun) continue;
      if (inst.is_exec()) {  // `RUN ["lein", "deps"]`
        if (ExecFormFetch(inst) == ecosystem) return true;
        continue;
      }
      if (const shell::Script* script = context_.ScriptOf(inst))
        for (const shell::Command& command : script->commands) {
          DepsCommand c = ClassifyDepsCommand(command, *script);
          if (c.ecosystem == ecosystem && (c.role == DepsRole::kInstall || c.role == DepsRole::kBuild)) return true;
          if (ecosystem == Ecosystem::kCargo && c.ecosystem == Ecosystem::kCargo) return true;
        }
    }
    return false;
  }

  RuleContext& context_;
  const ir::Dockerfile& df_;
  size_t k_;
  std::string folder_;  // the context folder the COPY copies; "" for the whole context
  Span target_;
  std::string message_;
  std::optional<analysis::ContextFiles> files_;
  std::optional<std::string> run_cwd_;  // the WORKDIR followed after the COPY
  std::optional<std::string> cd_dir_;   // where the install RUN's leading `cd` goes
  bool workdir_after_copies_ = false;
  std::optional<std::string> restore_cwd_;  // the COPY's own folder, set again after the moved install  // the followed WORKDIR goes after the manifests' COPY (--chown)
  std::optional<size_t> stopped_at_;    // a WORKDIR, USER or SHELL between the COPY and the install
  std::vector<size_t> left_behind_;     // COPYs into the sources the moved install leaves where they are
  std::string deferral_blocker_;        // why the lifecycle scripts cannot run after the sources
  std::optional<size_t> self_env_;  // a carried ENV that reads itself: repeating it changes its value
  size_t crossed_at_ = 0;               // the first instruction in between that may matter to the install
  std::vector<size_t> carried_;         // ENV and ARG between the COPY and the install
  std::vector<size_t> passed_;          // instructions in between that need no sources: they move up
};

}  // namespace

void CheckDepsFirst(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  for (size_t i = 0; i < df.instructions.size(); ++i) {
    if (df.instructions[i].stage < 0) continue;
    if (CopiesWholeContext(df.instructions[i]))
      Planner(context, i).Run();
    else if (std::optional<std::string> folder = ProjectFolderOfCopy(context, i))
      Planner(context, i, *folder).Run();  // `COPY src/ .`: the same plan inside that folder
  }
  ReportSourceFoldersBeforeInstall(context);
  ReportStageTreeBeforeInstall(context);
}

DOCKOPT_RULE(DF120, "deps-first", "a dependency install after 'COPY . .' moves above it, behind a COPY of its manifests",
             Safety::kSafe, CheckDepsFirst);

}  // namespace dockopt
