// Interpreters running inline code, well-known modules and project commands: python (setup.py,
// get-pip.py/get-pipenv.py, NLTK data, -c code that only imports and prints), php (-r code of the
// composer installer idiom, a saved installer, print-only switches), R and Rscript (CRAN, Bioconductor
// and devtools/remotes installs into the site library), littler's install2.r, perl Makefile.PL, pear
// on the official php image, jupyter extensions, and xargs over a dependency install. Code the readers cannot follow
// stays unknown.
#include <algorithm>
#include <cctype>

#include "analysis/effect_args.h"
#include "analysis/effects.h"
#include "analysis/image_os.h"
#include "analysis/paths.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

bool In(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

template <size_t N>
bool Listed(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool Evaluated(const std::vector<std::string>& paths) {
  return std::none_of(paths.begin(), paths.end(), [](const std::string& p) {
    return p.find('$') != std::string::npos || p.find('`') != std::string::npos;
  });
}

Effect Deps(std::string tool, std::string manager, std::vector<std::string> writes) {
  Effect effect = MakeEffect(EffectKind::kDeps, std::move(tool));
  effect.manager = std::move(manager);
  effect.writes = std::move(writes);
  return effect;
}

// ---- Code tokens (PHP and R): string literals, names, and whether a name is called ----

struct Token {
  enum Kind : uint8_t { kString, kName, kPunct } kind;
  std::string text;
};

// Splits `code` into string literals (unquoted), names (`$var`, `a.b`, `pkg::fn` kept whole) and
// single punctuation characters; nullopt on an unterminated string or a backtick (PHP's shell call).
std::optional<std::vector<Token>> Tokens(std::string_view code, bool r_names) {
  std::vector<Token> out;
  for (size_t i = 0; i < code.size();) {
    char c = code[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '\'' || c == '"') {
      std::string text;
      size_t j = i + 1;
      for (; j < code.size() && code[j] != c; ++j) {
        if (code[j] == '\\' && j + 1 < code.size()) ++j;
        text += code[j];
      }
      if (j >= code.size()) return std::nullopt;
      out.push_back({Token::kString, std::move(text)});
      i = j + 1;
    } else if (c == '`') {
      return std::nullopt;
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$' || (r_names && c == '.')) {
      size_t j = i + 1;
      while (j < code.size() && (std::isalnum(static_cast<unsigned char>(code[j])) || code[j] == '_' ||
                                 (r_names && (code[j] == '.' || code[j] == ':'))))
        ++j;
      out.push_back({Token::kName, std::string(code.substr(i, j - i))});
      i = j;
    } else {
      out.push_back({Token::kPunct, std::string(1, c)});
      ++i;
    }
  }
  return out;
}

bool Called(const std::vector<Token>& tokens, size_t i) {
  return i + 1 < tokens.size() && tokens[i + 1].kind == Token::kPunct && tokens[i + 1].text == "(";
}

// The string literals of the call at tokens[i] when every argument is one; nullopt otherwise.
std::optional<std::vector<std::string>> LiteralArgs(const std::vector<Token>& tokens, size_t i) {
  std::vector<std::string> args;
  for (size_t j = i + 2; j < tokens.size(); j += 2) {
    if (tokens[j].kind != Token::kString) return std::nullopt;
    args.push_back(tokens[j].text);
    if (j + 1 >= tokens.size() || tokens[j + 1].kind != Token::kPunct) return std::nullopt;
    if (tokens[j + 1].text == ")") return args;
    if (tokens[j + 1].text != ",") return std::nullopt;
  }
  return std::nullopt;
}

// ---- PHP ----

// Functions that only compute, compare or print.
constexpr std::string_view kPhpPure[] = {
    "hash", "hash_file", "hash_equals", "file_get_contents", "trim", "strlen", "strtolower", "strtoupper",
    "json_encode", "get_loaded_extensions", "extension_loaded", "phpversion", "version_compare", "var_dump",
    "print_r", "printf", "sprintf", "implode", "explode", "in_array", "function_exists", "class_exists",
    "ini_get", "php_uname", "php_ini_loaded_file", "isset", "empty", "exit", "die", "echo", "print", "sha1_file",
    "md5_file", "file_exists", "is_file", "readfile", "var_export", "fwrite", "count"};
constexpr std::string_view kPhpKeywords[] = {"if", "else", "elseif", "echo", "print", "exit", "die", "true",
                                             "false", "null", "TRUE", "FALSE", "NULL", "STDERR", "STDOUT"};

bool PhpConstant(std::string_view name) {
  return std::all_of(name.begin(), name.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || c == '_' || std::isdigit(static_cast<unsigned char>(c)); });
}

struct PhpCode {
  std::vector<std::string> writes, removes;
  std::string download;  // the URL a readfile() prints or a copy() saves
};

// Reads `php -r` code built only from the functions above, copy(), unlink() and file_put_contents()
// with literal file names: the composer installer idiom (copy, signature check, unlink) and prints.
std::optional<PhpCode> ReadPhp(std::string_view code, const ShellState& state) {
  std::optional<std::vector<Token>> tokens = Tokens(code, false);
  if (!tokens) return std::nullopt;
  PhpCode out;
  for (size_t i = 0; i < tokens->size(); ++i) {
    const Token& token = (*tokens)[i];
    if (token.kind == Token::kPunct && (token.text == ":" || token.text == "-") && i + 1 < tokens->size() &&
        ((*tokens)[i + 1].text == ":" || (*tokens)[i + 1].text == ">"))
      return std::nullopt;  // methods and static calls run code dockopt cannot see
    if (token.kind != Token::kName || token.text.starts_with("$")) continue;
    if (Listed(token.text, kPhpKeywords)) continue;
    if (!Called(*tokens, i)) {
      if (!PhpConstant(token.text)) return std::nullopt;
      continue;
    }
    const std::string& name = token.text;
    if (name == "copy" || name == "unlink" || name == "file_put_contents" || name == "readfile") {
      std::optional<std::vector<std::string>> args = LiteralArgs(*tokens, i);
      if (name == "file_put_contents" && !args) {  // the contents may be any expression; the file name may not
        if (i + 2 < tokens->size() && (*tokens)[i + 2].kind == Token::kString) args = {{(*tokens)[i + 2].text}};
      }
      if (!args || args->empty()) return std::nullopt;
      if (name == "copy" && args->size() == 2) {
        out.writes.push_back(Join(state.cwd, args->at(1)));
        if (args->at(0).find("://") != std::string::npos) out.download = args->at(0);
      } else if (name == "unlink" && args->size() == 1) {
        out.removes.push_back(Join(state.cwd, args->at(0)));
      } else if (name == "file_put_contents") {
        out.writes.push_back(Join(state.cwd, args->at(0)));
      } else if (name == "readfile" && args->size() == 1) {
        if (args->at(0).find("://") != std::string::npos) out.download = args->at(0);
      } else {
        return std::nullopt;
      }
      continue;
    }
    if (!Listed(name, kPhpPure)) return std::nullopt;
  }
  return out;
}

std::optional<Effect> Php(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() == 2 && In(words[1], {"-i", "--info", "-m", "--modules", "--ini", "-v", "--version"}))
    return MakeEffect(EffectKind::kNone, "php " + words[1]);
  if (words.size() == 3 && In(words[1], {"--ri", "--re", "--rf", "--rc", "--rz"}))  // reflection: prints
    return MakeEffect(EffectKind::kNone, "php " + words[1]);
  if (words.size() >= 3 && words[1] == "-l") return MakeEffect(EffectKind::kNone, "php -l");  // a syntax check
  if (words.size() == 3 && words[1] == "-r") {
    std::optional<PhpCode> code = ReadPhp(words[2], state);
    if (!code) return std::nullopt;
    Effect effect = MakeEffect(code->writes.empty() && code->removes.empty() ? EffectKind::kNone : EffectKind::kFiles, "php -r");
    effect.writes = std::move(code->writes);
    effect.removes = std::move(code->removes);
    return effect;
  }
  if (words.size() < 2 || words[1].starts_with("-")) return std::nullopt;
  // A saved download run as a script (`curl -o /tmp/installer.php URL && php /tmp/installer.php ARGS`):
  // the known installers of installers.cc, as if piped.
  std::vector<std::string> piped{words[0]};
  piped.insert(piped.end(), words.begin() + 2, words.end());
  if (auto saved = state.downloads.find(Join(state.cwd, words[1])); saved != state.downloads.end())
    return PipedInstallerEffect(saved->second, piped, state);
  if (words[1].ends_with("composer-setup.php"))  // named as getcomposer.org's instructions name it
    return PipedInstallerEffect("https://getcomposer.org/installer", piped, state);
  if (words[1].ends_with("composer.phar") || words[1].ends_with("/composer")) {  // `php composer.phar config ...`
    std::vector<std::string> composer(words.begin() + 1, words.end());
    composer[0] = "composer";
    return LanguageToolEffect(composer, state);
  }
  return std::nullopt;
}

// pear on the official php image (PHP_INI_DIR is /usr/local/etc/php): its php_dir is /usr/local/lib/php
// (the registry and the packages' PHP files) and its bin_dir /usr/local/bin. Distribution pears keep
// scripts in /usr/bin, which no copy may take whole: those stay unknown.
std::optional<Effect> Pear(const std::vector<std::string>& words, const ShellState& state) {
  auto ini = state.vars.find("PHP_INI_DIR");
  if (ini == state.vars.end() || ini->second != "/usr/local/etc/php") return std::nullopt;
  Args args = ReadArgs(words, 1, {"-c", "-C", "-d", "-D"});
  if (args.Has("-c") || args.Has("-C") || args.Has("-d") || args.Has("-D")) return std::nullopt;  // another config
  std::string sub = args.operands.empty() ? "" : args.operands.front();
  if (In(sub, {"list", "info", "remote-info", "list-channels", "config-get", "config-show", "version", "search"}))
    return MakeEffect(EffectKind::kNone, "pear " + sub);
  if (!In(sub, {"install", "upgrade", "uninstall", "channel-discover", "channel-update", "update-channels"}))
    return std::nullopt;  // config-set moves where later installs go
  Effect effect = Deps("pear " + sub, "pear", {"/usr/local/lib/php"});
  if (sub == "install" || sub == "upgrade") effect.writes.push_back("/usr/local/bin");
  effect.caches = {"/tmp/pear"};
  return effect;
}

// ---- Python ----

std::string PipOf(const std::string& python) {
  return python.find("/bin/") != std::string::npos ? python.substr(0, python.rfind('/')) + "/pip" : "pip";
}

// Where pip would install `rest` (its options and packages) for `python`; empty when unknown.
std::vector<std::string> PipWrites(const std::string& python, std::vector<std::string> rest, const ShellState& state) {
  rest.insert(rest.begin(), {PipOf(python), "install"});
  std::optional<Effect> pip = DepsEffect(rest, state);
  return pip && pip->kind == EffectKind::kDeps ? pip->writes : std::vector<std::string>{};
}

// pip's default place, the interpreter's own site-packages: noted as `pip install` notes it, so a planner
// knows the files lie where that interpreter keeps them (/usr/lib on Alpine's and CentOS' python).
void NoteImageSitePackages(Effect& effect, const std::vector<std::string>& site) {
  if (site == std::vector<std::string>{"/usr/local/bin", "/usr/local/lib"}) effect.note = "site-packages of the image's python";
}

// setup.py commands: builds write inside the project (build/, dist/, *.egg-info); install and develop
// write where pip would put the project.
std::optional<Effect> SetupPy(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() < 3 || !words[1].ends_with("setup.py")) return std::nullopt;
  Args args = ReadArgs(words, 2, {"--prefix", "--root", "--home", "--install-dir", "-d", "--dist-dir", "-b",
                                  "--build-base", "--formats", "-j", "--parallel", "--plat-name", "-p", "--record"});
  std::string script = Join(state.cwd, words[1]);
  std::string project = script.substr(0, std::max<size_t>(1, script.rfind('/')));
  bool install = false, develop = false, outside_build = false;
  for (const std::string& command : args.operands) {
    if (command == "install") install = true;
    else if (command == "develop") develop = true;
    else if (!In(command, {"build", "build_ext", "build_py", "build_clib", "build_scripts", "sdist", "bdist", "bdist_wheel",
                           "bdist_egg", "bdist_dumb", "egg_info", "clean"}))
      return std::nullopt;
  }
  for (const char* option : {"-d", "--dist-dir", "-b", "--build-base", "--install-dir"})
    outside_build |= args.Has(option);
  std::optional<std::string> prefix = args.Value({"--prefix", "--root"});
  if (args.operands.empty() || outside_build || args.Has("--home") || prefix == "/" || prefix == "/usr" || project == "/")
    return std::nullopt;
  bool only_build = std::all_of(args.operands.begin(), args.operands.end(), [](const std::string& c) {
    return c == "build" || c == "build_ext" || c == "build_py" || c == "build_clib" || c == "build_scripts";
  });
  bool inplace = args.Has("--inplace") || args.Has("-i");
  Effect effect = MakeEffect(install || develop ? EffectKind::kDeps : EffectKind::kBuild,
                             "python setup.py " + args.operands.front());
  effect.manager = "pip";
  effect.compiles = true;
  effect.writes = {only_build && !inplace ? Join(project, "build") : project};
  if (install || develop) {
    std::vector<std::string> pip;
    for (const char* option : {"--prefix", "--root"})
      if (std::optional<std::string> value = args.Value({option})) pip.insert(pip.end(), {option, *value});
    if (args.Has("--user")) pip.push_back("--user");
    pip.push_back(".");
    std::vector<std::string> site = PipWrites(words[0], pip, state);
    if (site.empty()) return std::nullopt;
    NoteImageSitePackages(effect, site);
    effect.writes.insert(effect.writes.end(), site.begin(), site.end());
  }
  if (std::optional<std::string> record = args.Value({"--record"})) effect.writes.push_back(Join(state.cwd, *record));
  return effect;
}

// setuptools' easy_install run by an interpreter: `python3 -m easy_install pip`, or its module by path on a
// distribution's python (`python3 /usr/lib/python3/dist-packages/easy_install.py pip`). It installs named
// packages where pip would for that interpreter; options (--install-dir, --user, -d) and local paths or URLs
// stay unknown.
std::optional<Effect> EasyInstall(const std::vector<std::string>& words, const ShellState& state) {
  size_t first = 0;
  if (words.size() >= 3 && words[1] == "-m" && words[2] == "easy_install") {
    first = 3;
  } else if (words.size() >= 2 && words[1].starts_with("/usr/") && words[1].ends_with("/easy_install.py") &&
             (words[1].find("/dist-packages/") != std::string::npos || words[1].find("/site-packages/") != std::string::npos)) {
    first = 2;
  } else {
    return std::nullopt;
  }
  std::vector<std::string> packages(words.begin() + static_cast<std::ptrdiff_t>(first), words.end());
  if (packages.empty()) return std::nullopt;
  for (const std::string& package : packages)
    if (package.starts_with("-") || package.starts_with(".") || package.find_first_of("/:$") != std::string::npos)
      return std::nullopt;
  std::vector<std::string> site = PipWrites(words[0], packages, state);
  if (site.empty()) return std::nullopt;
  Effect effect = Deps("easy_install", "pip", site);
  effect.compiles = true;
  NoteImageSitePackages(effect, site);
  return effect;
}

// get-pip.py and pipenv's get-pipenv.py (a get-pip.py that adds "pipenv") hand their arguments to
// `pip install --upgrade ARGS pip setuptools wheel [pipenv]`.
std::optional<Effect> GetPip(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() < 2) return std::nullopt;
  std::string_view script = words[1];
  script.remove_prefix(script.rfind('/') == std::string_view::npos ? 0 : script.rfind('/') + 1);
  if (script != "get-pip.py" && script != "get-pipenv.py") return std::nullopt;
  std::vector<std::string> rest(words.begin() + 2, words.end());
  rest.push_back(script == "get-pip.py" ? "pip" : "pipenv");
  std::vector<std::string> site = PipWrites(words[0], rest, state);
  if (site.empty()) return std::nullopt;
  Effect effect = Deps(std::string(script), "pip", site);
  NoteImageSitePackages(effect, site);
  effect.reads = {Join(state.cwd, words[1])};
  return effect;
}

// NLTK's downloader saves into the first of its data folders that exists, else ~/nltk_data. None of
// them exists in a fresh image; with NLTK_DATA set the first may, so that stays unknown.
std::optional<std::string> NltkFolder(std::optional<std::string> dir, const ShellState& state) {
  if (dir) return Join(state.cwd, *dir);
  if (state.vars.contains("NLTK_DATA")) return std::nullopt;
  return Join(state.home, "nltk_data");
}

Effect NltkData(std::string tool, std::string folder) {
  Effect effect = Deps(std::move(tool), "nltk", {std::move(folder)});
  effect.note = "NLTK data";
  return effect;
}

std::optional<Effect> PythonModule(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() < 3 || words[1] != "-m") return std::nullopt;
  if (words[2] == "nltk.downloader") {
    Args args = ReadArgs(words, 3, {"-d", "--dir", "-u", "--url"});
    std::optional<std::string> folder = NltkFolder(args.Value({"-d", "--dir"}), state);
    if (!folder) return std::nullopt;
    return NltkData("nltk.downloader", *folder);
  }
  if (words[2] == "textblob.download_corpora" && words.size() <= 4) {  // nltk.download() of its corpora
    std::optional<std::string> folder = NltkFolder(std::nullopt, state);
    if (!folder) return std::nullopt;
    return NltkData("textblob.download_corpora", *folder);
  }
  return std::nullopt;
}

// `python -c CODE` when every statement imports, prints a name, or downloads NLTK data. What an import
// caches (bytecode, a font cache) the runtime makes again.
std::optional<Effect> PythonInline(const std::string& code, const ShellState& state) {
  Effect effect = MakeEffect(EffectKind::kNone, "python -c", "imports modules and prints");
  size_t begin = 0;
  while (begin <= code.size()) {
    size_t end = code.find_first_of(";\n", begin);
    if (end == std::string::npos) end = code.size();
    std::string statement = code.substr(begin, end - begin);
    begin = end + 1;
    statement.erase(0, statement.find_first_not_of(" \t"));
    statement.erase(statement.find_last_not_of(" \t") + 1);
    if (statement.empty()) continue;
    bool names_only = statement.find_first_of("()[]=`") == std::string::npos;
    if ((statement.starts_with("import ") || statement.starts_with("from ")) && names_only) continue;
    if (statement.starts_with("print")) {
      std::string args = statement.substr(5);
      if (args.starts_with("(") && args.ends_with(")")) args = args.substr(1, args.size() - 2);
      if (args.find_first_of("()[]=`") == std::string::npos) continue;
      return std::nullopt;
    }
    if (statement.starts_with("nltk.download(") && statement.ends_with(")")) {
      std::optional<std::vector<Token>> tokens = Tokens(statement, false);
      if (!tokens) return std::nullopt;
      std::optional<std::string> dir;
      for (size_t i = 0; i + 2 < tokens->size(); ++i)
        if ((*tokens)[i].text == "download_dir" && (*tokens)[i + 1].text == "=" && (*tokens)[i + 2].kind == Token::kString)
          dir = (*tokens)[i + 2].text;
      for (const Token& token : *tokens)
        if (token.kind == Token::kName && !In(token.text, {"nltk", "download", "download_dir", "quiet", "True", "False", "raise_on_error"}))
          return std::nullopt;
      std::optional<std::string> folder = NltkFolder(dir, state);
      if (!folder) return std::nullopt;
      Effect nltk = NltkData("nltk.download", *folder);
      effect.kind = EffectKind::kDeps;
      effect.manager = nltk.manager;
      effect.writes.push_back(*folder);
      effect.note = nltk.note;
      continue;
    }
    return std::nullopt;
  }
  return effect;
}

std::optional<Effect> Python(const std::vector<std::string>& words, const ShellState& state) {
  if (words.size() == 3 && words[1] == "-c") return PythonInline(words[2], state);
  if (std::optional<Effect> effect = PythonModule(words, state)) return effect;
  if (std::optional<Effect> effect = EasyInstall(words, state)) return effect;
  if (std::optional<Effect> effect = SetupPy(words, state)) return effect;
  return GetPip(words, state);
}

// ---- R ----

// .libPaths()[1], where install.packages() puts packages without lib=: /usr/local/lib/R/site-library
// for the R of Debian and Ubuntu packages and of the images built on them (r-base, rocker/*,
// bioconductor/*). R_LIBS* variables or another family leave it unknown.
std::optional<std::string> RSiteLibrary(const std::string& r, const ShellState& state) {
  for (const char* var : {"R_LIBS", "R_LIBS_USER", "R_LIBS_SITE"})
    if (state.vars.contains(var)) return std::nullopt;
  if (r.find('/') != std::string::npos && !r.starts_with("/usr/bin/") && !r.starts_with("/usr/local/bin/")) return std::nullopt;
  std::string_view image = state.image;
  std::string_view name = image.substr(0, image.find_first_of(":@"));
  if (name == "r-base" || name.starts_with("rocker/") || name.starts_with("bioconductor/"))
    return "/usr/local/lib/R/site-library";
  Distro distro = ImageOs(image).distro;
  if (distro == Distro::kDebian || distro == Distro::kUbuntu) return "/usr/local/lib/R/site-library";
  return std::nullopt;
}

constexpr std::string_view kRInstallers[] = {
    "install.packages", "biocLite", "BiocManager::install", "BiocInstaller::biocLite",
    "install_github", "install_cran", "install_version", "install_bioc", "install_deps", "install_local",
    "install_url", "install_git", "install_gitlab", "install_bitbucket", "install_dev", "install"};
constexpr std::string_view kRPure[] = {
    "c", "library", "require", "requireNamespace", "suppressMessages", "suppressWarnings",
    "suppressPackageStartupMessages", "installed.packages", "length", "subset", "print", "cat", "message", "options",
    "character", "list", "is.element", "setdiff", "rownames", "colnames", "nchar", "sessionInfo", "packageVersion",
    "stopifnot", "stop", "invisible", "unique", "paste", "paste0", "chooseCRANmirror", "lapply",
    "sapply", "vapply", "dev_package_deps", "load_pkg_description", "getOption", "Sys.setenv",
    "is.na", "any", "all", "which", "names", "nrow", "version", "R.version.string", "getRversion", "numeric_version",
    "available.packages", "capabilities", "Sys.getenv"};
// Names a lapply() or a variable could hand code or files to.
constexpr std::string_view kRUnsafe[] = {"system", "system2", "eval", "parse", "do.call", "file", "download.file",
                                         "unlink", "writeLines", "write", "sink", "setwd", "dir.create", "file.copy",
                                         "saveRDS", "save", "assign", "function", "shell", "Sys.chmod", "file.remove"};

// The namespace-free name of an R call (`devtools::install_github` -> install_github), keeping the
// qualified forms the lists spell out.
std::string_view RName(std::string_view name) {
  if (Listed(name, kRInstallers)) return name;
  size_t colons = name.rfind("::");
  return colons == std::string_view::npos ? name : name.substr(colons + 2);
}

struct RCode {
  bool installs = false;
  std::optional<std::string> lib;  // a literal lib= argument
  // Bioconductor's installers also update outdated packages where each lies (the distribution's
  // library too), unless update = FALSE.
  bool updates_others = false;
  bool no_update = false;
};

// Reads R code built only from package installers and pure helpers; nullopt when anything else may run.
std::optional<RCode> ReadR(std::string_view code) {
  std::optional<std::vector<Token>> tokens = Tokens(code, true);
  if (!tokens) return std::nullopt;
  RCode out;
  for (size_t i = 0; i < tokens->size(); ++i) {
    const Token& token = (*tokens)[i];
    if (token.kind == Token::kPunct && token.text == "`") return std::nullopt;
    if (token.kind != Token::kName) continue;
    std::string_view name = RName(token.text);
    if (name == "lib" && i + 1 < tokens->size() && (*tokens)[i + 1].text == "=") {
      if (i + 2 >= tokens->size() || (*tokens)[i + 2].kind != Token::kString) return std::nullopt;
      if (out.lib && *out.lib != (*tokens)[i + 2].text) return std::nullopt;
      out.lib = (*tokens)[i + 2].text;
      continue;
    }
    if (Listed(name, kRUnsafe)) return std::nullopt;
    bool installer = Listed(name, kRInstallers);
    if (name == "install" && token.text.find("::") == std::string::npos) installer = false;  // a bare install() is not devtools'
    if (installer) {
      out.installs = true;
      out.updates_others |= name == "biocLite" || name == "BiocManager::install" || name == "BiocInstaller::biocLite";
      continue;
    }
    if (name == "update" && i + 2 < tokens->size() && (*tokens)[i + 1].text == "=" &&
        ((*tokens)[i + 2].text == "FALSE" || (*tokens)[i + 2].text == "F")) {
      out.no_update = true;
      continue;
    }
    if (!Called(*tokens, i)) continue;  // a variable, an argument name, TRUE/NULL
    if (name == "q" || name == "quit") {  // q("yes") would save the workspace into the folder
      for (size_t j = i + 2; j < tokens->size() && (*tokens)[j].text != ")"; ++j)
        if ((*tokens)[j].kind == Token::kString && (*tokens)[j].text != "no") return std::nullopt;
      continue;
    }
    if (name == "source") {  // Bioconductor's old installer script only defines biocLite()
      std::optional<std::vector<std::string>> args = LiteralArgs(*tokens, i);
      if (!args || args->size() != 1 || !args->front().ends_with("bioconductor.org/biocLite.R")) return std::nullopt;
      continue;
    }
    if (!Listed(name, kRPure) && !In(name, {"if", "for", "while"})) return std::nullopt;
  }
  return out;
}

// What R code that installs (or only loads and prints) does; nullopt when the library is unknown.
std::optional<Effect> REffect(std::string tool, const RCode& code, const std::string& r, const ShellState& state) {
  if (!code.installs) return MakeEffect(EffectKind::kNone, std::move(tool), "loads and prints");
  if (code.updates_others && !code.no_update) return std::nullopt;
  std::optional<std::string> lib = code.lib ? std::optional<std::string>(Join(state.cwd, *code.lib)) : RSiteLibrary(r, state);
  if (!lib) return std::nullopt;
  Effect effect = Deps(std::move(tool), "cran", {*lib});
  effect.compiles = true;  // CRAN serves Linux sources: packages with C, C++ or Fortran compile on install
  return effect;
}

// A script the command names, when the build context holds it (COPY'd alone or inside the project).
std::optional<std::string> ContextScript(std::string_view word, const ShellState& state) {
  if (word.find('$') != std::string_view::npos || !state.context) return std::nullopt;
  std::string path = Join(state.cwd, word);
  if (auto it = state.context_files.find(path); it != state.context_files.end()) return state.context(it->second);
  size_t slash = path.rfind('/');
  return ReadProjectFile(state, slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1));
}

// R -e CODE / Rscript -e CODE (any number of -e), R -f FILE / Rscript FILE (read from the build
// context), R CMD INSTALL.
std::optional<Effect> R(const std::vector<std::string>& words, const ShellState& state) {
  std::string_view tool = shell::CanonicalTool(words[0]);
  std::string code;
  size_t i = 1;
  for (; i < words.size(); ++i) {
    const std::string& word = words[i];
    if ((word == "-e" || word == "-f") && i + 1 < words.size()) {
      std::optional<std::string> text = word == "-e" ? std::optional<std::string>(words[i + 1]) : ContextScript(words[i + 1], state);
      if (!text) return std::nullopt;
      code += *text + "\n";
      ++i;
    } else if (word.starts_with("--file=")) {
      std::optional<std::string> text = ContextScript(word.substr(7), state);
      if (!text) return std::nullopt;
      code += *text + "\n";
    } else if (tool == "R" && word == "CMD" && i + 2 < words.size() && words[i + 1] == "INSTALL") {
      Args args = ReadArgs(words, i + 2, {"-l", "--library", "--configure-args", "--configure-vars"});
      std::optional<std::string> lib = args.Value({"-l", "--library"});
      RCode install;
      install.installs = true;
      install.lib = lib;
      std::optional<Effect> effect = REffect("R CMD INSTALL", install, words[0], state);
      if (effect)
        for (const std::string& package : args.operands) effect->reads.push_back(Join(state.cwd, package));
      return effect;
    } else if (In(word, {"--vanilla", "--no-save", "--no-restore", "--no-restore-data", "--no-restore-history",
                         "--slave", "--no-echo", "-q", "--quiet", "--silent", "-s", "--no-site-file", "--no-init-file",
                         "--no-environ", "--verbose", "--default-packages=", "--save"})) {
      continue;
    } else if (tool == "Rscript" && code.empty() && !word.starts_with("-")) {
      std::optional<std::string> text = ContextScript(word, state);  // Rscript FILE ARGS: the file is the code
      if (!text) return std::nullopt;
      code = *text;
      break;
    } else {
      return std::nullopt;
    }
  }
  if (code.empty()) return std::nullopt;
  std::optional<RCode> read = ReadR(code);
  if (!read) return std::nullopt;
  return REffect(std::string(tool) + (read->installs ? " install.packages" : ""), *read, words[0], state);
}

// littler's install scripts (rocker images): their -l defaults to /usr/local/lib/R/site-library.
std::optional<Effect> Littler(const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"-l", "--libloc", "-r", "--repos", "-d", "--deps", "-n", "--ncpus", "-t", "--type",
                                  "-m", "--method", "-u", "--update"});
  if (args.operands.empty()) return std::nullopt;
  Effect effect = Deps(std::string(shell::CanonicalTool(words[0])), "cran",
                       {Join(state.cwd, args.Value({"-l", "--libloc"}).value_or("/usr/local/lib/R/site-library"))});
  effect.compiles = true;
  return effect;
}

// ---- Jupyter ----

// sys.prefix of the python that runs `jupyter`: the program's own folder, the venv, else the image's
// python: /usr/local on the official python images, /usr for a Debian or Ubuntu python. A PATH with
// other folders, a source-built prefix or conda leave it unknown.
std::optional<std::string> JupyterPrefix(const std::string& program, const ShellState& state) {
  if (program.find("/bin/") != std::string::npos) return program.substr(0, program.rfind("/bin/"));
  if (auto venv = state.vars.find("VIRTUAL_ENV"); venv != state.vars.end()) return venv->second;
  if (state.vars.contains("dockopt.prefix")) return std::nullopt;
  if (auto path = state.vars.find("PATH"); path != state.vars.end()) {
    std::string_view rest = path->second;
    while (!rest.empty()) {
      std::string_view entry = rest.substr(0, rest.find(':'));
      rest.remove_prefix(std::min(rest.size(), entry.size() + 1));
      if (!In(entry, {"/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin", "$PATH", "${PATH}"}))
        return std::nullopt;
    }
  }
  std::string_view name = std::string_view(state.image).substr(0, state.image.find_first_of(":@"));
  if (name == "python" || name == "library/python" || name == "docker.io/library/python") return "/usr/local";
  Distro distro = ImageOs(state.image).distro;
  if (distro == Distro::kDebian || distro == Distro::kUbuntu) return "/usr";
  return std::nullopt;
}

// jupyter nbextension/serverextension/labextension: extensions go to a data folder, switches to a
// config folder, of the user (--user) or of the python (--sys-prefix). Without either, the default
// differs between the apps and their versions: unknown.
std::optional<Effect> Jupyter(const std::vector<std::string>& words, const ShellState& state) {
  Args args = ReadArgs(words, 1, {"--prefix", "--nbextensions", "--log-level", "--app-dir"});
  if (args.operands.size() < 2) return std::nullopt;
  const std::string& app = args.operands[0];
  const std::string& sub = args.operands[1];
  if (!In(app, {"nbextension", "serverextension", "labextension"})) return std::nullopt;
  if (In(sub, {"list", "check"})) return MakeEffect(EffectKind::kNone, "jupyter " + app + " " + sub);
  bool install = In(sub, {"install", "uninstall", "link", "unlink"});
  if (!install && !In(sub, {"enable", "disable"})) return std::nullopt;
  if (args.Has("--prefix") || args.Has("--nbextensions") || args.Has("--app-dir") || args.Has("--system")) return std::nullopt;
  std::string folder;
  if (app == "labextension") {  // the JupyterLab application folder, whatever --user says
    auto dir = state.vars.find("JUPYTERLAB_DIR");
    std::optional<std::string> prefix = JupyterPrefix(words[0], state);
    if (dir == state.vars.end() && !prefix) return std::nullopt;
    folder = dir != state.vars.end() ? dir->second : Join(*prefix, "share/jupyter/lab");
  } else if (args.Has("--user") && !args.Has("--sys-prefix")) {
    auto var = state.vars.find(install ? "JUPYTER_DATA_DIR" : "JUPYTER_CONFIG_DIR");
    folder = var != state.vars.end() ? var->second : Join(state.home, install ? ".local/share/jupyter" : ".jupyter");
  } else if (args.Has("--sys-prefix") && !args.Has("--user")) {
    std::optional<std::string> prefix = JupyterPrefix(words[0], state);
    if (!prefix) return std::nullopt;
    folder = Join(*prefix, install ? "share/jupyter" : "etc/jupyter");
  } else {
    return std::nullopt;
  }
  Effect effect = MakeEffect(EffectKind::kFiles, "jupyter " + app + " " + sub);
  effect.writes = {Join(state.cwd, folder)};
  return effect;
}

// ---- others ----

// xargs handing its input to echo writes nothing. xargs handing its input as names to a dependency install (`cat req.txt | xargs pip install`): where
// the install writes does not depend on the names. System package installs need the names: unknown.
std::optional<Effect> Xargs(const std::vector<std::string>& words, const ShellState& state) {
  size_t i = 1;
  while (i < words.size() && words[i].starts_with("-")) {
    bool valued = In(words[i], {"-n", "-I", "-P", "-d", "-L", "-E", "-s", "-a", "--max-args", "--max-procs",
                                "--delimiter", "--max-lines", "--arg-file"});
    i += valued ? 2 : 1;
  }
  if (i >= words.size()) return std::nullopt;
  std::vector<std::string> rest(words.begin() + static_cast<std::ptrdiff_t>(i), words.end());
  if (In(shell::CanonicalTool(rest[0]), {"echo", "printf", "true"}))  // prints its input: the pipe's next command acts
    return MakeEffect(EffectKind::kNone, "xargs " + rest[0]);
  std::optional<Effect> effect = DepsEffect(rest, state);
  if (!effect || effect->kind != EffectKind::kDeps || effect->writes.empty()) return std::nullopt;
  effect->tool = "xargs " + effect->tool;
  return effect;
}

}  // namespace

std::string InlineDownloadUrl(const std::vector<std::string>& words) {
  if (words.size() != 3 || shell::CanonicalTool(words[0]) != "php" || words[1] != "-r") return "";
  ShellState state;
  std::optional<PhpCode> code = ReadPhp(words[2], state);
  return code ? code->download : "";
}

std::optional<Effect> InterpreterEffect(const std::vector<std::string>& words, const ShellState& state) {
  std::string_view tool = shell::CanonicalTool(words[0]);
  std::optional<Effect> effect;
  if (tool == "python" || tool == "pypy" || tool == "pypy3") effect = Python(words, state);
  else if (tool == "php") effect = Php(words, state);
  else if (tool == "pear") effect = Pear(words, state);
  else if (tool == "R" || tool == "Rscript") effect = R(words, state);
  else if (tool == "install2.r" || tool == "installGithub.r" || tool == "installBioc.r") effect = Littler(words, state);
  else if (tool == "perl" && words.size() >= 2 && (words[1] == "Makefile.PL" || words[1] == "Build.PL")) {
    effect = MakeEffect(EffectKind::kBuild, "perl " + words[1]);  // writes the Makefile or the Build script
    effect->compiles = true;
    effect->writes = {state.cwd};
  } else if (tool == "xargs") effect = Xargs(words, state);
  else if (tool == "jupyter") effect = Jupyter(words, state);
  else if (In(tool, {"sha384sum", "sha224sum", "b2sum", "cksum", "shasum"}))
    effect = MakeEffect(EffectKind::kNone, std::string(tool));  // they check or print sums
  if (effect && (!Evaluated(effect->writes) || !Evaluated(effect->removes))) return std::nullopt;
  return effect;
}

}  // namespace dockopt::analysis
