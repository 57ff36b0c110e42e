// GlobalBuildCliInFinal (see df202_global_build_cli.h).
#include "transforms/rules/df202_global_build_cli.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <sstream>

#include "shell/recognize.h"
#include "transforms/rules/split_plan.h"
#include "transforms/rules/stage_split.h"

namespace dockopt {
namespace {

struct BuildCli {
  std::string_view package;
  std::string_view bins;  // the commands it installs, and the tools that need it, space-separated
  bool may_run_at_start;  // a tool images commonly run when they start (prisma's migrations)
};

// npm packages whose commands compile, bundle or scaffold a project (their bin entries on npmjs.com);
// tsx, ts-node and nodemon are left out: images run the application with them.
constexpr std::array<BuildCli, 12> kBuildClis = {{
    {"typescript", "tsc tsserver ts-node", false},
    {"tsc", "tsc", false},
    {"@nestjs/cli", "nest", false},
    {"@angular/cli", "ng", false},
    {"@vue/cli", "vue vue-cli-service", false},
    {"turbo", "turbo", false},
    {"webpack", "webpack", false},
    {"webpack-cli", "webpack webpack-cli", false},
    {"@vercel/ncc", "ncc", false},
    {"gulp-cli", "gulp", false},
    {"grunt-cli", "grunt", false},
    {"prisma", "prisma", true},
}};

std::vector<std::string> Words(std::string_view text) {
  std::istringstream in{std::string(text)};
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// The packages `words` install globally (`npm install -g a b@1`, `yarn global add a`, `pnpm add -g a`),
// versions removed; empty for any other command.
std::vector<std::string> GlobalPackages(const std::vector<std::string>& words) {
  if (words.size() < 3) return {};
  const std::string_view tool = shell::CanonicalTool(words[0]);
  size_t from = 0;
  const bool global = std::any_of(words.begin(), words.end(), [](const std::string& w) { return w == "-g" || w == "--global"; });
  if (tool == "npm" && global && (words[1] == "install" || words[1] == "i" || words[1] == "add")) from = 2;
  else if (tool == "pnpm" && global && (words[1] == "add" || words[1] == "install" || words[1] == "i")) from = 2;
  else if (tool == "yarn" && words[1] == "global" && words[2] == "add") from = 3;
  else return {};
  std::vector<std::string> packages;
  for (size_t i = from; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word.starts_with("-")) continue;
    if (word.find_first_of("&|;$/:") != std::string::npos && !word.starts_with("@")) break;  // not a registry name
    const size_t at = word.rfind('@');
    packages.push_back(at != std::string::npos && at > 0 ? word.substr(0, at) : word);
  }
  return packages;
}

// Whether `text` runs or names `name` as a word of its own (`tsc -p .`, `(cd db && prisma migrate)`).
bool NamesWord(std::string_view text, std::string_view name) {
  auto boundary = [](char c) { return std::string_view(" \t\n\"'()[],;&|=/").find(c) != std::string_view::npos; };
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    const bool before = at == 0 || boundary(text[at - 1]);
    const size_t end = at + name.size();
    if (before && (end == text.size() || boundary(text[end]))) return true;
  }
  return false;
}

}  // namespace

bool GlobalBuildCliInFinal(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  const int final_stage = static_cast<int>(df.stages.size()) - 1;
  if (final_stage < 1) return false;
  const ir::Stage& stage = df.stages[final_stage];
  // Cheap test on the text first.
  if (std::none_of(stage.instructions.begin(), stage.instructions.end(), [&](size_t i) {
        const ir::Instruction& inst = df.instructions[i];
        return inst.kind == ir::InstructionKind::kRun && (inst.logical.find("-g") != std::string_view::npos ||
                                                          inst.logical.find("global") != std::string_view::npos);
      }))
    return false;
  std::shared_ptr<const analysis::StageFlow> flow = split::SharedStageFlowOf(context, final_stage);
  // What the container runs: its command, entrypoint and healthcheck as written.
  std::string runtime;
  for (size_t i : stage.instructions) {
    const ir::Instruction& inst = df.instructions[i];
    if (inst.kind == ir::InstructionKind::kCmd || inst.kind == ir::InstructionKind::kEntrypoint ||
        inst.kind == ir::InstructionKind::kHealthcheck)
      runtime += std::string(inst.logical) + "\n";
  }
  const analysis::RuntimeNeeds& needs = flow->runtime;
  // Package scripts (`npm run db:migrate`) and scripts of the image (`./entrypoint.sh`) are not read here.
  std::vector<std::string> programs = needs.shell_programs;
  if (programs.empty() && !needs.argv.empty()) programs.push_back(needs.program);
  auto manager = std::find_if(programs.begin(), programs.end(), [](const std::string& p) {
    std::string_view tool = shell::CanonicalTool(p);
    return tool == "npm" || tool == "npx" || tool == "yarn" || tool == "pnpm";
  });
  // A subshell's commands (`(cd db && npm run migrate)`) are not among the programs: the text names them.
  std::string_view named_manager;
  for (std::string_view tool : {"npm", "npx", "yarn", "pnpm"})
    if (named_manager.empty() && NamesWord(runtime, tool)) named_manager = tool;
  const std::string unread = manager != programs.end() ? fmt::format("package scripts ('{}')", *manager)
                             : !named_manager.empty()  ? fmt::format("package scripts ('{}')", named_manager)
                             : !needs.argv.empty() && needs.interpreter != "node" ? fmt::format("'{}'", needs.argv.front())
                                                                                 : "";
  const bool runs_scripts = !unread.empty();
  bool reported = false;
  for (const analysis::InstructionFlow& inst : flow->instructions) {
    for (const analysis::CommandFlow& command : inst.commands) {
      std::vector<std::string> packages = GlobalPackages(Words(command.text));
      if (packages.empty()) continue;
      // What the stage runs after the install uses it too (`RUN tsc`, a build in the final stage).
      std::string later = runtime;
      bool builds_later = false;
      for (const analysis::InstructionFlow& next : flow->instructions)
        if (next.index > inst.index)
          for (const analysis::CommandFlow& c : next.commands) {
            later += c.text + "\n";
            builds_later |= c.effect.kind == analysis::EffectKind::kBuild;
          }
      if (builds_later) continue;
      std::vector<std::string> unused;
      for (const std::string& package : packages) {
        auto cli = std::find_if(kBuildClis.begin(), kBuildClis.end(), [&](const BuildCli& c) { return c.package == package; });
        if (cli == kBuildClis.end() || (cli->may_run_at_start && runs_scripts)) continue;
        const std::vector<std::string> bins = Words(cli->bins);
        if (std::none_of(bins.begin(), bins.end(), [&](const std::string& bin) { return NamesWord(later, bin); }))
          unused.push_back(package);
      }
      if (unused.empty()) continue;
      const bool one = unused.size() == 1;
      const std::string why = runs_scripts ? fmt::format("the container's command runs {}, which may use ", unread)
                                           : "dockopt cannot tell that the application never runs ";
      context.Report(df.instructions[inst.index].span,
                     fmt::format("'{}' installs the build {} {} globally in the final image, and the container's command "
                                 "does not name {}: install {} in the builder stage only (not rewritten: {}{})",
                                 command.text, one ? "CLI" : "CLIs", split::QuoteList(unused), one ? "it" : "them",
                                 one ? "it" : "them", why, one ? "it" : "them"));
      reported = true;
    }
  }
  return reported;
}

}  // namespace dockopt
