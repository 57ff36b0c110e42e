// Installs of package files rather than repository names: `dpkg -i x.deb`, `gdebi -n x.deb`,
// `apt-get install ./x.deb`, `rpm -ivh FILE-or-URL`, `yum install URL.rpm`, `yum localinstall`,
// `alien -i x.rpm`. The files' contents go to system paths, as any package's do; the package's name
// is known only when the file name follows its format's naming convention.
#include <algorithm>

#include "analysis/effect_args.h"
#include "analysis/effects.h"
#include "analysis/paths.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

bool IsUrl(std::string_view word) { return word.find("://") != std::string_view::npos; }

bool Digit(char c) { return c >= '0' && c <= '9'; }

std::string_view BaseName(std::string_view file) { return file.substr(file.rfind('/') + 1); }

// A package file the tool installs: a .deb for the apt family, an .rpm (or any URL) for the rpm family.
bool PackageFileOperand(std::string_view word, bool rpm) {
  return rpm ? word.ends_with(".rpm") || IsUrl(word) : word.ends_with(".deb");
}

// The files and the repository names among an install's operands.
struct Operands {
  std::vector<std::string> files, names;
};
// `files_only`: the tool takes no repository names, so a word it cannot evaluate is a file too.
Operands SplitOperands(const std::vector<std::string>& operands, bool rpm, bool files_only, const ShellState& state) {
  Operands out;
  for (const std::string& word : operands) {
    bool unevaluated = files_only && word.find('$') != std::string::npos;
    if (!PackageFileOperand(word, rpm) && !unevaluated) out.names.push_back(word);
    else out.files.push_back(IsUrl(word) ? word : Join(state.cwd, word));
  }
  return out;
}

Effect Install(std::string tool, std::string manager, Operands operands) {
  Effect effect = MakeEffect(EffectKind::kPackages, std::move(tool));
  effect.manager = std::move(manager);
  effect.packages = std::move(operands.names);
  effect.package_files = std::move(operands.files);
  for (const std::string& file : effect.package_files) {
    if (!IsUrl(file)) effect.reads.push_back(file);
    if (IsRepositoryPackage(file)) {
      effect.note = "repository";  // its files configure where later installs come from
      const char* dirs[] = {"/etc/apt"};
      const char* rpm_dirs[] = {"/etc/yum.repos.d", "/etc/pki/rpm-gpg"};
      if (effect.manager == "apt") effect.writes.insert(effect.writes.end(), std::begin(dirs), std::end(dirs));
      else effect.writes.insert(effect.writes.end(), std::begin(rpm_dirs), std::end(rpm_dirs));
    }
  }
  return effect;
}

Effect Unreadable(std::string tool) {
  return MakeEffect(EffectKind::kUnknown, std::move(tool), "installs a package file whose name dockopt cannot evaluate");
}

bool Evaluated(const Effect& effect) {
  return std::none_of(effect.package_files.begin(), effect.package_files.end(),
                      [](const std::string& f) { return f.find('$') != std::string::npos || f.find('`') != std::string::npos; });
}

}  // namespace

bool IsRepositoryPackage(std::string_view file) {
  std::string_view name = BaseName(file);
  if (name.starts_with("epel-release")) return true;
  for (std::string_view marker : {"-release-", "-release.", "-release_", "-repo-", "-repo.", "-repo_", "-repos-", "-repos."})
    if (name.find(marker) != std::string_view::npos) return true;
  return false;
}

std::string PackageNameOfFile(std::string_view file) {
  std::string_view name = BaseName(file);
  if (name.ends_with(".deb")) {
    // Debian's NAME_VERSION_ARCH.deb (dpkg-name): the version starts with a digit or an epoch.
    size_t first = name.find('_');
    if (first == std::string_view::npos || first == 0 || name.find('_', first + 1) == std::string_view::npos) return "";
    if (first + 1 >= name.size() || !Digit(name[first + 1])) return "";
    return std::string(name.substr(0, first));
  }
  if (!name.ends_with(".rpm")) return "";
  // RPM's NAME-VERSION-RELEASE.ARCH.rpm: strip the arch, then the release and the version.
  name.remove_suffix(4);
  size_t arch = name.rfind('.');
  if (arch == std::string_view::npos) return "";
  std::string_view suffix = name.substr(arch + 1);
  if (suffix != "noarch" && suffix != "x86_64" && suffix != "i686" && suffix != "i386" && suffix != "aarch64" &&
      suffix != "ppc64le" && suffix != "s390x" && suffix != "armv7hl")
    return "";
  name = name.substr(0, arch);
  size_t release = name.rfind('-');
  if (release == std::string_view::npos) return "";
  size_t version = name.rfind('-', release - 1);
  if (version == std::string_view::npos || version == 0 || !Digit(name[version + 1])) return "";
  return std::string(name.substr(0, version));
}

std::optional<Effect> LocalPackageEffect(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() < 2) return std::nullopt;
  std::string_view tool = shell::CanonicalTool(words[0]);
  std::optional<Effect> effect;
  if (tool == "dpkg-deb") {
    // `dpkg-deb --build DIR [FILE]` makes a package file: FILE, or DIR.deb beside the folder.
    Args args = ReadArgs(words, 1, {"-Z", "-z", "--root-owner-group"});
    if ((!args.Has("-b") && !args.Has("--build")) || args.operands.empty() || args.operands.size() > 2) return std::nullopt;
    std::string dir = Join(state.cwd, args.operands[0]);
    Effect build = MakeEffect(EffectKind::kFiles, "dpkg-deb --build");
    build.reads = {dir};
    build.writes = {args.operands.size() == 2 ? Join(state.cwd, args.operands[1]) : dir + ".deb"};
    if (args.operands.size() == 2 && args.operands[1].ends_with("/")) return std::nullopt;  // a name dpkg-deb picks
    if (build.writes[0].find('$') != std::string::npos || dir.find('$') != std::string::npos) return std::nullopt;
    return build;
  }
  if (tool == "dpkg") {
    Args args = ReadArgs(words, 1, {"--admindir", "--root", "--instdir"});
    if (!args.Has("-i") && !args.Has("--install")) return std::nullopt;
    if (args.Has("-R") || args.Has("--recursive") || args.Has("--root") || args.Has("--instdir")) return std::nullopt;
    Operands operands = SplitOperands(args.operands, false, true, state);
    if (!operands.names.empty() || operands.files.empty()) return std::nullopt;  // dpkg -i takes files only
    effect = Install("dpkg -i", "apt", std::move(operands));
  } else if (tool == "gdebi") {
    Args args = ReadArgs(words, 1, {"-o", "--option", "--root"});
    Operands operands = SplitOperands(args.operands, false, true, state);
    if (args.Has("--root") || !operands.names.empty() || operands.files.size() != 1) return std::nullopt;
    effect = Install("gdebi", "apt", std::move(operands));
  } else if (tool == "apt-get" || tool == "apt") {
    Args args = ReadArgs(words, 1, {"-o", "-t", "-c", "--target-release", "--default-release"});
    if (args.operands.empty() || args.operands.front() != "install") return std::nullopt;
    Operands operands = SplitOperands({args.operands.begin() + 1, args.operands.end()}, false, false, state);
    if (operands.files.empty()) return std::nullopt;  // a plain install: PackageEffect reads it
    effect = Install(std::string(tool) + " install", "apt", std::move(operands));
  } else if (tool == "rpm") {
    const std::string& mode = words[1];
    bool install = mode == "--install" || mode == "--upgrade" || mode == "--freshen" ||
                   (mode.starts_with("-") && !mode.starts_with("--") &&
                    (mode[1] == 'i' || mode[1] == 'U' || mode[1] == 'F') && mode.find_first_not_of("-iUFvh") == std::string::npos);
    if (!install) return std::nullopt;
    Args args = ReadArgs(words, 1, {"--root", "--dbpath", "--prefix", "--relocate", "--excludepath"});
    if (args.Has("--root") || args.Has("--dbpath") || args.Has("--prefix") || args.Has("--relocate")) return std::nullopt;
    Operands operands = SplitOperands(args.operands, true, true, state);
    if (!operands.names.empty() || operands.files.empty()) return std::nullopt;
    effect = Install("rpm -i", "rpm", std::move(operands));
  } else if (tool == "yum" || tool == "dnf") {
    Args args = ReadArgs(words, 1, {"--setopt", "--enablerepo", "--disablerepo", "-c", "--installroot", "--releasever"});
    if (args.operands.empty() || args.Has("--installroot")) return std::nullopt;
    std::string sub = args.operands.front();
    if (sub != "install" && sub != "localinstall" && sub != "reinstall") return std::nullopt;
    Operands operands = SplitOperands({args.operands.begin() + 1, args.operands.end()}, true, false, state);
    if (operands.files.empty()) return std::nullopt;  // a plain install: PackageEffect reads it
    effect = Install(std::string(tool) + " " + sub, "rpm", std::move(operands));
  } else if (tool == "alien") {
    Args args = ReadArgs(words, 1, {"--target", "-c", "--version", "--bump"});
    if (!args.Has("-i") && !args.Has("--install")) return std::nullopt;
    Operands operands = SplitOperands(args.operands, true, true, state);
    if (!operands.names.empty() || operands.files.empty()) return std::nullopt;
    effect = Install("alien -i", "apt", std::move(operands));
    effect->note = "converts the rpm to a deb and installs it";
  }
  if (!effect) return std::nullopt;
  if (!Evaluated(*effect)) return Unreadable(effect->tool);
  return effect;
}

}  // namespace dockopt::analysis
