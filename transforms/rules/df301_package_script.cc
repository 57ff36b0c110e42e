// PackageScriptStartIssue (see df301_package_script.h).
#include "transforms/rules/df301_package_script.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

#include "analysis/copy_sources.h"
#include "analysis/paths.h"
#include "context/context_files.h"
#include "transforms/rules/df301_owned_dirs.h"

namespace dockopt {
namespace {

// Front-end and build tools a script runs to compile or bundle: they write their output into the
// project's tree.
constexpr std::array<std::string_view, 15> kBuildTools = {
    "gulp", "grunt", "webpack", "webpack-dev-server", "ng", "vite", "tsc", "babel", "parcel", "react-scripts",
    "vue-cli-service", "ember", "brunch", "rollup", "nuxt"};

std::string_view Basename(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// The script `argv` runs: "start" for `npm start`, X for `npm run X` / `yarn X` / `pnpm run X`; "" when
// the command runs no package script.
std::string ScriptName(const std::vector<std::string>& argv) {
  if (argv.size() < 2) return "";
  const std::string_view tool = Basename(argv[0]);
  if (tool != "npm" && tool != "yarn" && tool != "pnpm") return "";
  size_t at = 1;
  while (at < argv.size() && argv[at].starts_with("-")) ++at;
  if (at >= argv.size()) return "";
  const std::string& word = argv[at];
  if (word == "run" || word == "run-script") return at + 1 < argv.size() ? argv[at + 1] : "";
  if (word == "start" || word == "test") return word;
  if (tool == "npm") return "";  // npm's own commands (`npm install`)
  static constexpr std::array<std::string_view, 8> kManagerCommands = {"install", "add", "remove", "exec",
                                                                      "dlx",     "why", "list",   "node"};
  return std::find(kManagerCommands.begin(), kManagerCommands.end(), word) == kManagerCommands.end() ? word : "";
}

// The package.json a COPY from the build context puts into `workdir` (as `package.json`, or inside a
// folder copied there), as context path; "" when none does. `copied` tells whether any COPY or ADD
// writes into the workdir at all.
std::string CopiedManifest(const ir::Dockerfile& df, const std::vector<int>& chain, const std::string& workdir,
                           bool& copied) {
  std::string manifest;
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
      if (!copy) continue;
      std::string dest = copy->destination;
      if (dest.find_first_of("$\"'") != std::string::npos) {  // a variable or quotes: it may be the workdir
        copied = true;
        continue;
      }
      const std::string here = WorkdirAt(df, chain, inst.span.begin);
      if (!dest.starts_with("/")) dest = analysis::Join(here.empty() ? "/" : here, dest);
      while (dest.size() > 1 && dest.ends_with("/")) dest.pop_back();
      if (!analysis::IsUnder(dest, workdir) && !analysis::IsUnder(workdir, dest)) continue;
      copied = true;
      if (copy->from || dest != workdir) continue;
      for (const analysis::CopySourceArg& source : copy->sources) {
        std::string path = source.path;
        while (path.starts_with("./")) path.erase(0, 2);
        if (Basename(path) == "package.json") manifest = path;
        else if (path == "." || path.empty()) manifest = "package.json";
        else if (path.find_first_of("*?") == std::string::npos) manifest = analysis::Join(path, "package.json");
      }
    }
  return manifest;
}

}  // namespace

std::optional<std::string> PackageScriptStartIssue(const ir::Dockerfile& df, const std::vector<int>& chain,
                                                   const std::vector<std::string>& argv,
                                                   const std::optional<std::string>& context_dir) {
  const std::string script = ScriptName(argv);
  if (script.empty()) return std::nullopt;
  const std::string written = WorkdirAt(df, chain, UINT32_MAX);
  // Only a literal WORKDIR: a variable or quotes would hide where the application is.
  if (written.empty() || written.find_first_of("$\"'") != std::string::npos) return std::nullopt;
  const std::string workdir = analysis::Join("/", written);
  if (workdir == "/") return std::nullopt;  // ApplicationInRoot's case
  bool copied = false;
  const std::string manifest = CopiedManifest(df, chain, workdir, copied);
  if (!copied)
    return fmt::format("the command runs the package script '{}', and no COPY brings the application into '{}' (a "
                       "RUN fetches it), so dockopt cannot read what the script does or writes",
                       script, workdir);
  if (manifest.empty() || !context_dir) return std::nullopt;
  const std::optional<std::string> text = context::ContextFiles(*context_dir).Read(manifest);
  if (!text) return std::nullopt;
  const nlohmann::json doc = nlohmann::json::parse(*text, nullptr, false);
  if (!doc.is_object() || !doc.contains("scripts") || !doc["scripts"].is_object() ||
      !doc["scripts"].contains(script) || !doc["scripts"][script].is_string())
    return std::nullopt;
  const std::string body = doc["scripts"][script].get<std::string>();
  const std::string first = body.substr(0, body.find_first_of(" \t;&|"));
  if (std::find(kBuildTools.begin(), kBuildTools.end(), Basename(first)) == kBuildTools.end()) return std::nullopt;
  return fmt::format("the command runs the package script '{}' ('{}'), whose '{}' builds into the project's tree, "
                     "which root owns",
                     script, body, first);
}

}  // namespace dockopt
