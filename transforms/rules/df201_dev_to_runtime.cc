// DF201 dev-to-runtime: the final stage of a multi-stage build installs runtime libraries instead of
// -dev packages, and no compilers, when nothing in it builds any more. The names come from the
// package tables of the stage's distribution release (analysis/packages.h).
#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "analysis/base_images.h"
#include "analysis/copy_sources.h"
#include "analysis/image_os.h"
#include "analysis/packages.h"
#include "shell/edit.h"
#include "shell/instruction_script.h"
#include "transforms/rules/quoted_names.h"
#include "transforms/rules/runtime_lib_lookup.h"
#include "transforms/rule.h"
#include "transforms/rules/df201_make_at_run_time.h"
#include "transforms/rules/df201_purge_after_build.h"
#include "transforms/rules/df201_shared_parent.h"
#include "transforms/rules/install_family.h"
#include "transforms/rules/final_chain.h"
#include "transforms/rules/java_app.h"
#include "transforms/rule_context.h"
#include "transforms/rules/base_image.h"
#include "transforms/rules/build_steps.h"
#include "transforms/rules/layer_facts.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/split_command_tools.h"
#include "transforms/rules/split_guards.h"
#include "transforms/rules/split_plan.h"
#include "transforms/rules/split_unknown_base.h"
#include "transforms/rules/stage_compiler.h"
#include "transforms/rules/stage_facts.h"
#include "transforms/rules/toolbox.h"

namespace dockopt {
namespace {

using analysis::Distro;
using analysis::OsRelease;

std::string ReleaseName(const OsRelease& os) {
  std::string name(analysis::DistroName(os.distro));
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return os.release.empty() ? name : name + " " + os.release;
}

// What separates one operand from the next in `command` (" ", or " \\\n    " in a one-per-line
// list), so that a -dev package replaced by several runtime packages keeps the author's layout.
std::string OperandSeparator(const shell::Script& script, const shell::Command& command,
                             const shell::ToolCall& call) {
  for (size_t i = 1; i < call.operands.size(); ++i) {
    Span gap{command.words[call.operands[i - 1].word].span.end, command.words[call.operands[i].word].span.begin};
    std::string_view text = script.Text(gap);
    if (text.find_first_not_of(std::string(" \t\r\n") + script.escape) == std::string_view::npos)
      return std::string(text);
  }
  return " ";
}


// Deletions that touch or overlap (RemovePackage on neighbouring words) merged into one.
Edits MergeDeletions(Edits edits) {
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  Edits out;
  for (Edit& edit : edits) {
    if (!out.empty() && out.back().text.empty() && edit.text.empty() && edit.span.begin <= out.back().span.end) {
      out.back().span.end = std::max(out.back().span.end, edit.span.end);
      continue;
    }
    if (!out.empty() && edit.span.begin < out.back().span.end) return {};  // a replacement inside a deletion
    out.push_back(std::move(edit));
  }
  return out;
}

// True when every command but `install` only updates apt or removes its lists: the RUN exists for the install.
// (apk update, dnf/yum clean and their caches count the same way).
bool OnlyAptAround(const shell::Script& script, size_t install) {
  if (!script.FullyModelled()) return false;
  const std::vector<ToolUse>& uses = ToolUses(script);  // the memo keeps it: no copy
  if (uses.size() != script.commands.size()) return false;
  for (const ToolUse& use : uses) {
    if (use.command == install) continue;
    bool housekeeping = IsApt(use.call, "update") || IsApt(use.call, "clean") || IsApt(use.call, "autoclean") ||
                        RemovesPath(use.call, "/var/lib/apt/lists") || RemovesPath(use.call, "/var/cache/apt") ||
                        Is(use.call, "apk", "update") || RemovesPath(use.call, "/var/cache/apk") ||
                        Is(use.call, "dnf", "clean") || Is(use.call, "yum", "clean") ||
                        Is(use.call, "microdnf", "clean") || RemovesPath(use.call, "/var/cache/dnf") ||
                        RemovesPath(use.call, "/var/cache/yum");
    if (!housekeeping) return false;
  }
  return true;
}

// The script a RUN runs: its heredoc for `RUN <<EOF`, else its arguments (nullptr when unreadable).
const shell::Script* RunScript(RuleContext& context, const ir::Instruction& run, std::optional<shell::Script>& heredoc) {
  if (!run.heredocs.empty() && (heredoc = shell::ParseHeredocOf(context.dockerfile(), run, 0))) return &*heredoc;
  return context.ScriptOf(run);
}

// True when an apt install of the RUN names a package that DF201 would swap or drop.
bool InstallsBuildTimePackages(RuleContext& context, const ir::Instruction& run, const OsRelease& os) {
  std::optional<shell::Script> heredoc;
  const shell::Script* script = RunScript(context, run, heredoc);
  if (script == nullptr) return false;
  for (const ToolUse& use : ToolUses(*script)) {
    if (InstallFamily(use.call) != Distro::kDebian) continue;
    for (const shell::Operand& o : use.call.operands)
      if (!KeptInFinalStage(o.name) && !analysis::IsJdkPackage(o.name, os.distro) &&
          (!analysis::RuntimePackagesFor(o.name, os).empty() || analysis::IsBuildTool(o.name, os.distro)))
        return true;
  }
  return false;
}

// True when a command of the RUN is a script of the project (`./setup.sh`, `bin/setup`, `/app/init`,
// `bash install.sh`, `python manage.py ...`) rather than a tool of the system.
bool RunsAProjectScript(const ir::Instruction& run) {
  std::string text(run.rest);
  for (const ir::Heredoc& heredoc : run.heredocs) text += "\n" + heredoc.content;
  for (const std::vector<std::string>& words : CommandSegments(text)) {
    size_t i = CommandWord(words);
    if (i >= words.size()) continue;
    std::string_view word = words[i];
    bool system_path = word.starts_with("/usr/") || word.starts_with("/bin/") || word.starts_with("/sbin/");
    if ((word.find('/') != std::string_view::npos && !system_path) || word.ends_with(".sh") || word.ends_with(".py"))
      return true;
    std::string_view name = word.substr(word.rfind('/') + 1);
    bool interpreter = name == "sh" || name == "bash" || name.starts_with("python") || name == "perl" ||
                       name == "ruby" || name == "node" || name == "php";
    if (interpreter && i + 1 < words.size() && !words[i + 1].starts_with("-")) return true;
  }
  return false;
}

// The script of the one RUN after runs[r] that builds, when no USER comes between them (so it runs as
// root, as the install did) and no other RUN of the stage installs build-time packages (one move
// per build keeps the fix a single edit); nullptr when several build or the script cannot be read.
// `steps` holds NativeBuildStep of each RUN in `runs`.
const shell::Script* OnlyBuildAfter(RuleContext& context, const std::vector<size_t>& runs,
                                    const std::vector<std::optional<std::string>>& steps, size_t r,
                                    const OsRelease& os, std::optional<shell::Script>& heredoc) {
  const ir::Dockerfile& df = context.dockerfile();
  size_t build = 0;
  for (size_t later = r + 1; later < runs.size(); ++later) {
    if (!steps[later]) continue;
    if (build != 0) return nullptr;
    build = later;
  }
  // Adjacent RUNs are DF111's to merge; the purge then goes in the merged RUN.
  if (build == 0 || runs[build] == runs[r] + 1) return nullptr;
  for (size_t i = runs[r] + 1; i < runs[build]; ++i)
    if (df.instructions[i].kind == ir::InstructionKind::kUser) return nullptr;
  // No RUN after the install may start a project script: one may compile with the packages too.
  for (size_t later = r + 1; later < runs.size(); ++later)
    if (RunsAProjectScript(df.instructions[runs[later]])) return nullptr;
  for (size_t other = 0; other < runs.size(); ++other)
    if (other != r && InstallsBuildTimePackages(context, df.instructions[runs[other]], os)) return nullptr;
  const shell::Script* script = RunScript(context, df.instructions[runs[build]], heredoc);
  // Text appended after a script the shell model cannot read (an open quote) would land inside it.
  return script != nullptr && script->FullyModelled() ? script : nullptr;
}

struct Plan {
  std::vector<std::string> found;  // the build-time packages, for the message
  std::vector<std::string> parts;  // "'libpq-dev' -> 'libpq5'", "drop 'gcc'"
  Edits edits;
  bool complete = true;            // false when some package could not be edited
  std::vector<std::string> unmapped;  // -dev packages whose runtime names no table gives for the release
  std::vector<std::string> looked_up;  // of those, the ones apt names at build time (runtime_lib_lookup.h)
  std::vector<std::string> release_unknown;  // -dev packages whose runtime names depend on a release the image hides
  size_t kept = 0;                 // operands left in the command
};

// The packages a later command of the same RUN removes (`apt-get purge -y --auto-remove build-essential`,
// `apk del`, `dnf remove`): they never reach the image, whatever installs them (mvt's toolbox image).
std::set<std::string> RemovedLaterInRun(const shell::Script& script, const std::vector<ToolUse>& uses,
                                        const ToolUse& install) {
  std::set<std::string> out;
  for (const ToolUse& u : uses) {
    // A top-level command after the install that always runs when the build goes on (`&&`, `;`).
    const shell::Joiner joiner = script.commands[u.command].joiner;
    if (u.command <= install.command || (joiner != shell::Joiner::kAnd && joiner != shell::Joiner::kSemicolon &&
                                         joiner != shell::Joiner::kNewline))
      continue;
    const bool removes = IsApt(u.call, "purge") || IsApt(u.call, "remove") || Is(u.call, "apk", "del") ||
                         Is(u.call, "dnf", "remove") || Is(u.call, "yum", "remove");
    if (removes)
      for (const shell::Operand& o : u.call.operands) out.insert(o.name);
  }
  return out;
}

// .NET resolves `[DllImport("libc")]` (System.Drawing's libgdiplus, SkiaSharp, its own interop) through
// `libc.so`, which on Alpine only musl-dev (and libc-dev, which pulls it in) provides: in an image that
// builds or runs .NET they are a runtime need, not a build tool.
bool DotnetNeedsLibcSo(const ir::Dockerfile& df, std::string_view package, Distro distro) {
  if (distro != Distro::kAlpine || (package != "libc-dev" && package != "musl-dev")) return false;
  for (const ir::Instruction& inst : df.instructions) {
    using K = ir::InstructionKind;
    if (inst.kind != K::kFrom && inst.kind != K::kRun && inst.kind != K::kCmd && inst.kind != K::kEntrypoint)
      continue;
    std::string_view text = inst.rest;
    if (text.find("dotnet/aspnet") != std::string_view::npos || text.find("dotnet/runtime") != std::string_view::npos ||
        text.find("dotnet/sdk") != std::string_view::npos)
      return true;
    for (size_t at = text.find("dotnet"); at != std::string_view::npos; at = text.find("dotnet", at + 1)) {
      const bool starts = at == 0 || text[at - 1] == ' ' || text[at - 1] == '"' || text[at - 1] == '/';
      const size_t end = at + 6;
      if (starts && (end == text.size() || text[end] == ' ' || text[end] == '"')) return true;
    }
  }
  return false;
}

// The top-level `apt-get update` (or `apt update`) that runs before command `before` when the build goes
// on: only `&&`, `;` or newlines join them.
std::optional<size_t> AptUpdateBefore(const shell::Script& script, size_t before) {
  std::optional<size_t> update;
  for (size_t i = 0; i < before && i < script.commands.size(); ++i) {
    const shell::Command& command = script.commands[i];
    if (i > 0 && command.joiner != shell::Joiner::kAnd && command.joiner != shell::Joiner::kSemicolon &&
        command.joiner != shell::Joiner::kNewline)
      update.reset();
    const auto& words = command.words;
    if (words.size() >= 2 && (words[0].value == "apt-get" || words[0].value == "apt") &&
        std::any_of(words.begin() + 1, words.end(), [](const shell::Word& w) { return w.value == "update"; }))
      update = i;
  }
  if (update && before < script.commands.size()) {
    const shell::Joiner joiner = script.commands[before].joiner;
    if (joiner != shell::Joiner::kAnd && joiner != shell::Joiner::kSemicolon && joiner != shell::Joiner::kNewline) return std::nullopt;
  }
  return update;
}

// A JDK package becomes its JRE only when `df` builds or runs Java (BuildsOrRunsJava, read only then).
Plan PlanCommand(const shell::Script& script, const ToolUse& use, const OsRelease& os,
                 const std::set<std::string>& removed_later, const ir::Dockerfile& df) {
  Plan plan;
  const shell::Command& command = script.commands[use.command];
  // Debian and Ubuntu: an `apt-get update` earlier in the RUN leaves the index `apt-cache depends` reads.
  const std::optional<size_t> update =
      os.distro == Distro::kDebian || os.distro == Distro::kUbuntu ? AptUpdateBefore(script, use.command) : std::nullopt;
  std::set<std::string> present;
  for (const shell::Operand& o : use.call.operands) present.insert(o.name);
  for (const shell::Operand& o : use.call.operands) {
    if (removed_later.contains(o.name)) {  // purged before the layer ends: not in the image
      ++plan.kept;
      continue;
    }
    if (analysis::IsJdkPackage(o.name, os.distro) && !BuildsOrRunsJava(df)) {
      ++plan.kept;
      continue;
    }
    std::vector<std::string> runtime = analysis::RuntimePackagesFor(o.name, os);
    bool tool = analysis::IsBuildTool(o.name, os.distro) && !KeptInFinalStage(o.name) &&
                !DotnetNeedsLibcSo(df, o.name, os.distro);
    // binutils brings libbfd and libopcodes (Debian's libbinutils): a runtime stage installs it for a program
    // its builder linked with binutils-dev (kcov), which dropping it would leave without them.
    if (tool && o.name == "binutils" && ChainCopiesFromBuilder(df, FinalStage(df))) tool = false;
    // On Alpine a compiler brings libstdc++ and libgcc, which no base image has: a C++ program copied
    // from the builder needs them at run time (an `apk add gcc` in a final stage is often there for that).
    if (tool && os.distro == Distro::kAlpine &&
        (o.name == "gcc" || o.name == "g++" || o.name == "build-base" || o.name == "alpine-sdk"))
      runtime = {"libstdc++", "libgcc"};
    // Its runtime named per release, on an image that names none: unless the install names one release's
    // runtime itself (`apk add postgresql-dev libpq`), which is then that release's, already installed.
    const bool runtime_in_install =
        runtime.empty() && !tool && analysis::RuntimeNamesNeedRelease(o.name, os) &&
        std::ranges::any_of(analysis::RuntimeNamesOfEachRelease(o.name, os), [&](const std::vector<std::string>& names) {
          return std::ranges::all_of(names, [&](const std::string& name) { return present.contains(name); });
        });
    if (runtime.empty() && !tool && !runtime_in_install) {
      if (analysis::RuntimeNamesNeedRelease(o.name, os)) plan.release_unknown.push_back(o.name);
      ++plan.kept;
      continue;
    }
    plan.found.push_back(o.name);
    const shell::Word& word = command.words[o.word];
    std::erase_if(runtime, [&](const std::string& name) { return present.contains(name); });
    if (!runtime.empty()) {
      // On a release without its own table (an unknown image, an old release) the names are
      // another release's guess: libffi8 does not exist on xenial.
      if (!analysis::RuntimeNamesKnown(o.name, os)) {
        if (update && o.version.empty() && word.literal && !word.quoted && split::LookupableDevPackage(o.name)) {
          // The first keeps its place as "$runtime_libs"; the others go.
          Edits edit = plan.looked_up.empty() ? Edits{{word.span, std::string(split::kRuntimeLibrariesReference)}}
                                              : shell::RemovePackage(script, use.command, use.call, o.name);
          if (!edit.empty()) {
            plan.kept += plan.looked_up.empty() ? 1 : 0;
            plan.looked_up.push_back(o.name);
            plan.edits.insert(plan.edits.end(), edit.begin(), edit.end());
            continue;
          }
        }
        plan.unmapped.push_back(o.name);
        plan.complete = false;
        ++plan.kept;
        continue;
      }
      if (!o.version.empty() || !word.literal || word.quoted) {  // a pin is the -dev package's version
        plan.complete = false;
        ++plan.kept;
        continue;
      }
      std::string replacement;
      for (const std::string& name : runtime)
        replacement += (replacement.empty() ? "" : OperandSeparator(script, command, use.call)) + name;
      plan.edits.push_back({word.span, replacement});
      plan.parts.push_back(fmt::format("replace '{}' with '{}'", o.name, fmt::join(runtime, "', '")));
      present.insert(runtime.begin(), runtime.end());
      ++plan.kept;
      continue;
    }
    Edits removal = shell::RemovePackage(script, use.command, use.call, o.name);
    if (removal.empty()) {
      plan.complete = false;
      ++plan.kept;
      continue;
    }
    plan.edits.insert(plan.edits.end(), removal.begin(), removal.end());
    plan.parts.push_back(fmt::format("drop '{}'", o.name));
  }
  if (!plan.looked_up.empty()) {
    Edits lookup = shell::InsertCommandAfter(script, *update, split::RuntimeLibrariesAssignment(plan.looked_up));
    if (lookup.empty()) {
      plan.complete = false;
    } else {
      plan.edits.insert(plan.edits.end(), lookup.begin(), lookup.end());
      plan.parts.push_back(fmt::format("replace {} with the runtime libraries apt names for them", Quoted(plan.looked_up)));
    }
  }
  return plan;
}

// `build_run`: the one later RUN that compiles, when the packages can move into it (else nullptr).
void CheckInstall(RuleContext& context, const ir::Instruction& run, const shell::Script& script, const ToolUse& use,
                  const OsRelease& os, const std::string& blocker, const shell::Script* build_run,
                  const std::set<std::string>& removed_later, const std::optional<analysis::BaseImageFacts>& base) {
  Plan plan = PlanCommand(script, use, os, removed_later, context.dockerfile());
  Span where = script.commands[use.command].span;
  const ir::Dockerfile& df = context.dockerfile();
  const std::string& stage_name = df.stages[static_cast<size_t>(run.stage)].name;
  std::string where_installed = run.stage == FinalStage(df) || stage_name.empty()
                                    ? "the final stage"
                                    : fmt::format("stage '{}', which the final stage is built on", stage_name);
  // Named on their own: which runtime package replaces them is a guess, and the rest of the install
  // may still be rewritten.
  if (!plan.release_unknown.empty()) {
    const bool one = plan.release_unknown.size() == 1;
    context.Report(where, fmt::format("build-time {} {} {} installed in {}; install {} instead: {} on the {} "
                                      "release, which dockopt cannot tell from the image (not applied)",
                                      one ? "package" : "packages", Quoted(plan.release_unknown), one ? "is" : "are",
                                      where_installed, one ? "its runtime library" : "their runtime libraries",
                                      one ? "its name depends" : "their names depend", ReleaseName(os)));
  }
  if (plan.found.empty()) return;
  std::string message = fmt::format("build-time {} {} {} installed in {}",
                                    plan.found.size() == 1 ? "package" : "packages", Quoted(plan.found),
                                    plan.found.size() == 1 ? "is" : "are", where_installed);
  Edits around_build;
  // `sudo apt-get install`: the stage runs as the base image's user, and the install moved into the
  // build's RUN (written without sudo) would fail there.
  const shell::Command& install = script.commands[use.command];
  const bool sudo = !install.words.empty() && install.words[0].value == "sudo";
  // Moved into the build's RUN, the packages are purged there: not those the base image may hold.
  if (build_run != nullptr && plan.complete && !sudo && !BaseMayHold(base, plan.found))
    around_build = InstallAroundBuild(*build_run, plan.found, use.call.Has("no-install-recommends"));
  if (!blocker.empty() && around_build.empty()) {
    context.Report(where, fmt::format("{}; {}", message, blocker));
    return;
  }
  Edits edits = plan.edits;
  if (plan.kept == 0) {
    // Nothing left to install: drop the install (or the whole RUN when it only served the install).
    if (OnlyAptAround(script, use.command))
      edits = {{RemovalSpan(context.dockerfile(), run), ""}};
    else
      edits = shell::RemoveCommand(script, use.command);
  } else {
    edits = MergeDeletions(std::move(edits));
  }
  if (!plan.unmapped.empty()) {
    context.Report(where, fmt::format("{}; install their runtime libraries instead (no package table names the "
                                      "runtime {} of {} on {})",
                                      message, plan.unmapped.size() == 1 ? "library" : "libraries",
                                      Quoted(plan.unmapped),
                                      ReleaseName(os) + (os.release.empty() ? " (release unknown)"
                                                         : os.assumed && os.release == "bookworm"
                                                             ? " or trixie (the tag names no release)"
                                                             : "")));
    return;
  }
  if (edits.empty() || !plan.complete) {
    context.Report(where, fmt::format("{}; install their runtime libraries instead (pinned or quoted package "
                                      "names are left to you)",
                                      message));
    return;
  }
  std::string title;
  for (const std::string& part : plan.parts) title += (title.empty() ? "" : ", ") + part;
  if (plan.kept == 0) title = "remove the install of build-time packages";
  if (!around_build.empty()) {
    edits.insert(edits.end(), around_build.begin(), around_build.end());
    title += fmt::format("; install {} in the RUN that builds and purge {} there", Quoted(plan.found),
                         plan.found.size() == 1 ? "it" : "them");
  }
  context.Report(where, message, Fix{title, Safety::kUnsafe, std::move(edits)});
}

// Whether `command` runs a script dockopt has not read (`bash ci/build.sh`, `./build.sh`, `. env.sh`):
// code that may compile. An unknown tool (`pybabel compile`) or a known one whose operands hold a
// variable (`cp $PHP_INI_DIR/...`) does not build against headers.
bool RunsUnreadScript(std::string_view command) {
  std::string_view first = command.substr(0, command.find_first_of(" \t"));
  std::string_view name = first.substr(first.rfind('/') + 1);
  if (name == "bash" || name == "sh" || name == "dash" || name == "zsh" || name == "ash")
    return command.find_first_not_of(" \t", first.size()) != std::string_view::npos &&
           command[command.find_first_not_of(" \t", first.size())] != '-';
  return name == "." || name == "source" || name.ends_with(".sh") || first.starts_with("./") ||
         (first.find('/') != std::string_view::npos && !first.starts_with("/usr/") && !first.starts_with("/bin/") &&
          !first.starts_with("/sbin/"));
}

// The first RUN after instruction `after` that runs a script dockopt has not read (a project's build
// script): it may build with what the stage installed. "" when none does.
std::string UnknownRunAfter(const ir::Dockerfile& df, const analysis::StageFlow& flow, size_t after) {
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    if (inst.index <= after || inst.kind != ir::InstructionKind::kRun) continue;
    std::string_view what;
    for (const analysis::CommandFlow& command : inst.commands)
      if (command.effect.kind == analysis::EffectKind::kUnknown && RunsUnreadScript(command.text)) {
        what = command.text;
        break;
      }
    if (what.empty()) continue;
    const ir::Instruction& run = df.instructions[inst.index];
    const bool cut = what.size() > 60;
    return fmt::format("the RUN at line {} runs '{}{}', whose effects dockopt does not know: it may build with them",
                       run.start_line, what.substr(0, cut ? 57 : what.size()), cut ? "..." : "");
  }
  return "";
}

}  // namespace

void CheckDevToRuntime(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  int final_stage = FinalStage(df);
  if (final_stage < 0) return;
  const ir::Stage& stage = df.stages[static_cast<size_t>(final_stage)];
  const std::vector<int> chain = FinalChain(df, final_stage);
  bool multi_stage = ChainCopiesFromBuilder(df, final_stage);
  ImageRef image = BaseImageOf(df, final_stage);
  OsRelease image_os = image.known ? analysis::ImageOs(image.tag.empty() ? image.name : image.name + ":" + image.tag)
                                   : OsRelease{};
  std::string toolbox_command;  // the image's own command, when the file sets none
  bool toolbox = IsToolbox(df, stage, image, &toolbox_command);
  std::optional<std::optional<analysis::BaseImageFacts>> facts;
  auto base_facts = [&]() -> const std::optional<analysis::BaseImageFacts>& {
    if (!facts) facts = image.known ? analysis::LookupBaseImage(image.tag.empty() ? image.name : image.name + ":" + image.tag)
                                    : std::nullopt;
    return *facts;
  };
  // What the stage's model says, read only when an install is there to judge: a command that comes with
  // a volume (dapper's `./scripts/entry`) builds the mounted project with what the image holds; a
  // container command that runs a build tool (`cd /src && make`) needs it; a later RUN of unknown
  // effect (`bash .travis/build_OpenBLAS.sh`) may build with the packages.
  std::shared_ptr<const analysis::StageFlow> flow;
  auto model = [&]() -> const analysis::StageFlow& {
    if (!flow) flow = split::SharedStageFlowOf(context, final_stage);
    return *flow;
  };
  std::optional<std::string> runtime_blocker;
  auto runtime_builds = [&]() -> const std::string& {
    if (!runtime_blocker) {
      runtime_blocker = split::ProgramFromVolume(model());
      if (runtime_blocker->empty())
        if (std::string tool = split::CommandRunsBuildTool(model().runtime, {}); !tool.empty())
          runtime_blocker = fmt::format("the container's command runs '{}', a build tool, which needs them", tool);
      if (runtime_blocker->empty())
        if (std::string task = split::MixReadiedForRunTime(model()); !task.empty())
          runtime_blocker = fmt::format("the stage runs '{}' but builds nothing with Mix: the container uses Mix when "
                                       "it runs (Mix.install compiles dependencies), with these packages", task);
      if (runtime_blocker->empty())
        if (std::string notebook = split::NotebookServer(model().runtime); !notebook.empty())
          runtime_blocker = fmt::format("the container runs '{}', a notebook server whose users build with the "
                                       "image's tools", notebook);
      if (runtime_blocker->empty())
        if (std::string kept = split::CompilerKeptAfterOwnPurge(
                model(), image_os.distro == Distro::kUnknown ? Distro::kDebian : image_os.distro);
            !kept.empty())
          runtime_blocker = fmt::format("the stage removes its own build tools but keeps the compiler '{}': it is "
                                       "kept for the container to use (a judge compiling submissions)",
                                       kept);
      // No command of its own on a base whose command dockopt does not know: the image is its tools (as
      // DF202 reads it), unless the stage builds its own project.
      if (runtime_blocker->empty() && image.known)
        runtime_blocker = split::UnknownBaseWithoutCommand(df, model(), image.Reference());
      if (runtime_blocker->empty()) runtime_blocker = MakeTargetsAtRunTime(context, chain);
      if (runtime_blocker->empty())
        if (size_t line = split::SshLogin(df, model()); line != 0)
          runtime_blocker = fmt::format("the stage lets people log in over SSH (line {}), and they build with the "
                                       "image's tools", line);
    }
    return *runtime_blocker;
  };
  auto unknown_after = [&](size_t run) { return UnknownRunAfter(df, model(), run); };
  std::optional<bool> may_compile;  // StageMayCompile of the final stage's chain, read when a build is there
  std::vector<size_t> runs;
  for (int s : chain)
    for (size_t i : df.stages[static_cast<size_t>(s)].instructions)
      if (df.instructions[i].kind == ir::InstructionKind::kRun) runs.push_back(i);
  // Each RUN's build step, and the first RUN after each one that builds: read once, not per install
  // (a scan per RUN was quadratic on large files).
  std::vector<std::optional<std::string>> steps(runs.size());
  std::vector<size_t> next_build(runs.size() + 1, runs.size());
  for (size_t r = runs.size(); r-- > 0;) {
    steps[r] = NativeBuildStep(df.instructions[runs[r]]);
    next_build[r] = steps[r] ? r : next_build[r + 1];
  }
  for (size_t r = 0; r < runs.size(); ++r) {
    const ir::Instruction& run = df.instructions[runs[r]];
    std::optional<shell::Script> heredoc;  // `RUN <<EOF`: the installs are in the heredoc
    const shell::Script* script = RunScript(context, run, heredoc);
    if (script == nullptr) continue;
    // A step is never "": the next RUN with one is the first that builds after this one.
    std::string builds_later = steps[r].value_or(""), builds_after;
    if (next_build[r + 1] < runs.size()) builds_after = *steps[next_build[r + 1]];
    if (builds_later.empty()) builds_later = builds_after;
    // Headers serve a compiler: a build step in a stage that has none (`npm install -g` of a JS tool on
    // python:slim) does not use them.
    if (!builds_later.empty() && !may_compile) may_compile = StageMayCompile(context, StageChain(df, stage.from));
    if (may_compile && !*may_compile) builds_later.clear(), builds_after.clear();
    // The build is in this RUN and nothing builds after it: purge the -dev packages in this RUN.
    std::optional<OsRelease> apt_os = ReleaseFor(Distro::kDebian, image_os);
    if (!builds_later.empty() && builds_after.empty() && apt_os && analysis::HasPackageTable(*apt_os) &&
        !toolbox && runtime_builds().empty() && unknown_after(runs[r]).empty() &&
        PurgeAfterSameLayerBuild(context, *script, *apt_os, base_facts()))
      continue;
    // A single later RUN that builds, as root: the packages can move into it.
    std::optional<shell::Script> build_heredoc;
    const shell::Script* build_run = toolbox || builds_after.empty() || steps[r] || !apt_os ||
                                             !runtime_builds().empty() || !unknown_after(runs[r]).empty()
                                         ? nullptr
                                         : OnlyBuildAfter(context, runs, steps, r, *apt_os, build_heredoc);
    const std::vector<ToolUse>& uses = ToolUses(*script);  // the memo keeps it: no copy
    if (std::count_if(uses.begin(), uses.end(), [](const ToolUse& u) { return InstallFamily(u.call) == Distro::kDebian; }) != 1)
      build_run = nullptr;
    for (const ToolUse& use : uses) {
      Distro family = InstallFamily(use.call);
      if (family == Distro::kUnknown) continue;
      std::optional<OsRelease> os = ReleaseFor(family, image_os);
      if (!os) continue;
      std::string blocker;
      if (toolbox) {
        // A build environment (no command of its own but a shell's, or a command that runs a build
        // tool): its compilers and headers are what its users build with.
        blocker = fmt::format("the image is a build environment ({}): its build tools are what it is for; remove "
                              "them only if nothing builds in the container",
                              toolbox_command.empty() ? "its command is a shell or a build tool"
                                                      : "the file sets no command, so it runs " + toolbox_command);
      } else if (!multi_stage) {
        blocker = "split the Dockerfile into builder and production stages (see DF202) and install only runtime "
                  "libraries in the production stage";
      } else if (!runtime_builds().empty()) {
        blocker = runtime_builds();
      } else if (std::string unknown = unknown_after(runs[r]); !unknown.empty()) {
        blocker = unknown;
      } else if (!analysis::HasPackageTable(*os)) {
        blocker = fmt::format("install the runtime libraries instead (dockopt has no package table for {})",
                              ReleaseName(*os));
      } else if (!builds_later.empty()) {
        blocker = fmt::format("'{}' still builds in this stage, so they stay; move that build into the builder "
                              "stage",
                              builds_later);
      }
      bool movable = family == Distro::kDebian && analysis::HasPackageTable(*os);
      CheckInstall(context, run, *script, use, *os, blocker, movable ? build_run : nullptr,
                   RemovedLaterInRun(*script, uses, use), base_facts());
    }
  }
  if (!toolbox) ReportSharedParentBuildPackages(context, chain, image_os);
}

DOCKOPT_RULE(DF201, "dev-to-runtime", "the final stage installs runtime libraries, not -dev packages and compilers",
             Safety::kUnsafe, CheckDevToRuntime);

}  // namespace dockopt
