// DF201, same-layer builds: `apt-get install libpq-dev gcc && pip install psycopg2` in one RUN gets
// `apt-mark manual libpq5 && apt-get purge -y --auto-remove libpq-dev gcc` at its end.
#include "transforms/rules/quoted_names.h"
#include "transforms/rules/df201_purge_after_build.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "analysis/packages.h"
#include "shell/edit.h"
#include "transforms/rules/build_steps.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

struct Purge {
  std::vector<std::string> packages;  // build-time packages to purge, in install order
  std::vector<std::string> runtime;   // their runtime libraries, to keep
  size_t first_install = 0;           // the command the finding points at
  size_t last_install = 0;
  bool readable = true;               // false when a build-time package is written with a variable
};

void Collect(const shell::Script& script, const ToolUse& use, const analysis::OsRelease& os, Purge& purge) {
  std::set<std::string> installed;
  for (const shell::Operand& o : use.call.operands) installed.insert(o.name);
  for (const shell::Operand& o : use.call.operands) {
    std::vector<std::string> runtime = analysis::RuntimePackagesFor(o.name, os);
    bool tool = analysis::IsBuildTool(o.name, os.distro);
    // A JDK purged in its own layer would take the JRE the program runs on with it: left to DF202's split.
    if ((runtime.empty() && !tool) || KeptInFinalStage(o.name) || analysis::IsJdkPackage(o.name, os.distro)) continue;
    if (!script.commands[use.command].words[o.word].literal) {
      purge.readable = false;
      continue;
    }
    if (purge.packages.empty()) purge.first_install = use.command;
    purge.last_install = use.command;
    if (std::find(purge.packages.begin(), purge.packages.end(), o.name) == purge.packages.end())
      purge.packages.push_back(o.name);
    for (const std::string& name : runtime)
      if (!installed.contains(name) && std::find(purge.runtime.begin(), purge.runtime.end(), name) == purge.runtime.end())
        purge.runtime.push_back(name);
  }
}

// True when a command after `after` purges or removes every one of `packages` with apt.
bool PurgedLater(const std::vector<ToolUse>& uses, size_t after, const std::vector<std::string>& packages) {
  std::set<std::string> removed;
  for (const ToolUse& use : uses) {
    if (use.command <= after || !(IsApt(use.call, "purge") || IsApt(use.call, "remove") || IsApt(use.call, "autoremove"))) continue;
    for (const shell::Operand& o : use.call.operands) removed.insert(o.name);
  }
  return std::all_of(packages.begin(), packages.end(), [&](const std::string& p) { return removed.contains(p); });
}

}  // namespace

bool KeptInFinalStage(std::string_view package) {
  return package == "git" || package == "patch" ||
         (package.starts_with("python") && (package.ends_with("-dev") || package.ends_with("-devel")));
}

bool BaseMayHold(const std::optional<analysis::BaseImageFacts>& base, const std::vector<std::string>& packages) {
  if (!base) return true;
  // The toolchain images on buildpack-deps (python, node, ruby... full) hold the compilers and the
  // common -dev libraries: any of them may be the base's.
  if (base->toolchain && base->family != "php" && base->family != "golang") return true;
  // The official php images keep PHPIZE_DEPS installed for pecl and docker-php-ext-install; the golang
  // images install Go's cgo toolchain (https://github.com/docker-library/php, .../golang).
  static constexpr std::string_view kPhpizeDeps[] = {"autoconf", "dpkg-dev", "file", "g++", "gcc", "libc-dev",
                                                     "libc6-dev", "make", "pkg-config", "re2c"};
  static constexpr std::string_view kGoCgo[] = {"g++", "gcc", "libc6-dev", "make", "pkg-config"};
  auto in = [](const auto& list, const std::string& package) {
    return std::find(std::begin(list), std::end(list), package) != std::end(list);
  };
  return std::any_of(packages.begin(), packages.end(), [&](const std::string& package) {
    return (base->family == "php" && in(kPhpizeDeps, package)) || (base->family == "golang" && in(kGoCgo, package));
  });
}

bool PurgeAfterSameLayerBuild(RuleContext& context, const shell::Script& script, const analysis::OsRelease& os,
                              const std::optional<analysis::BaseImageFacts>& base) {
  // An appended command after text the shell model cannot read (an open quote) would land inside it.
  if (script.commands.empty() || !script.FullyModelled()) return false;
  const std::vector<ToolUse>& uses = ToolUses(script);  // the memo keeps it: no copy
  Purge purge;
  for (const ToolUse& use : uses)
    if (IsApt(use.call, "install")) Collect(script, use, os, purge);
  if (purge.packages.empty() || !purge.readable) return false;
  if (BaseMayHold(base, purge.packages)) return false;
  const shell::Command& last_install = script.commands[purge.last_install];
  std::string_view after = script.Text(Span{last_install.span.end, script.commands.back().span.end});
  std::optional<std::string> build = NativeBuildStep(after);
  if (!build) return false;  // the build is in another RUN: purging here would not shrink a layer
  if (PurgedLater(uses, purge.last_install, purge.packages)) return true;

  std::string command = fmt::format("apt-get purge -y --auto-remove {}", fmt::join(purge.packages, " "));
  if (!purge.runtime.empty()) command = fmt::format("apt-mark manual {} && {}", fmt::join(purge.runtime, " "), command);
  Edits edits = shell::AppendCommand(script, command);
  if (edits.empty()) return false;
  std::string message = fmt::format("build-time {} {} {} installed in the final stage for the '{}' in the same RUN",
                                    purge.packages.size() == 1 ? "package" : "packages", Quoted(purge.packages),
                                    purge.packages.size() == 1 ? "is" : "are", *build);
  std::string title = fmt::format("purge {} at the end of the RUN", Quoted(purge.packages));
  if (!purge.runtime.empty()) title += fmt::format(", keeping the runtime {} {}", purge.runtime.size() == 1 ? "library" : "libraries", Quoted(purge.runtime));
  context.Report(script.commands[purge.first_install].span, message, Fix{title, Safety::kUnsafe, std::move(edits)});
  return true;
}

Edits InstallAroundBuild(const shell::Script& build, const std::vector<std::string>& packages, bool no_recommends) {
  if (build.commands.empty() || packages.empty()) return {};
  std::string names = fmt::format("{}", fmt::join(packages, " "));
  Edits edits = shell::AppendCommand(build, fmt::format("apt-get purge -y --auto-remove {} && rm -rf /var/lib/apt/lists/*", names));
  if (edits.empty()) return {};
  std::string install = fmt::format("apt-get update && apt-get install -y {}{}", no_recommends ? "--no-install-recommends " : "", names);
  uint32_t at = build.commands.front().span.begin;
  if (!build.heredoc) {
    edits.push_back({Span{at, at}, install + " && "});
    return edits;
  }
  // A line of its own, indented like the first command's.
  size_t line = build.text.rfind('\n', at - build.base);
  line = line == std::string::npos ? 0 : line + 1;
  std::string indent = build.text.substr(line, at - build.base - line);
  if (indent.find_first_not_of(" \t") != std::string::npos) return {};
  uint32_t line_start = build.base + static_cast<uint32_t>(line);
  // A heredoc without errexit runs on after a failing line: the install must still stop the build.
  edits.push_back({Span{line_start, line_start}, indent + install + " || exit 1" + build.newline});
  return edits;
}

}  // namespace dockopt
