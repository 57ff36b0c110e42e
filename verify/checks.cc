// Checks: the built-in verdicts, and the number formats their details use.
#include "verify/checks.h"

#include <fmt/core.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "verify/rule_effects.h"

namespace dockopt::verify {

namespace {

std::string Show(const std::vector<std::string>& list) {
  return list.empty() ? "(none)" : fmt::format("[{}]", fmt::join(list, ", "));
}

std::string ShowUser(const std::string& user) { return user.empty() ? "root (default)" : user; }

void CheckSame(VerifyReport& report, const std::string& what, const std::string& before, const std::string& after) {
  report.checks.push_back({what + " unchanged", before == after,
                           before == after ? before : fmt::format("{} -> {}", before, after)});
}

// ENTRYPOINT or CMD: the same, or (DF202) its `go run` made the binary the builder compiled.
void CheckCommand(VerifyReport& report, const std::string& what, const std::vector<std::string>& before,
                  const std::vector<std::string>& after, const AllowedChanges& allowed) {
  if (before == after || !allowed.compiled_dev_run || !CompiledDevRun(before, after))
    return CheckSame(report, what, Show(before), Show(after));
  report.checks.push_back(
      {what + " unchanged", true,
       fmt::format("{} -> {}: the binary its `go run` or `cargo run` compiles in the builder, allowed by DF202",
                   Show(before), Show(after))});
}

void CheckEnv(VerifyReport& report, const AllowedChanges& allowed) {
  const auto& before = report.original.info.env;
  const auto& after = report.optimized.info.env;
  std::vector<std::string> own = OwnEnvKeys(report.original.info);
  auto is_own = [&](const std::string& key) { return std::find(own.begin(), own.end(), key) != own.end(); };
  std::vector<std::string> problems, inherited;
  for (const auto& [key, value] : before) {
    auto it = after.find(key);
    std::string change = it == after.end() ? key + " removed" : fmt::format("{}: '{}' -> '{}'", key, value, it->second);
    if (it != after.end() && it->second == value) continue;
    (is_own(key) || !allowed.base_env ? problems : inherited).push_back(change);
  }
  for (const auto& [key, value] : after)
    if (!before.contains(key)) (allowed.base_env ? inherited : problems).push_back(key + "=" + value + " added");
  std::string detail = problems.empty() ? fmt::format("{} variables, {} set by the Dockerfile", before.size(), own.size())
                                        : fmt::format("{}", fmt::join(problems, "; "));
  if (!inherited.empty())
    detail += fmt::format("; base image ENV differs ({}), allowed by {}", fmt::join(inherited, "; "),
                          fmt::join(allowed.env_because, " "));
  report.checks.push_back({"ENV unchanged", problems.empty(), detail});
}

void CheckUser(VerifyReport& report, const AllowedChanges& allowed) {
  const std::string& before = report.original.info.user;
  const std::string& after = report.optimized.info.user;
  bool same = before == after || (IsRootUser(before) && IsRootUser(after));
  if (same) {
    report.checks.push_back({"USER unchanged", true, ShowUser(before)});
  } else if (allowed.user) {
    report.checks.push_back({"USER changed as the applied rules say", true,
                             fmt::format("{} -> {} ({})", ShowUser(before), ShowUser(after),
                                         fmt::join(allowed.user_because, " "))});
  } else {
    report.checks.push_back({"USER unchanged", false,
                             fmt::format("{} -> {} (no applied rule changes USER)", ShowUser(before), ShowUser(after))});
  }
}

// EXPOSE must keep every port. A split onto another base (DF202) may add the new base's own
// ports (nginx's 80): EXPOSE only documents, so an added port changes nothing the image does.
void CheckExpose(VerifyReport& report, const AllowedChanges& allowed) {
  const auto& before = report.original.info.expose;
  const auto& after = report.optimized.info.expose;
  std::vector<std::string> added;
  bool kept = std::all_of(before.begin(), before.end(),
                          [&](const std::string& port) { return std::find(after.begin(), after.end(), port) != after.end(); });
  for (const auto& port : after)
    if (std::find(before.begin(), before.end(), port) == before.end()) added.push_back(port);
  if (before == after || !kept || added.empty() || !allowed.base_env)
    return CheckSame(report, "EXPOSE", Show(before), Show(after));
  report.checks.push_back({"EXPOSE unchanged", true,
                           fmt::format("{} -> {}; {} from the new base image, allowed by {}", Show(before), Show(after),
                                       fmt::join(added, ", "), fmt::join(allowed.env_because, " "))});
}

Check SizeCheck(uint64_t before, uint64_t after) {
  Check check{"optimized image is not larger", after <= before,
              fmt::format("{} -> {} ({})", FormatMegabytes(before), FormatMegabytes(after),
                          FormatChangePercent(before, after))};
  uint64_t tolerance = before / 1000;  // 0.1 %: room for the few kB a useradd adds
  if (after > before && after - before <= tolerance) {
    check.ok = true;
    check.detail += fmt::format("; {} bytes more, within the 0.1% tolerance", after - before);
  }
  return check;
}

}  // namespace

void RunChecks(VerifyReport& report) {
  report.checks.clear();
  if (!report.original.built) return;  // cannot run: nothing to compare
  report.checks.push_back({"optimized image builds", report.optimized.built,
                           report.optimized.built ? fmt::format("{:.1f} s", report.optimized.build_seconds)
                                                  : "build failed (see the build log above)"});
  if (report.optimized.built) {
    const ImageInfo& a = report.original.info;
    const ImageInfo& b = report.optimized.info;
    report.checks.push_back(SizeCheck(a.size, b.size));
    AllowedChanges allowed = AllowedBy(report.applied_rules, report.applied_rule_names);
    CheckCommand(report, "ENTRYPOINT", a.entrypoint, b.entrypoint, allowed);
    CheckCommand(report, "CMD", a.cmd, b.cmd, allowed);
    CheckExpose(report, allowed);
    CheckSame(report, "WORKDIR", a.workdir.empty() ? "/" : a.workdir, b.workdir.empty() ? "/" : b.workdir);
    CheckEnv(report, allowed);
    CheckUser(report, allowed);
    for (const auto& smoke : report.smokes) {
      std::string detail = fmt::format("exit {}", smoke.original.exit_code);
      if (smoke.original.exit_code != smoke.optimized.exit_code)
        detail = fmt::format("exit {} -> {}", smoke.original.exit_code, smoke.optimized.exit_code);
      else if (smoke.original.out != smoke.optimized.out)
        detail += ", stdout differs";
      if (!smoke.retried.empty()) detail += " (same on a retry; " + smoke.retried + ")";
      if (!smoke.original.cannot_run.empty()) detail = "cannot run in the original image: " + smoke.original.cannot_run;
      else if (!smoke.optimized.cannot_run.empty())
        detail = "cannot run in the optimized image: " + smoke.optimized.cannot_run;
      report.checks.push_back({"smoke: " + smoke.command, smoke.same(), detail});
    }
  }
  if (report.exit_code == kVerifyOk)
    for (const auto& check : report.checks)
      if (!check.ok) report.exit_code = kVerifyCheckFailed;
}

std::string FormatMegabytes(uint64_t bytes) { return fmt::format("{:.1f} MB", static_cast<double>(bytes) / 1e6); }

std::string FormatChangePercent(uint64_t before, uint64_t after) {
  if (before == 0) return "n/a";
  double change = (static_cast<double>(after) - static_cast<double>(before)) * 100.0 / static_cast<double>(before);
  return fmt::format("{:+.1f}%", change);
}

bool IsRootUser(const std::string& user) {
  std::string name = user.substr(0, user.find(':'));
  return name.empty() || name == "root" || name == "0";
}

}  // namespace dockopt::verify
