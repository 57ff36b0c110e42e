// RenderText: plain-text tables of a VerifyReport.
#include "verify/render_text.h"

#include <fmt/core.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "verify/checks.h"
#include "verify/subprocess.h"

namespace dockopt::verify {

namespace {

constexpr size_t kCommandWidth = 72;

std::string Shorten(std::string text, size_t width) {
  if (text.size() > width) text = text.substr(0, width - 3) + "...";
  return text;
}

std::string List(const std::vector<std::string>& list) {
  return list.empty() ? "-" : fmt::format("{}", fmt::join(list, " "));
}

std::string Seconds(const std::optional<double>& s) { return s ? fmt::format("{:.1f} s", *s) : "-"; }

void Row(std::string& out, const std::string& name, const std::string& a, const std::string& b,
         const std::string& change = "") {
  out += fmt::format("  {:<20} {:<24} {:<24} {}\n", name, Shorten(a, 24), Shorten(b, 24), change);
  while (out.ends_with(" \n")) out.replace(out.size() - 2, 2, "\n");
}

size_t LayerCount(const ImageInfo& info) {
  size_t n = 0;
  for (const auto& layer : info.history) n += layer.empty ? 0 : 1;
  return n;
}

void Summary(std::string& out, const VerifyReport& r) {
  const auto& a = r.original;
  const auto& b = r.optimized;
  Row(out, "", "original", "optimized", "change");
  Row(out, "build", fmt::format("ok, {:.1f} s", a.build_seconds),
      b.built ? fmt::format("ok, {:.1f} s", b.build_seconds) : "FAILED");
  if (!b.built) return;
  Row(out, "image size", FormatMegabytes(a.info.size), FormatMegabytes(b.info.size),
      fmt::format("{} ({})", FormatChangePercent(a.info.size, b.info.size),
                  b.info.size <= a.info.size ? FormatMegabytes(a.info.size - b.info.size) + " saved"
                                             : FormatMegabytes(b.info.size - a.info.size) + " more"));
  Row(out, "layers", fmt::format("{}", LayerCount(a.info)), fmt::format("{}", LayerCount(b.info)));
  if (r.rebuild_touch) {
    std::string change;
    if (a.rebuild_seconds && b.rebuild_seconds && *a.rebuild_seconds > 0)
      change = fmt::format("{:+.0f}%", (*b.rebuild_seconds - *a.rebuild_seconds) * 100 / *a.rebuild_seconds);
    Row(out, "rebuild after edit", Seconds(a.rebuild_seconds), Seconds(b.rebuild_seconds), change);
  }
  Row(out, "user", a.info.user.empty() ? "root" : a.info.user, b.info.user.empty() ? "root" : b.info.user);
  Row(out, "entrypoint", List(a.info.entrypoint), List(b.info.entrypoint));
  Row(out, "cmd", List(a.info.cmd), List(b.info.cmd));
  Row(out, "expose", List(a.info.expose), List(b.info.expose));
  Row(out, "workdir", a.info.workdir.empty() ? "/" : a.info.workdir, b.info.workdir.empty() ? "/" : b.info.workdir);
  Row(out, "env", fmt::format("{} variables", a.info.env.size()), fmt::format("{} variables", b.info.env.size()));
}

void Layers(std::string& out, const char* label, const ImageInfo& info) {
  out += fmt::format("\n{} layers (oldest first):\n", label);
  size_t shared = std::min(info.base_entries, info.history.size());
  uint64_t base_size = 0;
  size_t base_layers = 0;
  for (size_t i = 0; i < shared; ++i) {
    base_size += info.history[i].size;
    base_layers += info.history[i].empty ? 0 : 1;
  }
  if (shared > 0)
    out += fmt::format("  {:>10}  FROM {} ({} layers)\n", FormatMegabytes(base_size), info.base_name, base_layers);
  for (size_t i = shared; i < info.history.size(); ++i) {
    const Layer& layer = info.history[i];
    std::string size = layer.empty ? "-" : FormatMegabytes(layer.size);
    out += fmt::format("  {:>10}  {}\n", size, Shorten(CleanCreatedBy(layer.created_by), kCommandWidth));
  }
}

void Smokes(std::string& out, const VerifyReport& r) {
  for (const auto& smoke : r.smokes) {
    if (smoke.same()) continue;
    out += fmt::format("\nsmoke '{}' differs:\n", smoke.command);
    for (auto [label, run] : {std::pair("original", &smoke.original), std::pair("optimized", &smoke.optimized)}) {
      if (!run->cannot_run.empty()) {
        out += fmt::format("  {}: not run: {}\n", label, run->cannot_run);
        continue;
      }
      out += fmt::format("  {} exit {}; stdout: {}\n", label, run->exit_code, Shorten(Tail(run->out, 3), 200));
      if (!run->err.empty()) out += fmt::format("    stderr: {}\n", Shorten(Tail(run->err, 3), 300));
    }
  }
}

}  // namespace

std::string RenderText(const VerifyReport& r) {
  std::string out = fmt::format("dockopt verify {} (builder: {}{}; optimized: {}", r.dockerfile,
                                r.builder.empty() ? "none" : r.builder, r.layer_cache ? ", layer cache" : "",
                                r.optimized_from);
  if (!r.applied_rules.empty()) out += fmt::format("; rules applied: {}", fmt::join(r.applied_rules, " "));
  out += ")\n\n";
  if (r.exit_code == kVerifyCannotRun) {
    out += fmt::format("cannot verify: {}\n", r.error);
    return out;
  }
  Summary(out, r);
  if (r.optimized.built) {
    Layers(out, "original", r.original.info);
    Layers(out, "optimized", r.optimized.info);
  } else {
    out += fmt::format("\noptimized build log (last lines):\n{}\n", r.optimized.log_tail);
  }
  Smokes(out, r);
  out += "\nchecks:\n";
  size_t failed = 0;
  for (const auto& check : r.checks) {
    failed += check.ok ? 0 : 1;
    out += fmt::format("  {} {}{}\n", check.ok ? "✓" : "✗", check.name, check.detail.empty() ? "" : ": " + check.detail);
  }
  out += failed == 0 ? fmt::format("\nall {} checks hold\n", r.checks.size())
                     : fmt::format("\n{} of {} checks failed\n", failed, r.checks.size());
  return out;
}

}  // namespace dockopt::verify
