// BuilderDevDependenciesCopied (see df202_builder_dev_dependencies.h).
#include "transforms/rules/df202_builder_dev_dependencies.h"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "analysis/base_images.h"
#include "analysis/paths.h"
#include "context/context_files.h"
#include "shell/recognize.h"
#include "transforms/rules/base_image.h"
#include "transforms/rules/split_node_build.h"
#include "transforms/rules/split_node_prune.h"
#include "transforms/rules/split_plan.h"
#include "transforms/rules/stage_split.h"

namespace dockopt {
namespace {

using analysis::IsUnder;

constexpr std::string_view kTitle = "prune the devDependencies in the builder";

std::vector<std::string> Words(std::string_view text) {
  std::istringstream in{std::string(text)};
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// Why `words` (a node command: `node --enable-source-maps dist/main.mjs`) may load a devDependency, ""
// when it runs a plain script: a loader (`-r ts-node/register`, `--import tsx`), a script inside
// node_modules or a TypeScript entry still needs them (as NodeBuilderFinish reads a single stage).
std::string NodeCommandBlocker(const std::vector<std::string>& words, std::string_view shown) {
  auto node = std::find_if(words.begin(), words.end(), [](const std::string& w) {
    std::string_view tool = shell::CanonicalTool(w);
    return tool == "node" || tool == "nodejs";
  });
  if (node == words.end()) return fmt::format("the container's command '{}' does not run node itself", shown);
  for (auto word = node + 1; word != words.end(); ++word) {
    if (*word == "-r" || word->starts_with("--require") || word->starts_with("--loader") ||
        word->starts_with("--import") || word->starts_with("--experimental-loader"))
      return fmt::format("'{}' loads code through '{}'", shown, *word);
    if (word->starts_with("-")) continue;
    if (word->find("node_modules") != std::string::npos || word->ends_with(".ts") || word->ends_with(".mts") ||
        word->ends_with(".cts"))
      return fmt::format("'{}' runs '{}', which needs the devDependencies", shown, *word);
    return "";
  }
  return fmt::format("the container's command '{}' names no script", shown);
}

// The script `npm start` / `npm run NAME` runs, "" for any other command.
std::string NpmScriptName(const std::vector<std::string>& argv) {
  if (argv.size() < 2 || shell::CanonicalTool(argv[0]) != "npm") return "";
  if (argv[1] == "start" && argv.size() == 2) return "start";
  if ((argv[1] == "run" || argv[1] == "run-script") && argv.size() == 3) return argv[2];
  return "";
}

// The package.json of `folder` in the builder as a build-context path, when `COPY . X` put the context
// at or above it; "" otherwise.
std::string ContextManifest(const analysis::StageFlow& builder, const std::string& folder) {
  const std::string& root = builder.context_root;
  if (root.empty() || !IsUnder(folder, root)) return "";
  std::string relative = folder.substr(root.size());
  while (!relative.empty() && relative.front() == '/') relative.erase(0, 1);
  return relative.empty() ? "package.json" : relative + "/package.json";
}

// Why the final command may need the devDependencies, "" when it runs plain node (directly, or through
// package.json's script read from the build context).
std::string RuntimeBlocker(RuleContext& context, const analysis::StageFlow& final_flow, const analysis::StageFlow& builder,
                           const std::string& folder, const std::string& copied_to) {
  const analysis::RuntimeNeeds& needs = final_flow.runtime;
  if (needs.argv.empty()) return "the final stage names no command";
  std::string shown;
  for (const std::string& word : needs.argv) shown += (shown.empty() ? "" : " ") + word;
  if (needs.shell_form && needs.shell_programs.size() > 1)
    return fmt::format("the container's command '{}' runs more than one program", shown);
  if (!needs.healthcheck_program.empty()) {
    std::string_view check = shell::CanonicalTool(needs.healthcheck_program);
    if (check == "npm" || check == "npx" || check == "yarn" || check == "pnpm" ||
        needs.healthcheck_program.find("node_modules") != std::string::npos)
      return fmt::format("the HEALTHCHECK runs '{}', which may use them", needs.healthcheck_program);
  }
  if (needs.interpreter == "node") return NodeCommandBlocker(needs.argv, shown);
  const std::string script = NpmScriptName(needs.argv);
  if (script.empty()) return fmt::format("the container's command runs '{}', which may use them", needs.argv.front());
  if (needs.workdir != copied_to) return fmt::format("'{}' runs in '{}', not where the copy put the app", shown, needs.workdir);
  if (!context.options().context_dir)
    return fmt::format("the container's command '{}' runs package.json's '{}' script, which dockopt reads only with "
                       "--context", shown, script);
  const std::string manifest = ContextManifest(builder, folder);
  std::optional<std::string> text =
      manifest.empty() ? std::nullopt : context::ContextFiles(*context.options().context_dir).Read(manifest);
  if (!text) return fmt::format("dockopt cannot read the package.json that '{}' runs", shown);
  nlohmann::json json = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) return fmt::format("dockopt cannot read '{}'", manifest);
  if (json.contains("workspaces")) return fmt::format("'{}' declares workspaces", manifest);
  const nlohmann::json* scripts = json.contains("scripts") ? &json["scripts"] : nullptr;
  if (!scripts || !scripts->is_object() || !scripts->contains(script) || !(*scripts)[script].is_string())
    return fmt::format("'{}' has no '{}' script", manifest, script);
  const std::string body = (*scripts)[script].get<std::string>();
  // The script's own hooks run too (`prestart`), and a script of several commands may run anything.
  if (scripts->contains("pre" + script) || scripts->contains("post" + script))
    return fmt::format("'{}' runs hooks around its '{}' script", manifest, script);
  if (body.find_first_of("&|;$`<>") != std::string::npos)
    return fmt::format("the '{}' script '{}' runs more than one command", script, body);
  return NodeCommandBlocker(Words(body), body);
}

// Another stage that builds on the builder or copies from it may need its devDependencies.
std::string OtherUserOf(const ir::Dockerfile& df, int builder, int final_stage) {
  const ir::Stage& source = df.stages[builder];
  auto names = [&](std::string_view ref) {
    return (!source.name.empty() && ref == source.name) || ref == std::to_string(builder);
  };
  for (int s = builder + 1; s < final_stage; ++s) {
    const ir::Stage& stage = df.stages[s];
    if (names(stage.base)) return fmt::format("the stage '{}' starts from it", stage.name);
    for (size_t index : stage.instructions) {
      const ir::Flag* from = df.instructions[index].FindFlag("from");
      if (from && names(from->value))
        return fmt::format("the stage '{}' also copies from it and may need its devDependencies",
                           stage.name.empty() ? std::to_string(s) : stage.name);
    }
  }
  return "";
}

// Whether the builder drops its devDependencies after the build itself (`npm prune`, an install that
// omits them, a removal of node_modules).
bool PrunedAfterBuild(const analysis::StageFlow& builder, size_t build_instruction) {
  for (const analysis::InstructionFlow& inst : builder.instructions) {
    if (inst.index < build_instruction) continue;
    for (const analysis::CommandFlow& command : inst.commands)
      for (std::string_view mark : {"prune", "--omit=dev", "--production", "--prod", "node_modules", "--only=prod"})
        if (command.text.find(mark) != std::string::npos) return true;
  }
  return false;
}

// A command of the final stage after the copy that may run a package's tool (`npx prisma generate`).
std::string ToolRunAfter(const analysis::StageFlow& final_flow, size_t copy_index) {
  for (const analysis::InstructionFlow& inst : final_flow.instructions) {
    if (inst.index <= copy_index) continue;
    for (const analysis::CommandFlow& command : inst.commands) {
      const std::vector<std::string> words = Words(command.text);
      if (words.empty()) continue;
      std::string_view tool = shell::CanonicalTool(words.front());
      if (tool == "npx" || tool == "npm" || tool == "yarn" || tool == "pnpm" || tool == "node" ||
          command.text.find("node_modules") != std::string::npos)
        return command.text;
    }
  }
  return "";
}

}  // namespace

bool BuilderDevDependenciesCopied(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  const int final_stage = static_cast<int>(df.stages.size()) - 1;
  if (final_stage < 1) return false;
  // Cheap test on the text first: the flow models are built only for a copy from an earlier stage.
  if (std::none_of(df.stages[final_stage].instructions.begin(), df.stages[final_stage].instructions.end(),
                   [&](size_t i) { return df.instructions[i].kind == ir::InstructionKind::kCopy && df.instructions[i].FindFlag("from"); }))
    return false;
  std::shared_ptr<const analysis::StageFlow> final_flow = split::SharedStageFlowOf(context, final_stage);
  for (const analysis::InstructionFlow& inst : final_flow->instructions) {
    // `/` is NarrowWholeStageCopies's case (the whole stage, toolchain and all).
    if (inst.kind != ir::InstructionKind::kCopy || inst.from_stage.empty() || inst.reads.size() != 1 ||
        inst.reads[0] == "/" || inst.writes.size() != 1)
      continue;
    const int builder = df.FindStage(inst.from_stage);
    if (builder < 0 || builder >= final_stage) continue;
    ImageRef ref = BaseImageOf(df, builder);
    std::optional<analysis::BaseImageFacts> facts =
        ref.known ? analysis::LookupBaseImage(ref.Reference()) : std::nullopt;
    analysis::StageFlow flow = split::StageFlowOf(context, builder);
    std::optional<split::NodeDevBuild> build = split::NodeBuildWithDevDependencies(df, flow);
    // The copy takes the folder the install filled (or one above it), node_modules and all.
    const std::string& source = inst.reads[0];
    if (!build || PrunedAfterBuild(flow, build->build_instruction)) continue;
    // `COPY --from=build /app/node_modules ./node_modules` takes them as well: the app is then where
    // that folder went.
    std::string copied_to = inst.writes[0];
    if (const std::string modules = build->folder + "/node_modules"; source == modules && copied_to.ends_with("/node_modules"))
      copied_to.resize(copied_to.size() - std::string_view("/node_modules").size());
    else if (!IsUnder(build->folder, source))
      continue;
    // An install in the final stage after the copy replaces the copied node_modules.
    if (std::any_of(final_flow->instructions.begin(), final_flow->instructions.end(), [&](const analysis::InstructionFlow& i) {
          return i.index > inst.index && std::any_of(i.commands.begin(), i.commands.end(), [](const analysis::CommandFlow& c) {
                   return c.effect.kind == analysis::EffectKind::kDeps;
                 });
        }))
      continue;
    const ir::Instruction& copy = df.instructions[inst.index];
    std::string_view copy_text = copy.logical;
    while (!copy_text.empty() && std::isspace(static_cast<unsigned char>(copy_text.back()))) copy_text.remove_suffix(1);
    std::string what = fmt::format("the devDependencies of the {} build ('{}' in the stage '{}') stay in the final image: "
                                   "'{}' copies its node_modules whole", build->manager, build->build, inst.from_stage,
                                   copy_text);
    const std::string_view prune = facts && facts->family == "node" ? split::NodePruneCommand(ref.tag) : std::string_view();
    std::string blocker =
        build->manager != "npm" ? fmt::format("dockopt prunes only npm's node_modules, and {} installed these", build->manager)
        : !facts || facts->family != "node" ? fmt::format("dockopt cannot tell which npm the image '{}' has", flow.base)
        : prune.empty() ? fmt::format("the npm of '{}' is older than 6 and cannot prune them", ref.Reference())
                        : OtherUserOf(df, builder, final_stage);
    if (blocker.empty()) {
      if (std::string run = ToolRunAfter(*final_flow, inst.index); !run.empty())
        blocker = fmt::format("the final stage runs '{}' after the copy", run);
    }
    if (blocker.empty()) blocker = RuntimeBlocker(context, *final_flow, flow, build->folder, copied_to);
    if (!blocker.empty()) {
      context.Report(copy.span, fmt::format("{}; prune them in the builder after its build (not rewritten: {})", what, blocker));
      return true;
    }
    // The prune goes after the builder's last RUN/COPY/ADD, in the folder the install ran in.
    const analysis::InstructionFlow* last = nullptr;
    for (const analysis::InstructionFlow& step : flow.instructions)
      if (step.kind == ir::InstructionKind::kRun || step.kind == ir::InstructionKind::kCopy || step.kind == ir::InstructionKind::kAdd)
        last = &step;
    if (!last) continue;
    const ir::Instruction& at = df.instructions[last->index];
    const std::string command = last->cwd == build->folder ? std::string(prune) : fmt::format("cd {} && {}", build->folder, prune);
    context.Report(copy.span, fmt::format("{}: prune them in the builder after its build ('{}')", what, command),
                   Fix{std::string(kTitle), Safety::kUnsafe,
                       {{Span{at.span.end, at.span.end}, split::Line(context, fmt::format("{} {}", context.Keyword("RUN", at), command))}}});
    return true;
  }
  return false;
}

}  // namespace dockopt
