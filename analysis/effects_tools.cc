// Single system commands of the long tail whose effect is knowable from their words: package-state
// commands (apt-mark, dpkg, rpm), text filters that only print, patch and the compressors, gpg and
// ssh-keygen keys, services. A shape not listed here stays unknown.
#include <algorithm>

#include "analysis/effect_args.h"
#include "analysis/effects.h"
#include "analysis/paths.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

bool Evaluated(const std::vector<std::string>& paths) {
  return std::none_of(paths.begin(), paths.end(), [](const std::string& p) { return p.find('$') != std::string::npos; });
}

bool AnyOf(const std::vector<std::string>& words, std::initializer_list<std::string_view> flags) {
  return std::any_of(words.begin() + 1, words.end(), [&](const std::string& w) {
    return std::find(flags.begin(), flags.end(), w) != flags.end();
  });
}

Effect Packages(std::string tool, std::string note) {
  Effect effect = MakeEffect(EffectKind::kPackages, std::move(tool), std::move(note));
  effect.manager = "apt";
  return effect;
}

// dpkg: package state (configure, selections), removals, queries. `dpkg -i FILE.deb` is read by
// LocalPackageEffect (effects_localpkg.cc); the shapes it leaves (-R DIR, --root) stay unknown.
std::optional<Effect> Dpkg(const std::vector<std::string>& words) {
  if (AnyOf(words, {"-l", "--list", "-s", "--status", "-L", "--listfiles", "-S", "--search", "--print-architecture",
                    "--get-selections", "--compare-versions", "--version"}))
    return MakeEffect(EffectKind::kNone, "dpkg");
  if (AnyOf(words, {"--configure", "--set-selections", "--clear-avail", "--update-avail"}))
    return Packages("dpkg", "package state");
  if (AnyOf(words, {"-r", "--remove", "-P", "--purge"})) {
    Effect effect = Packages("dpkg --remove", "");
    effect.removal = true;
    for (const std::string& word : ReadArgs(words, 1, {}).operands) effect.packages.push_back(word);
    return effect;
  }
  if (AnyOf(words, {"-i", "--install"}))
    return MakeEffect(EffectKind::kUnknown, "dpkg -i", "installs a package file: its files are named inside the archive");
  return std::nullopt;
}

std::optional<Effect> Rpm(const std::vector<std::string>& words) {
  if (words.size() < 2) return std::nullopt;
  const std::string& mode = words[1];
  if (mode.starts_with("-q") || mode == "-V" || mode == "--verify" || mode == "--checksig" || mode == "-K")
    return MakeEffect(EffectKind::kNone, "rpm");
  Effect effect = MakeEffect(EffectKind::kPackages, "rpm", "package state");
  effect.manager = "rpm";
  if (mode == "--rebuilddb") return effect;
  if (mode == "-e" || mode == "--erase") {
    effect.tool = "rpm -e";
    effect.note.clear();
    effect.removal = true;
    effect.packages = ReadArgs(words, 2, {}).operands;
    return effect;
  }
  return std::nullopt;
}

// gpg: keyrings are the build's (caches); --output names a file; the rest prints.
std::optional<Effect> Gpg(const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"--keyserver", "-o", "--output", "--recv-keys", "--recv-key", "-u", "--local-user",
                                  "-r", "--recipient", "--homedir", "--keyserver-options", "--trust-model"});
  Effect effect = MakeEffect(EffectKind::kFiles, "gpg");
  auto home = state.vars.find("GNUPGHOME");
  std::string keyring = args.Value({"--homedir"}).value_or(home != state.vars.end() ? home->second : Join(state.home, ".gnupg"));
  if (std::optional<std::string> out = args.Value({"-o", "--output"})) effect.writes = {Join(state.cwd, *out)};
  else if (args.Has("--verify") || args.Has("--dearmor") || args.Has("--enarmor") || args.Has("--export") ||
           args.Has("-a") || args.Has("--armor") || args.Has("--list-keys") || args.Has("--fingerprint") ||
           args.Has("--batch") || args.Has("--print-md"))
    effect.kind = EffectKind::kNone;
  if (args.Has("--import") || args.Has("--recv-keys") || args.Has("--recv-key") || args.Has("--fetch-keys") ||
      args.Has("--keyserver")) {
    effect.kind = EffectKind::kFiles;
    effect.caches = {Join(state.cwd, keyring)};
  }
  if (effect.kind == EffectKind::kFiles && effect.writes.empty() && effect.caches.empty()) return std::nullopt;
  if (!Evaluated(effect.writes) || !Evaluated(effect.caches)) return std::nullopt;
  return effect;
}

std::optional<Effect> SshKeygen(const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"-f", "-t", "-b", "-N", "-C", "-P", "-m"});
  Effect effect = MakeEffect(EffectKind::kFiles, "ssh-keygen");
  if (args.Has("-A")) {
    effect.writes = {"/etc/ssh"};  // the host keys the sshd package's configuration names
  } else if (std::optional<std::string> file = args.Value({"-f"})) {
    std::string path = Join(state.cwd, *file);
    effect.writes = {path, path + ".pub"};
  } else {
    return std::nullopt;
  }
  if (!Evaluated(effect.writes)) return std::nullopt;
  return effect;
}

// patch: -pN paths are relative to the folder it runs in (GNU patch refuses absolute and `..` names),
// so it edits files of that tree; `patch FILE [PATCH]` edits FILE.
std::optional<Effect> Patch(const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"-p", "-d", "--directory", "-i", "--input", "-o", "--output", "-F", "--fuzz", "-B", "-z"});
  std::string dir = Join(state.cwd, args.Value({"-d", "--directory"}).value_or("."));
  Effect effect = MakeEffect(EffectKind::kFiles, "patch");
  if (std::optional<std::string> out = args.Value({"-o", "--output"})) effect.writes = {Join(dir, *out)};
  else if (!args.operands.empty()) effect.writes = {Join(dir, args.operands.front())};
  else effect.writes = {dir};
  if (args.operands.size() == 2) effect.reads = {Join(dir, args.operands[1])};
  if (!Evaluated(effect.writes) || effect.writes.front() == "/") return std::nullopt;
  return effect;
}

// gzip/bzip2/xz and their -d forms: FILE becomes FILE.gz or back; -c and the *cat tools only print.
std::optional<Effect> Compressor(std::string_view tool, const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"-S", "--suffix"});
  auto flag = [&](char c, std::string_view name) {
    return args.Has(name) || std::any_of(args.options.begin(), args.options.end(), [&](const auto& o) {
             return !o.first.starts_with("--") && o.first.find(c) != std::string::npos;
           });
  };
  bool cat = tool == "zcat" || tool == "bzcat" || tool == "xzcat" || flag('c', "--stdout") || flag('t', "--test") ||
             flag('l', "--list");
  if (cat || args.operands.empty()) return MakeEffect(EffectKind::kNone, std::string(tool));
  bool decompress = tool == "gunzip" || tool == "bunzip2" || tool == "unxz" || flag('d', "--decompress");
  std::string_view suffix = tool.starts_with("bz") || tool == "bunzip2" ? ".bz2" : tool.starts_with("xz") || tool == "unxz" ? ".xz" : ".gz";
  Effect effect = MakeEffect(EffectKind::kFiles, std::string(tool));
  for (const std::string& file : args.operands) {
    std::string path = Join(state.cwd, file);
    if (HasGlob(file)) {
      effect.writes.push_back(path.substr(0, path.rfind('/', path.find_first_of("*?["))));  // somewhere in that folder
      continue;
    }
    if (decompress && !file.ends_with(suffix)) return std::nullopt;
    effect.writes.push_back(decompress ? path.substr(0, path.size() - suffix.size()) : path + std::string(suffix));
    if (!flag('k', "--keep")) effect.removes.push_back(path);
  }
  if (!Evaluated(effect.writes) || std::find(effect.writes.begin(), effect.writes.end(), "") != effect.writes.end())
    return std::nullopt;
  return effect;
}

// sed and perl as filters (no -i): they read files and print; a redirection is their only write.
std::optional<Effect> Filter(std::string_view tool, const std::vector<std::string>& words, const ShellState& state) {
  bool in_place = std::any_of(words.begin() + 1, words.end(), [](const std::string& w) {
    return w == "--in-place" || (w.starts_with("-") && !w.starts_with("--") && w.find('i') != std::string::npos);
  });
  if (tool == "sed") return in_place ? std::nullopt : std::optional<Effect>(MakeEffect(EffectKind::kNone, "sed"));
  // perl -p/-n with an expression that runs nothing and opens nothing.
  bool loop = std::any_of(words.begin() + 1, words.end(), [](const std::string& w) {
    return w.starts_with("-") && !w.starts_with("--") && (w.find('p') != std::string::npos || w.find('n') != std::string::npos);
  });
  auto script = std::find_if(words.begin() + 1, words.end(), [](const std::string& w) { return w.starts_with("-") && w.ends_with("e"); });
  if (!loop || script == words.end() || script + 1 == words.end()) return std::nullopt;
  const std::string& code = *(script + 1);
  for (std::string_view risky : {"system", "open", "unlink", "exec", "`", "qx", "rename", "mkdir", "glob", "require", "use "})
    if (code.find(risky) != std::string::npos) return std::nullopt;
  if (!in_place) return MakeEffect(EffectKind::kNone, "perl -pe");
  Effect effect = MakeEffect(EffectKind::kFiles, "perl -pi");
  for (auto it = script + 2; it != words.end(); ++it) effect.writes.push_back(Join(state.cwd, *it));
  if (effect.writes.empty() || !Evaluated(effect.writes)) return std::nullopt;
  return effect;
}

}  // namespace

std::optional<Effect> ToolEffect(const std::vector<std::string>& words, const ShellState& state) {
  std::string_view tool = shell::CanonicalTool(words[0]);
  // Shell settings of the RUN's own shell and page-cache flushes: nothing lasts.
  if (tool == "ulimit" || tool == "alias" || tool == "unalias" || tool == "sync" || tool == "locale" ||
      tool == "printenv" || tool == "dpkg-query" || tool == "dpkg-architecture" || tool == "ssh-keyscan" ||
      tool == "ctest" || (tool == "hostname" && words.size() == 1))
    return MakeEffect(EffectKind::kNone, std::string(tool));
  // `-v` is verbose for shells and some interpreters, which then read a script from their input.
  bool verbose = words.size() == 2 && words[1] == "-v" &&
                 (tool == "sh" || tool == "bash" || tool == "zsh" || tool == "dash" || tool == "ash" || tool == "ksh" ||
                  tool == "ruby" || tool == "python" || tool == "tar" || tool == "cp" || tool == "mv" || tool == "rm");
  if (words.size() == 2 && (words[1] == "--version" || words[1] == "-version" || words[1] == "-V" || words[1] == "-v") &&
      !verbose)
    return MakeEffect(EffectKind::kNone, std::string(tool), "prints its version");
  if (tool == "apt-mark") {
    if (words.size() > 1 && (words[1].starts_with("show") || words[1] == "list")) return MakeEffect(EffectKind::kNone, "apt-mark");
    return Packages("apt-mark", "package state");  // production installs its packages afresh
  }
  if (tool == "dpkg-divert") {
    // The diversion is recorded in dpkg's database; --rename moves the file aside.
    Args args = ReadArgs(words, 1, {"--divert", "--package", "--admindir", "--root"});
    Effect effect = MakeEffect(EffectKind::kFiles, "dpkg-divert");
    if (args.Has("--rename") && !args.operands.empty()) {
      std::string path = Join("/", args.operands.back());
      effect.writes = {args.Value({"--divert"}).value_or(path + ".distrib")};
      effect.removes = {path};
    }
    if (!Evaluated(effect.writes) || !Evaluated(effect.removes)) return std::nullopt;
    return effect;
  }
  if (tool == "dpkg") return Dpkg(words);
  if (tool == "rpm") return Rpm(words);
  if (tool == "gpg" || tool == "gpg2") return Gpg(words, state);
  if (tool == "ssh-keygen") return SshKeygen(words, state);
  if (tool == "patch") return Patch(words, state);
  if (tool == "gzip" || tool == "gunzip" || tool == "zcat" || tool == "bzip2" || tool == "bunzip2" || tool == "bzcat" ||
      tool == "xz" || tool == "unxz" || tool == "xzcat")
    return Compressor(tool, words, state);
  if (tool == "sed" || tool == "perl") return Filter(tool, words, state);
  if (tool == "chsh") return MakeEffect(EffectKind::kUsers, "chsh");
  if (tool == "libtool" && words.size() == 3 && words[1] == "--finish") {
    Effect effect = MakeEffect(EffectKind::kFiles, "libtool --finish");
    effect.writes = {"/etc/ld.so.cache"};  // it runs ldconfig on the folder
    return effect;
  }
  if (tool == "service" && words.size() >= 3) {
    // A daemon started for the build (a database seeded, then stopped with the build's shell): what
    // it writes while running is its runtime state, which the running container makes afresh.
    return MakeEffect(EffectKind::kNone, "service " + words[2], "runs the service '" + words[1] + "' during the build only");
  }
  if (tool == "apt-file" || (tool == "bower" && words.size() >= 2 && words[1] == "cache"))
    return MakeEffect(EffectKind::kNone, std::string(tool), "its own cache only");
  if (tool == "gpasswd") return MakeEffect(EffectKind::kUsers, "gpasswd");
  if ((tool == "setcap" && words.size() == 3) || (tool == "truncate" && words.size() >= 4 && words[1] == "-s")) {
    Effect effect = MakeEffect(EffectKind::kFiles, std::string(tool));
    for (size_t i = tool == "setcap" ? 2 : 3; i < words.size(); ++i) effect.writes.push_back(Join(state.cwd, words[i]));
    if (!Evaluated(effect.writes)) return std::nullopt;
    return effect;
  }
  if (tool == "createrepo" && words.size() >= 2) {
    Effect effect = MakeEffect(EffectKind::kFiles, "createrepo");
    effect.writes = {Join(Join(state.cwd, words.back()), "repodata")};
    if (!Evaluated(effect.writes)) return std::nullopt;
    return effect;
  }
  if (tool == "dpkg-buildpackage") {
    // The packages land next to the source folder; the build writes inside it.
    Effect effect = MakeEffect(EffectKind::kBuild, "dpkg-buildpackage");
    effect.compiles = true;
    effect.writes = {state.cwd == "/" ? "/" : state.cwd.substr(0, std::max<size_t>(1, state.cwd.rfind('/')))};
    return effect;
  }
  if (tool == "rpmbuild") {
    Effect effect = MakeEffect(EffectKind::kBuild, "rpmbuild");
    effect.compiles = true;
    effect.writes = {Join(state.home, "rpmbuild")};
    return effect;
  }
  if ((tool == "7z" || tool == "7zr" || tool == "7za") && words.size() >= 3 && (words[1] == "x" || words[1] == "e")) {
    Effect effect = MakeEffect(EffectKind::kFiles, std::string(tool));
    std::string dir = ".";
    for (const std::string& word : words)
      if (word.starts_with("-o")) dir = word.substr(2);
    effect.writes = {Join(state.cwd, dir)};
    if (!Evaluated(effect.writes)) return std::nullopt;
    return effect;
  }
  if (tool == "bsdtar" && words.size() >= 3) {
    Args args = ReadArgs(words, 1, {"-C", "-f"});
    std::optional<std::string> dir = args.Value({"-C"});
    bool extract = std::any_of(words.begin() + 1, words.end(), [](const std::string& w) { return w.starts_with("-x") || w == "x"; });
    if (!extract || !dir || dir->find('$') != std::string::npos) return std::nullopt;
    Effect effect = MakeEffect(EffectKind::kFiles, "bsdtar");
    effect.writes = {Join(state.cwd, *dir)};
    return effect;
  }
  if (tool == "systemctl" && words.size() >= 3 &&
      (words[1] == "enable" || words[1] == "disable" || words[1] == "mask" || words[1] == "unmask")) {
    Effect effect = MakeEffect(EffectKind::kFiles, "systemctl " + words[1]);
    effect.writes = {"/etc/systemd/system"};  // the unit links
    return effect;
  }
  return std::nullopt;
}

}  // namespace dockopt::analysis
