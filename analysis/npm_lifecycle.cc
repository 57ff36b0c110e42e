// DeferInstallScripts (see npm_lifecycle.h).
#include "analysis/npm_lifecycle.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace dockopt::analysis {

DeferredScripts DeferInstallScripts(const PackageJsonFacts& facts, Ecosystem ecosystem) {
  DeferredScripts out;
  if (ecosystem == Ecosystem::kYarn) {
    out.blocker = "yarn's '--ignore-scripts' also skips the dependencies' install scripts, and yarn has no "
                  "'npm rebuild' to run them after the sources";
    return out;
  }
  if (ecosystem == Ecosystem::kPnpm) {
    out.blocker = "whether 'pnpm rebuild' runs the same scripts that '--ignore-scripts' skipped depends on the "
                  "pnpm version and its onlyBuiltDependencies settings";
    return out;
  }
  if (!facts.workspaces.empty()) {
    out.blocker = "the workspace packages' own scripts would run in a different order after the sources";
    return out;
  }
  auto has = [&](std::string_view name) {
    return std::any_of(facts.hooks.begin(), facts.hooks.end(), [&](const auto& h) { return h.first == name; });
  };
  if (has("preinstall")) {
    out.blocker = "a root 'preinstall' script is meant to run before the dependencies are installed (npm 6 and "
                  "yarn run it first), so it cannot wait for the sources";
    return out;
  }
  for (std::string_view name : kNpmInstallLifecycle)
    if (has(name)) out.scripts.emplace_back(name);
  out.root_runs_first = has("install") || has("postinstall");
  // `npm rebuild` runs every installed package's preinstall/install/postinstall, the root's included.
  out.command = "npm rebuild";
  if (has("prepublish")) out.command += " && npm run prepublish";
  // `npm run prepare` runs preprepare and postprepare around it, as the install does.
  if (has("prepare")) {
    out.command += " && npm run prepare";
  } else {
    for (std::string_view name : {"preprepare", "postprepare"})
      if (has(name)) out.command += " && npm run " + std::string(name);
  }
  return out;
}

std::optional<bool> LockedDependenciesHaveInstallScripts(std::string_view lock) {
  const nlohmann::json doc = nlohmann::json::parse(lock, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return std::nullopt;
  const auto version = doc.find("lockfileVersion");
  const auto packages = doc.find("packages");
  if (version == doc.end() || !version->is_number_integer() || version->get<int>() < 2 || packages == doc.end() ||
      !packages->is_object())
    return std::nullopt;
  for (const auto& [path, entry] : packages->items()) {
    if (path.empty() || !entry.is_object()) continue;  // "" is the root
    if (auto has = entry.find("hasInstallScript"); has != entry.end() && has->is_boolean() && has->get<bool>()) return true;
  }
  return false;
}

bool ShipsNpm6(std::string_view image) {
  const size_t slash = image.rfind('/');
  std::string_view name = slash == std::string_view::npos ? image : image.substr(slash + 1);
  for (std::string_view repo : {"node:", "alpine-node:"}) {
    if (!name.starts_with(repo)) continue;
    int major = 0;
    size_t digits = 0;
    for (char c : name.substr(repo.size())) {
      if (c < '0' || c > '9') break;
      major = major * 10 + (c - '0'), ++digits;
    }
    return digits > 0 && digits < 4 && major < 15;  // node 15 came with npm 7
  }
  return false;
}

}  // namespace dockopt::analysis
