// Where `npm install -g` puts packages after a nodejs package: NodeSource's npm (bundled with its
// nodejs) has node's own prefix, /usr; Debian's and Ubuntu's `npm` package ships a builtin npmrc with
// `prefix=/usr/local` (checked on bookworm: `npm prefix -g` prints /usr/local, and
// /usr/share/nodejs/npm/npmrc says so).
#include <algorithm>

#include "analysis/base_images.h"
#include "analysis/effects.h"
#include "analysis/npm_prefix.h"

namespace dockopt::analysis {

void NoteNodeSourceSetup(const Effect& effect, ShellState& state) {
  if (effect.tool == "nodesource setup") state.vars.insert_or_assign(std::string(kNodeSourceRepoKey), effect.manager);
}

void NoteNpmPackage(const Effect& effect, ShellState& state) {
  auto has = [&](std::string_view name) { return std::find(effect.packages.begin(), effect.packages.end(), name) != effect.packages.end(); };
  if (!has("nodejs") && !has("npm") && !has("nodejs-legacy")) return;
  bool nodesource_repo = effect.manager == "apt" && Var(state, std::string(kNodeSourceRepoKey), "") == "apt";
  if (!Var(state, std::string(kDebianNpmKey), "").empty()) {
    if (!nodesource_repo || !has("nodejs")) return;  // Debian's npm stays
    // NodeSource's nodejs conflicts with Debian's npm and replaces it with its own, of prefix /usr.
    state.vars.erase(std::string(kNpmPrefixKey));
    state.vars.erase(std::string(kDebianNpmKey));
  }
  if (Var(state, std::string(kNpmPrefixKey), "") == "/usr/local") return;  // a node release there comes first on PATH
  // Only on an image the table knows: another may bring a node of its own (ibmnode), whose npm comes
  // first on PATH with its own prefix.
  if (effect.manager == "apt" && has("npm") && !nodesource_repo && LookupBaseImage(state.image).has_value()) {
    state.vars.insert_or_assign(std::string(kNpmPrefixKey), std::string("/usr/local"));
    state.vars.insert_or_assign(std::string(kDebianNpmKey), std::string("1"));
    state.vars.erase(std::string(kNodeSourceNpmKey));
    return;
  }
  state.vars.insert_or_assign(std::string(kNpmPrefixKey), std::string("/usr"));
  // NodeSource's nodejs replaces the distribution's npm; naming `npm` too may pull in Debian's, whose
  // prefix differs, so only a nodejs alone after the setup counts.
  bool nodesource = nodesource_repo && has("nodejs") && !has("npm");
  if (nodesource) state.vars.insert_or_assign(std::string(kNodeSourceNpmKey), std::string("1"));
  else state.vars.erase(std::string(kNodeSourceNpmKey));
}

void NoteNpmSelfInstall(const Effect& effect, ShellState& state) {
  if (effect.note != kNpmSelfInstallNote) return;
  state.vars.erase(std::string(kNpmPrefixKey));
  state.vars.erase(std::string(kDebianNpmKey));
}

}  // namespace dockopt::analysis
