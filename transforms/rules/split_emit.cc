// SplitEdits: the text of the builder and production stages a SplitPlan describes.
#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

#include "transforms/rules/runtime_lib_lookup.h"
#include "transforms/rules/split_plan.h"
#include "transforms/rules/stage_split.h"

namespace dockopt::split {
namespace {

using ir::InstructionKind;

// Instructions that only configure the container: production keeps them, the builder does not need them.
bool RuntimeOnly(InstructionKind kind) {
  switch (kind) {
    case InstructionKind::kCmd: case InstructionKind::kEntrypoint: case InstructionKind::kExpose:
    case InstructionKind::kHealthcheck: case InstructionKind::kLabel: case InstructionKind::kStopsignal:
    case InstructionKind::kVolume: case InstructionKind::kMaintainer:
      return true;
    default:
      return false;
  }
}

bool Configures(InstructionKind kind) {
  return RuntimeOnly(kind) || kind == InstructionKind::kArg || kind == InstructionKind::kEnv ||
         kind == InstructionKind::kWorkdir || kind == InstructionKind::kUser || kind == InstructionKind::kShell;
}

bool Writes(InstructionKind kind) {
  return kind == InstructionKind::kRun || kind == InstructionKind::kCopy || kind == InstructionKind::kAdd;
}

std::string PackagesRun(const RuleContext& context, const ir::Instruction& from, const SplitPlan& plan) {
  std::vector<std::string> commands;
  std::string list;
  for (const std::string& source : plan.package_sources) list += " " + source;
  for (const std::string& package : plan.packages) list += " " + package;
  // Package files (split_localpkg.h) install after the named packages, with the same manager's setup.
  std::vector<std::string> apt_files = LocalPackageInstalls(plan.local_packages, "apt", "");
  bool rpm = plan.manager != "apt" && plan.manager != "apk";
  std::vector<std::string> rpm_files =
      LocalPackageInstalls(plan.local_packages, "rpm", rpm ? plan.manager : "yum", rpm ? list : "");
  // A repository the stage removed before installing (a broken vendor list) must be gone before the
  // index update reads it.
  std::vector<std::string> later = plan.production_commands;
  for (auto it = later.begin(); it != later.end();)
    if (it->starts_with("rm ") && it->find(" /etc/apt/") != std::string::npos) {
      commands.push_back(*it);
      it = later.erase(it);
    } else {
      ++it;
    }
  if (!plan.packages.empty() && plan.manager == "apt")
    commands.insert(commands.end(), plan.preseed_commands.begin(), plan.preseed_commands.end());
  if (!plan.packages.empty() && plan.manager == "apk") commands.push_back("apk add --no-cache" + list);
  if ((!plan.packages.empty() && plan.manager == "apt") || !apt_files.empty()) {
    commands.push_back("apt-get update");
    if (!plan.looked_up_dev.empty()) commands.push_back(RuntimeLibrariesAssignment(plan.looked_up_dev));
    if (!plan.packages.empty() && plan.manager == "apt") commands.push_back("apt-get install -y --no-install-recommends" + list);
    commands.insert(commands.end(), apt_files.begin(), apt_files.end());
    commands.push_back("rm -rf /var/lib/apt/lists/*");
  }
  if ((!plan.packages.empty() && rpm) || !rpm_files.empty()) {
    std::string tool = rpm ? plan.manager : "yum";
    if (!plan.packages.empty() && rpm && rpm_files.empty()) commands.push_back(tool + " install -y" + list);
    commands.insert(commands.end(), rpm_files.begin(), rpm_files.end());
    commands.push_back(tool + " clean all");
  }
  commands.insert(commands.end(), later.begin(), later.end());
  commands.insert(commands.end(), plan.user_commands.begin(), plan.user_commands.end());
  commands.insert(commands.end(), plan.owner_commands.begin(), plan.owner_commands.end());
  if (commands.empty()) return "";
  std::string joined;
  for (const std::string& command : commands)
    joined += (joined.empty() ? "" : fmt::format(" \\{}    && ", context.Newline())) + command;
  return Line(context, context.Keyword("RUN", from) + " " + joined);
}

// The builder's copy of a RUN whose Go build is stripped: -ldflags="-s -w" after each `go build` and
// `go install`.
Edits StripGoBuild(const RuleContext& context, const ir::Instruction& inst) {
  Edits edits;
  std::string_view text = context.Text(inst.span);
  for (std::string_view command : {"go build", "go install"}) {
    for (size_t at = text.find(command); at != std::string_view::npos; at = text.find(command, at + 1)) {
      size_t end = at + command.size();
      if (end < text.size() && text[end] != ' ' && text[end] != '\t') continue;
      edits.push_back({Span{inst.span.begin + static_cast<uint32_t>(end), inst.span.begin + static_cast<uint32_t>(end)},
                       " -ldflags=\"-s -w\""});
    }
  }
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  return edits;
}

// Whether one of the names an ARG declares (`ARG A B=1`) is read in `text` as `$A` or `${A`.
bool ArgNamedIn(std::string_view declaration, std::string_view text) {
  size_t at = 0;
  while (at < declaration.size()) {
    while (at < declaration.size() && (declaration[at] == ' ' || declaration[at] == '\t')) ++at;
    size_t end = at;
    while (end < declaration.size() && declaration[end] != ' ' && declaration[end] != '\t' && declaration[end] != '=') ++end;
    std::string name(declaration.substr(at, end - at));
    while (end < declaration.size() && declaration[end] != ' ' && declaration[end] != '\t') ++end;  // its default
    at = end;
    if (name.empty()) continue;
    if (text.find("${" + name) != std::string_view::npos) return true;
    for (size_t use = text.find("$" + name); use != std::string_view::npos; use = text.find("$" + name, use + 1)) {
      size_t next = use + 1 + name.size();
      if (next == text.size() || !(std::isalnum(static_cast<unsigned char>(text[next])) || text[next] == '_')) return true;
    }
  }
  return false;
}

// Whether the setup text names a variable, other than those of production's own runtime library lookup.
bool ReadsValues(std::string setup, const SplitPlan& plan) {
  if (!plan.looked_up_dev.empty()) {
    for (const std::string& own : {RuntimeLibrariesAssignment(plan.looked_up_dev), std::string(kRuntimeLibrariesReference)})
      for (size_t at = setup.find(own); at != std::string::npos; at = setup.find(own, at)) setup.erase(at, own.size());
  }
  return setup.find('$') != std::string::npos;
}

}  // namespace

std::string FreeBuilderName(const ir::Dockerfile& df, const ir::Stage& stage) {
  for (std::string name : {"builder", "build", "builder-2", "builder-3"}) {
    bool used = false;
    for (const ir::Stage& other : df.stages) {
      std::string lower;
      for (char c : other.name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      used |= lower == name && &other != &stage;
      used |= &other == &stage && lower == name;
    }
    if (!used) return name;
  }
  return "builder-stage";
}

Edits SplitEdits(const RuleContext& context, const ir::Stage& stage, const SplitPlan& plan, std::string_view builder) {
  const ir::Dockerfile& df = context.dockerfile();
  size_t first_setup = 0, last_write = 0;
  for (size_t index : stage.instructions) {
    InstructionKind kind = df.instructions[index].kind;
    if (index == stage.from) continue;
    if (first_setup == 0 && (kind == InstructionKind::kRun || kind == InstructionKind::kUser)) first_setup = index;
    if (Writes(kind)) last_write = index;
  }
  const ir::Instruction& from = df.instructions[stage.from];  // new lines follow its keyword case
  // The model of a chain (split_chain.h) holds the earlier stages' instructions (before its FROM):
  // they stay in their stages, and the builder starts FROM the last of them as the original did.
  std::string_view base = stage.base;
  for (const ir::Stage& original : df.stages)
    if (original.from == stage.from) base = original.base;
  if (!plan.builder_base.empty() && base == stage.base) base = plan.builder_base;
  std::string text = FromLine(context, stage, base, builder);
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (index <= stage.from || index > last_write || RuntimeOnly(inst.kind)) continue;
    bool strip = std::find(plan.strip_go_builds.begin(), plan.strip_go_builds.end(), index) != plan.strip_go_builds.end();
    text += BuilderCopy(context, inst, strip ? StripGoBuild(context, inst) : Edits{});
  }
  for (const std::string& command : plan.builder_finish)
    text += Line(context, fmt::format("{} {}", context.Keyword("RUN", from), command));
  std::string name = stage.name.empty() ? "production" : stage.name;
  text += std::string(context.Newline()) + FromLine(context, stage, plan.production_base, name);
  if (!plan.inherited_workdir.empty())
    text += Line(context, fmt::format("{} {}", context.Keyword("WORKDIR", from), plan.inherited_workdir));
  std::string setup;
  if (!plan.repository_prerequisites.empty()) {
    std::string list;
    for (const std::string& package : plan.repository_prerequisites) list += " " + package;
    setup += Line(context, fmt::format("{} apt-get update \\{}    && apt-get install -y --no-install-recommends{} \\{}    && rm -rf /var/lib/apt/lists/*",
                                       context.Keyword("RUN", from), context.Newline(), list, context.Newline()));
  }
  for (const std::string& path : plan.repository_paths)
    setup += Line(context, fmt::format("{} --from={} {} {}", context.Keyword("COPY", from), builder, path, path));
  setup += LocalPackageFetches(context, from, plan.local_packages, builder);
  setup += PackagesRun(context, from, plan);
  std::string copies;  // the context's files first: what the builder wrote over them wins, as it did
  for (const std::string& line : plan.context_copies) copies += Line(context, line);
  for (const Artifact& a : plan.artifacts) {
    std::string chown = a.owner.empty() ? "" : " --chown=" + a.owner;
    copies += Line(context, fmt::format("{} --from={}{} {} {}", context.Keyword("COPY", from), builder, chown, a.source.empty() ? a.path : a.source, a.path));
  }
  if (!plan.production_path_dirs.empty()) {
    std::string dirs;
    for (const std::string& dir : plan.production_path_dirs) dirs += dir + ":";
    copies += Line(context, fmt::format("{} PATH=\"{}$PATH\"", context.Keyword("ENV", from), dirs));
  }
  if (first_setup == 0 || first_setup > last_write) first_setup = last_write;
  // In a chain the copies follow the earlier stages' last write, before their runtime configuration
  // (ENTRYPOINT, CMD): the final stage's own writes stay in the builder.
  size_t copy_at = last_write;
  for (size_t index : stage.instructions)
    if (index < stage.from && Writes(df.instructions[index].kind) && last_write > stage.from) copy_at = index;
  // User commands may name ENV/ARG values set after the first RUN (`useradd -u $NB_UID $NB_USER`): the
  // setup then runs as late as it can, before the first USER that is not root and the copies. Else,
  // after a `USER root` that comes first (the base image runs as someone else).
  auto root = [&](size_t index) {
    std::string_view user = df.instructions[index].rest;
    user = user.substr(0, user.find_first_of(": \t\r\n"));
    return user == "root" || user == "0";
  };
  bool named_values = std::any_of(plan.user_commands.begin(), plan.user_commands.end(),
                                  [](const std::string& command) { return command.find('$') != std::string::npos; });
  std::optional<size_t> after_root;
  for (size_t index : stage.instructions) {
    if (index <= stage.from) continue;
    if (after_root && *after_root == 0) after_root = index;
    bool user = df.instructions[index].kind == InstructionKind::kUser;
    if (named_values && user && !root(index)) {
      first_setup = std::min(index, copy_at);
      break;
    }
    if (named_values && index == copy_at) first_setup = copy_at;
    if (!named_values && index == first_setup && user && root(index)) after_root = 0;
  }
  if (after_root && *after_root != 0) first_setup = std::min(*after_root, copy_at);
  if (first_setup > copy_at) first_setup = copy_at;
  // Replayed commands that read a build argument (`useradd -u $UID`) must follow its ARG: they go
  // after the runtime configuration that precedes the first USER or the copies.
  if (ReadsValues(setup, plan)) {
    size_t latest = copy_at;
    for (size_t index : stage.instructions)
      if (index > stage.from && df.instructions[index].kind == InstructionKind::kUser) latest = std::min(latest, index);
    size_t last_config = first_setup;
    for (size_t index : stage.instructions) {
      InstructionKind kind = df.instructions[index].kind;
      if (index > first_setup && index < latest && (kind == InstructionKind::kArg || kind == InstructionKind::kEnv)) last_config = index;
    }
    for (size_t index : stage.instructions)
      if (last_config != first_setup && index > last_config) {
        first_setup = index;  // the setup goes in front of it
        break;
      }
  }
  // A build argument the setup reads that is declared only after it (in a chain the setup goes with the
  // earlier stages' last write, before the final stage's ARGs): declared again in front of it.
  if (ReadsValues(setup, plan)) {
    std::string declared;
    for (size_t index : stage.instructions) {
      const ir::Instruction& inst = df.instructions[index];
      if (index <= stage.from || index < first_setup || inst.kind != InstructionKind::kArg) continue;
      if (ArgNamedIn(inst.rest, setup)) declared += TextWith(context, inst.span);
    }
    setup = declared + setup;
  }
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (index == stage.from) continue;
    if (index == first_setup) text += std::exchange(setup, "");
    if (auto resolved = plan.resolved_workdirs.find(index); resolved != plan.resolved_workdirs.end())
      text += Line(context, fmt::format("{} {}", context.Keyword("WORKDIR", inst), resolved->second));
    else if (Configures(inst.kind))
      text += RuntimeOnly(inst.kind) || index > last_write ? BuilderCopy(context, inst) : TextWith(context, inst.span);
    if (index == copy_at) text += setup + std::exchange(copies, "");
  }
  const ir::Instruction& last = df.instructions[stage.instructions.back()];
  return {{Span{from.span.begin, last.span.end}, text}};
}

}  // namespace dockopt::split
