// DF101 apt-hygiene: `apt-get install` with -y, --no-install-recommends, a fresh update, and its
// package lists removed in the same layer; `apt` replaced by `apt-get` in scripts.
#include <algorithm>
#include <cctype>

#include <fmt/core.h>

#include "analysis/effects.h"
#include "shell/edit.h"
#include "transforms/apply_edits.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/rules/df101_recommends.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

// `-o APT::Install-Recommends=false` (mindsdb's installs) says what --no-install-recommends says.
bool RecommendsOffByOption(const shell::ToolCall& call) {
  for (const shell::Option& option : call.options) {
    if (option.name != "option") continue;
    std::string value;
    for (char c : option.value)
      if (c != '"' && c != '\'') value.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    if (value == "apt::install-recommends=false" || value == "apt::install-recommends=0" ||
        value == "apt::install-recommends=no" || value == "apt::install-recommends=off")
      return true;
  }
  return false;
}

constexpr std::string_view kListsCleanup = "rm -rf /var/lib/apt/lists/*";

bool QuietLevelTwo(const shell::ToolCall& call) {
  int level = 0;
  for (const shell::Option& option : call.options) {
    if (option.name != "quiet") continue;
    level += option.has_value && !option.value.empty() ? std::atoi(option.value.c_str()) : 1;
  }
  return level >= 2;  // apt-get: quiet level 2 implies -y
}

// `apt-get install`, or `apt-get satisfy "chromium, chromium-driver (>= 115.0)"` (apt 1.9+), which installs
// what a dependency string names the same way: it reads the lists and takes the same options.
bool InstallsPackages(const shell::ToolCall& call) { return IsApt(call, "install") || IsApt(call, "satisfy"); }

// True when an earlier RUN of the stage runs `apt-get update`. `plain`, when given, is set to false when
// the last of them (whose lists the install reads) passes options beyond -q and -y (`-o
// Acquire::Check-Valid-Until=false` for an archived release): an update added without them could fail.
bool EarlierRunUpdated(RuleContext& context, size_t index, bool* plain = nullptr) {
  const ir::Dockerfile& df = context.dockerfile();
  int stage = df.instructions[index].stage;
  for (size_t i = index; i-- > 0;) {  // the nearest first
    const ir::Instruction& inst = df.instructions[i];
    if (inst.stage != stage || inst.kind != ir::InstructionKind::kRun) continue;
    const shell::Script* script = context.ScriptOf(inst);
    if (script == nullptr) continue;
    bool updated = false;
    for (const ToolUse& use : NestedToolUses(context, *script)) {
      if (!IsApt(use.call, "update")) continue;
      updated = true;
      if (plain != nullptr)
        for (const shell::Option& option : use.call.options)
          *plain &= option.name == "quiet" || option.name == "yes";
    }
    if (updated) return true;
  }
  return false;
}

// A download piped into a shell that reads it as its script (`curl -fsSL URL | bash -`): the URL and
// the site of the shell, or nullopt.
struct PipedScript {
  std::string url;
  shell::CommandSite shell;
};
std::optional<PipedScript> PipedIntoShell(const ToolUse& use) {
  if (!Is(use.call, "curl") && !Is(use.call, "wget")) return std::nullopt;
  std::string url;
  for (const shell::Operand& operand : use.call.operands)
    if (operand.value.find("://") != std::string::npos) url = operand.value;
  const std::vector<shell::Command>& list = *use.site.list;
  size_t end = use.site.index;
  while (end + 1 < list.size() && (list[end + 1].joiner == shell::Joiner::kPipe || list[end + 1].joiner == shell::Joiner::kPipeAll))
    ++end;
  if (url.empty() || end == use.site.index || !list[end].simple() || list[end].words.empty()) return std::nullopt;
  std::string_view program = list[end].words[0].value;
  std::string_view shell = program.substr(program.rfind('/') + 1);  // npos + 1 == 0
  if (shell != "bash" && shell != "sh") return std::nullopt;
  shell::CommandSite site = use.site;
  site.index = end;
  site.command = &list[end];
  return PipedScript{std::move(url), site};
}

// `curl -fsSL https://deb.nodesource.com/setup_20.x | bash -`: NodeSource's setup script adds its
// repository and runs `apt-get update`. The site of the shell the download is piped into, or nullopt.
std::optional<shell::CommandSite> NodeSourceSetupEnd(const ToolUse& use) {
  std::optional<PipedScript> piped = PipedIntoShell(use);
  if (!piped || piped->url.find("deb.nodesource.com/setup") == std::string::npos) return std::nullopt;
  return piped->shell;
}

// What a downloaded script piped into a shell does with apt: the well-known repository setups (NodeSource,
// packagecloud) run `apt-get update`; other known installers leave apt alone; any other script (a
// project's install-deps.sh) may run `apt-get install` with the lists it finds.
enum class PipedApt { kNone, kUpdates, kMayInstall };
PipedApt PipedScriptApt(const ToolUse& use) {
  std::optional<PipedScript> piped = PipedIntoShell(use);
  if (!piped) return PipedApt::kNone;
  std::vector<std::string> words;
  for (const shell::Word& word : piped->shell.command->words) words.push_back(word.value);
  std::optional<analysis::Effect> known = analysis::PipedInstallerEffect(piped->url, words, analysis::ShellState{});
  if (!known) return PipedApt::kMayInstall;
  return known->manager == "apt" ? PipedApt::kUpdates : PipedApt::kNone;
}

// Why a later RUN (this stage or one built on it) relies on the package lists this RUN would remove: it
// installs with apt without updating first, or pipes a downloaded script that may into a shell.
// nullopt when none does.
std::optional<std::string> LaterRunNeedsLists(RuleContext& context, size_t index) {
  const int origin = context.dockerfile().instructions[index].stage;
  std::vector<int> refreshed;  // stages built on this one whose lists a RUN of their own updated
  for (const ir::Instruction* run : RunsAfter(context.dockerfile(), index)) {
    if (std::find(refreshed.begin(), refreshed.end(), run->stage) != refreshed.end()) continue;
    const shell::Script* script = context.ScriptOf(*run);
    auto installs = [run] {
      return fmt::format("the RUN at line {} installs with them without 'apt-get update'", run->start_line);
    };
    if (script == nullptr) return installs();  // exec form or heredoc: cannot tell
    if (!script->FullyModelled() && script->Text(script->Whole()).find("apt") != std::string_view::npos) return installs();
    for (const ToolUse& use : NestedToolUses(context, *script)) {
      // A RUN that updates before it installs reads its own lists, and so does every RUN after it in
      // its stage; in this stage, every stage built on it too.
      const PipedApt piped = PipedScriptApt(use);
      if ((IsApt(use.call, "update") || piped == PipedApt::kUpdates) && !use.site.context.in_function &&
          !use.site.context.conditional) {
        if (run->stage == origin) return std::nullopt;
        refreshed.push_back(run->stage);
        break;
      }
      if (InstallsPackages(use.call) || IsApt(use.call, "upgrade") || IsApt(use.call, "dist-upgrade")) return installs();
      if (piped == PipedApt::kMayInstall)
        return fmt::format("the RUN at line {} pipes a downloaded script into a shell, which may install with them",
                           run->start_line);
    }
  }
  return std::nullopt;
}

// The lists NodeSource's setup script updated, in a RUN that installs nothing after it (the install
// comes in a later RUN, which updates again): removed after the script unless a later RUN reads them.
void CheckSetupLists(RuleContext& context, size_t index, const shell::Script& script, const shell::CommandSite& end) {
  std::optional<shell::CommandSite> anchor = end.nested() ? std::optional(shell::TopLevelSite(script, end.top)) : end;
  Edits edits = anchor ? shell::InsertCommandAfter(script, *anchor, kListsCleanup) : Edits{};
  std::string message = "NodeSource's setup script runs 'apt-get update': its package lists stay in the image layer";
  if (edits.empty() || LaterRunNeedsLists(context, index)) {
    context.Report(end.command->span, std::move(message));
    return;
  }
  context.Report(end.command->span, message + "; remove them in the same RUN",
                 Fix{"remove /var/lib/apt/lists/* in the same RUN", Safety::kSafe, std::move(edits)});
}

// `apt-get update && ` written before an install that reads an earlier RUN's lists: the install gets
// fresh lists, and the earlier RUN can then remove its own. Only at the top level of the script, after
// `&&`, `;` or a line (an `a || apt-get install` would run the install after `a` succeeded), and not
// behind sudo (the update would run as the base image's user).
std::optional<Fix> UpdateBefore(const ToolUse& install) {
  const shell::Command& command = *install.site.command;
  if (install.site.nested() || !install.call.wrappers.empty() || !install.site.context.always()) return std::nullopt;
  // `apt install`: this round renames the command at the same place; the next round adds the update.
  if (command.words[install.call.tool_word].raw() == "apt") return std::nullopt;
  using J = shell::Joiner;
  if (command.joiner != J::kNone && command.joiner != J::kAnd && command.joiner != J::kSemicolon &&
      command.joiner != J::kNewline)
    return std::nullopt;
  // Written into the tool's word when nothing precedes it, so that review mode folds it with an earlier
  // round's rename of that word (`apt` -> `apt-get`); before the assignments otherwise, which must
  // keep applying to the install.
  const shell::Word& tool = command.words[install.call.tool_word];
  Edit edit = command.env.empty() && tool.span.begin == command.span.begin
                  ? Edit{tool.span, "apt-get update && " + std::string(tool.raw())}
                  : Edit{{command.span.begin, command.span.begin}, "apt-get update && "};
  return Fix{"run 'apt-get update' before the install in this RUN", Safety::kUnsafe, {std::move(edit)}};
}

// A cleanup added after a compound runs whether or not the install's branch ran: removing the lists is
// harmless then. An install in a function body runs where the function is called, so nothing is added.
void CheckRun(RuleContext& context, size_t index) {
  const ir::Instruction& run = context.dockerfile().instructions[index];
  const shell::Script* script = context.ScriptOf(run);
  if (script == nullptr) return;
  const std::vector<ToolUse>& uses = NestedToolUses(context, *script);
  bool updated = false;
  std::optional<size_t> last_install;  // index into uses
  bool cleaned = false;
  std::optional<shell::CommandSite> setup_end;  // a NodeSource setup after the last install: it updates too
  // A downloaded script piped into a shell after the last install may install with the lists too: the
  // cleanup goes after it.
  std::optional<shell::CommandSite> piped_after;
  bool piped_in_function = false;
  for (size_t u = 0; u < uses.size(); ++u) {
    const ToolUse& use = uses[u];
    const shell::Command& command = *use.site.command;
    Span where = command.span;
    if (std::optional<shell::CommandSite> end = NodeSourceSetupEnd(use); end && use.site.context.always()) {
      setup_end = end;
      updated = true;
      cleaned = false;
    }
    if (use.call.tool == "apt" && use.call.wrappers.empty()) {
      const shell::Word& tool = command.words[use.call.tool_word];
      if (tool.raw() == "apt")
        context.Report(tool.span, "use 'apt-get' in scripts: 'apt' has no stable command-line interface",
                       Fix{"replace 'apt' with 'apt-get'", Safety::kSafe, {{tool.span, "apt-get"}}});
    }
    if (IsApt(use.call, "update")) updated = true;
    if (last_install && RunsAfterUse(uses[*last_install], use) && PipedScriptApt(use) == PipedApt::kMayInstall) {
      piped_after = PipedIntoShell(use)->shell;
      piped_in_function |= use.site.context.in_function;
    }
    if (RemovesPath(use.call, "/var/lib/apt/lists") && (setup_end || (last_install && RunsAfterUse(uses[*last_install], use))))
      cleaned = true;
    if (!InstallsPackages(use.call)) continue;
    last_install = u;
    setup_end.reset();
    piped_after.reset();
    cleaned = false;
    if (!use.call.Has("yes") && !QuietLevelTwo(use.call)) {
      context.Report(where, "'apt-get install' without -y stops at the confirmation prompt in a build",
                     Fix{"add -y", Safety::kSafe, shell::AddFlag(*script, use.site, "-y")});
    }
    if (!use.call.Has("no-install-recommends") && !RecommendsOffByOption(use.call)) {
      Edits edits = shell::AddFlag(*script, use.site, "--no-install-recommends");
      // A package named beside the flag, for what only a recommendation brought in. Edits that touch
      // the same place apply over rounds: the package first, the flag in the next round.
      auto name_package = [&](std::string_view package) {
        Edits add = shell::AddPackage(*script, use.site, package);
        if (add.empty() || EditsOverlap(edits, add)) edits.clear();
        edits.insert(edits.end(), add.begin(), add.end());
      };
      // gcc only recommends libc6-dev; without it nothing compiles (no stdlib.h), so keep it.
      if (NeedsLibcDev(use.call) && !edits.empty()) name_package("libc6-dev");
      std::string message = "'apt-get install' without --no-install-recommends also installs recommended packages";
      if (std::optional<std::string> pip = PipRecommendingCompiler(use.call); pip && PipInstallFollows(context, index)) {
        edits.clear();
        message += fmt::format(" (not rewritten: '{}' recommends build-essential, which a later 'pip install' may "
                               "need to build a C extension: name build-essential, or a builder stage, first)",
                               *pip);
      } else if (std::optional<std::string> gnupg = GnupgRecommender(use.call); gnupg && GpgFollows(context, index)) {
        edits.clear();
        message += fmt::format(" (not rewritten: '{}' brings gnupg as a recommended package (dpkg-dev recommends "
                               "it), and the build runs 'gpg': name gnupg in the install first)",
                               *gnupg);
      } else if (std::optional<std::string> agent = GpgAgentRecommender(use.call);
                 agent && AddAptRepositoryFollows(context, index)) {
        edits.clear();
        message += fmt::format(" (not rewritten: '{}' brings gpg-agent as a recommended package, and "
                               "'add-apt-repository' imports the repository's key with gpg, which needs it: name "
                               "gpg-agent in the install first)",
                               *agent);
      }
      // curl, wget and git only recommend ca-certificates: name them, or https fetches fail.
      if (std::optional<std::string> fetcher = edits.empty() ? std::nullopt : NeedsRecommendedCertificates(context, index, use.call)) {
        name_package("ca-certificates");
        message += fmt::format(" (ca-certificates is named: '{}' only recommends it, and https needs it)", *fetcher);
      }
      // The stage's only C compiler is the gcc that libc6-dev recommends: name it, or the build stops.
      if (std::optional<std::string> build = edits.empty() ? std::nullopt : BuildUsesRecommendedCompiler(context, index, use.call)) {
        name_package("gcc");
        message += fmt::format(" (gcc is named: the stage names no C compiler, and '{}' builds with the one its -dev "
                               "packages recommend through libc6-dev)", *build);
      }
      std::optional<Fix> fix;
      if (!edits.empty()) fix = Fix{"add --no-install-recommends", Safety::kUnsafe, std::move(edits)};
      context.Report(where, message, std::move(fix));
    }
    if (!updated) {
      bool plain_update = true;
      bool earlier = EarlierRunUpdated(context, index, &plain_update);
      std::string message = earlier ? "'apt-get update' runs in an earlier layer: a cached update serves stale "
                                      "package lists to this install"
                                    : "'apt-get install' without 'apt-get update' in the same RUN";
      // Right after another RUN, DF111 merges the two instead: one update serves both installs.
      const ir::Dockerfile& df = context.dockerfile();
      const bool after_run = index > 0 && df.instructions[index - 1].kind == ir::InstructionKind::kRun &&
                             df.instructions[index - 1].stage == run.stage;
      context.Report(where, message, earlier && plain_update && !after_run ? UpdateBefore(use) : std::nullopt);
      updated = true;  // report once per RUN
    }
  }
  // A cleanup in a part of the script the shell model cannot read still counts: adding a second one
  // would not be seen either, and the fixpoint would never end.
  if (!cleaned && !script->FullyModelled() &&
      script->Text(script->Whole()).find("/var/lib/apt/lists") != std::string_view::npos)
    cleaned = true;
  // Lists under a cache or tmpfs mount (`--mount=type=cache,target=/var/lib/apt`) are not in the layer;
  // removing them would empty the cache that a later build's install without an update reads.
  if (MountCovers(run, "/var/lib/apt/lists")) return;
  if (setup_end && !cleaned) {
    CheckSetupLists(context, index, *script, *setup_end);
    return;
  }
  if (!last_install || cleaned) return;
  bool in_function = false;  // a function may be called after any cleanup placed in the source
  for (const ToolUse& use : uses) in_function |= InstallsPackages(use.call) && use.site.context.in_function;
  in_function |= piped_in_function;
  const ToolUse& install = uses[*last_install];
  std::optional<shell::CommandSite> anchor = in_function ? std::nullopt : CleanupAnchor(*script, install);
  if (anchor && piped_after)
    anchor = piped_after->nested() ? std::optional(shell::TopLevelSite(*script, piped_after->top)) : piped_after;
  Edits edits = anchor ? shell::InsertCommandAfter(*script, *anchor, kListsCleanup) : Edits{};
  if (edits.empty()) {
    context.Report(run.keyword, fmt::format("apt package lists stay in this layer; add '{}' to this RUN", kListsCleanup));
    return;
  }
  // A later RUN that installs without updating reads these lists: removing them here would make it
  // fail ("Unable to locate package"), so that is left to a merge of the two RUNs (DF111).
  if (std::optional<std::string> reader = LaterRunNeedsLists(context, index)) {
    context.Report(install.site.command->span,
                   fmt::format("apt package lists stay in the image layer (tens of MB); {}, so they are not removed "
                               "here: update in that RUN, or merge the two",
                               *reader));
    return;
  }
  context.Report(install.site.command->span,
                 "apt package lists stay in the image layer (tens of MB); remove them in the same RUN",
                 Fix{"remove /var/lib/apt/lists/* in the same RUN", Safety::kSafe, std::move(edits)});
}

}  // namespace

void CheckAptHygiene(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  for (size_t i = 0; i < df.instructions.size(); ++i)
    if (df.instructions[i].kind == ir::InstructionKind::kRun) CheckRun(context, i);
}

DOCKOPT_RULE(DF101, "apt-hygiene", "apt-get: update with install, -y, --no-install-recommends, lists removed in the same layer",
             Safety::kSafe, CheckAptHygiene);

}  // namespace dockopt
