// The official node release tarball unpacked by hand (`tar -xzf node-v8.9.4-linux-x64.tar.gz -C /usr/local
// --strip-components=1`, as the official node image's own Dockerfile does): where npm's global prefix is.
// The tarball (nodejs.org/dist/vVERSION/node-vVERSION-linux-ARCH.tar.gz or .tar.xz) holds one folder with
// bin/node, bin/npm and lib/node_modules/npm, so stripping that folder puts node at DIR/bin/node. npm's
// global prefix defaults to the folder above the running node's bin/ (npm config's `prefix`), so
// `npm install -g X` then writes DIR/lib/node_modules and DIR/bin. nvm installs the same tree at
// $NVM_DIR/versions/node/vVERSION.
#include "analysis/effects.h"
#include "analysis/paths.h"

namespace dockopt::analysis {
namespace {

constexpr std::string_view kNodeReleaseKey = "dockopt.node-release";  // DIR of the last unpacked release

// The release's file name, whatever the version and architecture (a variable there changes neither
// the layout nor the prefix); the path of a URL or of the image.
bool NodeReleaseName(std::string_view archive) {
  std::string_view name = archive.substr(archive.rfind('/') == std::string_view::npos ? 0 : archive.rfind('/') + 1);
  size_t linux = name.find("-linux-");
  return name.starts_with("node-v") && linux != std::string_view::npos && linux > 6 &&
         (name.ends_with(".tar.gz") || name.ends_with(".tar.xz"));
}

// The first PATH entry, without a trailing slash; "" when PATH is not set in the stage or the entry
// holds something dockopt cannot evaluate.
std::string FirstPathEntry(const ShellState& state) {
  std::string path = Var(state, "PATH", "");
  std::optional<std::string> first = ExpandShell(std::string_view(path).substr(0, path.find(':')), state);
  if (!first || first->find('$') != std::string::npos) return "";
  while (first->size() > 1 && first->ends_with("/")) first->pop_back();
  return *first;
}

}  // namespace

void NoteNodeRelease(const std::vector<std::string>& words, std::string_view archive, ShellState& state) {
  if (archive.empty() || !NodeReleaseName(archive)) return;
  std::string dir = TarStripOneInto(words, state);
  if (dir.empty()) return;
  NoteNodeInstalledAt(dir, state);
  // /usr/local/bin comes first on the default PATH (before /usr/bin of a distribution's nodejs): the
  // npm that runs from here on is this node's, as it is on the node images.
  if (dir == "/usr/local") state.vars.insert_or_assign(std::string(kNpmPrefixKey), dir);
}

void NoteNodeInstalledAt(const std::string& dir, ShellState& state) {
  state.vars.insert_or_assign(std::string(kNodeReleaseKey), dir);
}

std::optional<std::string> NodeReleasePrefix(const ShellState& state) {
  std::string dir = Var(state, std::string(kNodeReleaseKey), "");
  // Elsewhere than /usr/local, only when the stage put the release's bin/ first on PATH: then no other
  // node can run npm.
  if (dir.empty() || FirstPathEntry(state) != Join(dir, "bin")) return std::nullopt;
  return dir;
}

}  // namespace dockopt::analysis
