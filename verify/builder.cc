// Builder: the command lines of buildah, podman and docker, and builder detection.
#include "verify/builder.h"

namespace dockopt::verify {

namespace {

constexpr std::chrono::seconds kBuildTimeout{1800};
constexpr std::chrono::seconds kRunTimeout{120};
constexpr std::chrono::seconds kQuickTimeout{60};

std::string Program(BuilderKind kind) { return BuilderName(kind); }

ProcessOptions Within(std::chrono::seconds timeout, bool merge_stderr = false) {
  ProcessOptions options;
  options.timeout = timeout;
  options.merge_stderr = merge_stderr;
  return options;
}

bool Usable(BuilderKind kind, std::string& why) {
  std::string program = Program(kind);
  if (!FindInPath(program)) {
    why = program + " is not installed (not in PATH)";
    return false;
  }
  if (kind == BuilderKind::kDocker) {
    ProcessResult info = RunProcess({"docker", "info", "--format", "{{.ServerVersion}}"}, Within(kQuickTimeout));
    if (!info.ok()) {
      why = "docker is installed but its daemon does not answer: " + Tail(info.err.empty() ? info.out : info.err, 1);
      return false;
    }
  }
  return true;
}

std::vector<std::string> BuildArgvCached(BuilderKind kind, const std::string& dockerfile, const std::string& context,
                                         const std::string& tag) {
  switch (kind) {
    case BuilderKind::kBuildah:
      return {"buildah", "bud", "--isolation", "chroot", "--layers", "--format", "docker", "--force-rm",
              "-f", dockerfile, "-t", tag, context};
    case BuilderKind::kPodman:
      return {"podman", "build", "--isolation", "chroot", "--layers", "--format", "docker", "--force-rm",
              "-f", dockerfile, "-t", tag, context};
    case BuilderKind::kDocker:
      return {"docker", "build", "--force-rm", "-f", dockerfile, "-t", tag, context};
  }
  return {};
}

}  // namespace

const char* BuilderName(BuilderKind kind) {
  switch (kind) {
    case BuilderKind::kBuildah: return "buildah";
    case BuilderKind::kPodman: return "podman";
    case BuilderKind::kDocker: return "docker";
  }
  return "?";
}

std::optional<BuilderKind> ParseBuilderName(const std::string& name, bool& ok) {
  ok = true;
  if (name == "buildah") return BuilderKind::kBuildah;
  if (name == "podman") return BuilderKind::kPodman;
  if (name == "docker") return BuilderKind::kDocker;
  ok = name == "auto";
  return std::nullopt;
}

std::string InstallAdvice() {
  return "verify needs a container builder: install one of\n"
         "  buildah (daemonless):  apt-get install -y buildah\n"
         "  podman:                apt-get install -y podman runc\n"
         "  docker:                https://docs.docker.com/engine/install/ and start the daemon\n"
         "then pick it with --builder buildah|podman|docker (default: the first usable)";
}

std::optional<Builder> Builder::Detect(std::optional<BuilderKind> requested, std::string& error) {
  std::string why;
  if (requested) {
    if (Usable(*requested, why)) return Builder(*requested);
    error = why + "\n" + InstallAdvice();
    return std::nullopt;
  }
  std::string reasons;
  for (BuilderKind kind : {BuilderKind::kBuildah, BuilderKind::kPodman, BuilderKind::kDocker}) {
    if (Usable(kind, why)) return Builder(kind);
    reasons += "  " + why + "\n";
  }
  error = "no usable container builder:\n" + reasons + InstallAdvice();
  return std::nullopt;
}

std::vector<std::string> Builder::BuildArgv(const std::string& dockerfile, const std::string& context,
                                            const std::string& tag, bool no_cache) const {
  std::vector<std::string> argv = BuildArgvCached(kind_, dockerfile, context, tag);
  if (no_cache) argv.insert(argv.begin() + 2, "--no-cache");
  return argv;
}

ProcessResult Builder::Build(const std::string& dockerfile, const std::string& context, const std::string& tag,
                             bool no_cache) const {
  ProcessOptions options = Within(kBuildTimeout, true);
  if (kind_ == BuilderKind::kDocker) options.env.push_back({"DOCKER_BUILDKIT", "0"});  // one image per step
  return RunProcess(BuildArgv(dockerfile, context, tag, no_cache), options);
}

std::optional<ImageInfo> Builder::Inspect(const std::string& tag, std::string& error) const {
  if (kind_ == BuilderKind::kBuildah) {
    ProcessResult inspect = RunProcess({"buildah", "inspect", "--type", "image", tag}, Within(kQuickTimeout));
    if (!inspect.ok()) {
      error = "buildah inspect failed: " + Tail(inspect.err, 3);
      return std::nullopt;
    }
    return ParseBuildahInspect(inspect.out, error);
  }
  ProcessResult inspect = RunProcess({Program(kind_), "image", "inspect", tag}, Within(kQuickTimeout));
  ProcessResult history = RunProcess({Program(kind_), "history", "--no-trunc", "--human=false", "--format",
                                      "{{.Size}}\t{{.CreatedBy}}", tag},
                                     Within(kQuickTimeout));
  if (!inspect.ok() || !history.ok()) {
    error = Program(kind_) + " inspect failed: " + Tail(inspect.err + history.err, 3);
    return std::nullopt;
  }
  return ParseDockerInspect(inspect.out, history.out, error);
}

std::vector<std::string> Builder::RunArgv(const std::string& container_or_tag, const std::string& user,
                                          const std::vector<std::string>& argv) const {
  std::vector<std::string> out;
  if (kind_ == BuilderKind::kBuildah) {
    out = {"buildah", "run", "--isolation", "chroot"};
    if (!user.empty()) out.insert(out.end(), {"--user", user});
    out.insert(out.end(), {container_or_tag, "--"});
  } else {
    out = {Program(kind_), "run", "--rm", "--network", "host", "--entrypoint", argv.empty() ? "" : argv[0]};
    if (!user.empty()) out.insert(out.end(), {"--user", user});
    out.push_back(container_or_tag);
    out.insert(out.end(), argv.empty() ? argv.end() : argv.begin() + 1, argv.end());
    return out;
  }
  out.insert(out.end(), argv.begin(), argv.end());
  return out;
}

ProcessResult Builder::Run(const std::string& tag, const std::string& user,
                           const std::vector<std::string>& argv) const {
  if (kind_ != BuilderKind::kBuildah) return RunProcess(RunArgv(tag, user, argv), Within(kRunTimeout));
  ProcessResult from = RunProcess({"buildah", "from", "--pull=never", tag}, Within(kQuickTimeout));
  if (!from.ok()) return from;
  std::string container = from.out.substr(0, from.out.find('\n'));
  ProcessResult run = RunProcess(RunArgv(container, user, argv), Within(kRunTimeout));
  RunProcess({"buildah", "rm", container}, Within(kQuickTimeout));
  return run;
}

void Builder::Tag(const std::string& tag, const std::string& name) const {
  RunProcess({Program(kind_), "tag", tag, name}, Within(kQuickTimeout));
}

void Builder::Remove(const std::vector<std::string>& tags) const {
  if (tags.empty()) return;
  std::vector<std::string> argv = {Program(kind_), "rmi", "-f"};
  argv.insert(argv.end(), tags.begin(), tags.end());
  RunProcess(argv, Within(kRunTimeout));
}

}  // namespace dockopt::verify
