// BuilderOnlyReason: reads an unknown command's words for the two shapes the split can leave to the
// builder. Anything with shell syntax the words cannot show (expansions, redirections) is refused.
#include "transforms/rules/split_unknown.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <sstream>

#include "analysis/paths.h"

namespace dockopt::split {
namespace {

using Words = std::vector<std::string>;

bool In(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// `text` without its leading `NAME=value` words, which set the command's environment
// (`RAILS_MASTER_KEY=${master_key} bundle exec ...`); nullopt when one may move where the command
// writes: a value naming a path (a URL is not one), or a variable's value given to a name that looks like a place
// (PREFIX, DESTDIR, HOME, ...). A value that runs a command (`$(...)`, backquotes) or is quoted stays in
// the text, which is then refused.
std::optional<std::string> WithoutLeadingAssignments(std::string text) {
  for (;;) {
    size_t begin = text.find_first_not_of(" \t");
    if (begin == std::string::npos) return text;
    size_t end = std::min(text.find_first_of(" \t", begin), text.size());
    std::string_view word = std::string_view(text).substr(begin, end - begin);
    size_t eq = word.find('=');
    if (eq == 0 || eq == std::string_view::npos || word.starts_with("-")) return text;
    std::string_view name = word.substr(0, eq), value = word.substr(eq + 1);
    if (name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") != std::string_view::npos)
      return text;
    if (value.find("$(") != std::string_view::npos || value.find_first_of("`'\"\\;&|<>()") != std::string_view::npos)
      return text;
    bool url = value.find("://") != std::string_view::npos && !value.starts_with("file:");  // a service's address
    if (!url && value.find_first_of("/~") != std::string_view::npos) return std::nullopt;
    std::string upper(name);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (value.find('$') != std::string_view::npos)
      for (std::string_view place : {"DIR", "PATH", "PREFIX", "HOME", "ROOT", "DEST", "OUT", "TARGET", "FILE", "LOC", "BIN", "LIB"})
        if (upper.find(place) != std::string::npos) return std::nullopt;
    text.erase(0, end);
  }
}

// The command's words without leading VAR=value assignments and `sudo`; empty when the text has
// shell syntax plain words cannot show.
Words WordsOf(std::string_view raw) {
  std::string text;  // a line continuation inside the command only separates words
  for (size_t i = 0; i < raw.size(); ++i) {
    bool continuation = raw[i] == '\\' && i + 1 < raw.size() && raw[i + 1] == '\n';
    text += continuation ? ' ' : raw[i];
    i += continuation ? 1 : 0;
  }
  std::optional<std::string> command = WithoutLeadingAssignments(text);
  if (!command) return {};
  text = *command;
  if (text.find_first_of("$`<>|;&(){}\n\\") != std::string::npos) return {};
  std::istringstream in{text};
  Words words;
  for (std::string word; in >> word;) {
    while (!word.empty() && (word.front() == '"' || word.front() == '\'')) word.erase(0, 1);
    while (!word.empty() && (word.back() == '"' || word.back() == '\'')) word.pop_back();
    if (words.empty() && word == "sudo") continue;
    if (!word.empty()) words.push_back(word);
  }
  // The system's interpreters by their paths are the same programs (`/bin/bash compile.sh`),
  // `bundler` is bundle under its gem's name, and so is a project's node_modules/.bin link.
  if (!words.empty()) {
    for (std::string_view dir : {"/bin/", "/usr/bin/", "/usr/local/bin/"})
      if (words[0].starts_with(dir) && words[0].find('/', dir.size()) == std::string::npos) words[0].erase(0, dir.size());
    if (words[0] == "bundler") words[0] = "bundle";
    // npm's link to a dependency's program (`./node_modules/.bin/gulp`) runs the same program as its bare name.
    for (std::string_view bin : {"./node_modules/.bin/", "node_modules/.bin/"})
      if (words[0].starts_with(bin) && words[0].find('/', bin.size()) == std::string::npos) words[0].erase(0, bin.size());
  }
  return words;
}

bool Python(std::string_view word) { return word == "python" || word == "python3" || word.starts_with("python3."); }

bool Inert(const Words& w) {
  if (w.size() == 2 && In(w[1], {"--version", "-version", "-v", "-V", "version", "--help", "-h"})) return true;
  if (In(w[0], {"pytest", "py.test", "tox", "nosetests", "flake8", "pylint", "mypy", "rspec", "jest", "phpunit", "eslint"}))
    return true;
  auto at = [&](size_t i) { return i < w.size() ? std::string_view(w[i]) : std::string_view(); };
  if (Python(w[0]) && at(1) == "-m" && In(at(2), {"pytest", "unittest", "flake8", "mypy", "pylint", "compileall"})) return true;
  if (Python(w[0]) && at(1) == "setup.py" && In(at(2), {"test", "check", "flake8"})) return true;
  if ((w[0] == "npm" || w[0] == "yarn" || w[0] == "pnpm") && (In(at(1), {"test", "lint"}) || (at(1) == "run" && In(at(2), {"test", "lint"}))))
    return true;
  if ((w[0] == "go" || w[0] == "cargo") && In(at(1), {"test", "vet", "clippy", "fmt"})) return true;
  size_t rake = w[0] == "bundle" && at(1) == "exec" ? 2 : 0;
  if ((at(rake) == "rake" && In(at(rake + 1), {"test", "spec", "release_checks"})) || In(at(rake), {"rspec", "release_checks"}))
    return true;
  if ((w[0] == "poetry" || w[0] == "pipenv") && at(1) == "run" && In(at(2), {"pytest", "py.test", "tox", "flake8", "mypy"})) return true;
  if (w[0] == "crystal" && at(1) == "spec") return true;
  if (Python(w[0]) && at(1) == "-c") {
    std::string code;
    for (size_t i = 2; i < w.size(); ++i) code += w[i] + " ";
    for (std::string_view risky : {"open", "write", "download", "system", "install", "save", "mkdir", "remove", "url",
                                   "request", "subprocess", "shutil", "os.", "exec", "call", "copy", "rename", "touch"})
      if (code.find(risky) != std::string::npos) return false;
    return code.starts_with("import ") || code.starts_with("from ") || code.starts_with("print");
  }
  return false;
}

// A script name that says it installs something system-wide.
bool Installer(std::string_view path) {
  std::string_view name = path.substr(path.rfind('/') + 1);
  for (std::string_view marker : {"install", "setup", "bootstrap", "get-", "get_", "download", "conda", "rustup", "nvm"})
    if (name.find(marker) != std::string_view::npos) return true;
  return false;
}

bool InsideAny(std::string_view path, const std::vector<std::string>& dirs) {
  return std::any_of(dirs.begin(), dirs.end(), [&](const std::string& d) { return d != "/" && analysis::IsUnder(path, d); });
}

bool Project(const Words& w, const std::string& cwd, const std::vector<std::string>& context_dirs) {
  if (!InsideAny(cwd, context_dirs)) return false;
  auto at = [&](size_t i) { return i < w.size() ? std::string_view(w[i]) : std::string_view(); };
  size_t script = std::string::npos;  // index of the project's script among the words
  size_t rake = w[0] == "bundle" && at(1) == "exec" ? 2 : 0;
  if (Python(w[0]) && In(at(1), {"manage.py", "setup.py"})) {
    // Django's management commands and setuptools' build commands write in the project (and its
    // database); any other script, run by path or by an interpreter, may write anywhere: unknown.
    script = 1;
    if (at(1) == "setup.py" && !In(at(2), {"build", "build_ext", "sdist", "bdist_wheel", "compile_catalog"}))
      return false;
  } else if (In(at(rake), {"rake", "rails"}) && !at(rake + 1).empty()) {
    script = rake + 1;  // a task of the project's Rakefile
  } else if (at(rake) == "bootsnap" && at(rake + 1) == "precompile") {
    script = rake + 1;  // bootsnap's cache of the project's code, in its tmp/cache unless --cache-dir (a path, checked below)
  } else if (at(rake) == "jekyll" && at(rake + 1) == "build") {
    script = rake + 1;  // the site goes to _site, or where --destination says (a path, checked below)
  } else if (w[0] == "composer" && In(at(1), {"dump-autoload", "dumpautoload", "run-script", "run"})) {
    script = 1;  // vendor/autoload.php or a script of the project's composer.json
  } else if (w[0] == "bower" && std::find(w.begin(), w.end(), "install") != w.end()) {
    // bower_components/ in the project folder (or where its .bowerrc says, inside it)
    for (size_t i = 1; i < w.size(); ++i)
      if (!In(w[i], {"install", "--allow-root", "--production", "-p", "--config.interactive=false", "-F", "--force-latest"}))
        return false;
    return true;
  } else if ((w[0] == "grunt" || w[0] == "gulp") && w.size() <= 3) {
    script = 1;  // tasks of the project's Gruntfile or gulpfile, run in the project folder
    for (size_t i = 1; i < w.size(); ++i)
      if (w[i].starts_with("-") && !In(w[i], {"--production", "--prod", "--release", "--force"})) return false;
    if (w.size() == 1) return true;
  } else if ((w[0] == "npm" || w[0] == "pnpm" || w[0] == "yarn") && (at(1) == "run" || at(1) == "build" || w[0] == "yarn")) {
    script = 1;  // a script of the project's package.json
  } else {
    return false;
  }
  std::string path = analysis::Join(cwd, w[script]);
  if (w[script].find('/') != std::string::npos || w[script].ends_with(".py") || w[script].ends_with(".sh") ||
      w[script].ends_with(".php") || w[script].ends_with(".rb") || w[script].ends_with(".js")) {
    if (!InsideAny(path, context_dirs) || Installer(w[script])) return false;
  }
  for (size_t i = 1; i < w.size(); ++i)
    if (w[i].starts_with("/") || w[i].starts_with("~") || w[i].find("..") != std::string::npos ||
        w[i].find("=/") != std::string::npos || In(w[i], {"install", "link", "-g", "--global"}))
      return false;
  return true;
}

// Tools that only prepare a build in the project folder: Go dependency fetchers (vendor/, GOPATH) and
// the autotools bootstrap (configure). What they write matters to production only through the build.
bool FeedsTheBuild(const Words& w) {
  auto at = [&](size_t i) { return i < w.size() ? std::string_view(w[i]) : std::string_view(); };
  return (w[0] == "godep" && In(at(1), {"restore", "go", "get"})) || (w[0] == "dep" && at(1) == "ensure") ||
         (w[0] == "glide" && In(at(1), {"install", "up", "update"})) || (w[0] == "govendor" && In(at(1), {"sync", "fetch"})) ||
         (w[0] == "go" && at(1) == "generate") || w[0] == "autoreconf" || w[0] == "./autogen.sh" || w[0] == "autogen.sh" ||
         ((w[0] == "sh" || w[0] == "bash") && (at(1) == "autogen.sh" || at(1) == "./autogen.sh")) ||  // the same script
         w[0] == "./bootstrap" ||
         w[0] == "aclocal" || w[0] == "automake" || w[0] == "autoconf" || w[0] == "libtoolize";
}

}  // namespace

std::string LocalDatabaseServer(const analysis::StageFlow& flow) {
  auto server = [](std::string_view p) {
    if (p.starts_with("mysql-server") || p.starts_with("mariadb-server") || p == "default-mysql-server" ||
        p.starts_with("percona-server-server") || p == "postgresql-server" || p.starts_with("mongodb") || p == "couchdb")
      return p.find("-client") == std::string_view::npos && p.find("-tools") == std::string_view::npos;
    if (!p.starts_with("postgresql")) return false;  // postgresql, postgresql-12, postgresql-9.6: the server
    std::string_view rest = p.substr(std::string_view("postgresql").size());
    return rest.empty() || (rest.size() > 1 && rest[0] == '-' && rest.find_first_not_of("0123456789.", 1) == std::string_view::npos);
  };
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands)
      if (command.effect.kind == analysis::EffectKind::kPackages && !command.effect.removal)
        for (const std::string& package : command.effect.packages)
          if (server(package)) return package;
  return "";
}

std::string BuilderOnlyReason(const analysis::CommandFlow& command, const std::vector<std::string>& context_dirs,
                              bool compiled, std::string_view database) {
  Words words = WordsOf(command.text);
  if (words.empty()) return "";
  if (compiled && FeedsTheBuild(words)) return "only prepares the build, and production takes only the built program";
  if (Inert(words)) return "prints a version or runs checks";
  if (database.empty() && Project(words, command.cwd, context_dirs)) return "runs the project's own script, assumed to write only inside its folder, which production copies";
  return "";
}

}  // namespace dockopt::split
