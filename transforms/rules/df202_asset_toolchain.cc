#include "transforms/rules/df202_asset_toolchain.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "transforms/rules/package_facts.h"
#include "transforms/rules/runtime_needs.h"
#include "transforms/rules/stage_split.h"

namespace dockopt {
namespace {

constexpr std::array<std::string_view, 4> kNodePackages = {"nodejs", "npm", "yarn", "yarnpkg"};
constexpr std::array<std::string_view, 8> kNodePrograms = {"node", "nodejs", "npm", "npx", "yarn", "yarnpkg", "pnpm", "corepack"};

bool IsNodeProgram(std::string_view word) {
  word = word.substr(word.rfind('/') + 1);
  return std::find(kNodePrograms.begin(), kNodePrograms.end(), word) != kNodePrograms.end();
}

// The words of a simple command after `NAME=value` assignments (split at blanks: enough to name the
// program and its operands; a quoted word with blanks only adds words no check below looks for).
std::vector<std::string_view> WordsOf(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    size_t start = text.find_first_not_of(" \t\\\n", i);
    if (start == std::string_view::npos) break;
    size_t end = text.find_first_of(" \t\\\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    if (!(words.empty() && word.find('=') != std::string_view::npos && word.front() != '=')) words.push_back(word);
    i = end;
  }
  return words;
}

// An install that names packages (`npm install -g bower`, `npm i mjml`, `yarn global add yo`,
// `yarn add x`): a program or module the container may run, unlike the project's own dependencies
// (`npm ci`, `yarn install`). The package managers themselves (`npm install -g npm yarn`), and the node
// version manager n (`npm install -g n && n lts`), are the build's.
bool InstallsNamedPackages(const std::vector<std::string_view>& words) {
  if (words.size() < 2) return false;
  std::string_view tool = words[0].substr(words[0].rfind('/') + 1);
  std::string_view sub = words[1];
  size_t first = 2;
  if (tool == "yarn" && sub == "global" && words.size() > 2) {
    sub = words[2];
    first = 3;
  }
  const bool installs = ((tool == "npm" || tool == "pnpm") && (sub == "install" || sub == "i" || sub == "add")) ||
                        (tool == "yarn" && sub == "add");
  if (!installs) return false;
  for (size_t i = first; i < words.size(); ++i) {
    std::string_view word = words[i];
    if (word.starts_with("-")) continue;
    std::string_view name = word.substr(0, word.find('@', 1));
    if (name != "npm" && name != "yarn" && name != "pnpm" && name != "n" && name != "corepack") return true;
  }
  return false;
}

// The command from its program on, without the `NAME=value` words before it (`RAILS_ENV=production`).
std::string FromProgram(const std::string& text, const std::vector<std::string_view>& words) {
  return text.substr(static_cast<size_t>(words.front().data() - text.data()));
}

}  // namespace

std::optional<AssetToolchain> NodeOnlyForAssets(RuleContext& context, const analysis::StageFlow& flow) {
  if (flow.runtime.interpreter == "node" || IsNodeProgram(flow.runtime.program)) return std::nullopt;
  std::vector<std::string> kept;  // node packages installed and not removed, in install order
  std::string build;              // the first node build a RUN runs
  std::string build_at;           // where it runs: "RUN at line 12"
  const ir::Dockerfile& df = context.dockerfile();
  for (const analysis::InstructionFlow& inst : flow.instructions) {
    for (const analysis::CommandFlow& command : inst.commands) {
      const analysis::Effect& e = command.effect;
      if (e.kind == analysis::EffectKind::kPackages) {
        for (const std::string& name : e.packages) {
          if (std::find(kNodePackages.begin(), kNodePackages.end(), name) == kNodePackages.end()) continue;
          if (e.removal) std::erase(kept, name);
          else if (std::find(kept.begin(), kept.end(), name) == kept.end()) kept.push_back(name);
        }
        continue;
      }
      if (kept.empty()) continue;
      std::vector<std::string_view> words = WordsOf(command.text);
      // Rails' asset build runs node through jsbundling or webpacker (`bundle exec rake assets:precompile`).
      if (build.empty() && std::find(words.begin(), words.end(), "assets:precompile") != words.end()) {
        build = FromProgram(command.text, words);
        build_at = split::At(df.instructions[inst.index]);
        continue;
      }
      if (words.empty() || !IsNodeProgram(words.front())) continue;
      if (InstallsNamedPackages(words)) return std::nullopt;
      // The assets: a build the flow model reads (`npm run build`, `yarn build`), or a script of the
      // project the package manager runs (`yarn ciexport`), not only an install.
      const std::string_view manager = words.front().substr(words.front().rfind('/') + 1);
      const bool project_script = e.kind == analysis::EffectKind::kUnknown && words.size() >= 2 &&
                                  (manager == "npm" || manager == "yarn" || manager == "pnpm");
      if (build.empty() && (e.kind == analysis::EffectKind::kBuild || project_script)) {
        build = FromProgram(command.text, words);
        build_at = split::At(df.instructions[inst.index]);
      }
    }
  }
  if (kept.empty() || build.empty()) return std::nullopt;
  // What the container starts must be known to run no node: every script it starts read, none running it.
  std::vector<int> chain = StageChain(df, static_cast<size_t>(flow.stage));
  if (StartScriptUnread(context, chain)) return std::nullopt;
  const RuntimeNeeds& needs = ReadRuntimeNeeds(context, flow.stage);
  if (std::any_of(needs.runtime_commands.begin(), needs.runtime_commands.end(), [](const std::string& c) { return IsNodeProgram(c); }))
    return std::nullopt;
  if (build.size() > 60) build = build.substr(0, 57) + "...";
  return AssetToolchain{std::move(kept), std::move(build), std::move(build_at)};
}

std::optional<std::string> AssetToolchainKept(RuleContext& context, const analysis::StageFlow& flow) {
  std::optional<AssetToolchain> node = NodeOnlyForAssets(context, flow);
  if (!node) return std::nullopt;
  const bool one = node->packages.size() == 1;
  return fmt::format("{} {} in the final image, though {} only the build's ('{}' in the {}) and the container's "
                     "command runs no node: build the assets in a node stage and copy only their output into this "
                     "one (not rewritten: which files of the build the application serves is the project's to say)",
                     split::QuoteList(node->packages), one ? "stays" : "stay", one ? "it is" : "they are", node->build,
                     node->build_at);
}

}  // namespace dockopt
