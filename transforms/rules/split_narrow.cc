// NarrowWholeStageCopies: `COPY --from=build / /` becomes a copy of the program the build wrote and
// the files the final command names, when the flow model of the build stage shows where they are.
#include "transforms/rules/split_narrow.h"

#include <fmt/core.h>

#include <algorithm>

#include "analysis/base_images.h"
#include "analysis/paths.h"
#include "transforms/rules/base_image.h"
#include "transforms/rules/split_plan.h"
#include "transforms/rules/split_sources.h"
#include "transforms/rules/stage_split.h"

namespace dockopt::split {
namespace {

using analysis::EffectKind;
using analysis::IsUnder;

constexpr std::string_view kTitle = "copy only what the runtime needs from the earlier stage";

std::optional<analysis::OsRelease> ReleaseOf(const ir::Dockerfile& df, int stage) {
  ImageRef ref = BaseImageOf(df, stage);
  if (!ref.known) return std::nullopt;
  std::optional<analysis::BaseImageFacts> facts = analysis::LookupBaseImage(ref.tag.empty() ? ref.name : ref.name + ":" + ref.tag);
  if (!facts || facts->os.distro == analysis::Distro::kUnknown || facts->os.release.empty()) return std::nullopt;
  return facts->os;
}

// The paths the runtime needs from `source` (the copied stage), or why they cannot be named.
struct Narrowed {
  std::vector<std::string> paths;
  std::string blocker;
};

Narrowed NeededPaths(RuleContext& context, int source, const analysis::RuntimeNeeds& needs, int final_stage) {
  const ir::Dockerfile& df = context.dockerfile();
  analysis::StageFlow flow = StageFlowOf(context, source);
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands)
      if (command.effect.kind == EffectKind::kUnknown)
        return {{}, fmt::format("stage '{}' runs '{}', whose effects dockopt does not know", df.stages[source].name,
                                command.effect.tool)};
  if (!needs.interpreter.empty() || needs.program.empty())
    return {{}, "the final command is not a program the stage built"};
  std::string program = needs.program.starts_with("/") ? needs.program : analysis::ProgramWrittenBy(flow, needs.program);
  bool built = false, cgo_off = false;
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands) {
      if (command.effect.kind != EffectKind::kBuild) continue;
      cgo_off |= command.effect.note.find("cgo off") != std::string::npos;
      for (const std::string& w : command.effect.writes) built |= !program.empty() && w == program;
    }
  if (!built) return {{}, fmt::format("'{}' is not a file a build of stage '{}' wrote under its own name", needs.program,
                                      df.stages[source].name)};
  // Without the copied stage's libraries the binary needs the final base to be the same release.
  std::optional<analysis::OsRelease> built_on = ReleaseOf(df, source), runs_on = ReleaseOf(df, final_stage);
  if (!cgo_off && (!built_on || !runs_on || !(*built_on == *runs_on)))
    return {{}, "the final image's release is not the one the program was built on"};
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands)
      if (!cgo_off && command.effect.kind == EffectKind::kPackages && !command.effect.removal && !command.effect.packages.empty())
        return {{}, fmt::format("stage '{}' installs packages the program may link against", df.stages[source].name)};
  std::string_view user = std::string_view(needs.user).substr(0, needs.user.find(':'));
  if (!user.empty() && user != "root" && user.find_first_not_of("0123456789") != std::string_view::npos)
    return {{}, fmt::format("the user '{}' may come from the copied stage's /etc/passwd", user)};
  Narrowed out{{program}, ""};
  // The whole copy brought the toolchain image's CA certificates: a program that may make TLS calls
  // keeps them.
  const std::optional<std::string>& dir = context.options().context_dir;
  if (!dir || !ContextRulesOutTls(*dir, flow)) {
    ImageRef ref = BaseImageOf(df, source);
    std::optional<analysis::BaseImageFacts> facts =
        ref.known ? analysis::LookupBaseImage(ref.tag.empty() ? ref.name : ref.name + ":" + ref.tag) : std::nullopt;
    if (!facts || !facts->toolchain)
      return {{}, fmt::format("the program may make TLS calls, and where stage '{}' keeps CA certificates is unknown",
                              df.stages[source].name)};
    out.paths.push_back("/etc/ssl/certs/ca-certificates.crt");  // the bundle; the rest are links into /usr/share
  }
  for (const std::string& file : needs.files) {
    if (!file.starts_with("/")) continue;
    bool written = std::any_of(flow.instructions.begin(), flow.instructions.end(), [&](const analysis::InstructionFlow& i) {
      return std::any_of(i.writes.begin(), i.writes.end(), [&](const std::string& w) { return IsUnder(file, w); });
    });
    if (written) out.paths.push_back(file);
  }
  for (const std::string& path : out.paths)
    if (path.find_first_of("$ \t\"'*?[") != std::string::npos)
      return {{}, fmt::format("the path '{}' cannot be copied as written", path)};
  return out;
}

}  // namespace

bool NarrowWholeStageCopies(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  int final_stage = static_cast<int>(df.stages.size()) - 1;
  if (final_stage < 1) return false;
  // Cheap test on the text first: the flow model of the stage is built only for such a copy.
  bool whole = false;
  for (size_t index : df.stages[final_stage].instructions) {
    const ir::Instruction& inst = df.instructions[index];
    whole |= inst.kind == ir::InstructionKind::kCopy && inst.FindFlag("from") && !inst.node_args.empty() &&
             inst.node_args.front() == "/";
  }
  if (!whole) return false;
  analysis::StageFlow flow = StageFlowOf(context, final_stage);
  bool reported = false;
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    if (inst.kind != ir::InstructionKind::kCopy || inst.from_stage.empty() || inst.reads != std::vector<std::string>{"/"})
      continue;
    int source = df.FindStage(inst.from_stage);
    if (source < 0 || source >= final_stage) continue;
    const ir::Instruction& copy = df.instructions[inst.index];
    std::string what = fmt::format("'COPY --from={} / /' copies the whole stage '{}' (its build tools and sources too)",
                                   inst.from_stage, inst.from_stage);
    Narrowed narrowed = NeededPaths(context, source, flow.runtime, final_stage);
    if (narrowed.blocker.empty() && (copy.flags.size() != 1 || inst.writes != std::vector<std::string>{"/"}))
      narrowed.blocker = "the COPY has flags or a destination other than '/'";
    reported = true;
    if (!narrowed.blocker.empty()) {
      context.Report(copy.span, fmt::format("{}; copy only what the runtime needs (not rewritten: {})", what, narrowed.blocker));
      continue;
    }
    std::string text;
    for (const std::string& path : narrowed.paths) text += CopyFromLine(context, copy, inst.from_stage, path, path);
    context.Report(copy.span, fmt::format("{}: copy only what the runtime needs", what),
                   Fix{std::string(kTitle), Safety::kUnsafe, {{copy.span, text}}, /*isolated=*/true});
  }
  return reported;
}

}  // namespace dockopt::split
