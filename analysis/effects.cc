// EffectOf: expands a command's words, sees through wrappers, and asks each family reader in turn.
#include "analysis/effects.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "analysis/paths.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

// Programs that leave nothing behind (their output redirections are read separately).
constexpr std::string_view kNoEffect[] = {
    "echo", "printf", "true", "false", "test", "[", ":", "set", "sleep", "which", "ls", "cat", "env", "id",
    "whoami", "uname", "date", "pwd", "type", "hash", "exit", "wait", "grep", "head", "tail", "wc", "sort",
    "nproc", "du", "df", "stat", "file", "ldd", "yes", "egrep", "fgrep", "zgrep", "sha256sum", "md5sum", "sha1sum", "sha512sum", "gpg-verify",
};
constexpr std::string_view kUserTools[] = {"useradd", "groupadd", "adduser", "addgroup", "usermod", "chpasswd",
                                           "groupmod", "passwd"};
// Tools whose effect depends only on the paths they name (no HOME, no user configuration).
constexpr std::string_view kFileTools[] = {"cp", "mv", "ln", "mkdir", "chmod", "touch", "rm"};
constexpr std::string_view kWrappers[] = {"sudo", "exec", "nohup", "time", "nice", "stdbuf", "command"};

template <size_t N>
bool In(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool IsAssignment(std::string_view word) {
  size_t eq = word.find('=');
  if (eq == 0 || eq == std::string_view::npos) return false;
  for (char c : word.substr(0, eq))
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

// The index of the command `sudo` at `at` runs, past its options and their arguments (`-u USER`,
// `-g GROUP`, `-uUSER`, `--user=USER`, `-Hu USER`); nullopt when an option moves where it runs: a
// working folder (-D), a root (-R) or the target user's login shell, which starts in its home (-i).
// `other_user` says whether it runs as another user or group (-u, -g), whose home the model does not know.
std::optional<size_t> SudoCommand(const std::vector<std::string>& words, size_t at, bool& other_user) {
  constexpr std::string_view kTakesValue = "ugpCTrtUh";
  constexpr std::string_view kMovesCommand = "DRi";
  size_t i = at + 1;
  while (i < words.size() && words[i].starts_with("-")) {
    const std::string& option = words[i++];
    if (option == "--") break;
    if (option.starts_with("--")) {
      std::string name = option.substr(2, option.find('=') - 2);
      if (name == "chdir" || name == "chroot" || name == "login") return std::nullopt;
      bool value = In(std::string_view(name), {"user", "group", "prompt", "close-from", "command-timeout", "role",
                                               "type", "other-user", "host"});
      if (value && option.find('=') == std::string::npos) ++i;
      other_user |= name == "user" || name == "group";
      continue;
    }
    for (size_t c = 1; c < option.size(); ++c) {
      if (kMovesCommand.find(option[c]) != std::string_view::npos) return std::nullopt;
      if (kTakesValue.find(option[c]) == std::string_view::npos) continue;
      other_user |= option[c] == 'u' || option[c] == 'g';
      if (c + 1 == option.size()) ++i;  // the value is the next word; else the rest of this one
      break;
    }
  }
  return i;
}

}  // namespace

std::string Var(const ShellState& state, const std::string& name, std::string fallback) {
  auto found = state.vars.find(name);
  return found == state.vars.end() || found->second.empty() ? fallback : found->second;
}

std::optional<std::string> ExpandShell(std::string_view text, const ShellState& state) {
  if (text.find_first_of("$`") == std::string_view::npos) return std::string(text);  // most words: nothing to expand
  std::string plain(text);
  for (std::string_view pwd : {"$(pwd)", "`pwd`"})
    for (size_t at = plain.find(pwd); at != std::string::npos; at = plain.find(pwd, at + state.cwd.size()))
      plain.replace(at, pwd.size(), state.cwd);
  // Looked up in place: a copy of the variables per word was quadratic when a value grows (PATH).
  return ExpandWith(plain, [&](const std::string& name) -> const std::string* {
    if (auto found = state.vars.find(name); found != state.vars.end()) return &found->second;
    if (name == "HOME") return &state.home;
    return name == "PWD" ? &state.cwd : nullptr;
  });
}

std::vector<std::string> CommandWords(const shell::Command& command, const ShellState& state,
                                      std::map<std::string, std::string>& env) {
  for (const shell::Word& word : command.env) {
    size_t eq = word.value.find('=');
    std::optional<std::string> value = ExpandShell(word.value.substr(eq + 1), state);
    env[word.value.substr(0, eq)] = value.value_or("$?");
  }
  std::vector<std::string> words;
  words.reserve(command.words.size());
  for (const shell::Word& word : command.words) {
    std::optional<std::string> value = word.literal ? std::optional<std::string>(word.value) : ExpandShell(word.value, state);
    std::string expanded = value.value_or(word.value);
    if (!word.quoted && (expanded == "~" || expanded.starts_with("~/"))) expanded = state.home + expanded.substr(1);
    if (word.quoted || word.literal || !value || expanded.find_first_of(" \t\n") == std::string::npos) {
      words.push_back(std::move(expanded));
      continue;
    }
    // An unquoted expansion is split into fields: `apt-get install $buildDeps` installs each package.
    for (size_t begin = expanded.find_first_not_of(" \t\n"); begin != std::string::npos;) {
      size_t end = std::min(expanded.find_first_of(" \t\n", begin), expanded.size());
      words.push_back(expanded.substr(begin, end - begin));
      begin = expanded.find_first_not_of(" \t\n", end);
    }
  }
  size_t i = 0;
  while (i < words.size()) {
    std::string_view tool = shell::CanonicalTool(words[i]);
    if (tool == "sudo") {
      bool other_user = false;
      std::optional<size_t> start = SudoCommand(words, i, other_user);
      if (!start) break;  // the command runs elsewhere (-D, -R, -i): `sudo` stays the program, unknown
      // As another user, HOME is that user's: only file tools over paths that name no home are known.
      if (other_user && (*start >= words.size() || !In(shell::CanonicalTool(words[*start]), kFileTools) ||
                         std::any_of(command.words.begin(), command.words.end(), [](const shell::Word& w) {
                           return w.raw().find('~') != std::string::npos || w.raw().find("HOME") != std::string::npos;
                         })))
        break;
      i = *start;
    } else if (In(tool, kWrappers)) {
      ++i;
      while (i < words.size() && words[i].starts_with("-")) ++i;
    } else if (tool == "env") {
      ++i;
      while (i < words.size() && (words[i].starts_with("-") || IsAssignment(words[i]))) {
        if (IsAssignment(words[i])) env[words[i].substr(0, words[i].find('='))] = words[i].substr(words[i].find('=') + 1);
        ++i;
      }
    } else {
      break;
    }
  }
  words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i));
  return words;
}

namespace {

void AddRedirects(const shell::Command& command, const ShellState& state, Effect& effect) {
  for (const shell::Redirect& redirect : command.redirects) {
    if (redirect.op.find('>') == std::string::npos || redirect.op == ">&" || redirect.op == "<>") continue;
    std::optional<std::string> target = ExpandShell(redirect.target.value, state);
    if (redirect.target.raw().starts_with("~/")) target = state.home + redirect.target.raw().substr(1);  // tilde expansion
    if (!target) {
      // A name dockopt cannot evaluate in a folder it can (`> /etc/apt/sources.list.d/nginx-$v.list`):
      // the write lies in that folder, which stands for it.
      std::string_view raw = redirect.target.value;
      size_t slash = raw.rfind('/');
      std::optional<std::string> dir = slash == std::string_view::npos || slash == 0 ? std::nullopt : ExpandShell(raw.substr(0, slash), state);
      if (!dir || dir->find_first_of("$`*?[") != std::string::npos || redirect.target.raw().starts_with("~")) {
        effect = MakeEffect(EffectKind::kUnknown, effect.tool, "writes to a file whose name dockopt cannot evaluate");
        return;
      }
      target = *dir;
    }
    if (target->starts_with("/dev/") || target->starts_with("&")) continue;
    effect.writes.push_back(Join(state.cwd, *target));
    if (effect.kind == EffectKind::kNone) effect.kind = EffectKind::kFiles;
  }
}

Effect Unknown(std::string_view tool, std::string note) {
  Effect effect;
  effect.tool = tool;
  effect.note = std::move(note);
  return effect;
}

// A shell variable left in a word (`$SRC`, `${DIR}/x`): one word, no spaces (a perl or awk program
// holds `$` too) and no command substitution, which is not a variable.
bool HoldsVariable(const std::string& w) {
  size_t at = w.find('$');
  if (at == std::string::npos || at + 1 >= w.size() || w.find_first_of(" \t\n`") != std::string::npos ||
      w.find("$(") != std::string::npos)
    return false;
  char next = w[at + 1];
  return next == '{' || next == '_' || std::isalpha(static_cast<unsigned char>(next));
}

// cd DIR, `cd -` (back to OLDPWD), pushd DIR and popd (bash's directory stack). A fresh RUN shell has
// no OLDPWD and an empty stack, so `cd -` or popd before any change is left unknown.
Effect ChangeDirectory(std::string_view tool, const std::vector<std::string>& words, ShellState& state) {
  std::string target;
  if (tool == "popd" && words.size() == 1 && !state.dirs.empty()) {
    target = state.dirs.back();
    state.dirs.pop_back();
  } else if (tool == "cd" && words.size() == 2 && words[1] == "-") {
    target = state.oldpwd;
  } else if (tool == "cd" && words.size() == 1) {
    target = state.home;  // a bare `cd` goes home
  } else if (tool != "popd" && words.size() == 2 && !words[1].starts_with("-") && !words[1].starts_with("+") &&
             words[1].find('$') == std::string::npos) {
    target = Join(state.cwd, words[1]);
    if (tool == "pushd") state.dirs.push_back(state.cwd);
  }
  if (target.empty() && tool == "cd" && words.size() == 2 && HoldsVariable(words[1]))  // `cd ${DIR}` after DIR=$(mktemp -d)
    return Unknown(tool, "'" + words[1] + "' holds a variable dockopt cannot resolve");
  if (target.empty()) return Unknown(tool, "changes to a directory dockopt cannot evaluate");
  state.oldpwd = state.cwd;
  state.cwd = target;
  return MakeEffect(EffectKind::kChdir, std::string(tool));
}

Effect Simple(const std::vector<std::string>& words, ShellState& state, const std::map<std::string, std::string>& env);

// The word whose variable alone keeps an otherwise known command unknown: with every variable word
// made a plain path the command is read, and with all but that one it is not. "" when there is none
// (the command is unknown anyway, or a `$(...)` elsewhere). The probes run on copies of the state.
std::string UnresolvedVariableWord(const std::vector<std::string>& words, const ShellState& state,
                                   const std::map<std::string, std::string>& env) {
  if (std::any_of(words.begin(), words.end(), [](const std::string& w) { return w.find("$(") != std::string::npos || w.find('`') != std::string::npos; }))
    return "";
  std::vector<size_t> variables;
  for (size_t i = 1; i < words.size(); ++i)
    if (HoldsVariable(words[i])) variables.push_back(i);
  // A probe that keeps a variable falls back here again: it must not probe in turn.
  static thread_local bool probing = false;
  if (probing) return "";
  auto known_with_plain = [&](std::optional<size_t> kept) {
    std::vector<std::string> plain = words;
    for (size_t i : variables)
      if (!kept || i != *kept) plain[i] = "/unresolved";
    ShellState copy = state;
    probing = true;
    bool known = Simple(plain, copy, env).kind != EffectKind::kUnknown;
    probing = false;
    return known;
  };
  if (variables.empty() || !known_with_plain(std::nullopt)) return "";
  for (size_t i : variables)
    if (!known_with_plain(i)) return words[i];
  return words[variables.front()];
}

Effect Simple(const std::vector<std::string>& words, ShellState& state,
              const std::map<std::string, std::string>& env) {
  if (words.empty()) return MakeEffect(EffectKind::kNone);
  std::string_view tool = shell::CanonicalTool(words[0]);
  if (In(tool, kNoEffect) || (tool == "command" && words.size() > 1)) return MakeEffect(EffectKind::kNone, words[0]);
  if (tool == "export" || tool == "ARG" || tool == "readonly" || tool == "declare" || tool == "typeset") {
    // `declare -n a=b` makes a name for b, `-i`/`-a` evaluate or split the value: those names become unknown
    bool literal = std::none_of(words.begin() + 1, words.end(), [](const std::string& w) {
      return w.starts_with("-") && w.find_first_of("nia") != std::string::npos;
    });
    for (size_t i = 1; i < words.size(); ++i) {
      if (!IsAssignment(words[i])) continue;
      std::string name = words[i].substr(0, words[i].find('='));
      if (literal) state.vars[name] = words[i].substr(words[i].find('=') + 1);
      else state.vars.erase(name);
    }
    return MakeEffect(EffectKind::kNone, tool == "ARG" ? "export" : std::string(tool));
  }
  if (tool == "cd" || tool == "pushd" || tool == "popd") return ChangeDirectory(tool, words, state);
  if (In(tool, kUserTools)) {
    Effect effect = MakeEffect(EffectKind::kUsers, std::string(tool));
    bool home = false;
    std::string dir;
    for (size_t i = 1; i < words.size(); ++i) {
      home |= words[i] == "-m" || words[i] == "--create-home" || (tool == "adduser" && words[i] != "-H" && i == words.size() - 1);
      if ((words[i] == "-d" || words[i] == "--home" || words[i] == "-h") && i + 1 < words.size()) dir = words[i + 1];
    }
    if (home && dir.empty() && !words.back().starts_with("-")) dir = "/home/" + words.back();
    if (home && !dir.empty()) effect.writes.push_back(Join("/", dir));
    // The home /etc/passwd now gives the new user, for `su USER -c CMD` (effects_nested.cc).
    const std::string& name = words.back();
    if ((tool == "useradd" || tool == "adduser") && words.size() > 2 && !name.starts_with("-") && name.find('$') == std::string::npos &&
        !dir.empty() && dir.find('$') == std::string::npos)
      state.vars.insert_or_assign(std::string(kUserHomeKey) + name, Join("/", dir));
    if (tool == "usermod") state.vars.erase(std::string(kUserHomeKey) + name);  // -d may move it
    return effect;
  }
  if (std::optional<Effect> effect = ManagerEffect(words, state)) return std::move(*effect);  // moved: an Effect is large
  std::optional<Effect> effect = LocalPackageEffect(words, state);
  if (!effect) effect = PackageEffect(words, state);
  if (effect && effect->kind == EffectKind::kPackages && !effect->removal) NoteNpmPackage(*effect, state);
  if (!effect) effect = BuildEffect(words, state, env);
  if (!effect) {
    effect = DepsEffect(words, state);
    if (effect) NoteNpmSelfInstall(*effect, state);
  }
  if (!effect) effect = FileEffect(words, state);
  if (!effect) effect = SystemEffect(words, state);
  if (!effect) {
    // A command dockopt reads once its words are plain (`mkdir -p $SRC` after `ARG SRC` without a
    // default): the variable is what is unknown, and the note names it.
    if (std::string variable = UnresolvedVariableWord(words, state, env); !variable.empty())
      return Unknown(words[0], "'" + variable + "' holds a variable dockopt cannot resolve");
    return Unknown(words[0], "not a command dockopt models: may write anywhere");
  }
  RetargetToActiveEnvironment(*effect, state);
  return std::move(*effect);
}

}  // namespace

Effect MakeEffect(EffectKind kind, std::string tool, std::string note) {
  Effect effect;
  effect.kind = kind;
  effect.tool = std::move(tool);
  effect.note = std::move(note);
  return effect;
}

std::string_view EffectKindName(EffectKind kind) {
  switch (kind) {
    case EffectKind::kNone: return "none";
    case EffectKind::kPackages: return "packages";
    case EffectKind::kDeps: return "deps";
    case EffectKind::kBuild: return "build";
    case EffectKind::kFiles: return "files";
    case EffectKind::kUsers: return "users";
    case EffectKind::kChdir: return "chdir";
    case EffectKind::kUnknown: break;
  }
  return "unknown";
}

Effect PipedEffectOf(const shell::Command& command, std::string_view url, ShellState& state,
                     const std::vector<std::string>& read_words, const std::map<std::string, std::string>& read_env) {
  Effect effect = EffectOf(command, state, read_words, read_env);
  if (effect.tool == "tar" && effect.reads.empty()) NoteNodeRelease(read_words, url, state);  // `curl URL | tar -xz`
  if (effect.kind != EffectKind::kUnknown || url.empty()) return effect;
  std::map<std::string, std::string> env;
  std::vector<std::string> words = CommandWords(command, state, env);
  ShellState with_env = state;  // `curl URL | INSTALL_DIR=/opt sh`: the installer sees the assignment
  for (const auto& [name, value] : env) with_env.vars[name] = value;
  std::optional<Effect> installer = PipedInstallerEffect(url, words, with_env);
  if (installer) NoteNodeSourceSetup(*installer, state);
  return installer.value_or(effect);
}

namespace {

// DownloadUrl, from the command's words.
std::string DownloadUrlIn(const std::vector<std::string>& words) {
  if (words.empty()) return "";
  std::string_view tool = shell::CanonicalTool(words[0]);
  if (tool == "php") return InlineDownloadUrl(words);
  if (tool != "curl" && tool != "wget") return "";
  for (auto it = words.rbegin(); it != words.rend(); ++it)
    if (it->find("://") != std::string::npos) return *it;
  return "";
}

}  // namespace

std::string DownloadUrl(const shell::Command& command, const ShellState& state) {
  std::map<std::string, std::string> env;
  return DownloadUrlIn(CommandWords(command, state, env));
}

Effect EffectOf(const shell::Command& command, ShellState& state) {
  if (command.opaque()) return EffectOf(command, state, {}, {});
  std::map<std::string, std::string> env;
  std::vector<std::string> words = CommandWords(command, state, env);
  return EffectOf(command, state, words, env);
}

Effect EffectOf(const shell::Command& command, ShellState& state, const std::vector<std::string>& words,
                const std::map<std::string, std::string>& env) {
  if (command.opaque())  // ScriptEffects (effects_nested.h) walks inside compounds; what reaches here is not read
    return Unknown(shell::CommandKindName(command.kind),
                   command.unparsed() ? "shell text dockopt cannot read" : "a compound command dockopt does not read");
  if (words.empty() && !command.env.empty()) {  // `A=b` alone sets a shell variable
    for (const auto& [name, value] : env) state.vars[name] = value;
    return MakeEffect(EffectKind::kNone, "assignment");
  }
  std::string_view tool = words.empty() ? "" : shell::CanonicalTool(words[0]);
  if ((tool == "sh" || tool == "bash") && words.size() >= 2) {  // `bash setup.sh ARGS` of a saved download
    auto saved = state.downloads.find(Join(state.cwd, words[1]));
    std::vector<std::string> piped = {words[0], "-s", "--"};  // what it would be as `curl URL | sh -s -- ARGS`
    piped.insert(piped.end(), words.begin() + 2, words.end());
    if (saved != state.downloads.end())
      if (std::optional<Effect> installer = PipedInstallerEffect(saved->second, piped, state)) {
        NoteNodeSourceSetup(*installer, state);
        return std::move(*installer);
      }
  }
  std::string url = DownloadUrlIn(words);  // the words DownloadUrl would read: nothing changed the state yet
  Effect effect = Simple(words, state, env);
  if (effect.kind != EffectKind::kUnknown) AddRedirects(command, state, effect);
  if (effect.tool == "tar" && effect.reads.size() == 1) NoteNodeRelease(words, effect.reads[0], state);
  // `curl -o FILE URL`, or `curl URL > FILE`: FILE holds the download
  if (!url.empty() && effect.kind == EffectKind::kFiles && effect.writes.size() == 1) {
    state.downloads[effect.writes[0]] = url;
    effect.url = url;
  }
  NoteStartupFileWrites(effect.writes, state);
  NoteComposerWrites(effect.writes, state);
  for (std::vector<std::string>* paths : {&effect.writes, &effect.reads, &effect.caches, &effect.removes}) {
    std::sort(paths->begin(), paths->end());
    paths->erase(std::unique(paths->begin(), paths->end()), paths->end());
  }
  return effect;
}

std::optional<std::string> ReadProjectFile(const ShellState& state, std::string_view dir, std::string_view name) {
  if (!state.context || state.context_root.empty() || !IsUnder(dir, state.context_root)) return std::nullopt;
  std::string relative = std::string(dir.substr(state.context_root == "/" ? 0 : state.context_root.size()));
  while (relative.starts_with("/")) relative.erase(0, 1);
  return state.context(relative.empty() ? std::string(name) : relative + "/" + std::string(name));
}

}  // namespace dockopt::analysis
