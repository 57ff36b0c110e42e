// ReadGoRun and GoBinaryName (see go_run.h).
#include "analysis/go_run.h"

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
  } else if (std::any_of(run.targets.begin(), run.targets.end(), [](const std::string& t) { return t.find("...") != std::string::npos; })) {
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

}  // namespace dockopt::analysis
