// Where `npm install -g` puts packages after a nodejs package: NodeSource's npm (bundled with its
// nodejs) has node's own prefix, /usr; Debian's and Ubuntu's `npm` package ships a builtin npmrc with
// `prefix=/usr/local` (checked on bookworm: `npm prefix -g` prints /usr/local, and
// /usr/share/nodejs/npm/npmrc says so; its maintainer's npm/npm#12606 of 2016 describes that builtin
// npmrc). Alpine's and Fedora's npm packages set /usr/local too, in releases not told apart here: /usr
// stays their guess, which names system folders the split will not copy.
#include <algorithm>

#include "analysis/base_images.h"
#include "analysis/effects.h"

namespace dockopt::analysis {

void NoteNodeSourceSetup(const Effect& effect, ShellState& state) {
  if (effect.tool == "nodesource setup") state.vars.insert_or_assign(std::string(kNodeSourceRepoKey), effect.manager);
}

void NoteNpmPackage(const Effect& effect, ShellState& state) {
  auto has = [&](std::string_view name) { return std::find(effect.packages.begin(), effect.packages.end(), name) != effect.packages.end(); };
  if (!has("nodejs") && !has("npm") && !has("nodejs-legacy")) return;
  // A node release in /usr/local comes first on PATH.
  if (Var(state, std::string(kNpmPrefixKey), "") == "/usr/local" && Var(state, std::string(kDistributionNpmKey), "").empty()) return;
  // Debian's and Ubuntu's own npm package (no NodeSource repository, whose nodejs would stand in for it),
  // on an image the table knows: another may bring a node of its own whose npm runs first.
  const bool distribution_npm = effect.manager == "apt" && has("npm") &&
                                Var(state, std::string(kNodeSourceRepoKey), "").empty() && LookupBaseImage(state.image).has_value();
  state.vars.insert_or_assign(std::string(kNpmPrefixKey), std::string(distribution_npm ? "/usr/local" : "/usr"));
  if (distribution_npm) state.vars.insert_or_assign(std::string(kDistributionNpmKey), std::string("1"));
  else state.vars.erase(std::string(kDistributionNpmKey));
  // NodeSource's nodejs replaces the distribution's npm; naming `npm` too may pull in Debian's, whose
  // prefix differs, so only a nodejs alone after the setup counts.
  bool nodesource = effect.manager == "apt" && Var(state, std::string(kNodeSourceRepoKey), "") == "apt" && has("nodejs") && !has("npm");
  if (nodesource) state.vars.insert_or_assign(std::string(kNodeSourceNpmKey), std::string("1"));
  else state.vars.erase(std::string(kNodeSourceNpmKey));
}

}  // namespace dockopt::analysis
