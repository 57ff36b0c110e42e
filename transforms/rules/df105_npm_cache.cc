// DF105 npm-cache: `npm install`/`npm ci` and `yarn install` leave their package cache in the layer;
// clean it in the same RUN, and use `npm ci` where a lockfile was copied in.
#include <algorithm>

#include <fmt/core.h>
#include <fnmatch.h>

#include "analysis/copy_sources.h"
#include "context/context_files.h"
#include "shell/edit.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/rules/layer_facts.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

constexpr std::string_view kNpmClean = "npm cache clean --force";
constexpr std::string_view kYarnClean = "yarn cache clean";

bool IsNpmInstall(const shell::ToolCall& call) { return Is(call, "npm", "install") || Is(call, "npm", "ci"); }
bool IsYarnInstall(const shell::ToolCall& call) { return Is(call, "yarn", "install") || Is(call, "yarn", "add"); }

bool CleansNpm(const shell::ToolCall& call) {
  if (Is(call, "npm", "cache")) return !call.operands.empty() && call.operands[0].value == "clean";
  if (call.tool != "rm") return false;
  for (const shell::Operand& operand : call.operands) {
    std::string_view value = operand.value;
    if (value == ".npm" || value.starts_with(".npm/") || value.find("/.npm") != std::string_view::npos) return true;
  }
  return false;
}

bool CleansYarn(const shell::ToolCall& call) {
  if (Is(call, "yarn", "cache")) return !call.operands.empty() && call.operands[0].value == "clean";
  if (call.tool != "rm") return false;
  for (const shell::Operand& operand : call.operands)
    if (operand.value.find("yarn") != std::string::npos && operand.value.find("cache") != std::string::npos) return true;
  return false;
}

// The basename of a COPY source matches `file` (`package*.json` names package-lock.json).
bool NamesFile(std::string_view source, const char* file) {
  std::string base(source.substr(source.find_last_of('/') == std::string_view::npos ? 0 : source.find_last_of('/') + 1));
  return fnmatch(base.c_str(), file, FNM_PERIOD) == 0;
}

bool IsLockfile(std::string_view path) {
  std::string_view base = path.substr(path.find_last_of('/') == std::string_view::npos ? 0 : path.find_last_of('/') + 1);
  return base == "package-lock.json" || base == "npm-shrinkwrap.json";
}

// A source that names a lockfile shows one is copied, unless it is a pattern the lockfile may be absent
// from: with the build context, its matches must hold one, as the builder sends it (a .dockerignore
// listing package-lock.json leaves `package*.json` with package.json alone, and `npm ci` then fails);
// without it, `package-lock.json*` (the idiom for "copy it if it exists") proves nothing, while
// `package*.json` is taken at its word.
bool CopiesLockfile(RuleContext& context, const analysis::CopyArgs& copy, const analysis::CopySourceArg& source) {
  if (!NamesFile(source.path, "package-lock.json") && !NamesFile(source.path, "npm-shrinkwrap.json")) return false;
  if (!source.has_glob) return true;
  if (const auto& dir = context.options().context_dir; dir && !copy.from) {
    std::string error;
    std::optional<context::ContextFiles> files = context::ContextFiles::Open(*dir, error);
    std::optional<std::vector<std::string>> matches =
        analysis::ExpandInContext(source, files ? *files : context::ContextFiles(*dir));
    if (matches) return std::ranges::any_of(*matches, IsLockfile);
  }
  return !source.path.ends_with("package-lock.json*") && !source.path.ends_with("npm-shrinkwrap.json*");
}

// True when a COPY or ADD before RUN `index`, in its stage or a stage it is built from, copies a lockfile.
bool LockfileCopied(RuleContext& context, size_t index) {
  const ir::Dockerfile& df = context.dockerfile();
  for (int stage : StageChain(df, index)) {
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      if (i >= index) break;
      const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(df.instructions[i]);
      if (!copy) continue;
      for (const analysis::CopySourceArg& source : copy->sources)
        if (CopiesLockfile(context, *copy, source)) return true;
    }
  }
  return false;
}

// Signs of Yarn 2+ (Berry): Plug'n'Play reads packages from the cache, so cleaning it may break the app.
bool MaybeYarnBerry(RuleContext& context, size_t index) {
  const ir::Dockerfile& df = context.dockerfile();
  if (const auto& dir = context.options().context_dir)
    if (context::ContextFiles(*dir).Exists(".yarnrc.yml")) return true;
  for (int stage : StageChain(df, index)) {
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst)) {
        for (const analysis::CopySourceArg& source : copy->sources)
          if (NamesFile(source.path, ".yarnrc.yml") || NamesFile(source.path, ".yarn")) return true;
      }
      if (inst.kind != ir::InstructionKind::kRun) continue;
      for (const shell::Script& script : RunScripts(context, inst)) {
        std::string_view text = script.Text(script.Whole());
        if (text.find("corepack") != std::string_view::npos || text.find("set version") != std::string_view::npos ||
            text.find("--immutable") != std::string_view::npos || text.find("yarnPath") != std::string_view::npos)
          return true;
      }
    }
  }
  return false;
}

// A later RUN installing offline reads the npm cache this fix would clean.
bool LaterRunReadsNpmCache(RuleContext& context, size_t index) {
  for (const ir::Instruction* run : RunsAfter(context.dockerfile(), index)) {
    for (const shell::Script& script : RunScripts(context, *run))
      for (const ToolUse& use : NestedToolUses(context, script))
        if (Is(use.call, "npm") && (use.call.Has("offline") || use.call.Has("prefer-offline"))) return true;
  }
  return false;
}

// The instruction after RUN `index`, when it is a RUN in the same stage whose one command cleans the cache
// (`cleans`) and nothing else; nullptr otherwise.
const ir::Instruction* LateCleanup(RuleContext& context, size_t index, bool (*cleans)(const shell::ToolCall&)) {
  const ir::Dockerfile& df = context.dockerfile();
  if (index + 1 >= df.instructions.size()) return nullptr;
  const ir::Instruction& next = df.instructions[index + 1];
  if (next.kind != ir::InstructionKind::kRun || !next.heredocs.empty()) return nullptr;
  const RuleContext::ScriptList& scripts = RunScripts(context, next);
  if (scripts.size() != 1 || scripts.front().get().commands.size() != 1) return nullptr;
  const std::vector<ToolUse>& uses = NestedToolUses(context, scripts.front().get());
  return uses.size() == 1 && cleans(uses.front().call) ? &next : nullptr;
}

void CheckScript(RuleContext& context, size_t index, const shell::Script& script) {
  const std::vector<ToolUse>& uses = NestedToolUses(context, script);
  std::optional<size_t> last_npm, last_yarn;  // indexes into uses
  bool npm_cleaned = false, yarn_cleaned = false;
  for (size_t u = 0; u < uses.size(); ++u) {
    const shell::ToolCall& call = uses[u].call;
    if (IsNpmInstall(call) && !call.Has("cache")) {
      last_npm = u;
      npm_cleaned = false;
    }
    if (IsYarnInstall(call) && !call.Has("cache-folder")) {
      last_yarn = u;
      yarn_cleaned = false;
    }
    npm_cleaned = npm_cleaned || (CleansNpm(call) && last_npm && RunsAfterUse(uses[*last_npm], uses[u]));
    yarn_cleaned = yarn_cleaned || (CleansYarn(call) && last_yarn && RunsAfterUse(uses[*last_yarn], uses[u]));
    // `npm install` of the whole project where a lockfile is present: `npm ci` installs exactly the lock.
    const shell::Command& command = *uses[u].site.command;
    if (Is(call, "npm", "install") && call.operands.empty() && !call.Has("global") &&
        call.subcommand_word != shell::kNoWord && LockfileCopied(context, index)) {
      Span word = command.words[call.subcommand_word].span;
      context.Report(command.span,
                     "'npm install' with a copied lockfile may update it; 'npm ci' installs exactly what it pins",
                     Fix{"replace 'npm install' with 'npm ci'", Safety::kUnsafe, {{word, "ci"}}});
    }
  }
  auto report = [&](size_t u, std::string_view clean, std::string message, Safety safety) {
    const shell::Command& command = *uses[u].site.command;
    // After the compound holding a nested install: a cache clean is harmless when its branch did not run.
    std::optional<shell::CommandSite> anchor = CleanupAnchor(script, uses[u]);
    Edits edits = anchor ? shell::InsertCommandAfter(script, *anchor, clean) : Edits{};
    if (edits.empty()) {
      context.Report(command.span, fmt::format("{}; add '{}' to this RUN", message, clean));
      return;
    }
    // The next RUN only cleans that cache, a layer too late (uptime-kuma's `RUN yarn cache clean`): it
    // goes, or merging the two RUNs would clean twice.
    std::string title = fmt::format("add '{}'", clean);
    if (const ir::Instruction* late = LateCleanup(context, index, clean == kYarnClean ? CleansYarn : CleansNpm)) {
      edits.push_back({RemovalSpan(context.dockerfile(), *late), ""});
      message += fmt::format("; the next RUN ('{}') cleans it a layer too late and is dropped", context.Text(late->args));
      title += " and drop the later RUN that cleaned it";
    }
    context.Report(command.span, std::move(message), Fix{std::move(title), safety, std::move(edits)});
  };
  if (last_npm && !npm_cleaned) {
    report(*last_npm, kNpmClean, "npm's package cache (~/.npm) stays in the image layer",
           LaterRunReadsNpmCache(context, index) ? Safety::kUnsafe : Safety::kSafe);
  }
  if (last_yarn && !yarn_cleaned) {
    report(*last_yarn, kYarnClean, "yarn's package cache stays in the image layer",
           MaybeYarnBerry(context, index) ? Safety::kUnsafe : Safety::kSafe);
  }
}

}  // namespace

void CheckNpmCache(RuleContext& context) {
  ForEachUncachedRunScript(context, CheckScript);
}

DOCKOPT_RULE(DF105, "npm-cache", "npm/yarn install: cache cleaned in the same layer; 'npm ci' with a lockfile",
             Safety::kSafe, CheckNpmCache);

}  // namespace dockopt
