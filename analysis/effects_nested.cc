// ScriptEffects: walks a script's command tree with the shell state, descending into compounds, shell
// strings, context scripts and called functions, and asks EffectOf about each simple command.
#include "analysis/effects_nested.h"

#include <deque>
#include <map>

#include "analysis/paths.h"
#include "shell/parse_script.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

constexpr int kMaxDepth = 4;            // nested shells, scripts and function calls (`bash -c "sh -c ..."`)
constexpr size_t kMaxUnrolled = 32;     // for-loop items walked one by one
// Simple commands walked per script: loops and function calls multiply, and the walk must stay linear.
constexpr size_t kMaxWalked = 4096;

bool IsShell(std::string_view tool) { return tool == "sh" || tool == "bash" || tool == "dash" || tool == "ash"; }

Effect Unknown(std::string tool, std::string note) { return MakeEffect(EffectKind::kUnknown, std::move(tool), std::move(note)); }

std::string Basename(std::string_view path) { return std::string(path.substr(path.rfind('/') + 1)); }
std::string Dirname(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == 0 || slash == std::string_view::npos ? "/" : std::string(path.substr(0, slash));
}

// A sourced file whose whole effect on the shell is known. A virtualenv's bin/activate sets
// VIRTUAL_ENV and puts its bin first on PATH (and defines `deactivate`); rustup's $CARGO_HOME/env puts
// cargo's bin on PATH. Both write nothing.
std::optional<Effect> KnownEnvScript(std::string_view path, ShellState& state) {
  auto prepend_path = [&](const std::string& bin) {
    auto it = state.vars.find("PATH");
    if (it != state.vars.end()) it->second = bin + ":" + it->second;
  };
  if (path.ends_with("/bin/activate")) {
    std::string venv = Dirname(Dirname(path));
    state.vars["VIRTUAL_ENV"] = venv;
    prepend_path(venv + "/bin");
    return MakeEffect(EffectKind::kNone, ".", "activates the virtualenv " + venv);
  }
  if (path.ends_with("/.cargo/env") || path == "/usr/local/cargo/env") {
    prepend_path(Dirname(path) + "/bin");
    return MakeEffect(EffectKind::kNone, ".", "puts cargo's bin on PATH");
  }
  return std::nullopt;
}

// The file an output redirection of a compound or a nested shell writes; nullopt when none.
std::optional<Effect> RedirectEffect(const shell::Command& command, const ShellState& state) {
  Effect effect = MakeEffect(EffectKind::kFiles, "redirect");
  for (const shell::Redirect& redirect : command.redirects) {
    if (redirect.op.find('>') == std::string::npos || redirect.op == ">&" || redirect.op == "<>") continue;
    std::optional<std::string> target = ExpandShell(redirect.target.value, state);
    if (!target) return Unknown("redirect", "writes to a file whose name dockopt cannot evaluate");
    if (target->starts_with("/dev/") || target->starts_with("&")) continue;
    effect.writes.push_back(Join(state.cwd, *target));
  }
  if (effect.writes.empty()) return std::nullopt;
  return effect;
}

// True when a script's first line lets a POSIX shell or bash run it (no `#!` runs it with sh).
bool ShellScript(std::string_view text) {
  if (!text.starts_with("#!")) return true;
  std::string_view line = text.substr(2, text.find('\n') - 2);
  while (line.starts_with(" ")) line.remove_prefix(1);
  std::string_view program = line.substr(0, line.find(' '));
  if (Basename(program) == "env") {
    line.remove_prefix(std::min(line.size(), program.size()));
    while (line.starts_with(" ")) line.remove_prefix(1);
    program = line.substr(0, line.find(' '));
  }
  return IsShell(Basename(program));
}

std::string TextOf(const shell::Script& script, const shell::Command& command) {
  std::string text = script.text.empty() ? "" : std::string(script.Text(command.span));
  if (text.empty())
    for (const shell::Word& word : command.words) text += (text.empty() ? "" : " ") + word.raw();
  return text;
}

class Walker {
 public:
  explicit Walker(std::vector<NestedCommand>& out) : out_(out) {}

  void List(const shell::Script& script, const std::vector<shell::Command>& list, ShellState& state,
            bool conditional, bool condition, int depth) {
    std::string url;  // what the previous command downloaded to its standard output
    for (size_t i = 0; i < list.size(); ++i) {
      const shell::Command& command = list[i];
      if (walked_ >= kMaxWalked) {
        if (walked_++ == kMaxWalked)
          Add(script, command, Unknown(std::string(shell::CommandKindName(command.kind)), "more nested shell code than dockopt reads"),
              state, conditional);
        return;
      }
      bool maybe = conditional || command.joiner == shell::Joiner::kOr ||
                   (condition && i > 0 && command.joiner == shell::Joiner::kAnd);
      bool piped = command.joiner == shell::Joiner::kPipe || command.joiner == shell::Joiner::kPipeAll;
      if (command.simple()) {
        ++walked_;
        Simple(script, command, state, maybe, depth, piped ? url : "");
        // Only a command piped into the next one hands it a download: most are not, and skip the words.
        bool pipes_on = i + 1 < list.size() && (list[i + 1].joiner == shell::Joiner::kPipe ||
                                                list[i + 1].joiner == shell::Joiner::kPipeAll);
        url = pipes_on ? DownloadUrl(command, state) : "";
      } else {
        Compound(script, command, state, maybe, depth);
        url.clear();
      }
    }
  }

 private:
  struct Function {
    const shell::Script* script;
    const shell::Command* definition;
  };

  void Add(const shell::Script& script, const shell::Command& command, Effect effect, const ShellState& state,
           bool conditional) {
    out_.push_back({TextOf(script, command), std::move(effect), state.cwd, conditional});
  }

  // After parts that may or may not have run, each from a copy of `state`: a variable any of them
  // changed is no longer known; a directory change that may or may not have happened is unknown.
  void Merge(const shell::Script& script, const shell::Command& compound, ShellState& state,
             const std::vector<ShellState>& branches) {
    for (const ShellState& branch : branches) {
      if (branch.cwd != state.cwd) {
        Add(script, compound, Unknown("cd", "changes directory in a branch that may not run: later paths are unknown"),
            state, true);
        return;
      }
    }
    for (const ShellState& branch : branches) {
      if (branch.oldpwd != state.oldpwd) state.oldpwd.clear();
      if (branch.dirs != state.dirs) state.dirs.clear();  // popd after it is unknown
      if (branch.downloads != state.downloads) state.downloads.clear();  // which URL a file holds is unknown
    }
    std::vector<std::string> changed;
    for (const ShellState& branch : branches) {
      for (const auto& [name, value] : branch.vars) {
        auto it = state.vars.find(name);
        if (it == state.vars.end() || it->second != value) changed.push_back(name);
      }
      for (const auto& [name, value] : state.vars)
        if (!branch.vars.contains(name)) changed.push_back(name);
    }
    for (const std::string& name : changed) state.vars.erase(name);
  }

  // Parts that may not run, each walked from a copy of `state`, then merged.
  void Branches(const shell::Script& script, const shell::Command& command, size_t first, ShellState& state,
                int depth) {
    std::vector<ShellState> branches;
    for (size_t p = first; p < command.parts.size(); ++p) {
      ShellState& copy = branches.emplace_back(state);
      List(script, command.parts[p].commands, copy, true, command.parts[p].role == shell::PartRole::kCondition, depth);
    }
    Merge(script, command, state, branches);
  }

  void Compound(const shell::Script& script, const shell::Command& command, ShellState& state, bool conditional,
                int depth) {
    if (std::optional<Effect> redirect = RedirectEffect(command, state)) Add(script, command, *redirect, state, conditional);
    switch (command.kind) {
      case shell::CommandKind::kSubshell: {
        ShellState child = state;  // its cd and exports do not last
        std::map<std::string, Function> functions = functions_;
        for (const shell::Part& part : command.parts) List(script, part.commands, child, conditional, false, depth);
        functions_ = std::move(functions);
        return;
      }
      case shell::CommandKind::kGroup:
        for (const shell::Part& part : command.parts) List(script, part.commands, state, conditional, false, depth);
        return;
      case shell::CommandKind::kIf:
        // The first condition always runs; every branch and later `elif` condition may not.
        if (command.parts.empty()) return;
        List(script, command.parts[0].commands, state, conditional, true, depth);
        Branches(script, command, 1, state, depth);
        return;
      case shell::CommandKind::kWhile: case shell::CommandKind::kUntil:
        if (command.parts.empty()) return;
        List(script, command.parts[0].commands, state, conditional, true, depth);
        Branches(script, command, 1, state, depth);
        return;
      case shell::CommandKind::kCase:
        Branches(script, command, 0, state, depth);
        return;
      case shell::CommandKind::kFor: case shell::CommandKind::kSelect:
        For(script, command, state, conditional, depth);
        return;
      case shell::CommandKind::kFunction:
        if (!command.words.empty()) functions_[command.words[0].value] = {&script, &command};
        return;
      case shell::CommandKind::kTest:  // `[[ ]]` only tests
        return;
      default:  // `(( ))` may assign variables; unparsed text is unknown
        Add(script, command, EffectOf(command, state), state, conditional);
        return;
    }
  }

  // `for x in a b c`: a literal list runs the body once per item, in order, with `x` set; any other
  // list (globs, expansions, "$@") may run it any number of times, `x` unknown.
  void For(const shell::Script& script, const shell::Command& command, ShellState& state, bool conditional, int depth) {
    if (command.words.empty()) return;
    const std::string& var = command.words[0].value;
    bool literal = command.kind == shell::CommandKind::kFor && command.words.size() > 1 &&
                   command.words.size() <= kMaxUnrolled + 1;
    for (size_t w = 1; w < command.words.size(); ++w)
      literal &= command.words[w].literal && !HasGlob(command.words[w].value);
    if (literal) {
      for (size_t w = 1; w < command.words.size(); ++w) {
        state.vars[var] = command.words[w].value;
        for (const shell::Part& part : command.parts) List(script, part.commands, state, conditional, false, depth);
      }
      return;
    }
    state.vars.erase(var);
    Branches(script, command, 0, state, depth);
    state.vars.erase(var);
  }

  // A script file the stage runs or sources, when the build context holds it as text; nullopt otherwise.
  std::optional<std::string> ReadScript(std::string_view word, const ShellState& state) {
    if (word.find('$') != std::string_view::npos) return std::nullopt;
    std::string path = Join(state.cwd, word);
    std::optional<std::string> text;
    if (auto it = state.context_files.find(path); it != state.context_files.end() && state.context)
      text = state.context(it->second);
    else
      text = ReadProjectFile(state, Dirname(path), Basename(path));
    if (text && text->find('\0') != std::string::npos) return std::nullopt;  // binary, or a stand-in of its size
    return text;
  }

  // Walks `text` as a script: in `state` itself when sourced, else in a child shell that keeps nothing.
  void Inline(std::string_view text, const std::vector<std::string>& args, ShellState& state, bool conditional,
              int depth, bool sourced) {
    const shell::Script& inner = owned_.emplace_back(shell::ParseHeredocScript(text, 0));
    ShellState child = state;
    ShellState& target = sourced ? state : child;
    for (size_t a = 0; a < args.size(); ++a) target.vars[std::to_string(a)] = args[a];
    std::map<std::string, Function> functions = functions_;
    if (!sourced) functions_.clear();  // a child shell does not see the caller's functions
    List(inner, inner.commands, target, conditional, false, depth + 1);
    if (!sourced) functions_ = std::move(functions);
  }

  // `su USER [-s SHELL] [-m] -c CMD`: CMD runs in a shell as USER, in the same folder, with HOME (and,
  // without -m, nothing else the model reads) set to USER's home: root's, or the one the stage's
  // useradd gave. A login shell (`su -`, `-l`: its own folder and environment), a home dockopt does not
  // know, or another option: not walked (unknown).
  bool SwitchedUser(const std::vector<std::string>& words, ShellState& state, bool conditional, int depth) {
    std::string user, command;
    bool preserve = false, have_command = false;
    for (size_t i = 1; i < words.size(); ++i) {
      const std::string& w = words[i];
      if ((w == "-s" || w == "--shell") && i + 1 < words.size() && IsShell(shell::CanonicalTool(words[i + 1]))) {
        ++i;
      } else if ((w == "-c" || w == "--command") && i + 1 < words.size() && !have_command) {
        command = words[++i];
        have_command = true;
      } else if (w == "-m" || w == "-p" || w == "--preserve-environment") {
        preserve = true;
      } else if (!w.starts_with("-") && user.empty() && w.find('$') == std::string::npos) {
        user = w;
      } else {
        return false;
      }
    }
    if (!have_command) return false;
    if (user.empty()) user = "root";
    ShellState switched = state;
    if (!preserve) {
      auto home = state.vars.find(std::string(kUserHomeKey) + user);
      if (user == "root") switched.home = "/root";
      else if (home != state.vars.end()) switched.home = home->second;
      else return false;
      switched.vars["HOME"] = switched.home;
    }
    Inline(command, {}, switched, conditional, depth, false);
    return true;
  }

  // `bash -c STR`, `bash FILE`, `./FILE`, `. FILE`, a function call: true when walked inside.
  bool Nested(const shell::Script& script, const shell::Command& command, const std::vector<std::string>& words,
              ShellState& state, bool conditional, int depth) {
    if (depth >= kMaxDepth) return false;
    std::string_view tool = shell::CanonicalTool(words[0]);
    if (auto it = functions_.find(words[0]); it != functions_.end()) {
      const Function function = it->second;
      std::vector<std::string> args(words.begin(), words.end());
      for (size_t a = 1; a < args.size(); ++a) state.vars[std::to_string(a)] = args[a];
      for (const shell::Part& part : function.definition->parts) {
        if (part.role != shell::PartRole::kFunctionBody) continue;
        List(*function.script, part.commands, state, conditional, false, depth + 1);
      }
      return true;
    }
    if (IsShell(tool)) {
      size_t i = 1;
      bool string = false;
      while (i < words.size() && words[i].size() > 1 && (words[i][0] == '-' || words[i][0] == '+') && words[i] != "--") {
        if (words[i] == "-o" || words[i] == "+o" || words[i] == "-O" || words[i] == "+O") ++i;
        else if (words[i][0] == '-' && words[i][1] != '-' && words[i].find('c') != std::string::npos) string = true;
        ++i;
      }
      if (i < words.size() && words[i] == "--") ++i;
      if (i >= words.size()) return false;  // reads its standard input: a piped installer, or unknown
      std::vector<std::string> args(words.begin() + static_cast<std::ptrdiff_t>(i) + (string ? 1 : 0), words.end());
      if (string) {
        Inline(words[i], args, state, conditional, depth, false);
        return true;
      }
      std::optional<std::string> text = ReadScript(words[i], state);
      if (!text) return false;
      args.insert(args.begin(), words[i]);
      Inline(*text, args, state, conditional, depth, false);
      return true;
    }
    if (tool == "su") return SwitchedUser(words, state, conditional, depth);
    if (tool == "scl" && words.size() >= 4 && words[1] == "enable" && words[words.size() - 2] != "--") {
      // `scl enable COLL... 'CMD'`: CMD runs in bash with the collections first on PATH (X_SCLS names them)
      ShellState enabled = state;
      for (size_t c = 2; c + 1 < words.size(); ++c) {
        if (words[c].find_first_of("$/ ") != std::string::npos) return false;
        enabled.vars["X_SCLS"] += words[c] + " ";
      }
      Inline(words.back(), {}, enabled, conditional, depth, false);
      return true;
    }
    if ((tool == "." || tool == "source") && words.size() >= 2) {
      if (std::optional<Effect> env = KnownEnvScript(Join(state.cwd, words[1]), state)) {
        Add(script, command, *env, state, conditional);
        return true;
      }
      std::optional<std::string> text = ReadScript(words[1], state);
      if (!text) return false;
      Inline(*text, std::vector<std::string>(words.begin() + 1, words.end()), state, conditional, depth, true);
      return true;
    }
    if (words[0].find('/') != std::string::npos) {
      std::optional<std::string> text = ReadScript(words[0], state);
      if (!text || !ShellScript(*text)) return false;
      Inline(*text, words, state, conditional, depth, false);
      return true;
    }
    return false;
  }

  // A function the script defined runs its body; a command the model knows keeps its effect; a shell
  // string or a shell script it can read runs inside; anything else is unknown.
  void Simple(const shell::Script& script, const shell::Command& command, ShellState& state, bool conditional,
              int depth, std::string_view url) {
    std::map<std::string, std::string> env;
    std::vector<std::string> words = CommandWords(command, state, env);
    std::optional<Effect> redirect = RedirectEffect(command, state);
    size_t before = out_.size();
    bool function = !words.empty() && functions_.contains(words[0]);
    ShellState after = state;  // a copy: the words read from `state` hold for it
    Effect effect = function ? Unknown(words[0], "") : PipedEffectOf(command, url, after, words, env);
    if (effect.kind != EffectKind::kUnknown) {
      state = std::move(after);
      Add(script, command, std::move(effect), state, conditional);
      return;
    }
    if (!words.empty() && Nested(script, command, words, state, conditional, depth)) {
      if (redirect)  // opened before the nested code runs
        out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(before),
                    NestedCommand{TextOf(script, command), *redirect, state.cwd, conditional});
      return;
    }
    Add(script, command, std::move(effect), state, conditional);
  }

  std::vector<NestedCommand>& out_;
  std::map<std::string, Function> functions_;
  size_t walked_ = 0;
  std::deque<shell::Script> owned_;  // scripts parsed here (shell strings, context files): functions point in
};

}  // namespace

std::vector<NestedCommand> ScriptEffects(const shell::Script& script, ShellState& state) {
  std::vector<NestedCommand> out;
  Walker(out).List(script, script.commands, state, false, false, 0);
  return out;
}

}  // namespace dockopt::analysis
