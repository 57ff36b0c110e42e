// ReadGoRun, GoBinaryName, ReadCargoRun and CargoBinaryName (see dev_run.h).
#include "analysis/dev_run.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>

namespace dockopt::analysis {
namespace {

// `go help build`: the build flags that take a value in the next word when written without '='.
constexpr std::array<std::string_view, 17> kValueFlags = {
    "-p", "-asmflags", "-buildmode", "-compiler", "-gccgoflags", "-gcflags", "-installsuffix", "-ldflags", "-mod",
    "-modfile", "-overlay", "-pgo", "-pkgdir", "-tags", "-toolexec", "-covermode", "-coverpkg"};
constexpr std::array<std::string_view, 12> kBoolFlags = {"-a",          "-n",         "-race", "-msan", "-asan",
                                                         "-cover",      "-v",         "-work", "-x",    "-linkshared",
                                                         "-modcacherw", "-trimpath"};

// "-tags" from "--tags=x": the go command reads one dash and two alike.
std::string_view FlagName(std::string_view word) {
  if (word.starts_with("--")) word.remove_prefix(1);
  return word.substr(0, word.find('='));
}

template <size_t N>
bool Among(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string_view Base(std::string_view path) {
  while (path.size() > 1 && path.ends_with('/')) path.remove_suffix(1);
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view Dir(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

bool PlainName(std::string_view name) {
  return !name.empty() && name != "." && name != ".." &&
         std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
         });
}

// A module's major-version element: "v2", "v10".
bool MajorVersion(std::string_view element) {
  return element.size() > 1 && element[0] == 'v' && element.substr(1).find_first_not_of("0123456789") == std::string_view::npos;
}

// `name = "x"` in a TOML section; the first one found.
std::optional<std::string> TomlName(std::string_view toml, std::string_view section) {
  size_t at = toml.find(section);
  while (at != std::string_view::npos) {
    size_t end = toml.find("\n[", at + section.size());
    std::string_view body = toml.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    size_t key = body.find("\nname");
    if (key != std::string_view::npos) {
      size_t open = body.find('"', key);
      size_t close = open == std::string_view::npos ? open : body.find('"', open + 1);
      if (close != std::string_view::npos) return std::string(body.substr(open + 1, close - open - 1));
    }
    at = toml.find(section, at + section.size());
  }
  return std::nullopt;
}

}  // namespace

std::optional<GoRun> ReadGoRun(const std::vector<std::string>& words) {
  if (words.size() < 2 || Base(words[0]) != "go" || words[1] != "run") return std::nullopt;
  GoRun run;
  size_t i = 2;
  for (; i < words.size() && words[i].starts_with("-") && words[i] != "-"; ++i) {
    if (words[i] == "--") {
      ++i;
      break;
    }
    std::string_view name = FlagName(words[i]);
    if (name == "-exec") {
      run.blocker = "'go run -exec' runs the program through another program";
      return run;
    }
    bool bool_flag = Among(kBoolFlags, name) || name == "-buildvcs";  // -buildvcs=auto: '=' only
    if (!bool_flag && !Among(kValueFlags, name)) {
      run.blocker = "'go run' has the flag '" + words[i] + "', which dockopt does not know";
      return run;
    }
    run.build_flags.push_back(words[i]);
    if (!bool_flag && words[i].find('=') == std::string::npos) {
      if (i + 1 == words.size()) break;
      run.build_flags.push_back(words[++i]);
    }
  }
  if (i < words.size() && words[i].ends_with(".go")) {
    for (; i < words.size() && words[i].ends_with(".go"); ++i) run.targets.push_back(words[i]);
  } else if (i < words.size()) {
    run.targets.push_back(words[i++]);
  }
  run.args.assign(words.begin() + static_cast<std::ptrdiff_t>(i), words.end());
  if (run.targets.empty()) {
    run.blocker = "'go run' names no package";
  } else if (run.targets.front().find('@') != std::string::npos) {
    run.blocker = "'go run " + run.targets.front() + "' downloads a module version at start, which 'go build' cannot";
  } else if (std::any_of(run.targets.begin(), run.targets.end(),
                         [](const std::string& t) { return t.find("...") != std::string::npos; })) {
    run.blocker = "'go run' names a package pattern";
  }
  return run;
}

std::string GoBinaryName(const GoRun& run, std::string_view cwd) {
  if (run.targets.empty()) return "app";
  std::string_view target = run.targets.front();
  std::string_view name;
  if (target.ends_with(".go")) {
    name = Base(target);
    name.remove_suffix(3);
    if (name == "main") name = Base(Dir(target).empty() || Dir(target) == "." ? cwd : Dir(target));
  } else {
    std::string_view path = target == "." || target == "./" ? cwd : target;
    while (path.ends_with('/')) path.remove_suffix(1);
    name = Base(path);
    if (MajorVersion(name) && !target.starts_with(".") && !Dir(path).empty()) name = Base(Dir(path));
  }
  return PlainName(name) ? std::string(name) : "app";
}

std::optional<CargoRun> ReadCargoRun(const std::vector<std::string>& words) {
  if (words.size() < 2 || Base(words[0]) != "cargo" || words[1] != "run") return std::nullopt;
  CargoRun run;
  for (size_t i = 2; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word == "--") {
      run.args.assign(words.begin() + static_cast<std::ptrdiff_t>(i) + 1, words.end());
      break;
    }
    if (word == "--release" || word == "-r" || word == "-q" || word == "--quiet") continue;  // built --release anyway
    if (word == "--locked" || word == "--frozen" || word == "--offline") {
      run.build_flags.push_back(word);
    } else if ((word == "--bin" && i + 1 < words.size()) || word.starts_with("--bin=")) {
      run.bin = word == "--bin" ? words[++i] : word.substr(6);
      run.build_flags.push_back("--bin");
      run.build_flags.push_back(run.bin);
    } else {
      run.blocker = "'cargo run' has '" + word + "', which dockopt does not read";
      return run;
    }
  }
  return run;
}

std::optional<std::string> CargoBinaryName(std::string_view cargo_toml) {
  std::optional<std::string> name = TomlName(cargo_toml, "[[bin]]");
  return name ? name : TomlName(cargo_toml, "[package]");
}

std::string JvmRunBlocker(const std::vector<std::string>& words) {
  if (words.size() < 2) return "";
  std::string_view tool = Base(words[0]);
  bool maven = tool == "mvn" || tool == "mvnw", gradle = tool == "gradle" || tool == "gradlew";
  for (size_t i = 1; i < words.size(); ++i) {
    if (maven && words[i] == "cargo:run")
      return "'cargo:run' deploys the war into a servlet container the pom names, which production would need too";
    if ((maven && words[i] == "spring-boot:run") || (gradle && words[i] == "bootRun"))
      return fmt::format("'{}' runs the application from the build; dockopt does not build its jar (package, bootJar) "
                         "and name it from the manifests yet", words[i]);
  }
  return "";
}

}  // namespace dockopt::analysis
