// Stage split building blocks: plan -> edits, new instruction text, apt RUNs read as build/runtime packages.
#include "transforms/rules/stage_split.h"

#include <fmt/core.h>

#include <algorithm>

#include "shell/edit.h"
#include "shell/recognize.h"
#include "transforms/apply_edits.h"
#include "transforms/rules/layer_facts.h"
#include "transforms/rules/runtime_packages.h"

namespace dockopt::split {
namespace {

constexpr std::string_view kAptSubcommands[] = {"update", "install", "clean", "autoclean", "autoremove"};

constexpr std::string_view kBuildPrograms[] = {
    "as",    "autoconf", "autoreconf", "c++",   "cc",   "clang", "clang++", "cmake", "configure", "g++",
    "gcc",   "gfortran", "git",        "ld",    "make", "meson", "ninja",   "pkg-config",
};

// Programs a production RUN may run besides the recognized tools: none of them compiles.
constexpr std::string_view kRuntimePrograms[] = {"python", "echo", "printf", "mkdir", "ln", "touch", "sed", "true",
                                                 "mv", "cp", "cat", "test", "[", "apt-get", "apt", "usermod"};

bool Contains(const std::vector<std::string>& items, std::string_view item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// Removals may share a blank line: merge overlapping or touching spans.
std::vector<Span> Coalesce(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
  std::vector<Span> out;
  for (Span s : spans) {
    if (!out.empty() && s.begin <= out.back().end) {
      out.back().end = std::max(out.back().end, s.end);
    } else {
      out.push_back(s);
    }
  }
  return out;
}

}  // namespace

Edits PlanEdits(const RuleContext& context, const ir::Stage& stage, const Plan& plan) {
  const ir::Dockerfile& df = context.dockerfile();
  Edits edits;
  edits.push_back({df.instructions[stage.from].span,
                   plan.builder + std::string(context.Newline()) + plan.production_from});
  std::vector<Span> removals;
  for (const auto& [index, text] : plan.production) {
    const ir::Instruction& inst = df.instructions[index];
    if (text) {
      edits.push_back({inst.span, *text});
    } else {
      removals.push_back(RemovalSpan(df, inst));
    }
  }
  for (Span s : Coalesce(std::move(removals))) edits.push_back({s, ""});
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  return edits;
}

std::string TextWith(const RuleContext& context, Span span, const Edits& edits) {
  Edits shifted;
  for (const Edit& e : edits) shifted.push_back({{e.span.begin - span.begin, e.span.end - span.begin}, e.text});
  std::string text = ApplyEdits(context.Text(span), std::move(shifted));
  if (!text.ends_with('\n')) text += context.Newline();
  return text;
}

std::string BuilderCopy(const RuleContext& context, const ir::Instruction& inst, const Edits& edits) {
  Span span = inst.MoveSpan();
  bool blank_above = false;
  for (const ir::Trivia& trivia : context.dockerfile().trivia)
    blank_above |= trivia.kind == ir::Trivia::Kind::kBlank && trivia.span.end == span.begin;
  return (blank_above ? std::string(context.Newline()) : "") + TextWith(context, span, edits);
}

std::string Line(const RuleContext& context, std::string_view text) {
  return std::string(text) + std::string(context.Newline());
}

std::string FromLine(const RuleContext& context, const ir::Stage& stage, std::string_view base, std::string_view name) {
  const ir::Instruction& from = context.dockerfile().instructions[stage.from];
  std::string flags;
  for (const ir::Flag& flag : from.flags) flags += std::string(context.Text(flag.span)) + " ";
  return Line(context, fmt::format("{} {}{} {} {}", context.Keyword("FROM", from), flags, base, context.Keyword("AS", from), name));
}

std::string CopyFromLine(const RuleContext& context, const ir::Instruction& at, std::string_view stage,
                         std::string_view src, std::string_view dest) {
  return Line(context, fmt::format("{} --from={} {} {}", context.Keyword("COPY", at), stage, src, dest));
}

std::string ProductionFrom(const RuleContext& context, const ir::Stage& stage) {
  const ir::Instruction& from = context.dockerfile().instructions[stage.from];
  if (!stage.name.empty()) return TextWith(context, from.span);
  std::string name = fmt::format(" {} production", context.Keyword("AS", from));  // not " " + string&&: GCC 12 -Wrestrict
  return TextWith(context, from.span, {{{from.args.end, from.args.end}, name}});
}

std::string BuilderName(const ir::Stage& stage) {
  std::string lower;
  for (char c : stage.name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "builder" ? "build" : "builder";
}

std::string ImageName(std::string_view base) {
  size_t at = base.find('@');
  if (at != std::string_view::npos) base = base.substr(0, at);
  size_t slash = base.rfind('/');
  size_t colon = base.rfind(':');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) base = base.substr(0, colon);
  size_t first = base.find('/');
  if (first != std::string_view::npos) {
    std::string_view head = base.substr(0, first);
    if (head.find_first_of(".:") != std::string_view::npos || head == "localhost") base.remove_prefix(first + 1);
  }
  if (base.starts_with("library/")) base.remove_prefix(8);
  return std::string(base);
}

std::string ImageTag(std::string_view base) {
  if (base.find('@') != std::string_view::npos) return "";
  size_t slash = base.rfind('/');
  size_t colon = base.rfind(':');
  if (colon == std::string_view::npos || (slash != std::string_view::npos && colon < slash)) return "latest";
  return std::string(base.substr(colon + 1));
}

AptRun ReadAptRun(RuleContext& context, const ir::Instruction& run) {
  AptRun out;
  const shell::Script* script = context.ScriptOf(run);
  if (script == nullptr) {
    out.apt = run.logical.find("apt-get install") != std::string::npos ||
              run.logical.find("apt install") != std::string::npos;
    if (out.apt) out.blocker = fmt::format("the {} is not a shell-form script dockopt can read", At(run));
    return out;
  }
  const std::vector<ToolUse>& uses = ToolUses(*script);  // the memo keeps it: no copy
  for (const ToolUse& use : uses) out.apt |= IsApt(use.call, "install");
  if (!out.apt) return out;
  size_t recognized = 0;
  for (const ToolUse& use : uses) {
    bool allowed = use.call.tool == "rm";
    for (std::string_view sub : kAptSubcommands) allowed |= IsApt(use.call, sub);
    if (!allowed) {
      out.blocker = fmt::format("the {} also runs '{}'", At(run), use.call.tool);
      return out;
    }
    ++recognized;
  }
  if (!script->FullyModelled() || recognized != script->commands.size()) {
    out.blocker = fmt::format("the {} does more than install packages", At(run));
    return out;
  }
  Edits edits;
  std::vector<std::string> installed;  // what the production RUN installs, to drop repeats
  size_t emptied = 0, installs = 0;
  for (const ToolUse& use : uses) {
    if (!IsApt(use.call, "install")) continue;
    ++installs;
    size_t kept = 0;
    for (const shell::Operand& package : use.call.packages()) {
      Edits change;
      if (IsBuildTool(package.name)) {
        change = shell::RemovePackage(*script, use.command, package.name);
        if (change.empty()) {
          out.blocker = fmt::format("'{}' cannot be removed from the {}", package.name, At(run));
          return out;
        }
      } else if (std::optional<std::string> runtime = RuntimePackageFor(package.name)) {
        if (Contains(installed, *runtime)) {
          change = shell::RemovePackage(*script, use.command, package.name);
        } else {
          change = {{script->commands[use.command].words[package.word].span, *runtime}};
          installed.push_back(*runtime);
          ++kept;
        }
      } else {
        installed.push_back(package.name);
        ++kept;
        continue;
      }
      if (change.empty()) {
        out.blocker = fmt::format("'{}' cannot be removed from the {}", package.name, At(run));
        return out;
      }
      if (!Contains(out.build, package.name)) out.build.push_back(package.name);
      if (EditsOverlap(edits, change)) {
        out.blocker = fmt::format("the packages of the {} cannot be edited one by one", At(run));
        return out;
      }
      edits.insert(edits.end(), change.begin(), change.end());
    }
    if (kept == 0) ++emptied;
  }
  if (emptied == installs) return out;  // nothing left: production drops the RUN
  if (emptied != 0) {
    out.blocker = fmt::format("an install in the {} would be left with no packages", At(run));
    return out;
  }
  out.runtime_text = TextWith(context, run.span, edits);
  return out;
}

std::vector<std::string> BuildPackages(RuleContext& context, const ir::Stage& stage) {
  std::vector<std::string> out;
  for (size_t i : stage.instructions) {
    const ir::Instruction& inst = context.dockerfile().instructions[i];
    if (inst.kind != ir::InstructionKind::kRun) continue;
    const shell::Script* script = context.ScriptOf(inst);
    if (script == nullptr) continue;
    for (const ToolUse& use : ToolUses(*script)) {
      if (!IsApt(use.call, "install")) continue;
      for (const shell::Operand& package : use.call.packages())
        if (IsBuildTool(package.name) && !Contains(out, package.name)) out.push_back(package.name);
    }
  }
  return out;
}

bool RunsBuildTool(const shell::Command& command) {
  if (command.opaque() || command.words.empty()) return false;
  std::string_view tool = shell::CanonicalTool(command.words.front().value);
  for (std::string_view program : kBuildPrograms)
    if (tool == program) return true;
  for (const shell::Word& word : command.words)
    if (word.value == "setup.py") return true;
  return false;
}

std::string ProductionRunProblem(RuleContext& context, const ir::Instruction& run) {
  const shell::Script* script = context.ScriptOf(run);
  if (script == nullptr || !script->FullyModelled())
    return fmt::format("dockopt cannot tell whether the {} needs the build tools", At(run));
  for (const shell::Command& command : script->commands) {
    if (RunsBuildTool(command))
      return fmt::format("the {} runs '{}', which the production stage would not have", At(run),
                         command.words.front().value);
  }
  for (const shell::Command& command : script->commands) {
    std::string_view tool = command.words.empty() ? "" : shell::CanonicalTool(command.words.front().value);
    bool known = shell::Recognize(command).has_value();
    for (std::string_view program : kRuntimePrograms) known |= tool == program;
    if (!known)
      return fmt::format("the {} runs '{}', which may need the build tools", At(run), tool);
  }
  for (const ToolUse& use : ToolUses(*script)) {
    if (Is(use.call, "pip", "install"))
      return fmt::format("the {} runs 'pip install', which may need the build tools", At(run));
  }
  return "";
}

namespace {

std::string ProgramAt(const ir::Dockerfile& df, size_t index, std::string_view default_cwd) {
  const ir::Instruction& inst = df.instructions[index];
  std::string word;
  if (inst.is_exec()) {
    if (inst.exec_args.empty()) return "";
    word = inst.exec_args.front();
  } else {
    std::string_view rest = inst.rest;
    word = std::string(rest.substr(0, rest.find_first_of(" \t")));
  }
  if (word.empty() || word.find_first_of("$`'\"") != std::string::npos) return "";
  if (word.find('/') == std::string::npos) return word;  // a bare name, found on PATH
  std::optional<std::string> cwd = WorkdirAt(df, index);
  if (!cwd) return "";
  return ResolvePath(cwd->empty() ? default_cwd : *cwd, word);
}

}  // namespace

std::string RunProgram(const ir::Dockerfile& df, const ir::Stage& stage, std::string_view cwd, bool* shell_form) {
  std::optional<size_t> entrypoint, cmd;
  for (size_t index : stage.instructions) {
    ir::InstructionKind kind = df.instructions[index].kind;
    if (kind == ir::InstructionKind::kEntrypoint) entrypoint = index;
    if (kind == ir::InstructionKind::kCmd) cmd = index;
  }
  std::optional<size_t> runs = entrypoint ? entrypoint : cmd;
  if (!runs) return "";
  *shell_form = df.instructions[*runs].is_shell() || (cmd && df.instructions[*cmd].is_shell());
  return ProgramAt(df, *runs, cwd);
}

bool KnownUser(std::string_view user, bool distroless) {
  std::string_view name = user.substr(0, user.find(':'));
  if (!name.empty() && name.find_first_not_of("0123456789") == std::string_view::npos) return true;
  return name == "root" || name == "nobody" || (distroless && name == "nonroot");
}

std::string PrepareProblem(RuleContext& context, const ir::Instruction& run, const std::vector<std::string_view>& tools) {
  const shell::Script* script = context.ScriptOf(run);
  if (script == nullptr || !script->FullyModelled())
    return fmt::format("dockopt cannot tell what the {} leaves for run time", At(run));
  for (const shell::Command& command : script->commands) {
    std::string_view tool = command.words.empty() ? "" : shell::CanonicalTool(command.words.front().value);
    if (std::find(tools.begin(), tools.end(), tool) == tools.end())
      return fmt::format("the {} runs '{}', which may matter at run time", At(run), tool);
  }
  return "";
}

Plan BinaryPlan(const RuleContext& context, const ir::Stage& stage, size_t build, const Edits& build_edits,
                std::string_view binary, std::string_view production_base, std::string_view after_from,
                const std::map<size_t, AptRun>& apt_runs) {
  const ir::Dockerfile& df = context.dockerfile();
  Plan plan;
  std::string builder = BuilderName(stage);
  plan.builder = FromLine(context, stage, stage.base, builder);
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (index == stage.from || index > build) continue;
    switch (inst.kind) {
      case ir::InstructionKind::kArg: case ir::InstructionKind::kEnv: case ir::InstructionKind::kWorkdir:
        plan.builder += BuilderCopy(context, inst);
        break;
      case ir::InstructionKind::kCopy: case ir::InstructionKind::kAdd: case ir::InstructionKind::kRun:
        plan.builder += BuilderCopy(context, inst, index == build ? build_edits : Edits{});
        plan.production[index] = std::nullopt;
        break;
      default:
        break;
    }
  }
  std::string name = stage.name.empty() ? "production" : stage.name;
  plan.production_from = FromLine(context, stage, production_base, name) + std::string(after_from);
  for (const auto& [index, apt] : apt_runs)
    if (index < build) plan.production[index] = apt.runtime_text;
  plan.production[build] = CopyFromLine(context, df.instructions[build], builder, binary, binary);
  return plan;
}

std::string QuoteList(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "'" : ", '") + item + "'";
  return out;
}

std::string At(const ir::Instruction& inst) {
  return fmt::format("{} at line {}", KindName(inst.kind), inst.start_line);
}

}  // namespace dockopt::split
