// File commands: cp, mv, ln, mkdir, rm, chmod/chown, touch, tar, unzip, curl/wget downloads, sed -i,
// and the few system commands whose output place is fixed (update-ca-certificates, ldconfig).
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

// cp/mv/ln SRC... DEST: DEST itself, or DEST/<name> for each source when DEST is a directory.
std::optional<Effect> CopyLike(std::string_view tool, const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"-t", "--target-directory", "-S", "--suffix"});
  std::vector<std::string> ops = args.operands;
  std::optional<std::string> into = args.Value({"-t", "--target-directory"});
  if (ops.empty() || (!into && ops.size() < 2)) return std::nullopt;
  Effect effect = Files(std::string(tool));
  std::string dest = into ? *into : ops.back();
  if (!into) ops.pop_back();
  bool dir = into || ops.size() > 1 || dest.ends_with("/");
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

std::optional<Effect> Tar(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() < 2) return std::nullopt;
  std::string mode = words[1];
  auto mode_has = [&](char c, std::string_view long_name) {
    if (!mode.starts_with("-") && mode.find(c) != std::string::npos) return true;
    return std::any_of(words.begin() + 1, words.end(), [&](const std::string& w) {
      return w == long_name || (w.starts_with("-") && !w.starts_with("--") && w.find(c) != std::string::npos);
    });
  };
  bool extract = mode_has('x', "--extract");
  bool create = mode_has('c', "--create");
  Args args = ReadArgs(words, mode.starts_with("-") ? 1 : 2, {"-C", "--directory", "-f", "--file", "--exclude",
                                                               "--strip-components", "-T"});
  std::optional<std::string> file = args.Value({"-f", "--file"});
  if (!mode.starts_with("-") && mode.find('f') != std::string::npos && !args.operands.empty() && !file) {
    file = args.operands.front();
  }
  Effect effect = Files("tar");
  if (extract) {
    std::string dir = Join(state.cwd, args.Value({"-C", "--directory"}).value_or("."));
    if (dir.find('$') != std::string::npos) return std::nullopt;
    effect.writes = {dir};
    if (file && *file != "-") effect.reads = {Join(state.cwd, *file)};
  } else if (create && file) {
    effect.writes = {Join(state.cwd, *file)};
  } else {
    return std::nullopt;
  }
  return effect;
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

std::optional<Effect> Download(std::string_view tool, const std::vector<std::string>& given, const ShellState& state) {
  std::vector<std::string> words = tool == "curl" ? UnbundledCurlFlags(given) : given;
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
  // In place: -i, --in-place, or -i in a cluster of short options (`sed -ri`; `-ie` is -i with the
  // backup suffix "e", in place all the same).
  if (tool == "sed" && words.size() > 2 && std::any_of(words.begin() + 1, words.end(), [](const std::string& w) {
        return w == "--in-place" || w.starts_with("--in-place=") ||
               (w.starts_with("-") && !w.starts_with("--") && w.find('i') != std::string::npos);
      })) {
    Args args = ReadArgs(words, 1, {"-e", "-f"});
    std::vector<std::string> files = args.operands;
    if (!args.Has("-e") && !files.empty()) files.erase(files.begin());  // the script
    if (!Evaluated(files)) return std::nullopt;
    Effect effect = Files("sed -i");
    for (const std::string& file : files) effect.writes.push_back(Join(state.cwd, file));
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
