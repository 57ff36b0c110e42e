// Verify: the build, inspect, smoke and rebuild sequence over a temporary workspace.
#include "verify/verify.h"

#include <fmt/core.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <tuple>
#include <utility>

#include "verify/checks.h"
#include "verify/workspace.h"

namespace dockopt::verify {

namespace {

constexpr int kLogTailLines = 25;

// With --layer-cache each image also keeps a name made from its Dockerfile's text: removing this
// run's tag then only untags it, and its layers stay cached for the next run (a builder removes
// an image's untagged parent layers with it). A later build of the same text takes the name over.
// buildah before 1.43 fails a cached build when an image it is looking at as a cache candidate is
// removed meanwhile (containers/buildah#5674, fixed by ignoring ErrLayerUnknown): worth one retry.
bool LostCacheRace(const std::string& log) {
  return log.find("checking if cached image exists from a previous build") != std::string::npos &&
         log.find("layer not known") != std::string::npos;
}

std::string CacheName(const std::string& dockerfile_text) {
  uint64_t hash = 14695981039346656037ULL;  // FNV-1a: stable across runs and builds
  for (unsigned char c : dockerfile_text) hash = (hash ^ c) * 1099511628211ULL;
  return fmt::format("localhost/dockopt-verify-cache:{:016x}", hash);
}

class Run {
 public:
  Run(const VerifyOptions& options, void (*progress)(const std::string&), VerifyReport& report)
      : options_(options), progress_(progress), report_(report) {}

  void Execute() {
    std::string error;
    auto builder = Builder::Detect(options_.builder, error);
    if (!builder) return Fail(error);
    builder_.emplace(*builder);
    report_.builder = builder_->name();
    if (!workspace_.ok()) return Fail("cannot create a temporary folder (check TMPDIR)");
    if (options_.keep) workspace_.Keep();
    if (!workspace_.CopyContext(options_.context_dir, error)) return Fail(error);
    if (options_.rebuild_touch && workspace_.ResolveInside(*options_.rebuild_touch, error).empty()) return Fail(error);
    std::string original = workspace_.WriteFile("Dockerfile.original", options_.original_text, error);
    std::string optimized = workspace_.WriteFile("Dockerfile.optimized", options_.optimized_text, error);
    if (original.empty() || optimized.empty()) return Fail(error);
    std::string prefix = fmt::format("localhost/dockopt-verify-{}-{}", getpid(),
                                     std::chrono::system_clock::now().time_since_epoch().count() % 1000000007);

    if (!BuildOne("original", original, options_.original_text, prefix + ":original", report_.original)) {
      Cleanup();
      return Fail(fmt::format("the original Dockerfile does not build, so there is nothing to compare; "
                              "last lines of the build log:\n{}", report_.original.log_tail));
    }
    BuildOne("optimized", optimized, options_.optimized_text, prefix + ":optimized", report_.optimized);
    if (report_.optimized.built) {
      RunSmokes(prefix);
      if (options_.rebuild_touch) Rebuild(original, optimized, prefix);
    }
    Cleanup();
    if (!report_.error.empty()) return;
    RunChecks(report_);
  }

 private:
  void Say(const std::string& line) {
    if (progress_ != nullptr) progress_(line);
  }

  void Fail(const std::string& error) {
    report_.error = error;
    report_.exit_code = kVerifyCannotRun;
  }

  bool BuildOne(const char* label, const std::string& dockerfile, const std::string& text, const std::string& tag,
                BuildReport& out) {
    Say(fmt::format("building the {} image with {} ...", label, builder_->name()));
    ProcessResult build = builder_->Build(dockerfile, workspace_.context(), tag, !options_.layer_cache);
    if (options_.layer_cache && !build.ok() && LostCacheRace(build.out + build.err)) {
      Say(fmt::format("the {} build lost a race with an image removal in the layer cache; building it again", label));
      build = builder_->Build(dockerfile, workspace_.context(), tag, false);
    }
    tags_.push_back(tag);
    out.build_seconds = build.seconds;
    if (!build.ok()) {
      std::string log = build.out + build.err;
      if (!build.started) log = build.error;
      if (build.timed_out) log += "\n(build timed out)";
      out.log_tail = Tail(log, kLogTailLines);
      Say(fmt::format("the {} build failed after {:.1f} s", label, build.seconds));
      return false;
    }
    std::string error;
    auto info = builder_->Inspect(tag, error);
    if (!info) {
      Fail(fmt::format("built the {} image but cannot read it: {}", label, error));
      return false;
    }
    out.info = std::move(*info);
    out.built = true;
    if (options_.layer_cache) builder_->Tag(tag, CacheName(text));
    Say(fmt::format("built the {} image in {:.1f} s", label, build.seconds));
    return true;
  }

  // Whether the image has /bin/sh. Only a missing /bin/sh counts as none: any other failure of
  // the probe keeps the shell form, so the smoke run shows that error.
  bool ProbeShell(const std::string& tag, const ImageInfo& info) const {
    ProcessResult probe = builder_->Run(tag, info.user, {"/bin/sh", "-c", "exit 0"});
    return probe.ok() || !MissingProgram(probe.out + probe.err + probe.error, "/bin/sh");
  }

  SmokeRun RunIn(const std::string& tag, const ImageInfo& info, bool has_shell, const std::string& command) const {
    SmokePlan plan = command == kImageCommandSmoke ? ImageCommandPlan(info.entrypoint, info.cmd) : PlanSmoke(command, has_shell);
    if (!plan.cannot_run.empty()) return SmokeRun{-1, "", "", plan.cannot_run};
    ProcessResult run = builder_->Run(tag, info.user, plan.argv);
    SmokeRun out{run.exit_code, run.out, run.err, ""};
    if (!run.started) out.err = run.error;
    if (run.timed_out) out.err += "\n(timed out)";
    return out;
  }

  // Each image runs in its own containers, so the two sides of every step run at once.
  template <typename Result, typename Side>
  std::pair<Result, Result> BothImages(Side side) const {
    auto original = std::async(std::launch::async, side, std::cref(report_.original.info), ":original");
    Result optimized = side(report_.optimized.info, ":optimized");
    return {original.get(), std::move(optimized)};
  }

  void RunSmokes(const std::string& prefix) {
    if (options_.smoke.empty()) return;
    // Plain variables, not a structured binding: clang 14 cannot capture bindings in the lambda below.
    const std::pair<bool, bool> shells = BothImages<bool>(
        [&](const ImageInfo& info, const char* label) { return ProbeShell(prefix + label, info); });
    const bool original_shell = shells.first, optimized_shell = shells.second;
    if (!original_shell) Say(prefix + ":original has no /bin/sh: smoke commands without shell syntax run as argv");
    if (!optimized_shell) Say(prefix + ":optimized has no /bin/sh: smoke commands without shell syntax run as argv");
    auto pair = [&](const std::string& command) {
      auto [original, optimized] = BothImages<SmokeRun>([&](const ImageInfo& info, const char* label) {
        return RunIn(prefix + label, info, label == std::string(":original") ? original_shell : optimized_shell,
                     command);
      });
      return SmokeResult{command, std::move(original), std::move(optimized), ""};
    };
    for (const auto& command : options_.smoke) {
      Say("smoke: " + command);
      SmokeResult result = pair(command);
      bool runnable = result.original.cannot_run.empty() && result.optimized.cannot_run.empty();
      if (!result.same() && runnable) {
        // One retry guards against a run that lost its output; the result says it happened.
        SmokeResult again = pair(command);
        if (again.same())
          again.retried = fmt::format("first run: exit {} -> {}, {} -> {} bytes of stdout", result.original.exit_code,
                                      result.optimized.exit_code, result.original.out.size(),
                                      result.optimized.out.size());
        result = std::move(again);
      }
      report_.smokes.push_back(std::move(result));
    }
  }

  // Times a rebuild of each image after an edit. Without --layer-cache an untouched warm-up build
  // first makes the timed one start from this run's own cache (with it, the first builds already
  // did); each image then gets its own edit (a blank line of a length unique to this run), so
  // neither can reuse a layer the other, or an earlier run, built from the edited file.
  void Rebuild(const std::string& original, const std::string& optimized, const std::string& prefix) {
    std::string error;
    report_.rebuild_touch = options_.rebuild_touch;
    auto images = {std::tuple("original", original, &report_.original),
                   std::tuple("optimized", optimized, &report_.optimized)};
    for (auto [label, file, out] : images) {
      if (options_.layer_cache) break;
      std::string tag = prefix + ":" + label + "-warm";
      builder_->Build(file, workspace_.context(), tag);
      tags_.push_back(tag);
    }
    size_t spaces = static_cast<size_t>(std::chrono::system_clock::now().time_since_epoch().count() % 4000) + 1;
    for (auto [label, file, out] : images) {
      if (!workspace_.Touch(*options_.rebuild_touch, std::string("\n").append(spaces++, ' ').append("\n"), error))
        return Fail(error);
      Say(fmt::format("rebuilding the {} image after editing {} ...", label, *options_.rebuild_touch));
      std::string tag = prefix + ":" + label + "-rebuild";
      ProcessResult build = builder_->Build(file, workspace_.context(), tag);
      // The same buildah cache race as a first build's (BuildOne): a CI run lost one here, and the
      // rebuild's time went missing without a word.
      if (options_.layer_cache && !build.ok() && LostCacheRace(build.out + build.err)) {
        Say(fmt::format("the {} rebuild lost a race with an image removal in the layer cache; building it again", label));
        build = builder_->Build(file, workspace_.context(), tag);
      }
      tags_.push_back(tag);
      if (build.ok())
        out->rebuild_seconds = build.seconds;
      else
        Say(fmt::format("the {} rebuild failed after {:.1f} s, so it has no time:\n{}", label, build.seconds,
                        Tail(build.started ? build.out + build.err : build.error, kLogTailLines)));
    }
  }

  void Cleanup() {
    if (options_.keep) {
      Say("kept the images " + fmt::format("{}", fmt::join(tags_, " ")) + " and " + workspace_.root());
      return;
    }
    builder_->Remove(tags_);
  }

  const VerifyOptions& options_;
  void (*progress_)(const std::string&);
  VerifyReport& report_;
  std::optional<Builder> builder_;
  Workspace workspace_;
  std::vector<std::string> tags_;
};

}  // namespace

VerifyReport Verify(const VerifyOptions& options, void (*progress)(const std::string&)) {
  VerifyReport report;
  report.dockerfile = options.dockerfile_path;
  report.context = options.context_dir;
  report.optimized_from = options.optimized_from;
  report.applied_rules = options.applied_rules;
  report.applied_rule_names = options.applied_rule_names;
  report.layer_cache = options.layer_cache;
  Run(options, progress, report).Execute();
  return report;
}

}  // namespace dockopt::verify
