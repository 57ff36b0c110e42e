// File commands: cp, mv, ln, mkdir, rm, chmod/chown, touch, tar, unzip, curl/wget downloads, sed -i,
// and the few system commands whose output place is fixed (update-ca-certificates, ldconfig).
#include <fmt/core.h>

#include <algorithm>

#include "analysis/effect_args.h"
#include "analysis/effects.h"
#include "analysis/paths.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

std::string Base(std::string_view path) {
  while (path.size() > 1 && path.ends_with("/")) path.remove_suffix(1);
  size_t slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

bool Evaluated(const std::vector<std::string>& paths) {
  return std::none_of(paths.begin(), paths.end(), [](const std::string& p) { return p.find('$') != std::string::npos; });
}

Effect Files(std::string tool) { return MakeEffect(EffectKind::kFiles, std::move(tool)); }

// Folders every Linux base image has: `mv tool /usr/bin` moves into them, never onto them. Unless told
// to treat DEST as a file (-T; ln -n, which replaces a symlink such as a merged-usr /bin itself).
constexpr std::string_view kStandardFolders[] = {"/bin", "/sbin", "/lib", "/etc", "/tmp", "/root", "/home", "/usr/bin",
                                                 "/usr/sbin", "/usr/lib", "/usr/share", "/usr/local/bin"};
bool IntoStandardFolder(std::string_view tool, const Args& args, std::string_view dest) {
  if (std::find(std::begin(kStandardFolders), std::end(kStandardFolders), dest) == std::end(kStandardFolders)) return false;
  return std::none_of(args.options.begin(), args.options.end(), [&](const auto& option) {
    const std::string& name = option.first;
    if (name == "--no-target-directory" || name == "--no-dereference") return true;
    bool letters = !name.starts_with("--");
    return letters && (name.find('T') != std::string::npos || (tool == "ln" && name.find('n') != std::string::npos));
  });
}

// cp/mv/ln SRC... DEST: DEST itself, or DEST/<name> for each source when DEST is a directory.
// install(1) copies like cp; its -m/-o/-g take values, and `install -d DIR...` only makes folders.
std::optional<Effect> CopyLike(std::string_view tool, const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"-t", "--target-directory", "-S", "--suffix", "-m", "--mode", "-o", "--owner", "-g", "--group"});
  if (shell::CanonicalTool(words[0]) == "install" && (args.Has("-d") || args.Has("--directory"))) {
    Effect effect = Files("install -d");
    for (const std::string& dir : args.operands) effect.writes.push_back(Join(state.cwd, dir));
    if (effect.writes.empty() || !Evaluated(effect.writes)) return std::nullopt;
    return effect;
  }
  std::vector<std::string> ops = args.operands;
  std::optional<std::string> into = args.Value({"-t", "--target-directory"});
  if (ops.empty() || (!into && ops.size() < 2)) return std::nullopt;
  Effect effect = Files(std::string(tool));
  std::string dest = into ? *into : ops.back();
  if (!into) ops.pop_back();
  bool dir = into || ops.size() > 1 || dest.ends_with("/") || IntoStandardFolder(tool, args, Join(state.cwd, dest));
  for (const std::string& source : ops) {
    std::string from = Join(state.cwd, source);
    if (tool != "ln") effect.reads.push_back(from);
    if (tool == "mv") effect.removes.push_back(from);
    effect.writes.push_back(dir ? Join(Join(state.cwd, dest), Base(source)) : Join(state.cwd, dest));
    if (tool == "ln" && !dest.starts_with("/")) effect.reads.push_back(Join(state.cwd, source));
  }
  // A symlink only stores its target's text: `ln -sf /usr/share/zoneinfo/$TZ /etc/localtime` writes
  // /etc/localtime whatever $TZ holds, so ln needs only the paths it reads and writes named.
  bool named = tool == "ln" ? Evaluated(effect.writes) && Evaluated(effect.reads) : Evaluated(ops) && Evaluated({dest});
  if (!named) return std::nullopt;
  return effect;
}

// chmod MODE FILE..., chown OWNER FILE..., touch FILE..., mkdir DIR..., rm PATH...
std::optional<Effect> OnOperands(std::string_view tool, const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"-m", "--mode", "--reference"});
  std::vector<std::string> ops = args.operands;
  if ((tool == "chmod" || tool == "chown" || tool == "chgrp") && !ops.empty()) ops.erase(ops.begin());
  if (!Evaluated(ops)) return std::nullopt;
  Effect effect = Files(std::string(tool));
  for (const std::string& op : ops) (tool == "rm" || tool == "rmdir" ? effect.removes : effect.writes).push_back(Join(state.cwd, op));
  return effect;
}

// The paths the members named on an extracting tar's command line land at, after --strip-components;
// empty when it extracts everything or names them by pattern.
std::vector<std::string> NamedMembers(const Args& args, const std::string& dir) {
  if (args.Has("--wildcards") || args.Has("-T") || args.Has("--files-from") || args.Has("-X")) return {};
  int strip = 0;
  if (std::optional<std::string> n = args.Value({"--strip-components"})) {
    if (n->empty() || n->size() > 2 || n->find_first_not_of("0123456789") != std::string::npos) return {};
    strip = std::stoi(*n);
  }
  std::vector<std::string> out;
  for (std::string member : args.operands) {
    if (member.empty() || member.starts_with("/") || HasGlob(member) || member.find('$') != std::string::npos) return {};
    for (int c = 0; c < strip; ++c) {
      size_t slash = member.find('/');
      if (slash == std::string::npos || slash + 1 >= member.size()) return {};  // stripped away whole
      member.erase(0, slash + 1);
    }
    out.push_back(Join(dir, member));
  }
  return out;
}

// GNU tar takes any unambiguous start of a long option: `--strip 1` is `--strip-components 1` (the
// official node image's Dockerfile wrote it so). "--strip" is the shortest start no other option shares.
std::string LongTarOption(const std::string& word) {
  constexpr std::string_view kStrip = "--strip-components";
  std::string_view name = std::string_view(word).substr(0, word.find('='));
  if (name.size() < 7 || !kStrip.starts_with(name)) return word;
  return std::string(kStrip) + word.substr(name.size());
}

// tar's words with its short options one per word and each value beside its letter: the old style
// (`tar xzfC x.tgz /opt`: values in letter order) and bundles (`-zxC /opt`, `-xfx.tar`).
std::vector<std::string> UnbundledTarWords(const std::vector<std::string>& words) {
  constexpr std::string_view kValued = "bCfFgHIKLNTVX";
  std::vector<std::string> out = {words[0]};
  size_t next = 1;
  auto bundle = [&](std::string_view letters, bool old_style) {
    for (size_t l = 0; l < letters.size(); ++l) {
      out.push_back(std::string("-") + letters[l]);
      if (kValued.find(letters[l]) == std::string_view::npos) continue;
      if (!old_style && l + 1 < letters.size()) {  // -fFILE: the rest of the word
        out.emplace_back(letters.substr(l + 1));
        return;
      }
      if (next < words.size()) out.push_back(words[next++]);
    }
  };
  if (words.size() > 1 && !words[1].starts_with("-")) {
    next = 2;
    bundle(words[1], true);
  }
  while (next < words.size()) {
    const std::string& word = words[next++];
    if (word.size() > 2 && word[0] == '-' && word[1] != '-') bundle(std::string_view(word).substr(1), false);
    else out.push_back(LongTarOption(word));
  }
  return out;
}

// tar -x writes its -C folder, or only the members it names there (`tar -xz -C /usr/bin caddy`).
std::optional<Effect> Tar(const std::vector<std::string>& given, const ShellState& state) {
  if (given.size() < 2) return std::nullopt;
  std::vector<std::string> words = UnbundledTarWords(given);
  Args args = ReadArgs(words, 1, {"-C", "--directory", "-f", "--file", "--exclude", "--strip-components", "-T", "-b",
                                  "-F", "-g", "-H", "-I", "-K", "-L", "-N", "-V", "-X"});
  bool extract = args.Has("-x") || args.Has("--extract") || args.Has("--get");
  bool create = args.Has("-c") || args.Has("--create");
  std::optional<std::string> file = args.Value({"-f", "--file"});
  Effect effect = Files("tar");
  if (extract) {
    std::string dir = Join(state.cwd, args.Value({"-C", "--directory"}).value_or("."));
    if (dir.find('$') != std::string::npos) return std::nullopt;
    effect.writes = {dir};
    if (std::vector<std::string> members = NamedMembers(args, dir); !members.empty()) effect.writes = members;
    if (file && *file != "-") effect.reads = {Join(state.cwd, *file)};
  } else if (create && file) {
    effect.writes = {Join(state.cwd, *file)};
  } else {
    return std::nullopt;
  }
  return effect;
}

}  // namespace

std::string TarStripOneInto(const std::vector<std::string>& given, const ShellState& state) {
  if (given.size() < 2 || shell::CanonicalTool(given[0]) != "tar") return "";
  std::vector<std::string> words = UnbundledTarWords(given);
  Args args = ReadArgs(words, 1, {"-C", "--directory", "-f", "--file", "--exclude", "--strip-components", "-T", "-b",
                                  "-F", "-g", "-H", "-I", "-K", "-L", "-N", "-V", "-X"});
  bool extract = args.Has("-x") || args.Has("--extract") || args.Has("--get");
  if (!extract || args.Value({"--strip-components"}) != "1" || !args.operands.empty() || args.Has("--exclude") ||
      args.Has("-T") || args.Has("--files-from") || args.Has("-X"))
    return "";
  std::string dir = Join(state.cwd, args.Value({"-C", "--directory"}).value_or("."));
  return dir.find('$') == std::string::npos ? dir : "";
}

namespace {

// sed's in-place switch: -i[SUFFIX], --in-place[=SUFFIX], or an i in a bundle of flags (-ri, -Ei).
bool InPlace(const std::string& word) {
  if (word.starts_with("-i") || word.starts_with("--in-place")) return true;
  if (word.size() < 3 || word[0] != '-' || word[1] == '-') return false;
  size_t i = word.find('i');
  // every letter before the i a flag without a value (a bundle like -ne'...' is a script)
  return i != std::string::npos && word.substr(1, i - 1).find_first_not_of("rEsnuz") == std::string::npos;
}

// For a glob in the last component only (`/etc/apache2/sites-available/*.conf`) the folder the
// matches lie in; any other path as it is (a glob higher up stays a pattern, as the planner reads it).
std::string GlobFolder(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string folder = slash == 0 ? "/" : path.substr(0, slash);
  if (!HasGlob(path) || HasGlob(folder) || path[slash + 1] == '.') return path;
  return folder;
}

// curl's short flags bundled (`-fsSLo FILE`, `-sLO`) as one word each, so the output option is seen.
std::vector<std::string> UnbundledCurlFlags(const std::vector<std::string>& words) {
  constexpr std::string_view kFlags = "fsSLkvIiNgqJ";
  std::vector<std::string> out;
  for (const std::string& word : words) {
    std::string_view letters = std::string_view(word).substr(std::min<size_t>(1, word.size()));
    bool bundle = word.size() > 2 && word[0] == '-' && word[1] != '-' &&
                  letters.substr(0, letters.size() - 1).find_first_not_of(kFlags) == std::string_view::npos &&
                  (kFlags.find(letters.back()) != std::string_view::npos || letters.back() == 'o' || letters.back() == 'O');
    if (!bundle) {
      out.push_back(word);
      continue;
    }
    for (char letter : letters) out.push_back(std::string("-") + letter);
  }
  return out;
}

// wget's short flags bundled with its output option: `-qO-` is `-q -O-` (standard output), `-qO /x` is
// `-q -O /x`. Only single-letter flags are split off: `-nv` and `-nc` are options of their own.
std::vector<std::string> UnbundledWgetFlags(const std::vector<std::string>& words) {
  constexpr std::string_view kFlags = "qcvNSk";
  std::vector<std::string> out;
  for (const std::string& word : words) {
    size_t valued = word.find_first_of("OP", 1);
    bool bundle = word.size() > 2 && word[0] == '-' && word[1] != '-' && valued != std::string::npos && valued > 1 &&
                  std::string_view(word).substr(1, valued - 1).find_first_not_of(kFlags) == std::string_view::npos;
    if (!bundle) {
      out.push_back(word);
      continue;
    }
    // Appends, not `"-" + word.substr(...)`: GCC 12's -O3 reports a false -Wrestrict inside operator+.
    for (size_t i = 1; i < valued; ++i) out.push_back(std::string{'-', word[i]});
    out.push_back(fmt::format("-{}", std::string_view(word).substr(valued)));
  }
  return out;
}

std::optional<Effect> Download(std::string_view tool, const std::vector<std::string>& given, const ShellState& state) {
  std::vector<std::string> words = tool == "curl" ? UnbundledCurlFlags(given) : UnbundledWgetFlags(given);
  Args args = tool == "curl" ? ReadArgs(words, 1, {"-o", "--output", "-H", "--header", "-u", "--user", "-d", "--data",
                                                   "-X", "--request", "-A", "-e", "--retry", "-m", "--max-time",
                                                   "--connect-timeout", "--output-dir", "-w", "--cacert", "-x"})
                             : ReadArgs(words, 1, {"-O", "--output-document", "-P", "--directory-prefix",
                                                   "--header", "-t", "--tries", "-T", "--timeout", "-U"});
  Effect effect = Files(std::string(tool));
  std::string url = args.operands.empty() ? "" : args.operands.back();
  if (tool == "curl") {
    std::optional<std::string> out = args.Value({"-o", "--output"});
    if (out && *out == "-") effect.kind = EffectKind::kNone;  // `curl -o- URL | bash`: standard output
    else if (out) effect.writes = {Join(state.cwd, *out)};
    else if (args.Has("-O") || args.Has("--remote-name")) effect.writes = {Join(state.cwd, Base(url))};
    else effect.kind = EffectKind::kNone;  // to standard output (a pipe or a redirection)
  } else {
    std::optional<std::string> out = args.Value({"-O", "--output-document"});
    if (out && *out == "-") effect.kind = EffectKind::kNone;
    else if (out) effect.writes = {Join(state.cwd, *out)};
    else effect.writes = {Join(Join(state.cwd, args.Value({"-P", "--directory-prefix"}).value_or(".")), Base(url))};
  }
  if (!Evaluated(effect.writes)) return std::nullopt;
  return effect;
}

}  // namespace

std::optional<Effect> FileEffect(const std::vector<std::string>& words, const ShellState& state) {
  std::string_view tool = shell::CanonicalTool(words[0]);
  if (tool == "cp" || tool == "mv" || tool == "ln" || tool == "install") return CopyLike(tool == "install" ? "cp" : tool, words, state);
  if (tool == "mkdir" || tool == "rm" || tool == "rmdir" || tool == "chmod" || tool == "chown" || tool == "chgrp" ||
      tool == "touch")
    return OnOperands(tool, words, state);
  if (tool == "tar") return Tar(words, state);
  if (tool == "curl" || tool == "wget") return Download(tool, words, state);
  if (tool == "unzip") {
    Args args = ReadArgs(words, 1, {"-d", "-x"});
    Effect effect = Files("unzip");
    effect.writes = {Join(state.cwd, args.Value({"-d"}).value_or("."))};
    if (!args.operands.empty()) effect.reads = {Join(state.cwd, args.operands.front())};
    return effect;
  }
  if (tool == "sed" && words.size() > 2 && std::any_of(words.begin() + 1, words.end(), InPlace)) {
    Args args = ReadArgs(words, 1, {"-e", "-f", "--expression", "--file"});
    std::vector<std::string> files = args.operands;
    bool script_given = args.Has("-e") || args.Has("-f") || args.Has("--expression") || args.Has("--file");
    if (!script_given && !files.empty()) files.erase(files.begin());  // the script
    if (!Evaluated(files)) return std::nullopt;
    Effect effect = Files("sed -i");
    for (const std::string& file : files) effect.writes.push_back(GlobFolder(Join(state.cwd, file)));
    return effect;
  }
  if (tool == "update-ca-certificates") {
    Effect effect = Files(std::string(tool));
    effect.writes = {"/etc/ssl/certs"};
    return effect;
  }
  if (tool == "ldconfig") {
    Effect effect = Files(std::string(tool));
    effect.writes = {"/etc/ld.so.cache"};
    return effect;
  }
  if (tool == "find" && std::find(words.begin(), words.end(), "-delete") == words.end() &&
      std::find(words.begin(), words.end(), "-exec") == words.end())
    return MakeEffect(EffectKind::kNone, "find");
  if (tool == "find" && words.size() > 1 && !words[1].starts_with("-")) {  // find DIR ... -delete / -exec rm
    Effect effect = Files("find");
    effect.writes = {Join(state.cwd, words[1])};  // deletes or edits some files inside DIR
    effect.note = "deletes or edits files under " + Join(state.cwd, words[1]);
    return effect;
  }
  return std::nullopt;
}

}  // namespace dockopt::analysis
